import { describe, expect, it } from "vitest";
import { parseCsv } from "@/features/imports/parsers/csv";
import { reversalDedupeKey } from "@/features/imports/parsers/dedupe-key";

const DUTCH = [
  "Kenmerk;Machtigingskenmerk;Naam;IBAN;Bedrag;Redencode;Boekdatum;Soort;Kosten;E-mail;Telefoon;Omschrijving;Incassodatum",
  "E2E-0001;MND-1;Jan Jansen;NL91 ABNA 0417 1643 00;1.234,56;AM04;03-12-2026;storno;0,50;jan@example.nl;06-12345678;Factuur 2026-001;01-12-2026",
  "E2E-0002;MND-2;Piet Pietersen;NL91ABNA0417164300;12,50;ms03;3-12-2026;;;;;;",
].join("\r\n");

const DUTCH_MAPPING = {
  kind: "reversals",
  decimal: ",",
  columns: {
    endToEndId: "Kenmerk",
    mandateId: "Machtigingskenmerk",
    debtorName: "Naam",
    debtorIban: "IBAN",
    amount: "Bedrag",
    reasonCode: "Redencode",
    bookingDate: "Boekdatum",
    kind: "Soort",
    chargesAmount: "Kosten",
    debtorEmail: "E-mail",
    debtorPhone: "Telefoon",
    description: "Omschrijving",
    collectionDate: "Incassodatum",
  },
} as const;

const MIN_MAPPING = {
  kind: "reversals",
  columns: { endToEndId: 0, amount: 1, reasonCode: 2, bookingDate: 3 },
} as const;

