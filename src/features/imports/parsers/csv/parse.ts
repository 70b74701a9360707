import type { ReversalKind } from "@/features/reasons/types";
import { reversalDedupeKey } from "../dedupe-key";
import { type CsvField, FIELD_LABELS, normaliseHeader } from "./fields";
import {
  type CollectionsCsvMapping,
  type CsvMapping,
  CsvMappingError,
  type CsvMappingInput,
  type ReversalsCsvMapping,
  validateCsvMapping,
} from "./mapping";
import { type CsvDelimiter, detectDelimiter, isBlankRecord, readCsvRecords } from "./reader";
import {
  amountCell,
  type CellResult,
  currencyCell,
  dateCell,
  emailCell,
  ibanCell,
  kindCell,
  localeCell,
  phoneCell,
  reasonCodeCell,
  referenceCell,
  type SequenceType,
  sequenceTypeCell,
} from "./values";

export interface ParsedCsvReversal {
  /** Physical line in the file (header = 1). */
  line: number;
  endToEndId: string;
  amountCents: number;
  currency: string;
  /** Upper-cased; may be a code the catalogue does not know (see describeReason). */
  reasonCode: string;
  bookingDate: string;
  kind?: ReversalKind;
  mandateId?: string;
  chargesCents?: number;
  debtorName?: string;
  debtorIban?: string;
  debtorEmail?: string;
  debtorPhone?: string;
  description?: string;
  collectionDate?: string;
  dedupeKey: string;
}

export interface ParsedCsvCollection {
  line: number;
  endToEndId: string;
  amountCents: number;
  currency: string;
  collectionDate: string;
  debtorName: string;
  mandateId?: string;
  mandateSignedOn?: string;
  sequenceType?: SequenceType;
  settlementDate?: string;
  debtorIban?: string;
  debtorEmail?: string;
  debtorPhone?: string;
  debtorLocale?: "nl" | "en";
  description?: string;
  invoiceReference?: string;
  externalDebtorId?: string;
}

export interface CsvRejectedRow {
  line: number;
  /** All problems of the row, in Dutch, joined with "; ". */
  reason: string;
  reasons: string[];
  raw: string[];
}

interface CsvParseResultBase {
  delimiter: CsvDelimiter;
  headers: string[];
  rejected: CsvRejectedRow[];
  skippedBlank: number;
  /** Non-blank data rows: rows.length + rejected.length. */
  totalRows: number;
}

export interface ReversalsCsvResult extends CsvParseResultBase {
  kind: "reversals";
  rows: ParsedCsvReversal[];
}

export interface CollectionsCsvResult extends CsvParseResultBase {
  kind: "collections";
  rows: ParsedCsvCollection[];
}

export type CsvParseResult = ReversalsCsvResult | CollectionsCsvResult;

type RowReader = {
  /** Trimmed cell for a field, "" when unmapped or missing. */
  get(field: CsvField): string;
  /** Cell of a required field; records a reason when empty. */
  required(field: CsvField): string;
  /** Runs a normaliser on a non-empty cell; records the reason on failure. */
  optional<T>(field: CsvField, fn: (raw: string) => CellResult<T>): T | undefined;
  check<T>(r: CellResult<T>): T | undefined;
  errors: string[];
};

function rowReader(cells: readonly string[], columns: ReadonlyMap<CsvField, number>): RowReader {
  const errors: string[] = [];
  const get = (field: CsvField): string => {
    const idx = columns.get(field);
    return idx === undefined ? "" : (cells[idx] ?? "").trim();
  };
  const check = <T>(r: CellResult<T>): T | undefined => {
    if (r.ok) return r.value;
    errors.push(r.reason);
    return undefined;
  };
  return {
    errors,
    get,
    check,
    required(field) {
      const v = get(field);
      if (v === "") errors.push(`Verplicht veld '${FIELD_LABELS[field].nl}' is leeg`);
      return v;
    },
    optional(field, fn) {
      const v = get(field);
      return v === "" ? undefined : check(fn(v));
    },
  };
}

