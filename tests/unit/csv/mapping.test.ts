import { describe, expect, it } from "vitest";
import {
  CsvMappingError,
  csvMappingSchema,
  parseCsv,
  validateCsvMapping,
} from "@/features/imports/parsers/csv";

describe("csvMappingSchema", () => {
  it("accepts indices and header names", () => {
    const r = csvMappingSchema.safeParse({
      kind: "reversals",
      decimal: ",",
      dateFormat: "dmy",
      columns: { endToEndId: 0, amount: "Bedrag", reasonCode: 2, bookingDate: "Boekdatum" },
    });
    expect(r.success).toBe(true);
  });

  it("names a missing required field", () => {
    const r = validateCsvMapping({
      kind: "reversals",
      columns: { endToEndId: 0, amount: 1, bookingDate: 3 },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.error).toContain("reasonCode");
      expect(r.error).toContain("Redencode");
    }
  });

  it("lists every missing required field for collections", () => {
    const r = validateCsvMapping({ kind: "collections", columns: { endToEndId: 0 } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.join("\n")).toMatch(/amount/);
      expect(r.issues.join("\n")).toMatch(/collectionDate/);
      expect(r.issues.join("\n")).toMatch(/debtorName/);
    }
  });

  it("rejects fields that do not belong to the kind, bad options and bad column refs", () => {
    const base = { endToEndId: 0, amount: 1, reasonCode: 2, bookingDate: 3 };
    expect(validateCsvMapping({ kind: "reversals", columns: { ...base, invoiceReference: 4 } }).ok).toBe(
      false,
    );
    expect(validateCsvMapping({ kind: "reversals", delimiter: "|", columns: base }).ok).toBe(false);
    expect(validateCsvMapping({ kind: "reversals", decimal: "'", columns: base }).ok).toBe(false);
    expect(validateCsvMapping({ kind: "reversals", columns: { ...base, amount: -1 } }).ok).toBe(false);
    expect(validateCsvMapping({ kind: "reversals", columns: { ...base, amount: "  " } }).ok).toBe(false);
    expect(validateCsvMapping({ kind: "payments", columns: base }).ok).toBe(false);
  });
});

describe("parseCsv mapping errors", () => {
  const text = "Kenmerk;Bedrag;Reden;Datum\nE2E-1;12,50;AM04;03-12-2026\n";

  it("throws CsvMappingError naming the missing required field", () => {
    expect(() =>
      parseCsv(text, { kind: "reversals", columns: { endToEndId: 0, amount: 1, reasonCode: 2 } }),
    ).toThrow(/bookingDate/);
    try {
      parseCsv(text, { kind: "reversals", columns: { endToEndId: 0, amount: 1, reasonCode: 2 } });
    } catch (e) {
      expect(e).toBeInstanceOf(CsvMappingError);
      expect((e as CsvMappingError).issues[0]).toMatch(/Boekdatum/);
    }
  });

  it("throws when a header name is not in the file", () => {
    expect(() =>
      parseCsv(text, {
        kind: "reversals",
        columns: { endToEndId: "Kenmerk", amount: "Amount", reasonCode: 2, bookingDate: 3 },
      }),
    ).toThrow(/'Amount' voor veld 'amount' staat niet in de kopregel/);
  });

  it("throws when a column index is past the last column", () => {
    expect(() =>
      parseCsv(text, {
        kind: "reversals",
        columns: { endToEndId: 0, amount: 1, reasonCode: 2, bookingDate: 9 },
      }),
    ).toThrow(/Kolom 10 voor veld 'bookingDate' bestaat niet/);
  });

  it("resolves header names case- and punctuation-insensitively", () => {
    const r = parseCsv(text, {
      kind: "reversals",
      columns: { endToEndId: " kenmerk ", amount: "BEDRAG", reasonCode: "reden", bookingDate: "datum" },
    });
    expect(r.rows).toHaveLength(1);
  });

  it("throws for an empty file mapped by header names", () => {
    expect(() =>
      parseCsv("", {
        kind: "reversals",
        columns: { endToEndId: "Kenmerk", amount: 1, reasonCode: 2, bookingDate: 3 },
      }),
    ).toThrow(CsvMappingError);
    const r = parseCsv("", {
      kind: "reversals",
      columns: { endToEndId: 0, amount: 1, reasonCode: 2, bookingDate: 3 },
    });
    expect(r).toMatchObject({ rows: [], rejected: [], totalRows: 0 });
  });
});
