/**
 * Dutch banks (ABN AMRO, and others in MT940-structured style) repeat the transaction
 * in free text: "/RTYP/SEPA Incasso niet uitgevoerd/MARF/123/RTRN/MS03/IBAN/NL.../EREF/...".
 * Values may themselves contain slashes ("Naam/SA"), so we split only on known keys.
 */
const KEYS = [
  "TRTP",
  "RTYP",
  "CSID",
  "NAME",
  "MARF",
  "REMI",
  "IBAN",
  "BIC",
  "EREF",
  "RTRN",
  "PREF",
  "NRTX",
  "SQTP",
  "DTOFSGNT",
  "ISDT",
  "ORDP",
  "BENM",
  "ADDR",
  "CDTRREF",
  "CDTRREFTP",
];
const KEY_RE = new RegExp(`/(${KEYS.join("|")})/`, "g");

export function parseSlashFields(raw: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!raw) return out;
  const s = raw.replace(/\s+/g, " ");
  const hits = [...s.matchAll(KEY_RE)];
  hits.forEach((hit, i) => {
    const key = hit[1];
    if (!key || out.has(key)) return;
    const start = (hit.index ?? 0) + hit[0].length;
    const end = hits[i + 1]?.index ?? s.length;
    const value = s.slice(start, end).trim();
    if (value !== "") out.set(key, value);
  });
  return out;
}
