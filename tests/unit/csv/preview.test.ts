import { describe, expect, it } from "vitest";
import { detectDelimiter, previewCsv, suggestMapping } from "@/features/imports/parsers/csv";

describe("detectDelimiter", () => {
  it("prefers ; for Dutch files with decimal commas", () => {
    expect(detectDelimiter("Naam;Bedrag\nJan;12,50\n")).toBe(";");
    expect(detectDelimiter("Naam;Omschrijving\nJan;Huur, januari\nPiet;Huur, februari\n")).toBe(";");
  });

  it("detects comma and tab", () => {
    expect(detectDelimiter("name,amount\nJan,12.50\n")).toBe(",");
    expect(detectDelimiter('name,amount\nJan,"1.234,56"\n')).toBe(",");
    expect(detectDelimiter("name\tamount\nJan\t12,50\n")).toBe("\t");
  });

  it("falls back to , for single-column files", () => {
    expect(detectDelimiter("kenmerk\nE2E-1\n")).toBe(",");
  });
});

describe("previewCsv", () => {
  it("reads headers, the first 10 rows and the total", () => {
    const lines = ["Kenmerk;Bedrag;Boekdatum;Reden"];
    for (let i = 1; i <= 15; i++) lines.push(`E2E-${i};${i},00;03-12-2026;AM04`);
    const p = previewCsv(lines.join("\r\n"));
    expect(p.delimiter).toBe(";");
    expect(p.headers).toEqual(["Kenmerk", "Bedrag", "Boekdatum", "Reden"]);
    expect(p.rows).toHaveLength(10);
    expect(p.rows[0]).toEqual(["E2E-1", "1,00", "03-12-2026", "AM04"]);
    expect(p.rowLines.slice(0, 3)).toEqual([2, 3, 4]);
    expect(p.totalRows).toBe(15);
    expect(p.kind).toBe("reversals");
    expect(p.suggestedMapping).toEqual({ endToEndId: 0, amount: 1, bookingDate: 2, reasonCode: 3 });
  });

  it("strips a UTF-8 BOM from the first header", () => {
    const p = previewCsv("\uFEFFIBAN;Naam\nNL91ABNA0417164300;Jan\n");
    expect(p.headers).toEqual(["IBAN", "Naam"]);
    expect(p.suggestedMapping.debtorIban).toBe(0);
  });

  it("keeps quoted newlines inside one field and numbers lines physically", () => {
    const p = previewCsv('Kenmerk;Omschrijving\r\nE2E-1;"regel 1\r\nregel 2"\r\n\r\nE2E-2;x\r\n');
    expect(p.rows).toEqual([
      ["E2E-1", "regel 1\r\nregel 2"],
      ["E2E-2", "x"],
    ]);
    expect(p.rowLines).toEqual([2, 5]);
    expect(p.totalRows).toBe(2);
  });

  it("honours maxRows, a forced delimiter and kind", () => {
    const p = previewCsv("a,b\n1,2\n3,4\n", { maxRows: 1, delimiter: ",", kind: "collections" });
    expect(p.rows).toEqual([["1", "2"]]);
    expect(p.totalRows).toBe(2);
    expect(p.kind).toBe("collections");
  });

  it("handles an empty file", () => {
    expect(previewCsv("")).toMatchObject({ headers: [], rows: [], totalRows: 0, suggestedMapping: {} });
  });
});

describe("suggestMapping", () => {
  it("maps Dutch reversal headers", () => {
    const headers = [
      "Boekdatum",
      "Kenmerk",
      "Machtigingskenmerk",
      "Naam",
      "Rekeningnummer",
      "Bedrag",
      "Valuta",
      "Redencode",
      "Soort",
      "Kosten",
      "E-mail",
      "Telefoon",
      "Factuurnummer",
      "Incassodatum",
    ];
    expect(suggestMapping(headers, "reversals")).toEqual({
      bookingDate: 0,
      endToEndId: 1,
      mandateId: 2,
      debtorName: 3,
      debtorIban: 4,
      amount: 5,
      currency: 6,
      reasonCode: 7,
      kind: 8,
      chargesAmount: 9,
      debtorEmail: 10,
      debtorPhone: 11,
      description: 12,
      collectionDate: 13,
    });
  });

  it("maps English reversal headers, case- and punctuation-insensitively", () => {
    const headers = ["End-to-end id", "Amount", "Reason code", "Booking date", "Mandate ID", "Name", "IBAN"];
    expect(suggestMapping(headers, "reversals")).toEqual({
      endToEndId: 0,
      amount: 1,
      reasonCode: 2,
      bookingDate: 3,
      mandateId: 4,
      debtorName: 5,
      debtorIban: 6,
    });
    expect(suggestMapping(["EndToEndId", "Reden", "Datum"], "reversals")).toEqual({
      endToEndId: 0,
      reasonCode: 1,
      bookingDate: 2,
    });
  });

  it("maps collection headers, with Datum as the collection date", () => {
    const headers = [
      "Kenmerk",
      "Bedrag",
      "Datum",
      "Machtigingskenmerk",
      "Datum ondertekening",
      "Volgordetype",
      "Naam",
      "IBAN",
      "E-mailadres",
      "Telefoonnummer",
      "Taal",
      "Omschrijving",
      "Factuurnummer",
      "Klantnummer",
      "Valuta",
    ];
    expect(suggestMapping(headers, "collections")).toEqual({
      endToEndId: 0,
      amount: 1,
      collectionDate: 2,
      mandateId: 3,
      mandateSignedOn: 4,
      sequenceType: 5,
      debtorName: 6,
      debtorIban: 7,
      debtorEmail: 8,
      debtorPhone: 9,
      debtorLocale: 10,
      description: 11,
      invoiceReference: 12,
      externalDebtorId: 13,
      currency: 14,
    });
  });

  it("uses a looser contains-match for decorated headers and never reuses a column", () => {
    const m = suggestMapping(["Bedrag (EUR)", "Naam debiteur", "IBAN debiteur", "Naam"], "collections");
    expect(m.amount).toBe(0);
    expect(m.debtorName).toBe(3); // exact match wins over the contains-match
    expect(m.debtorIban).toBe(2);
  });

  it("guesses collections when there is no reason column", () => {
    expect(previewCsv("Kenmerk;Bedrag;Incassodatum;Naam\n").kind).toBe("collections");
  });
});
