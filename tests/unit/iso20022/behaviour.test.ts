import { readFileSync } from "node:fs";
import path from "node:path";
import { isValidIBAN } from "ibantools";
import { describe, expect, it } from "vitest";
import {
  generateCamt054,
  type Iso20022Event,
  type ParsedReversal,
  parseIso20022,
  parseIso20022Buffer,
} from "@/features/imports/parsers/iso20022";
import { parseAmountToCents } from "@/features/imports/parsers/iso20022/amount";
import { dutchIban } from "@/features/imports/parsers/iso20022/generate-camt054";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures/bank-files");
const NS053 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

interface Tx {
  e2e: string;
  amount: string;
  reason: string;
  booked: string;
  ref: string;
}

/** A camt.053 day statement with one returned direct debit per entry. */
function statement(txs: Tx[], ns = NS053): string {
  const entries = txs.map(
    (t) => `<Ntry><Amt Ccy="EUR">${t.amount}</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>${t.booked}</Dt></BookgDt><AcctSvcrRef>${t.ref}</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls><Refs><EndToEndId>${t.e2e}</EndToEndId></Refs>
<RltdPties><Dbtr><Nm>Anouk Smit</Nm></Dbtr><DbtrAcct><Id><IBAN>NL20INGB0001234567</IBAN></Id></DbtrAcct></RltdPties>
<RtrInf><Rsn><Cd>${t.reason}</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>`,
  );
  const [root, block] = ns.includes("camt.054")
    ? ["BkToCstmrDbtCdtNtfctn", "Ntfctn"]
    : ["BkToCstmrStmt", "Stmt"];
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="${ns}"><${root}><GrpHdr><MsgId>M</MsgId></GrpHdr>
<${block}><Id>S</Id><Acct><Id><IBAN>NL39RABO0300065264</IBAN></Id></Acct>${entries.join("\n")}</${block}></${root}></Document>`;
}

describe("amounts are integer cents by string arithmetic", () => {
  it.each([
    ["100", 10000],
    ["100.00", 10000],
    ["0.1", 10],
    ["15.5", 1550],
    ["1.000", 100],
    ["0.07", 7],
    ["92233720368.54", 9223372036854],
    [" 6.00 ", 600],
  ])("%s → %d", (raw, cents) => {
    expect(parseAmountToCents(raw)).toBe(cents);
  });

  it.each(["1.005", "-1.00", "1e3", "12,50", "", ".5", "1.2.3"])("refuses %j", (raw) => {
    expect(parseAmountToCents(raw)).toBeUndefined();
  });
});

describe("which transactions are reversals", () => {
  it("a returned credit transfer (RCDT/RRTN with RtrInf) is skipped and counted, not an error", async () => {
    const xml = readFileSync(path.join(fixtures, "rabobank-camt053-001-08-batch-returns.xml"), "utf8");
    const r = await parseIso20022Buffer(xml);
    expect(r.reversals.map((x) => x.endToEndId)).not.toContain("PAYOUT-2024-0007");
    expect(r.skipped).toContainEqual({ reason: "not a direct debit (PMNT/RCDT/RRTN)", index: 5 });
  });

  it("a batch entry yields one reversal per TxDtls", async () => {
    const events: Iso20022Event[] = [];
    for await (const e of parseIso20022(generateCamt054(7, { batchSize: 7 }))) events.push(e);
    const reversals = events.filter((e) => e.type === "reversal");
    expect(reversals).toHaveLength(7);
    expect(events[0]?.type).toBe("format");
    const indexes = reversals.map((e) => (e.type === "reversal" ? e.reversal.index : 0));
    expect(indexes).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("a very large batch entry is emitted in order without waiting for the entry to end", async () => {
    const indexes: number[] = [];
    for await (const e of parseIso20022(generateCamt054(2_500, { batchSize: 2_500 }))) {
      if (e.type === "reversal") indexes.push(e.reversal.index);
    }
    expect(indexes).toHaveLength(2_500);
    expect(indexes.every((n, i) => n === i + 1)).toBe(true);
  });

  it("pending (not booked) entries are skipped", async () => {
    const xml = statement([
      { e2e: "E1", amount: "1.00", reason: "AM04", booked: "2024-03-05", ref: "R" },
    ]).replace("<Sts>BOOK</Sts>", "<Sts>PDNG</Sts>");
    const r = await parseIso20022Buffer(xml);
    expect(r.reversals).toEqual([]);
    expect(r.skipped[0]?.reason).toContain("PDNG");
  });
});

describe("dedupe keys", () => {
  const a: Tx = { e2e: "E2E-A", amount: "10.00", reason: "AM04", booked: "2024-03-04", ref: "BANK-1" };
  const b: Tx = { e2e: "E2E-B", amount: "20.00", reason: "MD06", booked: "2024-03-05", ref: "BANK-2" };
  const c: Tx = { e2e: "E2E-C", amount: "30.00", reason: "AC04", booked: "2024-03-06", ref: "BANK-3" };

  const keyOf = (rs: ParsedReversal[], e2e: string) => rs.find((r) => r.endToEndId === e2e)?.dedupeKey;

  it("the same reversal in two overlapping statements has the same key", async () => {
    const first = await parseIso20022Buffer(statement([a, b]));
    const second = await parseIso20022Buffer(statement([b, c]));
    expect(keyOf(first.reversals, "E2E-B")).toBeDefined();
    expect(keyOf(first.reversals, "E2E-B")).toBe(keyOf(second.reversals, "E2E-B"));
    expect(new Set([...first.reversals, ...second.reversals].map((r) => r.dedupeKey)).size).toBe(3);
  });

  it("…also when the bank numbers it differently in a camt.054 notification", async () => {
    const stmt = await parseIso20022Buffer(statement([b]));
    const ntf = await parseIso20022Buffer(
      statement([{ ...b, ref: "OTHER-REF" }], "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"),
    );
    expect(ntf.reversals[0]?.dedupeKey).toBe(stmt.reversals[0]?.dedupeKey);
  });

  it("two different returns of one collection get different keys", async () => {
    const again: Tx = { ...a, reason: "MD06", booked: "2024-04-20", ref: "BANK-9" };
    const r = await parseIso20022Buffer(statement([a, again]));
    expect(r.reversals).toHaveLength(2);
    expect(r.reversals[0]?.dedupeKey).not.toBe(r.reversals[1]?.dedupeKey);
  });
});

describe("streaming", () => {
  it("gives identical results whatever the chunk boundaries (multi-byte UTF-8 split)", async () => {
    const bytes = readFileSync(path.join(fixtures, "rabobank-camt053-001-08-batch-returns.xml"));
    const whole = await parseIso20022Buffer(bytes);
    async function* tiny() {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const events: Iso20022Event[] = [];
    for await (const e of parseIso20022(tiny())) events.push(e);
    const reversals = events.flatMap((e) => (e.type === "reversal" ? [e.reversal] : []));
    expect(reversals).toEqual(whole.reversals);
    expect(reversals[2]?.description).toBe("Jaarcontributie 2024 — gezinslidmaatschap");
  });

  it("yields reversals before the input has ended", async () => {
    let chunksRead = 0;
    async function* counted() {
      for await (const c of generateCamt054(1000, { batchSize: 10 })) {
        chunksRead++;
        yield c;
      }
    }
    for await (const e of parseIso20022(counted())) {
      if (e.type === "reversal") break;
    }
    expect(chunksRead).toBeLessThan(5);
  });

  it("decodes ISO-8859-1 files by their XML declaration", async () => {
    const xml = statement([{ e2e: "E1", amount: "1.00", reason: "AM04", booked: "2024-03-05", ref: "R" }])
      .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
      .replace("Anouk Smit", "Jürgen Müller");
    const r = await parseIso20022Buffer(Buffer.from(xml, "latin1"));
    expect(r.reversals[0]?.debtorName).toBe("Jürgen Müller");
  });
});

describe("generateCamt054", () => {
  it("writes valid Dutch IBANs", () => {
    expect(dutchIban("ABNA", "0417164300")).toBe("NL91ABNA0417164300");
    expect(isValidIBAN(dutchIban("RABO", "123"))).toBe(true);
  });

  it("parses 20,000 generated returned direct debits", async () => {
    let count = 0;
    const reasons = new Set<string>();
    let badIbans = 0;
    for await (const e of parseIso20022(generateCamt054(20_000))) {
      if (e.type !== "reversal") continue;
      count++;
      reasons.add(e.reversal.reasonCode);
      if (count % 997 === 0 && !isValidIBAN(e.reversal.debtorIban ?? "")) badIbans++;
    }
    expect(count).toBe(20_000);
    expect(reasons.size).toBeGreaterThan(5);
    expect(badIbans).toBe(0);
  });
});