/** Drops undefined properties so rows compare and serialise cleanly. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function parseReversalRow(r: RowReader, line: number, m: ReversalsCsvMapping): ParsedCsvReversal | undefined {
  const amountOpts = { decimal: m.decimal };
  const dateOpts = { order: m.dateFormat };
  const e2eRaw = r.required("endToEndId");
  const endToEndId = e2eRaw ? r.check(referenceCell(e2eRaw, "Kenmerk")) : undefined;
  const amountRaw = r.required("amount");
  const amountCents = amountRaw ? r.check(amountCell(amountRaw, "Bedrag", amountOpts)) : undefined;
  const reasonRaw = r.required("reasonCode");
  const reasonCode = reasonRaw ? r.check(reasonCodeCell(reasonRaw)) : undefined;
  const bookingRaw = r.required("bookingDate");
  const bookingDate = bookingRaw ? r.check(dateCell(bookingRaw, "Boekdatum", dateOpts)) : undefined;
  const currency = r.optional("currency", currencyCell) ?? "EUR";
  const kind = r.optional("kind", kindCell);
  const mandateId = r.optional("mandateId", (v) => referenceCell(v, "Machtigingskenmerk"));
  const chargesCents = r.optional("chargesAmount", (v) =>
    amountCell(v, "Kosten", { ...amountOpts, allowZero: true }),
  );
  const debtorIban = r.optional("debtorIban", ibanCell);
  const debtorEmail = r.optional("debtorEmail", emailCell);
  const debtorPhone = r.optional("debtorPhone", phoneCell);
  const collectionDate = r.optional("collectionDate", (v) => dateCell(v, "Incassodatum", dateOpts));

  if (
    r.errors.length > 0 ||
    endToEndId === undefined ||
    amountCents === undefined ||
    reasonCode === undefined ||
    bookingDate === undefined
  ) {
    return undefined;
  }
  return compact({
    line,
    endToEndId,
    amountCents,
    currency,
    reasonCode,
    bookingDate,
    kind,
    mandateId,
    chargesCents,
    debtorName: r.get("debtorName") || undefined,
    debtorIban,
    debtorEmail,
    debtorPhone,
    description: r.get("description") || undefined,
    collectionDate,
    dedupeKey: reversalDedupeKey({ endToEndId, reasonCode, kind, amountCents, currency, date: bookingDate }),
  });
}

function parseCollectionRow(
  r: RowReader,
  line: number,
  m: CollectionsCsvMapping,
): ParsedCsvCollection | undefined {
  const dateOpts = { order: m.dateFormat };
  const e2eRaw = r.required("endToEndId");
  const endToEndId = e2eRaw ? r.check(referenceCell(e2eRaw, "Kenmerk")) : undefined;
  const amountRaw = r.required("amount");
  const amountCents = amountRaw
    ? r.check(amountCell(amountRaw, "Bedrag", { decimal: m.decimal }))
    : undefined;
  const collectionRaw = r.required("collectionDate");
  const collectionDate = collectionRaw
    ? r.check(dateCell(collectionRaw, "Incassodatum", dateOpts))
    : undefined;
  const debtorName = r.required("debtorName");
  const currency = r.optional("currency", currencyCell) ?? "EUR";
  const mandateId = r.optional("mandateId", (v) => referenceCell(v, "Machtigingskenmerk"));
  const mandateSignedOn = r.optional("mandateSignedOn", (v) =>
    dateCell(v, "Ondertekeningsdatum machtiging", dateOpts),
  );
  const sequenceType = r.optional("sequenceType", sequenceTypeCell);
  const settlementDate = r.optional("settlementDate", (v) => dateCell(v, "Verrekendatum", dateOpts));
  const debtorIban = r.optional("debtorIban", ibanCell);
  const debtorEmail = r.optional("debtorEmail", emailCell);
  const debtorPhone = r.optional("debtorPhone", phoneCell);
  const debtorLocale = r.optional("debtorLocale", localeCell);

  if (
    r.errors.length > 0 ||
    endToEndId === undefined ||
    amountCents === undefined ||
    collectionDate === undefined ||
    debtorName === ""
  ) {
    return undefined;
  }
  return compact({
    line,
    endToEndId,
    amountCents,
    currency,
    collectionDate,
    debtorName,
    mandateId,
    mandateSignedOn,
    sequenceType,
    settlementDate,
    debtorIban,
    debtorEmail,
    debtorPhone,
    debtorLocale,
    description: r.get("description") || undefined,
    invoiceReference: r.get("invoiceReference") || undefined,
    externalDebtorId: r.get("externalDebtorId") || undefined,
  });
}

/** Resolves header names / indices to column indices; returns Dutch problems instead of throwing. */
function resolveColumns(mapping: CsvMapping, headers: readonly string[]): Map<CsvField, number> | string[] {
  const problems: string[] = [];
  const resolved = new Map<CsvField, number>();
  const entries = Object.entries(mapping.columns) as [CsvField, number | string | undefined][];
  for (const [field, ref] of entries) {
    if (ref === undefined) continue;
    if (typeof ref === "number") {
      if (ref >= headers.length) {
        problems.push(
          `Kolom ${ref + 1} voor veld '${field}' bestaat niet (het bestand heeft ${headers.length} kolommen)`,
        );
      } else {
        resolved.set(field, ref);
      }
      continue;
    }
    const wanted = ref.trim().toLowerCase();
    let idx = headers.findIndex((h) => h.trim().toLowerCase() === wanted);
    if (idx < 0) idx = headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(ref));
    if (idx < 0) problems.push(`Kolom '${ref}' voor veld '${field}' staat niet in de kopregel`);
    else resolved.set(field, idx);
  }
  return problems.length > 0 ? problems : resolved;
}

