import { createReadStream, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { importFile, importReversalRecords } from "@/features/imports/import-file.server";
import { generateCamt054 } from "@/features/imports/parsers/iso20022";
import { addDays, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { maskIban } from "@/lib/iban";
import { hashIban } from "@/lib/iban-hash";
import { resetDatabase } from "../../support/db";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
// Public sample files live next to the repo (see SOURCES.md there); a bare checkout may not have them.
const sharedDir = path.resolve(repoRoot, "../shared/fixtures/bank-files");
const sharedAvailable = existsSync(path.join(sharedDir, "expected.json"));
const localDir = path.join(repoRoot, "tests/fixtures/bank-files");

interface ExpectedReversal {
  endToEndId: string;
  amount: string;
  currency: string;
  reasonCode: string;
  bookingDate?: string;
  requestedCollectionDate?: string;
  mandateId?: string;
  kind?: string;
  debtorName?: string;
  debtorIban?: string;
}
interface ExpectedFile {
  format?: string;
  error?: string;
  reversals?: ExpectedReversal[];
}
const expected: Record<string, ExpectedFile> = sharedAvailable
  ? (
      JSON.parse(readFileSync(path.join(sharedDir, "expected.json"), "utf8")) as {
        files: Record<string, ExpectedFile>;
      }
    ).files
  : {};

function toCents(decimal: string): number {
  const [whole = "0", frac = ""] = decimal.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0").slice(0, 2));
}

const actor = {};

async function domainCounts() {
  const [debtors, collections, reversals, cases, events] = await Promise.all([
    db.debtor.count(),
    db.collection.count(),
    db.reversal.count(),
    db.case.count(),
    db.caseEvent.count(),
  ]);
  return { debtors, collections, reversals, cases, events };
}
const NOTHING = { debtors: 0, collections: 0, reversals: 0, cases: 0, events: 0 };

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

function importIdOf(err: AppError): string {
  const id = (err.details as { importId?: string } | undefined)?.importId;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id!;
}

async function* chunks(gen: AsyncIterable<string>): AsyncGenerator<Buffer> {
  for await (const s of gen) yield Buffer.from(s);
}

describe("importFile", () => {
  beforeEach(resetDatabase);

  describe.skipIf(!sharedAvailable)("shared public bank files", () => {
    for (const [file, want] of Object.entries(expected)) {
      if (want.error) {
        it(`${file}: refused (${want.error}); nothing written, a FAILED import recorded`, async () => {
          const err = await refusal(
            importFile({ fileName: file, data: createReadStream(path.join(sharedDir, file)), actor }),
          );
          expect(err.code).toBe("INVALID");
          expect(err.message).toContain(want.error);
          expect(await domainCounts()).toEqual(NOTHING);
          const row = await db.import.findUniqueOrThrow({ where: { id: importIdOf(err) } });
          expect(row.status).toBe("FAILED");
          expect(row.fileName).toBe(file);
          expect(JSON.stringify(row.errors)).toContain(want.error);
          expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
          expect(row.sizeBytes).toBe(readFileSync(path.join(sharedDir, file)).byteLength);
        });
        continue;
      }
      it(`${file}: ${want.format}, ${want.reversals?.length ?? 0} reversal(s) in the database with cases`, async () => {
        const summary = await importFile({
          fileName: file,
          data: createReadStream(path.join(sharedDir, file)),
          actor,
        });
        expect(summary.format).toBe(want.format);
        const wanted = want.reversals ?? [];
        expect(summary.reversals).toEqual({ created: wanted.length, duplicates: 0 });
        expect(summary.errors).toEqual([]);
        const reversals = await db.reversal.findMany({
          include: { collection: { include: { debtor: true } }, case: { include: { events: true } } },
          orderBy: { case: { number: "asc" } },
        });
        expect(reversals).toHaveLength(wanted.length);
        for (const w of wanted) {
          const got = reversals.find((r) => r.collection.endToEndId === w.endToEndId);
          expect(got, w.endToEndId).toBeDefined();
          if (!got) continue;
          expect(got.amountCents).toBe(toCents(w.amount));
          expect(got.currency).toBe(w.currency); // CHF stays CHF: never converted
          expect(got.reasonCode).toBe(w.reasonCode);
          expect(got.importId).toBe(summary.importId);
          const date = w.bookingDate ?? w.requestedCollectionDate;
          expect(got.bookingDate.toISOString().slice(0, 10)).toBe(date);
          if (w.kind) expect(got.kind).toBe(w.kind);
          if (w.mandateId) expect(got.collection.mandateId).toBe(w.mandateId);
          expect(got.collection.status).toBe("REVERSED");
          if (w.debtorName) expect(got.collection.debtor.name).toBe(w.debtorName);
          if (w.debtorIban) {
            expect(got.collection.debtor.ibanMasked).toBe(maskIban(w.debtorIban));
            expect(got.collection.debtor.ibanHash).toBe(hashIban(w.debtorIban));
          }
          expect(got.case?.status).toBe("NEW");
          expect(got.case?.openAmountCents).toBe(got.amountCents);
          expect(got.case?.currency).toBe(w.currency);
          expect(got.case?.events.map((e) => [e.type, e.actorType, e.data])).toEqual([
            ["case.opened", "SYSTEM", { importId: summary.importId }],
          ]);
        }
        const row = await db.import.findUniqueOrThrow({ where: { id: summary.importId } });
        expect(row.status).toBe("COMPLETED");
        expect(row.reversalsCreated).toBe(wanted.length);
        expect(row.formatVersion).toBe(want.format?.split(".").slice(2).join("."));
        expect(row.finishedAt).not.toBeNull();
        // The full IBAN is never stored.
        const debtorsJson = JSON.stringify(await db.debtor.findMany());
        for (const w of wanted) if (w.debtorIban) expect(debtorsJson).not.toContain(w.debtorIban);
      });
    }

    it("importing the same file twice reports every reversal of the second import as a duplicate", async () => {
      const file = path.join(sharedDir, "oca-pain002-001-03-four-rejects.xml");
      const first = await importFile({ fileName: "a.xml", data: createReadStream(file), actor });
      const second = await importFile({ fileName: "a.xml", data: createReadStream(file), actor });
      expect(first.reversals).toEqual({ created: 4, duplicates: 0 });
      expect(second.reversals).toEqual({ created: 0, duplicates: 4 });
      expect(await domainCounts()).toMatchObject({ reversals: 4, cases: 4, collections: 4, debtors: 4 });
      const row = await db.import.findUniqueOrThrow({ where: { id: second.importId } });
      expect(row.reversalsDuplicate).toBe(4);
      const details = row.details as { duplicates: { endToEndId: string; reasonCode: string }[] };
      expect(details.duplicates.map((d) => `${d.endToEndId}/${d.reasonCode}`)).toEqual([
        "E2EID1/AC01",
        "E2EID2/MS02",
        "E2EID3/MD06",
        "E2EID4/AM04",
      ]);
      expect(row.sha256).toBe((await db.import.findUniqueOrThrow({ where: { id: first.importId } })).sha256);
    });
  });

  it("two overlapping statements: the shared reversals are duplicates, the rest is created", async () => {
    // Statement 1: transactions 1–300; statement 2: 201–500 (same generator, so 201–300 are identical).
    const all: string[] = [];
    for await (const s of generateCamt054(500, { batchSize: 100 })) all.push(s);
    const header = all[0]!;
    const footer = all[all.length - 1]!;
    const entries = all.slice(1, -1);
    const statement = (from: number, to: number) =>
      Buffer.from(header + entries.slice(from, to).join("") + footer);
    const a = await importFile({ fileName: "s1.xml", data: statement(0, 3), actor });
    const b = await importFile({ fileName: "s2.xml", data: statement(2, 5), actor });
    expect(a.reversals).toEqual({ created: 300, duplicates: 0 });
    expect(b.reversals).toEqual({ created: 200, duplicates: 100 });
    expect(await domainCounts()).toMatchObject({ reversals: 500, cases: 500, events: 500, collections: 500 });
    const numbers = await db.case.findMany({ select: { number: true }, orderBy: { number: "asc" } });
    expect(new Set(numbers.map((n) => n.number)).size).toBe(500);
  });

  it("a malformed file changes nothing and leaves a FAILED import with line and column", async () => {
    const good = readFileSync(path.join(localDir, "rabobank-camt053-001-08-batch-returns.xml"), "utf8");
    // Cut the file in the middle of the last transaction: the first ones parse, then the XML breaks.
    const broken = `${good.slice(0, good.lastIndexOf("</TxDtls>"))}<Oops></TxDtls>`;
    const err = await refusal(importFile({ fileName: "broken.xml", data: Buffer.from(broken), actor }));
    expect(err.code).toBe("INVALID");
    expect(err.message).toMatch(/line \d+, column \d+/);
    expect(await domainCounts()).toEqual(NOTHING);
    const row = await db.import.findUniqueOrThrow({ where: { id: importIdOf(err) } });
    expect(row).toMatchObject({ status: "FAILED", format: "CAMT_053", reversalsCreated: 0 });
    const errors = row.errors as { message: string; line?: number }[];
    expect(errors[0]?.line).toBeGreaterThan(1);
    expect(await db.import.count()).toBe(1);
  });

  it("a file over the size limit is refused as TOO_LARGE after a batch was already written, nothing stays", async () => {
    // 12,000 transactions of ~600 bytes: the first batch of 5,000 is written inside the transaction before the limit hits.
    const data = chunks(generateCamt054(12_000));
    const err = await refusal(importFile({ fileName: "big.xml", data, actor, maxBytes: 4_500_000 }));
    expect(err.code).toBe("TOO_LARGE");
    expect(await domainCounts()).toEqual(NOTHING);
    const row = await db.import.findUniqueOrThrow({ where: { id: importIdOf(err) } });
    expect(row.status).toBe("FAILED");
    expect(row.format).toBe("CAMT_054");
    expect((row.details as { refused: { code: string } }).refused.code).toBe("TOO_LARGE");
  });

  it("a tiny size limit refuses before anything is parsed", async () => {
    const err = await refusal(
      importFile({
        fileName: "x.xml",
        data: readFileSync(path.join(localDir, "pain008-001-08-collections.xml")),
        actor,
        maxBytes: 100,
      }),
    );
    expect(err.code).toBe("TOO_LARGE");
    expect(err.message).toContain("100 bytes");
    expect(await domainCounts()).toEqual(NOTHING);
  });

  it("an empty file and a DOCTYPE file are refused", async () => {
    const empty = await refusal(importFile({ fileName: "e.xml", data: Buffer.alloc(0), actor }));
    expect(empty.message).toContain("empty");
    const doctype = await refusal(
      importFile({
        fileName: "d.xml",
        data: Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Document/>'),
        actor,
      }),
    );
    expect(doctype.code).toBe("INVALID");
    expect(doctype.message).toMatch(/DOCTYPE/);
    expect(await db.import.count({ where: { status: "FAILED" } })).toBe(2);
    expect(await domainCounts()).toEqual(NOTHING);
  });

  it("pain.008 then a camt.054 returning one of its collections: no new collection, REVERSED, finalOn +56 days", async () => {
    const pain = await importFile({
      fileName: "pain.xml",
      data: createReadStream(path.join(localDir, "pain008-001-08-collections.xml")),
      actor: {},
    });
    expect(pain.format).toBe("pain.008.001.08");
    expect(pain.collections).toEqual({ created: 2, duplicates: 0 });
    const before = await db.collection.findUniqueOrThrow({ where: { endToEndId: "ADL-2024-03-0001" } });
    expect(before.collectionDate.toISOString().slice(0, 10)).toBe("2024-03-05");
    expect(before.settlementDate?.toISOString().slice(0, 10)).toBe("2024-03-05");
    expect(before.finalOn?.toISOString().slice(0, 10)).toBe(addDays("2024-03-05", 56));
    // 2024-04-30 is long past: the refund window has closed.
    expect(before.status).toBe("FINAL");
    expect(before.mandateId).toBe("ADL-LID-0001");

    const again = await importFile({
      fileName: "pain.xml",
      data: createReadStream(path.join(localDir, "pain008-001-08-collections.xml")),
      actor: {},
    });
    expect(again.collections).toEqual({ created: 0, duplicates: 2 });

    const camt = readFileSync(path.join(sharedDir, "oca-camt054-001-02-return-ac06.xml"), "utf8")
      .replaceAll("E2EID1", "ADL-2024-03-0001")
      .replaceAll("MANDATEID2", "ADL-LID-0001");
    const ret = await importFile({ fileName: "camt.xml", data: Buffer.from(camt), actor: {} });
    expect(ret.reversals).toEqual({ created: 1, duplicates: 0 });
    expect(ret.collections).toEqual({ created: 0, duplicates: 0 });
    expect(await db.collection.count()).toBe(2);
    const after = await db.collection.findUniqueOrThrow({
      where: { endToEndId: "ADL-2024-03-0001" },
      include: { reversals: { include: { case: true } } },
    });
    expect(after.status).toBe("REVERSED");
    expect(after.id).toBe(before.id);
    expect(after.finalOn?.toISOString().slice(0, 10)).toBe("2024-04-30");
    expect(after.reversals[0]?.reasonCode).toBe("AC06");
    expect(after.reversals[0]?.case?.status).toBe("NEW");
    // The other collection is untouched.
    expect(
      (await db.collection.findUniqueOrThrow({ where: { endToEndId: "ADL-2024-03-0002" } })).status,
    ).toBe("FINAL");
  });

  it("a CSV of collections: settlement date, finalOn +56 days, SETTLED while the window is open", async () => {
    const today = todayIso();
    const csv = [
      "Kenmerk;Bedrag;Incassodatum;Naam;IBAN;Klantnummer",
      `INV-1;12,50;${today.split("-").reverse().join("-")};Jan Jansen;NL91ABNA0417164300;K-1`,
      `INV-2;7,00;01-02-2024;Jan Jansen;NL91ABNA0417164300;K-1`,
      "INV-1;12,50;01-02-2024;Jan Jansen;;K-1",
    ].join("\n");
    const s = await importFile({ fileName: "incasso.csv", data: Buffer.from(csv), actor });
    expect(s.format).toBe("csv");
    expect(s.collections).toEqual({ created: 2, duplicates: 1 });
    const c1 = await db.collection.findUniqueOrThrow({
      where: { endToEndId: "INV-1" },
      include: { debtor: true },
    });
    expect(c1.status).toBe("SETTLED");
    expect(c1.finalOn?.toISOString().slice(0, 10)).toBe(addDays(today, 56));
    expect(c1.debtor.externalId).toBe("K-1");
    expect(await db.debtor.count()).toBe(1);
    const c2 = await db.collection.findUniqueOrThrow({ where: { endToEndId: "INV-2" } });
    expect(c2.status).toBe("FINAL");
    const row = await db.import.findUniqueOrThrow({ where: { id: s.importId } });
    expect(row.format).toBe("CSV_COLLECTIONS");
  });

  it("a Dutch CSV of reversals with one bad row: good rows imported, the bad row listed with its line", async () => {
    const csv = [
      "Kenmerk;Bedrag;Redencode;Boekdatum;Naam;IBAN",
      "E2E-A;1.234,56;MD06;03-12-2026;Piet Pieters;NL91ABNA0417164300",
      "E2E-B;twaalf;AM04;03-12-2026;Klaas;",
      "E2E-C;12,00;AM04;04-12-2026;Klaas Klaassen;",
    ].join("\r\n");
    const s = await importFile({ fileName: "storno.csv", data: Buffer.from(csv, "utf8"), actor });
    expect(s.format).toBe("csv");
    expect(s.reversals).toEqual({ created: 2, duplicates: 0 });
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]?.line).toBe(3);
    expect(s.errors[0]?.message).toContain("Bedrag");
    const a = await db.reversal.findFirstOrThrow({
      where: { collection: { endToEndId: "E2E-A" } },
      include: { collection: { include: { debtor: true } }, case: true },
    });
    expect(a).toMatchObject({
      amountCents: 123_456,
      currency: "EUR",
      reasonCode: "MD06",
      kind: "REFUND",
      source: "CSV",
    });
    expect(a.bookingDate.toISOString().slice(0, 10)).toBe("2026-12-03");
    expect(a.collection.debtor.ibanMasked).toBe(maskIban("NL91ABNA0417164300"));
    expect(a.case?.openAmountCents).toBe(123_456);
    const c = await db.reversal.findFirstOrThrow({ where: { collection: { endToEndId: "E2E-C" } } });
    expect(c.kind).toBe("RETURN");
    const row = await db.import.findUniqueOrThrow({ where: { id: s.importId } });
    expect(row.format).toBe("CSV_REVERSALS");
    expect(row.errors).toEqual([{ line: 3, message: s.errors[0]?.message }]);

    // Same reversal again via a CSV with the kind column filled the same way the parser would derive it.
    const again = await importFile({
      fileName: "storno2.csv",
      data: Buffer.from("Kenmerk;Bedrag;Redencode;Boekdatum;Soort\nE2E-A;1.234,56;MD06;03-12-2026;REFUND\n"),
      actor,
    });
    expect(again.reversals).toEqual({ created: 0, duplicates: 1 });
  });

  it("a CSV whose rows are all bad is refused (422) and changes nothing", async () => {
    const csv = "Kenmerk;Bedrag;Redencode;Boekdatum\nE2E-A;abc;MD06;03-12-2026\nE2E-B;1,00;MD06;31-02-2026\n";
    const err = await refusal(importFile({ fileName: "bad.csv", data: Buffer.from(csv), actor }));
    expect(err.code).toBe("INVALID");
    expect(err.status).toBe(422);
    expect(await domainCounts()).toEqual(NOTHING);
    const row = await db.import.findUniqueOrThrow({ where: { id: importIdOf(err) } });
    expect(row.status).toBe("FAILED");
    expect((row.errors as { line: number }[]).map((e) => e.line)).toEqual([2, 3]);
  });

  it("a CSV without recognisable headers and without a mapping is refused, asking for a mapping", async () => {
    const csv = "a;b;c;d\nE2E-A;1,00;MD06;03-12-2026\n";
    const err = await refusal(importFile({ fileName: "x.csv", data: Buffer.from(csv), actor }));
    expect(err.code).toBe("INVALID");
    expect(err.message).toContain("mapping");
    // With an explicit mapping (by column index) the same file imports.
    const s = await importFile({
      fileName: "x.csv",
      data: Buffer.from(csv),
      actor,
      csvMapping: { kind: "reversals", columns: { endToEndId: 0, amount: 1, reasonCode: 2, bookingDate: 3 } },
    });
    expect(s.reversals.created).toBe(1);
    const invalid = await refusal(
      importFile({
        fileName: "x.csv",
        data: Buffer.from(csv),
        actor,
        csvMapping: { kind: "reversals", columns: {} },
      }),
    );
    expect(invalid.message).toContain("mapping");
  });

  it("records who imported: user or API key", async () => {
    const user = await db.user.create({
      data: { email: "c@example.nl", name: "Carla Controller", role: "CONTROLLER", passwordHash: "x" },
    });
    const s = await importFile({
      fileName: "pain.xml",
      data: readFileSync(path.join(localDir, "pain008-001-08-collections.xml")),
      actor: { userId: user.id },
    });
    const row = await db.import.findUniqueOrThrow({ where: { id: s.importId } });
    expect(row.createdById).toBe(user.id);
    expect(row.viaApiKeyId).toBeNull();
    expect(row.sizeBytes).toBe(
      readFileSync(path.join(localDir, "pain008-001-08-collections.xml")).byteLength,
    );
  });
});

