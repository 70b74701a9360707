import type { LocalisedText } from "@/features/reasons/types";

export type CsvImportKind = "reversals" | "collections";

export const REVERSAL_FIELDS = [
  "endToEndId",
  "amount",
  "reasonCode",
  "bookingDate",
  "mandateId",
  "currency",
  "kind",
  "chargesAmount",
  "debtorName",
  "debtorIban",
  "debtorEmail",
  "debtorPhone",
  "description",
  "collectionDate",
] as const;

export const COLLECTION_FIELDS = [
  "endToEndId",
  "amount",
  "collectionDate",
  "mandateId",
  "mandateSignedOn",
  "sequenceType",
  "settlementDate",
  "debtorName",
  "debtorIban",
  "debtorEmail",
  "debtorPhone",
  "debtorLocale",
  "description",
  "invoiceReference",
  "externalDebtorId",
  "currency",
] as const;

export type ReversalField = (typeof REVERSAL_FIELDS)[number];
export type CollectionField = (typeof COLLECTION_FIELDS)[number];
export type CsvField = ReversalField | CollectionField;

export const REQUIRED_FIELDS: {
  reversals: readonly ReversalField[];
  collections: readonly CollectionField[];
} = {
  reversals: ["endToEndId", "amount", "reasonCode", "bookingDate"],
  collections: ["endToEndId", "amount", "collectionDate", "debtorName"],
};

export function fieldsFor(kind: CsvImportKind): readonly CsvField[] {
  return kind === "reversals" ? REVERSAL_FIELDS : COLLECTION_FIELDS;
}

/** Labels for the mapping screen and for rejection reasons. */
export const FIELD_LABELS: Record<CsvField, LocalisedText> = {
  endToEndId: { nl: "Kenmerk (end-to-end-id)", en: "End-to-end ID" },
  amount: { nl: "Bedrag", en: "Amount" },
  reasonCode: { nl: "Redencode", en: "Reason code" },
  bookingDate: { nl: "Boekdatum", en: "Booking date" },
  mandateId: { nl: "Machtigingskenmerk", en: "Mandate ID" },
  mandateSignedOn: { nl: "Ondertekeningsdatum machtiging", en: "Mandate signature date" },
  sequenceType: { nl: "Volgordetype", en: "Sequence type" },
  settlementDate: { nl: "Verrekendatum", en: "Settlement date" },
  currency: { nl: "Valuta", en: "Currency" },
  kind: { nl: "Soort terugboeking", en: "R-transaction type" },
  chargesAmount: { nl: "Kosten", en: "Charges" },
  debtorName: { nl: "Naam", en: "Name" },
  debtorIban: { nl: "IBAN", en: "IBAN" },
  debtorEmail: { nl: "E-mailadres", en: "E-mail address" },
  debtorPhone: { nl: "Telefoonnummer", en: "Phone number" },
  debtorLocale: { nl: "Taal", en: "Language" },
  description: { nl: "Omschrijving", en: "Description" },
  invoiceReference: { nl: "Factuurnummer", en: "Invoice number" },
  externalDebtorId: { nl: "Klantnummer", en: "Customer number" },
  collectionDate: { nl: "Incassodatum", en: "Collection date" },
};

/**
 * Header names (normalised: lower case, no accents, letters and digits only) that suggest a field,
 * best first. Per import kind, because "Datum" is the booking date of a reversal but the collection
 * date of a collection, and "Factuurnummer" is only a description when there is no invoice field.
 */
const COMMON: Partial<Record<CsvField, string[]>> = {
  endToEndId: [
    "endtoendid",
    "kenmerk",
    "endtoendreferentie",
    "endtoendreference",
    "endtoend",
    "e2eid",
    "e2e",
    "eref",
    "betalingskenmerk",
    "transactiekenmerk",
    "incassokenmerk",
    "transactionid",
    "reference",
    "referentie",
  ],
  amount: ["bedrag", "amount", "incassobedrag", "stornobedrag", "transactiebedrag", "bedrageur", "amounteur"],
  mandateId: [
    "machtigingskenmerk",
    "mandateid",
    "mandaatid",
    "machtigingid",
    "mandatereference",
    "mandaatkenmerk",
    "machtiging",
    "mandaat",
    "mandate",
  ],
  currency: ["valuta", "currency", "munteenheid", "ccy", "valutacode"],
  debtorName: [
    "naam",
    "name",
    "debtorname",
    "naamdebiteur",
    "debiteurnaam",
    "debiteur",
    "debtor",
    "klantnaam",
    "customername",
    "tenaamstelling",
    "rekeninghouder",
    "accountholder",
    "naamtegenpartij",
  ],
  debtorIban: [
    "iban",
    "rekeningnummer",
    "debtoriban",
    "ibandebiteur",
    "tegenrekening",
    "rekening",
    "accountnumber",
    "account",
    "bankrekening",
  ],
  debtorEmail: ["email", "emailadres", "mailadres", "mail", "debtoremail", "emailaddress"],
  debtorPhone: [
    "telefoon",
    "telefoonnummer",
    "phone",
    "phonenumber",
    "mobiel",
    "mobielnummer",
    "mobile",
    "tel",
    "gsm",
  ],
  description: ["omschrijving", "description", "beschrijving", "mededeling", "remittanceinformation"],
};

