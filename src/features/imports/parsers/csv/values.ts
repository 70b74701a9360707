import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { ReversalKind } from "@/features/reasons/types";
import { type ParseDateOptions, parseDutchDate } from "@/lib/dates";
import { type ParseAmountOptions, parseAmountToCents } from "@/lib/money";

/**
 * Cell-level normalisers for CSV imports. Each returns the clean value or a Dutch reason that
 * ends up in the rejected-rows list shown to the user.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (reason: string): CellResult<never> => ({ ok: false, reason });

export function amountCell(
  raw: string,
  label: string,
  opts: ParseAmountOptions & { allowZero?: boolean },
): CellResult<number> {
  const r = parseAmountToCents(raw, opts);
  if (!r.ok) {
    if (r.code === "ambiguous") {
      return bad(`${label} '${raw}' is dubbelzinnig: kies bij de koppeling komma of punt als decimaalteken`);
    }
    if (r.code === "too-many-decimals") return bad(`${label} '${raw}' heeft meer dan twee decimalen`);
    if (r.code === "too-large") return bad(`${label} '${raw}' is te groot`);
    return bad(`${label} '${raw}' is geen geldig bedrag`);
  }
  if (r.value < 0) return bad(`${label} '${raw}' mag niet negatief zijn`);
  if (r.value === 0 && !opts.allowZero) return bad(`${label} '${raw}' moet groter zijn dan 0`);
  return ok(r.value);
}

export function dateCell(raw: string, label: string, opts: ParseDateOptions): CellResult<string> {
  const r = parseDutchDate(raw, opts);
  if (r.ok) return ok(r.value);
  if (r.code === "impossible") return bad(`${label} '${raw}' bestaat niet`);
  if (r.code === "out-of-range") return bad(`${label} '${raw}' ligt buiten het toegestane bereik`);
  const hint =
    opts.order === "ymd" ? "jjjj-mm-dd" : opts.order === "dmy" ? "dd-mm-jjjj" : "dd-mm-jjjj of jjjj-mm-dd";
  return bad(`${label} '${raw}' is geen geldige datum (verwacht ${hint})`);
}

/** Electronic format (no spaces, upper case) with a valid country length and mod-97 checksum. */
export function ibanCell(raw: string): CellResult<string> {
  const electronic = electronicFormatIBAN(raw.trim());
  if (!electronic || !isValidIBAN(electronic)) return bad(`IBAN '${raw}' is ongeldig`);
  return ok(electronic);
}

/** E.164, Dutch numbers may be written nationally (06-12345678). */
export function phoneCell(raw: string): CellResult<string> {
  const parsed = parsePhoneNumberFromString(raw.trim(), "NL");
  if (!parsed?.isValid()) return bad(`Telefoonnummer '${raw}' is ongeldig`);
  return ok(parsed.number);
}

// Deliberately loose: one @, something before, a dotted domain after. Deliverability is the mailer's job.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function emailCell(raw: string): CellResult<string> {
  const v = raw.trim();
  if (!EMAIL.test(v)) return bad(`E-mailadres '${raw}' is ongeldig`);
  return ok(v);
}

export function currencyCell(raw: string): CellResult<string> {
  const v = raw.trim().toUpperCase();
  if (v === "€") return ok("EUR");
  if (!/^[A-Z]{3}$/.test(v)) return bad(`Valuta '${raw}' is ongeldig (verwacht een ISO-code zoals EUR)`);
  return ok(v);
}

export function reasonCodeCell(raw: string): CellResult<string> {
  const v = raw.trim().toUpperCase();
  if (!/^[A-Z0-9]{4}$/.test(v)) return bad(`Redencode '${raw}' is ongeldig (verwacht 4 tekens, bijv. AM04)`);
  return ok(v);
}

/** SEPA caps references (end-to-end id, mandate id) at 35 characters. */
export function referenceCell(raw: string, label: string, max = 35): CellResult<string> {
  const v = raw.trim();
  if (v.length > max) return bad(`${label} '${raw}' is langer dan ${max} tekens`);
  return ok(v);
}

const KIND_WORDS: Record<string, ReversalKind> = {
  reject: "REJECT",
  rjct: "REJECT",
  afwijzing: "REJECT",
  afgewezen: "REJECT",
  "niet uitgevoerd": "REJECT",
  refusal: "REFUSAL",
  rfsl: "REFUSAL",
  weigering: "REFUSAL",
  geweigerd: "REFUSAL",
  return: "RETURN",
  rtrn: "RETURN",
  retour: "RETURN",
  retourbetaling: "RETURN",
  "terugboeking bank": "RETURN",
  refund: "REFUND",
  rfnd: "REFUND",
  storno: "REFUND",
  terugboeking: "REFUND",
  reversal: "REVERSAL",
  rvsl: "REVERSAL",
  terugdraaiing: "REVERSAL",
  "terugboeking incassant": "REVERSAL",
  "storno incassant": "REVERSAL",
};

/** R-type in English, ISO short code or the Dutch words banks and bookkeepers use. */
export function kindCell(raw: string): CellResult<ReversalKind> {
  const key = raw.trim().toLowerCase().replace(/\s+/g, " ");
  const kind = KIND_WORDS[key];
  if (!kind) {
    return bad(
      `Soort '${raw}' is onbekend (gebruik bijv. REJECT, REFUSAL, RETURN, REFUND, REVERSAL of storno)`,
    );
  }
  return ok(kind);
}

export type SequenceType = "FRST" | "RCUR" | "OOFF" | "FNAL";

const SEQUENCE_WORDS: Record<string, SequenceType> = {
  frst: "FRST",
  first: "FRST",
  eerste: "FRST",
  rcur: "RCUR",
  recurring: "RCUR",
  doorlopend: "RCUR",
  herhaald: "RCUR",
  terugkerend: "RCUR",
  ooff: "OOFF",
  "one-off": "OOFF",
  oneoff: "OOFF",
  eenmalig: "OOFF",
  fnal: "FNAL",
  final: "FNAL",
  laatste: "FNAL",
};

export function sequenceTypeCell(raw: string): CellResult<SequenceType> {
  const v = SEQUENCE_WORDS[raw.trim().toLowerCase()];
  if (!v) return bad(`Volgordetype '${raw}' is onbekend (FRST, RCUR, OOFF of FNAL)`);
  return ok(v);
}

const LOCALE_WORDS: Record<string, "nl" | "en"> = {
  nl: "nl",
  "nl-nl": "nl",
  "nl-be": "nl",
  nederlands: "nl",
  dutch: "nl",
  en: "en",
  "en-gb": "en",
  "en-us": "en",
  engels: "en",
  english: "en",
};

export function localeCell(raw: string): CellResult<"nl" | "en"> {
  const v = LOCALE_WORDS[raw.trim().toLowerCase().replace("_", "-")];
  if (!v) return bad(`Taal '${raw}' wordt niet ondersteund (nl of en)`);
  return ok(v);
}
