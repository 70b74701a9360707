/**
 * Synthetic camt.054.001.02 with N returned SEPA direct debits, streamed as string chunks
 * (one chunk per entry), for benchmarks and tests. Deterministic for a given seed.
 */
export interface GenerateCamt054Options {
  /** Transactions per entry (Ntry); default 100. */
  batchSize?: number;
  seed?: number;
  /** Account the notification is about; default a fixed Dutch creditor account. */
  accountIban?: string;
  bookingDate?: string;
  currency?: string;
}

const FIRST = [
  "Jan",
  "Sanne",
  "Pieter",
  "Fleur",
  "Daan",
  "Emma",
  "Thijs",
  "Lotte",
  "Bram",
  "Anouk",
  "Ruben",
  "Noor",
];
const LAST = [
  "de Vries",
  "Jansen",
  "van den Berg",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "van Dijk",
  "Hendriks",
  "van Leeuwen",
];
const BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"];
const REASONS = [
  "AM04",
  "AM04",
  "AC04",
  "AC06",
  "MD06",
  "MD06",
  "MS02",
  "MS03",
  "MD01",
  "SL01",
  "AC13",
  "MD07",
];
const SEQ = ["RCUR", "RCUR", "RCUR", "FRST", "OOFF"];

/** mulberry32: tiny seeded PRNG, so fixtures are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ISO 13616 check digits (mod 97 over the rearranged, letter-expanded IBAN). */
export function dutchIban(bank: string, account: string): string {
  const bban = `${bank}${account.padStart(10, "0")}`;
  const digits = `${bban}NL00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const d of digits) rem = (rem * 10 + Number(d)) % 97;
  return `NL${String(98 - rem).padStart(2, "0")}${bban}`;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function cents(n: number): string {
  return `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

export async function* generateCamt054(
  count: number,
  opts: GenerateCamt054Options = {},
): AsyncGenerator<string> {
  const batchSize = Math.max(1, opts.batchSize ?? 100);
  const r = rng(opts.seed ?? 20_240_101);
  const account = opts.accountIban ?? dutchIban("RABO", "0123456789");
  const day = opts.bookingDate ?? "2024-03-05";
  const ccy = opts.currency ?? "EUR";
  yield `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<BkToCstmrDbtCdtNtfctn>
<GrpHdr><MsgId>GEN-${count}-${day}</MsgId><CreDtTm>${day}T06:00:00</CreDtTm></GrpHdr>
<Ntfctn><Id>GEN-NTF-1</Id><CreDtTm>${day}T06:00:00</CreDtTm>
<Acct><Id><IBAN>${account}</IBAN></Id><Ccy>${ccy}</Ccy><Ownr><Nm>Stichting Voorbeeld Incasso</Nm></Ownr></Acct>
`;
  let n = 0;
  let entry = 0;
  while (n < count) {
    const size = Math.min(batchSize, count - n);
    entry++;
    const txs: string[] = [];
    let sum = 0;
    for (let i = 0; i < size; i++) {
      n++;
      const amount = 500 + Math.floor(r() * 49_500);
      sum += amount;
      const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
      const iban = dutchIban(pick(r, BANKS), String(Math.floor(r() * 1e10)));
      const reason = pick(r, REASONS);
      txs.push(`<TxDtls><Refs><AcctSvcrRef>GEN${entry}-${i + 1}</AcctSvcrRef><EndToEndId>E2E-${String(n).padStart(8, "0")}</EndToEndId><MndtId>MDT-${String(n % 50_000).padStart(6, "0")}</MndtId></Refs>
<AmtDtls><InstdAmt><Amt Ccy="${ccy}">${cents(amount)}</Amt></InstdAmt></AmtDtls>
<RltdPties><Dbtr><Nm>${esc(name)}</Nm></Dbtr><DbtrAcct><Id><IBAN>${iban}</IBAN></Id></DbtrAcct><Cdtr><Nm>Stichting Voorbeeld Incasso</Nm></Cdtr><CdtrAcct><Id><IBAN>${account}</IBAN></Id></CdtrAcct></RltdPties>
<RmtInf><Ustrd>Contributie ${day.slice(0, 7)} lid ${n}</Ustrd></RmtInf>
<RtrInf><Rsn><Cd>${reason}</Cd></Rsn></RtrInf>
<AddtlTxInf>/SQTP/${pick(r, SEQ)}/DTOFSGNT/2021-0${1 + (n % 9)}-1${n % 10}</AddtlTxInf></TxDtls>
`);
    }
    yield `<Ntry><Amt Ccy="${ccy}">${cents(sum)}</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts>BOOK</Sts><BookgDt><Dt>${day}</Dt></BookgDt><ValDt><Dt>${day}</Dt></ValDt><AcctSvcrRef>GEN-NTRY-${entry}</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><Btch><NbOfTxs>${size}</NbOfTxs></Btch>
${txs.join("")}</NtryDtls></Ntry>
`;
  }
  yield "</Ntfctn>\n</BkToCstmrDbtCdtNtfctn>\n</Document>\n";
}
