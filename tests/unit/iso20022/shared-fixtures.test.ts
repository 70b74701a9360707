import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BankFileError, parseIso20022File } from "@/features/imports/parsers/iso20022";

// Public sample files live next to the repo, not in it (see SOURCES.md there).
// CI always has the folder; a bare checkout may not, so the suite is skipped then.
const repoRoot = path.resolve(import.meta.dirname, "../../..");
const dir = path.resolve(repoRoot, "../shared/fixtures/bank-files");
const available = existsSync(path.join(dir, "expected.json"));

interface ExpectedReversal {
  endToEndId: string;
  amount: string;
  currency: string;
  reasonCode: string;
  [field: string]: string;
}
interface ExpectedFile {
  format?: string;
  error?: string;
  reversals?: ExpectedReversal[];
}

function toCents(decimal: string): number {
  const [whole = "0", frac = ""] = decimal.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0").slice(0, 2));
}

const expected: Record<string, ExpectedFile> = available
  ? (
      JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as {
        files: Record<string, ExpectedFile>;
      }
    ).files
  : {};

describe.skipIf(!available)("shared public bank files (../shared/fixtures/bank-files)", () => {
  it("has expectations to check", () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(9);
  });

  for (const [file, want] of Object.entries(expected)) {
    if (want.error) {
      it(`${file}: refused with "${want.error}"`, async () => {
        const err = await parseIso20022File(path.join(dir, file)).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(BankFileError);
        expect((err as BankFileError).code).toBe("UNSUPPORTED_NAMESPACE");
        expect((err as BankFileError).message).toContain(want.error);
      });
      continue;
    }

    it(`${file}: ${want.format} with ${want.reversals?.length ?? 0} reversal(s)`, async () => {
      const result = await parseIso20022File(path.join(dir, file));
      expect(result.format.name).toBe(want.format);
      const wanted = want.reversals ?? [];
      expect(result.reversals).toHaveLength(wanted.length);
      wanted.forEach((w, i) => {
        const got = result.reversals[i];
        expect(got, `reversal ${i + 1}`).toBeDefined();
        if (!got) return;
        const { amount, ...fields } = w;
        expect(got.amountCents, `${w.endToEndId} amount`).toBe(toCents(amount));
        for (const [field, value] of Object.entries(fields)) {
          expect(got[field as keyof typeof got], `${w.endToEndId} ${field}`).toBe(value);
        }
        expect(Number.isInteger(got.amountCents)).toBe(true);
        expect(got.dedupeKey).toMatch(/^[0-9a-f]{64}$/);
      });
    });
  }

  it("ING: the AC04 returned credit transfer and the ordinary bookings are skipped, not errors", async () => {
    const result = await parseIso20022File(path.join(dir, "ing-camt053-001-02-example.xml"));
    expect(result.reversals).toHaveLength(1);
    expect(result.skipped).toHaveLength(8);
    expect(result.skipped.some((s) => s.reason.includes("RCDT/RRTN"))).toBe(true);
  });

  it("ABN AMRO: lenient with the over-long Ustrd, and RltdPties wins over the /IBAN/ text", async () => {
    const result = await parseIso20022File(path.join(dir, "abnamro-camt053-001-02-example.xml"));
    const reject = result.reversals[0];
    expect(reject?.debtorIban).toBe("NL27ABNA0562326340"); // /IBAN/ says NL27ABNA0562399340
    expect(reject?.bankReference).toBe("GB020000738195160AO");
    expect(result.reversals.map((r) => r.kind)).toEqual(["REJECT", "RETURN"]);
  });

  it("PostFinance: CHF kept as CHF with the 0.70 charge apart, MD06 is a refund", async () => {
    const result = await parseIso20022File(path.join(dir, "postfinance-camt054-001-04-md06-refunds.xml"));
    for (const r of result.reversals) {
      expect(r.currency).toBe("CHF");
      expect(r.chargesCents).toBe(70);
      expect(r.kind).toBe("REFUND");
    }
    // The two incoming collections (RDDT/PMDD credits) are not reversals.
    expect(result.skipped).toHaveLength(3);
  });

  it("OCA pain.002: rejects are REJECT, MS02 before settlement is a REFUSAL", async () => {
    const result = await parseIso20022File(path.join(dir, "oca-pain002-001-03-four-rejects.xml"));
    expect(result.reversals.map((r) => r.kind)).toEqual(["REJECT", "REFUSAL", "REJECT", "REJECT"]);
    expect(result.reversals[0]?.mandateSignedOn).toBe("2016-09-01");
    expect(result.reversals[0]?.reasonInfo).toBe("ACC NUMBER INVALID");
  });

  it("pain.008 examples: read as collections", async () => {
    const ing = await parseIso20022File(path.join(dir, "ing-pain008-001-02-example.xml"));
    expect(ing.collections).toEqual([
      {
        endToEndId: "E2EID001",
        amountCents: 101,
        currency: "EUR",
        collectionDate: "2012-02-05",
        sequenceType: "OOFF",
        mandateId: "MANDAATIDNR001",
        mandateSignedOn: "2011-12-31",
        debtorName: "NAAM",
        debtorIban: "NL98INGB0000000002",
        description: "Omschrijving / vrije tekst",
        index: 1,
      },
    ]);
    const abn = await parseIso20022File(path.join(dir, "abnamro-pain008-001-02-example.xml"));
    expect(abn.collections[0]).toMatchObject({
      endToEndId: "2000000038",
      amountCents: 160000,
      collectionDate: "2012-02-21",
      sequenceType: "RCUR",
      mandateId: "MANDAAT123456",
    });
  });
});