describe("parseCsv (reversals)", () => {
  it("parses a Dutch file with ;, 1.234,56 and dd-mm-jjjj", () => {
    const r = parseCsv(DUTCH, DUTCH_MAPPING);
    expect(r.kind).toBe("reversals");
    expect(r.delimiter).toBe(";");
    expect(r.rejected).toEqual([]);
    expect(r.totalRows).toBe(2);
    expect(r.rows[0]).toEqual({
      line: 2,
      endToEndId: "E2E-0001",
      mandateId: "MND-1",
      debtorName: "Jan Jansen",
      debtorIban: "NL91ABNA0417164300",
      amountCents: 123456,
      currency: "EUR",
      reasonCode: "AM04",
      bookingDate: "2026-12-03",
      kind: "REFUND",
      chargesCents: 50,
      debtorEmail: "jan@example.nl",
      debtorPhone: "+31612345678",
      description: "Factuur 2026-001",
      collectionDate: "2026-12-01",
      dedupeKey: reversalDedupeKey({
        endToEndId: "E2E-0001",
        reasonCode: "AM04",
        kind: "REFUND",
        amountCents: 123456,
        currency: "EUR",
        date: "2026-12-03",
      }),
    });
    // Optional fields that are empty are left out, not undefined.
    expect(r.rows[1]).toEqual({
      line: 3,
      endToEndId: "E2E-0002",
      mandateId: "MND-2",
      debtorName: "Piet Pietersen",
      debtorIban: "NL91ABNA0417164300",
      amountCents: 1250,
      currency: "EUR",
      reasonCode: "MS03",
      bookingDate: "2026-12-03",
      dedupeKey: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(Object.keys(r.rows[1] ?? {})).not.toContain("kind");
  });

  it("parses a comma file with English headers and international notation", () => {
    const text = [
      "End-to-end id,Amount,Reason code,Booking date,Currency,Kind",
      'E2E-1,"1,234.56",AM04,2026-12-03,eur,RETURN',
      "E2E-2,12.50,MD06,2026-12-04,,refund",
    ].join("\n");
    const r = parseCsv(text, {
      kind: "reversals",
      decimal: ".",
      columns: {
        endToEndId: "End-to-end id",
        amount: "Amount",
        reasonCode: "Reason code",
        bookingDate: "Booking date",
        currency: "Currency",
        kind: "Kind",
      },
    });
    expect(r.delimiter).toBe(",");
    expect(r.rejected).toEqual([]);
    expect(r.rows.map((x) => [x.amountCents, x.currency, x.kind, x.bookingDate])).toEqual([
      [123456, "EUR", "RETURN", "2026-12-03"],
      [1250, "EUR", "REFUND", "2026-12-04"],
    ]);
  });

  it("handles a BOM and Windows line endings", () => {
    const r = parseCsv("\uFEFFKenmerk;Bedrag;Reden;Datum\r\nE2E-1;5,00;AM04;03-12-2026\r\n", {
      kind: "reversals",
      columns: { endToEndId: "Kenmerk", amount: "Bedrag", reasonCode: "Reden", bookingDate: "Datum" },
    });
    expect(r.headers[0]).toBe("Kenmerk");
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.line).toBe(2);
  });

  it("numbers lines physically across quoted newlines and blank lines", () => {
    const text = [
      "Kenmerk;Bedrag;Reden;Datum;Omschrijving",
      'E2E-1;5,00;AM04;03-12-2026;"eerste regel',
      "tweede regel",
      'derde regel"',
      "",
      "E2E-2;5,00;AM04;31-02-2026;kapot",
      'E2E-3;6,00;MD06;04-12-2026;"a ""quote"" en ; puntkomma"',
    ].join("\r\n");
    const r = parseCsv(text, { ...MIN_MAPPING, columns: { ...MIN_MAPPING.columns, description: 4 } });
    expect(r.rows.map((x) => x.line)).toEqual([2, 7]);
    expect(r.rows[0]?.description).toBe("eerste regel\r\ntweede regel\r\nderde regel");
    expect(r.rows[1]?.description).toBe('a "quote" en ; puntkomma');
    expect(r.rejected).toEqual([
      {
        line: 6,
        reason: "Boekdatum '31-02-2026' bestaat niet",
        reasons: ["Boekdatum '31-02-2026' bestaat niet"],
        raw: ["E2E-2", "5,00", "AM04", "31-02-2026", "kapot"],
      },
    ]);
    expect(r.skippedBlank).toBe(1);
  });

  it("counts blank rows (including whitespace-only) and ignores the final line break", () => {
    const r = parseCsv("Kenmerk;Bedrag;Reden;Datum\n\nE2E-1;5;AM04;03-12-2026\n ; ; ; \n\n", MIN_MAPPING);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.line).toBe(3);
    expect(r.skippedBlank).toBe(3);
  });

  it.each([
    ["E2E-1;12,5x;AM04;03-12-2026", "Bedrag '12,5x' is geen geldig bedrag"],
    ["E2E-1;0,00;AM04;03-12-2026", "Bedrag '0,00' moet groter zijn dan 0"],
    ["E2E-1;-5,00;AM04;03-12-2026", "Bedrag '-5,00' mag niet negatief zijn"],
    [
      "E2E-1;1.234;AM04;03-12-2026",
      "Bedrag '1.234' is dubbelzinnig: kies bij de koppeling komma of punt als decimaalteken",
    ],
    [
      "E2E-1;12,345;AM04;03-12-2026",
      "Bedrag '12,345' is dubbelzinnig: kies bij de koppeling komma of punt als decimaalteken",
    ],
    ["E2E-1;12,5001;AM04;03-12-2026", "Bedrag '12,5001' heeft meer dan twee decimalen"],
    ["E2E-1;5,00;AM4;03-12-2026", "Redencode 'AM4' is ongeldig (verwacht 4 tekens, bijv. AM04)"],
    ["E2E-1;5,00;AM04;2026-13-01", "Boekdatum '2026-13-01' bestaat niet"],
    [
      "E2E-1;5,00;AM04;morgen",
      "Boekdatum 'morgen' is geen geldige datum (verwacht dd-mm-jjjj of jjjj-mm-dd)",
    ],
    [";5,00;AM04;03-12-2026", "Verplicht veld 'Kenmerk (end-to-end-id)' is leeg"],
    ["E2E-1;;AM04;03-12-2026", "Verplicht veld 'Bedrag' is leeg"],
    ["E2E-1;5,00;;03-12-2026", "Verplicht veld 'Redencode' is leeg"],
    ["E2E-1;5,00;AM04", "Verplicht veld 'Boekdatum' is leeg"],
    [`${"X".repeat(36)};5,00;AM04;03-12-2026`, `Kenmerk '${"X".repeat(36)}' is langer dan 35 tekens`],
  ])("rejects %j", (row, reason) => {
    const r = parseCsv(`Kenmerk;Bedrag;Reden;Datum\n${row}\n`, MIN_MAPPING);
    expect(r.rows).toEqual([]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.line).toBe(2);
    expect(r.rejected[0]?.reason).toBe(reason);
  });

  it.each([
    ["IBAN", "NL91ABNA0417164301", "IBAN 'NL91ABNA0417164301' is ongeldig"],
    ["IBAN", "NL91ABNA041716430", "IBAN 'NL91ABNA041716430' is ongeldig"],
    ["Telefoon", "12345", "Telefoonnummer '12345' is ongeldig"],
    ["E-mail", "jan@", "E-mailadres 'jan@' is ongeldig"],
    [
      "Soort",
      "onbekend",
      "Soort 'onbekend' is onbekend (gebruik bijv. REJECT, REFUSAL, RETURN, REFUND, REVERSAL of storno)",
    ],
    ["Valuta", "euro", "Valuta 'euro' is ongeldig (verwacht een ISO-code zoals EUR)"],
    ["Kosten", "-1,00", "Kosten '-1,00' mag niet negatief zijn"],
    ["Incassodatum", "32-12-2026", "Incassodatum '32-12-2026' bestaat niet"],
    ["Machtigingskenmerk", "M".repeat(36), `Machtigingskenmerk '${"M".repeat(36)}' is langer dan 35 tekens`],
  ])("rejects an invalid optional %s", (header, value, reason) => {
    const field = {
      IBAN: "debtorIban",
      Telefoon: "debtorPhone",
      "E-mail": "debtorEmail",
      Soort: "kind",
      Valuta: "currency",
      Kosten: "chargesAmount",
      Incassodatum: "collectionDate",
      Machtigingskenmerk: "mandateId",
    }[header] as string;
    const r = parseCsv(`Kenmerk;Bedrag;Reden;Datum;${header}\nE2E-1;5,00;AM04;03-12-2026;${value}\n`, {
      kind: "reversals",
      columns: { ...MIN_MAPPING.columns, [field]: 4 },
    });
    expect(r.rows).toEqual([]);
    expect(r.rejected[0]?.reason).toBe(reason);
  });

  it("lists all problems of a row and keeps the raw cells", () => {
    const r = parseCsv("Kenmerk;Bedrag;Reden;Datum\n;abc;AM04;31-02-2026\n", MIN_MAPPING);
    expect(r.rejected[0]?.reasons).toEqual([
      "Verplicht veld 'Kenmerk (end-to-end-id)' is leeg",
      "Bedrag 'abc' is geen geldig bedrag",
      "Boekdatum '31-02-2026' bestaat niet",
    ]);
    expect(r.rejected[0]?.reason).toBe(r.rejected[0]?.reasons.join("; "));
    expect(r.rejected[0]?.raw).toEqual(["", "abc", "AM04", "31-02-2026"]);
  });

  it("rejects rows with malformed quotes", () => {
    const r = parseCsv(
      'Kenmerk;Bedrag;Reden;Datum\nE2E-1;"5,00"x;AM04;03-12-2026\nE2E-2;5,00;AM04;03-12-2026\n',
      MIN_MAPPING,
    );
    expect(r.rejected.map((x) => [x.line, x.reason])).toEqual([
      [2, "Regel kon niet worden gelezen: aanhalingstekens kloppen niet"],
    ]);
  });

  it("uses the decimal hint for ambiguous amounts", () => {
    const text = "Kenmerk;Bedrag;Reden;Datum\nE2E-1;1.234;AM04;03-12-2026\n";
    expect(parseCsv(text, { ...MIN_MAPPING, decimal: "," }).rows[0]?.amountCents).toBe(123400);
    expect(parseCsv(text, { ...MIN_MAPPING, decimal: "." }).rejected[0]?.reason).toBe(
      "Bedrag '1.234' heeft meer dan twee decimalen",
    );
  });

  it("restricts dates to the mapped date format", () => {
    const text = "Kenmerk;Bedrag;Reden;Datum\nE2E-1;5;AM04;2026-12-03\nE2E-2;5;AM04;03-12-2026\n";
    const r = parseCsv(text, { ...MIN_MAPPING, dateFormat: "dmy" });
    expect(r.rows.map((x) => x.endToEndId)).toEqual(["E2E-2"]);
    expect(r.rejected[0]?.reason).toBe("Boekdatum '2026-12-03' is geen geldige datum (verwacht dd-mm-jjjj)");
  });

  it.each([
    ["storno", "REFUND"],
    ["Terugboeking", "REFUND"],
    ["weigering", "REFUSAL"],
    ["afwijzing", "REJECT"],
    ["Niet  uitgevoerd", "REJECT"],
    ["retour", "RETURN"],
    ["REVERSAL", "REVERSAL"],
    ["rjct", "REJECT"],
    ["Refusal", "REFUSAL"],
  ])("understands kind word %j", (word, kind) => {
    const r = parseCsv(`Kenmerk;Bedrag;Reden;Datum;Soort\nE2E-1;5;AM04;03-12-2026;${word}\n`, {
      kind: "reversals",
      columns: { ...MIN_MAPPING.columns, kind: 4 },
    });
    expect(r.rows[0]?.kind).toBe(kind);
  });

  it("keeps unknown but well-formed reason codes (the catalogue flags them later)", () => {
    const r = parseCsv("Kenmerk;Bedrag;Reden;Datum\nE2E-1;5;xy99;03-12-2026\n", MIN_MAPPING);
    expect(r.rows[0]?.reasonCode).toBe("XY99");
  });

  it("does not dedupe: identical rows both come through with the same key", () => {
    const row = "E2E-1;5;AM04;03-12-2026";
    const r = parseCsv(`Kenmerk;Bedrag;Reden;Datum\n${row}\n${row}\n`, MIN_MAPPING);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]?.dedupeKey).toBe(r.rows[1]?.dedupeKey);
  });

  it("reads a large file row by row", () => {
    const lines = ["Kenmerk;Bedrag;Reden;Datum"];
    for (let i = 0; i < 20_000; i++) lines.push(`E2E-${i};${(i % 500) + 1},25;AM04;03-12-2026`);
    const r = parseCsv(lines.join("\n"), MIN_MAPPING);
    expect(r.rows).toHaveLength(20_000);
    expect(r.rows.at(-1)?.line).toBe(20_001);
  });
});