const SYNONYMS: Record<CsvImportKind, Partial<Record<CsvField, string[]>>> = {
  reversals: {
    ...COMMON,
    reasonCode: [
      "redencode",
      "reden",
      "reasoncode",
      "reason",
      "retourcode",
      "returncode",
      "stornocode",
      "stornoreden",
      "returnreason",
    ],
    bookingDate: [
      "boekdatum",
      "bookingdate",
      "datum",
      "date",
      "boekingsdatum",
      "stornodatum",
      "transactiedatum",
      "rentedatum",
      "valuedate",
    ],
    collectionDate: [
      "incassodatum",
      "collectiondate",
      "requestedcollectiondate",
      "oorspronkelijkeincassodatum",
    ],
    kind: ["soort", "kind", "type", "rtype", "rtransactie", "soortstorno", "stornotype", "transactiesoort"],
    chargesAmount: ["kosten", "charges", "chargesamount", "stornokosten", "fees", "fee"],
    description: [...(COMMON.description ?? []), "factuurnummer", "factuur", "invoicenumber", "invoice"],
  },
  collections: {
    ...COMMON,
    collectionDate: [
      "incassodatum",
      "collectiondate",
      "requestedcollectiondate",
      "datum",
      "date",
      "uitvoeringsdatum",
      "vervaldatum",
      "duedate",
    ],
    mandateSignedOn: [
      "ondertekeningsdatum",
      "datumondertekening",
      "machtigingsdatum",
      "mandatesignedon",
      "mandatedate",
      "dateofsignature",
      "signaturedate",
      "datumondertekeningmachtiging",
    ],
    sequenceType: ["volgordetype", "sequencetype", "seqtp", "sequence", "incassotype"],
    settlementDate: ["settlementdate", "verrekendatum", "afschrijfdatum", "afschrijvingsdatum", "boekdatum"],
    debtorLocale: ["taal", "language", "locale", "voorkeurstaal"],
    invoiceReference: [
      "factuurnummer",
      "factuur",
      "invoicenumber",
      "invoicereference",
      "invoice",
      "factuurkenmerk",
    ],
    externalDebtorId: [
      "klantnummer",
      "debiteurnummer",
      "customerid",
      "customernumber",
      "debtorid",
      "relatienummer",
      "externalid",
      "klantid",
    ],
  },
};

export function normaliseHeader(h: string): string {
  return h
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Suggests a column index per field from the header names: exact synonym matches first, then a
 * looser "header contains synonym" pass for what is still unmapped. Each column is used at most once.
 */
export function suggestMapping(
  headers: readonly string[],
  kind: CsvImportKind,
): Partial<Record<CsvField, number>> {
  const normalised = headers.map(normaliseHeader);
  const synonyms = SYNONYMS[kind];
  const taken = new Set<number>();
  const result: Partial<Record<CsvField, number>> = {};

  const pass = (matches: (header: string, synonym: string) => boolean): void => {
    for (const field of fieldsFor(kind)) {
      if (result[field] !== undefined) continue;
      for (const syn of synonyms[field] ?? []) {
        const idx = normalised.findIndex((h, i) => !taken.has(i) && h !== "" && matches(h, syn));
        if (idx >= 0) {
          result[field] = idx;
          taken.add(idx);
          break;
        }
      }
    }
  };
  pass((h, syn) => h === syn);
  pass((h, syn) => syn.length >= 4 && h.includes(syn));
  return result;
}

/** A file with a reason-code column is a reversals file; otherwise assume collections. */
export function guessImportKind(headers: readonly string[]): CsvImportKind {
  const reversal = suggestMapping(headers, "reversals");
  return reversal.reasonCode !== undefined ? "reversals" : "collections";
}