/**
 * Parses a CSV export of reversals or collections with a validated column mapping.
 * Every data row ends up either in `rows` or in `rejected` (with its physical line number and Dutch
 * reasons); blank rows are only counted. Rows are not deduplicated — the importer does that.
 * Throws CsvMappingError when the mapping is invalid or names columns the file does not have.
 */
export function parseCsv(
  text: string,
  mapping: Extract<CsvMappingInput, { kind: "reversals" }>,
): ReversalsCsvResult;
export function parseCsv(
  text: string,
  mapping: Extract<CsvMappingInput, { kind: "collections" }>,
): CollectionsCsvResult;
export function parseCsv(text: string, mapping: CsvMappingInput): CsvParseResult;
export function parseCsv(text: string, mappingInput: CsvMappingInput): CsvParseResult {
  const validated = validateCsvMapping(mappingInput);
  if (!validated.ok) throw new CsvMappingError(validated.issues);
  const mapping = validated.value;
  const delimiter = mapping.delimiter ?? detectDelimiter(text);

  let headers: string[] | undefined;
  let columns = new Map<CsvField, number>();
  let mappingProblems: string[] = [];
  const reversals: ParsedCsvReversal[] = [];
  const collections: ParsedCsvCollection[] = [];
  const rejected: CsvRejectedRow[] = [];
  let skippedBlank = 0;

  readCsvRecords(text, delimiter, ({ line, cells, errors }) => {
    if (isBlankRecord(cells)) {
      if (headers) skippedBlank++;
      return true;
    }
    if (!headers) {
      headers = cells.map((h) => h.trim());
      const resolved = resolveColumns(mapping, headers);
      if (Array.isArray(resolved)) {
        mappingProblems = resolved;
        return false;
      }
      columns = resolved;
      return true;
    }
    const reject = (reasons: string[]): void => {
      rejected.push({ line, reason: reasons.join("; "), reasons, raw: cells });
    };
    if (errors.length > 0) {
      reject(["Regel kon niet worden gelezen: aanhalingstekens kloppen niet"]);
      return true;
    }
    const r = rowReader(cells, columns);
    if (mapping.kind === "reversals") {
      const row = parseReversalRow(r, line, mapping);
      if (row) reversals.push(row);
      else reject(r.errors);
    } else {
      const row = parseCollectionRow(r, line, mapping);
      if (row) collections.push(row);
      else reject(r.errors);
    }
    return true;
  });

  if (mappingProblems.length > 0) throw new CsvMappingError(mappingProblems);
  if (!headers && Object.values(mapping.columns).some((c) => typeof c === "string")) {
    throw new CsvMappingError(["Het bestand is leeg: er is geen kopregel gevonden"]);
  }

  const base = { delimiter, headers: headers ?? [], rejected, skippedBlank };
  return mapping.kind === "reversals"
    ? { ...base, kind: "reversals", rows: reversals, totalRows: reversals.length + rejected.length }
    : { ...base, kind: "collections", rows: collections, totalRows: collections.length + rejected.length };
}
