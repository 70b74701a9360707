import { describe, expect, it } from "vitest";
import { parseCsv } from "@/features/imports/parsers/csv";

const HEADER =
  "Kenmerk;Bedrag;Incassodatum;Machtigingskenmerk;Ondertekeningsdatum;Volgordetype;Verrekendatum;Naam;IBAN;E-mail;Telefoon;Taal;Omschrijving;Factuurnummer;Klantnummer;Valuta";

const MAPPING = {
  kind: "collections",
  decimal: ",",
  columns: {
    endToEndId: 0,
    amount: 1,
    collectionDate: 2,
    mandateId: 3,
    mandateSignedOn: 4,
    sequenceType: 5,
    settlementDate: 6,
    debtorName: 7,
    debtorIban: 8,
    debtorEmail: 9,
    debtorPhone: 10,
    debtorLocale: 11,
    description: 12,
    invoiceReference: 13,
    externalDebtorId: 14,
    currency: 15,
  },
} as const;

const MIN = {
  kind: "collections",
  columns: {
    endToEndId: "Kenmerk",
    amount: "Bedrag",
    collectionDate: "Datum",
    debtorName: "Naam",
    debtorPhone: "Telefoon",
  },
} as const;

describe("parseCsv (collections)", () => {
  it("parses a full Dutch collections file", () => {
    const text = `${HEADER}\nINC-1;1.234,56;25-11-2026;MND-1;1-1-2024;RCUR;26-11-2026;Jan Jansen;nl91abna0417164300;jan@example.nl;+31 6 1234 5678;NL;Abonnement november;F-2026-11;K-42;EUR\n`;
    const r = parseCsv(text, MAPPING);
    expect(r.kind).toBe("collections");
    expect(r.rejected).toEqual([]);
    expect(r.rows).toEqual([
      {
        line: 2,
        endToEndId: "INC-1",
        amountCents: 123456,
        currency: "EUR",
        collectionDate: "2026-11-25",
        debtorName: "Jan Jansen",
        mandateId: "MND-1",
        mandateSignedOn: "2024-01-01",
        sequenceType: "RCUR",
        settlementDate: "2026-11-26",
        debtorIban: "NL91ABNA0417164300",
        debtorEmail: "jan@example.nl",
        debtorPhone: "+31612345678",
        debtorLocale: "nl",
        description: "Abonnement november",
        invoiceReference: "F-2026-11",
        externalDebtorId: "K-42",
      },
    ]);
  });

  it("leaves optional fields out and defaults the currency to EUR", () => {
    const r = parseCsv("Kenmerk;Bedrag;Datum;Naam;Telefoon\nINC-1;12,50;25-11-2026;Jan;\n", MIN);
    expect(r.rows).toEqual([
      {
        line: 2,
        endToEndId: "INC-1",
        amountCents: 1250,
        currency: "EUR",
        collectionDate: "2026-11-25",
        debtorName: "Jan",
      },
    ]);
  });

  it.each([
    ["06-12345678", "+31612345678"],
    ["0612345678", "+31612345678"],
    ["+31 6 12 34 56 78", "+31612345678"],
    ["0031612345678", "+31612345678"],
    ["020-1234567", "+31201234567"],
    ["+32 470 12 34 56", "+32470123456"],
  ])("normalises phone %j to E.164", (phone, e164) => {
    const r = parseCsv(`Kenmerk;Bedrag;Datum;Naam;Telefoon\nINC-1;5;25-11-2026;Jan;${phone}\n`, MIN);
    expect(r.rejected).toEqual([]);
    expect(r.rows[0]?.debtorPhone).toBe(e164);
  });

  it.each(["0612", "06-1234567890123", "bel me", "+31 6"])("rejects invalid phone %j", (phone) => {
    const r = parseCsv(`Kenmerk;Bedrag;Datum;Naam;Telefoon\nINC-1;5;25-11-2026;Jan;${phone}\n`, MIN);
    expect(r.rows).toEqual([]);
    expect(r.rejected[0]?.reason).toBe(`Telefoonnummer '${phone}' is ongeldig`);
  });

  it("requires the debtor name", () => {
    const r = parseCsv("Kenmerk;Bedrag;Datum;Naam;Telefoon\nINC-1;5;25-11-2026; ;\n", MIN);
    expect(r.rejected[0]?.reason).toBe("Verplicht veld 'Naam' is leeg");
  });

  it.each([
    ["Volgordetype", "XXXX", "Volgordetype 'XXXX' is onbekend (FRST, RCUR, OOFF of FNAL)"],
    ["Taal", "fr", "Taal 'fr' wordt niet ondersteund (nl of en)"],
    ["Ondertekeningsdatum", "30-02-2024", "Ondertekeningsdatum machtiging '30-02-2024' bestaat niet"],
    [
      "Verrekendatum",
      "gisteren",
      "Verrekendatum 'gisteren' is geen geldige datum (verwacht dd-mm-jjjj of jjjj-mm-dd)",
    ],
    ["IBAN", "NL00ABNA0417164300", "IBAN 'NL00ABNA0417164300' is ongeldig"],
  ])("rejects an invalid %s", (header, value, reason) => {
    const field = {
      Volgordetype: "sequenceType",
      Taal: "debtorLocale",
      Ondertekeningsdatum: "mandateSignedOn",
      Verrekendatum: "settlementDate",
      IBAN: "debtorIban",
    }[header] as string;
    const r = parseCsv(`Kenmerk;Bedrag;Datum;Naam;${header}\nINC-1;5;25-11-2026;Jan;${value}\n`, {
      kind: "collections",
      columns: { endToEndId: 0, amount: 1, collectionDate: 2, debtorName: 3, [field]: 4 },
    });
    expect(r.rows).toEqual([]);
    expect(r.rejected[0]?.reason).toBe(reason);
  });

  it.each([
    ["eenmalig", "OOFF"],
    ["FRST", "FRST"],
    ["doorlopend", "RCUR"],
    ["fnal", "FNAL"],
  ])("understands sequence type %j", (word, seq) => {
    const r = parseCsv(`Kenmerk;Bedrag;Datum;Naam;Volgordetype\nINC-1;5;25-11-2026;Jan;${word}\n`, {
      kind: "collections",
      columns: { endToEndId: 0, amount: 1, collectionDate: 2, debtorName: 3, sequenceType: 4 },
    });
    expect(r.rows[0]?.sequenceType).toBe(seq);
  });

  it("parses a tab-separated export with English headers", () => {
    const text =
      "EndToEndId\tAmount\tCollection date\tName\tLanguage\nINC-9\t1,234.56\t2026-11-25\tJohn Smith\tEnglish\n";
    const r = parseCsv(text, {
      kind: "collections",
      columns: {
        endToEndId: "EndToEndId",
        amount: "Amount",
        collectionDate: "Collection date",
        debtorName: "Name",
        debtorLocale: "Language",
      },
    });
    expect(r.delimiter).toBe("\t");
    expect(r.rows[0]).toMatchObject({
      amountCents: 123456,
      collectionDate: "2026-11-25",
      debtorLocale: "en",
    });
  });
});