describe("importReversalRecords", () => {
  beforeEach(resetDatabase);

  const records = [
    {
      endToEndId: "ERP-1",
      mandateId: "M-1",
      amountCents: 4_250,
      reasonCode: "AM04",
      bookingDate: "2026-11-20",
      debtor: { name: "Anna de Vries", iban: "NL91ABNA0417164300", email: "anna@example.nl" },
    },
    { endToEndId: "ERP-2", amountCents: 999, currency: "EUR", reasonCode: "MD06", bookingDate: "2026-11-21" },
  ];

  it("creates reversals with cases, and reports the same records again as duplicates with the same ids", async () => {
    const first = await importReversalRecords(records, { actor: {} });
    expect(first.results.map((r) => r.outcome)).toEqual(["created", "created"]);
    const second = await importReversalRecords(records, { actor: {} });
    expect(second.results.map((r) => r.outcome)).toEqual(["duplicate", "duplicate"]);
    expect(second.results.map((r) => r.reversalId)).toEqual(first.results.map((r) => r.reversalId));
    expect(second.results.map((r) => r.caseId)).toEqual(first.results.map((r) => r.caseId));
    expect(await domainCounts()).toMatchObject({ reversals: 2, cases: 2, collections: 2, debtors: 2 });
    const r1 = await db.reversal.findUniqueOrThrow({
      where: { id: first.results[0]!.reversalId },
      include: { collection: { include: { debtor: true } }, import: true },
    });
    expect(r1).toMatchObject({ source: "API", kind: "RETURN", amountCents: 4_250 });
    expect(r1.collection.debtor).toMatchObject({ name: "Anna de Vries", email: "anna@example.nl" });
    expect(r1.import?.format).toBe("API");
    const secondRow = await db.import.findUniqueOrThrow({ where: { id: second.importId } });
    expect(secondRow).toMatchObject({ status: "COMPLETED", reversalsCreated: 0, reversalsDuplicate: 2 });
  });

  it("the same record twice in one request: created once, then duplicate", async () => {
    const out = await importReversalRecords([records[1]!, records[1]!], { actor: {} });
    expect(out.results.map((r) => r.outcome)).toEqual(["created", "duplicate"]);
    expect(out.results[0]?.reversalId).toBe(out.results[1]?.reversalId);
  });

  it("refuses invalid records (missing fields, bad date, bad IBAN) without writing anything", async () => {
    const bad = [
      { ...records[0]!, bookingDate: "20-11-2026" },
      { endToEndId: "X" },
    ] as unknown as typeof records;
    const err = await refusal(importReversalRecords(bad, { actor: {} }));
    expect(err.code).toBe("INVALID");
    expect(err.message).toContain("bookingDate");
    const badIban = await refusal(
      importReversalRecords([{ ...records[0]!, debtor: { iban: "NL00XXXX" } }], { actor: {} }),
    );
    expect(badIban.message).toContain("IBAN");
    expect(await domainCounts()).toEqual(NOTHING);
  });

  it("matches an existing debtor by IBAN and a CSV/API reversal of a known collection", async () => {
    await importReversalRecords([records[0]!], { actor: {} });
    const later = { ...records[0]!, endToEndId: "ERP-9", bookingDate: "2026-12-01" };
    await importReversalRecords([later], { actor: {} });
    expect(await db.debtor.count()).toBe(1);
  });
});
