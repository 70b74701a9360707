import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type pg from "pg";
import { refundWindowEnd, todayIso } from "@/lib/dates";
import { pgPool, withPgTransaction } from "@/lib/db/pg-pool";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { type CsvMapping, CsvMappingError, parseCsv, previewCsv, validateCsvMapping } from "./parsers/csv";
import { REQUIRED_FIELDS } from "./parsers/csv/fields";
import type { ParsedCsvCollection, ParsedCsvReversal } from "./parsers/csv/parse";
import { reversalDedupeKey } from "./parsers/dedupe-key";
import {
  BankFileError,
  type Iso20022Format,
  type ParsedCollection,
  type ParsedReversal,
  parseIso20022,
} from "./parsers/iso20022";
import { deriveKind } from "./parsers/iso20022/reversal-kind";
import {
  completeImportRow,
  failImportRow,
  formatForFamily,
  guessXmlFormat,
  type ImportActor,
  type ImportErrorItem,
  type ImportFormatValue,
  insertImportRow,
} from "./pipeline/import-row";
import { ImportInput, InputTooLargeError } from "./pipeline/input";
import {
  type CollectionRow,
  ImportStats,
  ImportWriter,
  type ReversalRow,
  type ReversalSourceValue,
} from "./pipeline/writer";
import { type ReversalRecordInput, reversalRecordsSchema } from "./schemas";

export type { ImportActor } from "./pipeline/import-row";
export type { ReversalRecordInput } from "./schemas";

import type { ImportSummary } from "./types";

export type { ImportSummary };

export interface ImportFileInput {
  fileName: string;
  data: AsyncIterable<Buffer | Uint8Array> | Buffer;
  /** Validated with csvMappingSchema; only used for CSV files. */
  csvMapping?: unknown;
  actor: ImportActor;
  /** Defaults to env.IMPORT_MAX_BYTES. */
  maxBytes?: number;
}

/** A file we refuse on purpose: becomes the FAILED history row and an AppError for the caller. */
class Refusal extends Error {
  constructor(
    readonly code: "INVALID" | "TOO_LARGE",
    message: string,
    readonly errors: ImportErrorItem[] = [],
    readonly info: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const HEAD_BYTES = 4096;

type Sniffed = "xml" | "csv" | "empty";

/** XML (then it must be ISO 20022) or anything else (then it must be CSV). */
function sniff(head: Buffer): Sniffed {
  if (
    head.length >= 2 &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  ) {
    return "xml"; // UTF-16 byte-order mark: only XML bank files come that way
  }
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  const trimmed = text.trimStart();
  if (trimmed === "") return "empty";
  return trimmed.startsWith("<") ? "xml" : "csv";
}

function familySource(family: string): ReversalSourceValue {
  return family === "pain.002" ? "PAIN002" : "CAMT";
}

/** A collection from a file is settled on its settlement date (else its collection date). */
function collectionTiming(collectionDate: string, settlementDate: string | undefined, today: string) {
  const settlement = settlementDate ?? collectionDate;
  // finalOn covers the 8-week refund of an authorised debit. An unauthorised debit (no valid mandate)
  // can be refunded for 13 months (PSD2 art. 71; refundWindowEnd(…, false)); that is the exception
  // and shows up as an MD01 reversal, so the ordinary window is what the dashboard counts down.
  const finalOn = refundWindowEnd(settlement);
  return {
    settlementDate: settlement,
    finalOn,
    status: finalOn <= today ? ("FINAL" as const) : ("SETTLED" as const),
  };
}

function reversalFromBankFile(r: ParsedReversal, today: string): ReversalRow {
  const row: ReversalRow = {
    idx: r.index,
    dedupeKey: r.dedupeKey,
    endToEndId: r.endToEndId,
    amountCents: r.amountCents,
    currency: r.currency,
    chargesCents: r.chargesCents,
    reasonCode: r.reasonCode,
    kind: r.kind,
    // pain.002 reports rejects before settlement: no booking, so the requested collection date.
    bookingDate: r.bookingDate ?? r.requestedCollectionDate ?? today,
  };
  if (r.mandateId !== undefined) row.mandateId = r.mandateId;
  if (r.mandateSignedOn !== undefined) row.mandateSignedOn = r.mandateSignedOn;
  if (r.reasonInfo !== undefined) row.reasonInfo = r.reasonInfo;
  if (r.bankReference !== undefined) row.bankReference = r.bankReference;
  if (r.requestedCollectionDate !== undefined) row.collectionDate = r.requestedCollectionDate;
  if (r.sequenceType !== undefined) row.sequenceType = r.sequenceType;
  if (r.description !== undefined) row.description = r.description;
  if (r.debtorName !== undefined) row.debtorName = r.debtorName;
  if (r.debtorIban !== undefined) row.debtorIban = r.debtorIban;
  return row;
}

function collectionFromBankFile(c: ParsedCollection, today: string): CollectionRow {
  return {
    idx: c.index,
    endToEndId: c.endToEndId,
    mandateId: c.mandateId,
    mandateSignedOn: c.mandateSignedOn,
    sequenceType: c.sequenceType,
    amountCents: c.amountCents,
    currency: c.currency,
    collectionDate: c.collectionDate,
    ...collectionTiming(c.collectionDate, undefined, today),
    description: c.description,
    debtorName: c.debtorName,
    debtorIban: c.debtorIban,
  };
}

/**
 * A source that does not say which R-transaction it is gets the kind the ISO parser would derive for a
 * statement (after settlement) — before the dedupe key, so a CSV row and the same camt entry share a key.
 */
function keyedReversal(
  base: Omit<ReversalRow, "dedupeKey" | "kind"> & { kind?: ReversalRow["kind"] },
): ReversalRow {
  const kind = base.kind ?? deriveKind("camt.054", base.reasonCode);
  const dedupeKey = reversalDedupeKey({
    endToEndId: base.endToEndId,
    reasonCode: base.reasonCode,
    kind,
    amountCents: base.amountCents,
    currency: base.currency,
    date: base.bookingDate,
  });
  return { ...base, kind, dedupeKey };
}

function reversalFromCsv(r: ParsedCsvReversal): ReversalRow {
  return keyedReversal({
    idx: r.line,
    endToEndId: r.endToEndId,
    mandateId: r.mandateId,
    amountCents: r.amountCents,
    currency: r.currency,
    chargesCents: r.chargesCents ?? 0,
    reasonCode: r.reasonCode,
    kind: r.kind,
    bookingDate: r.bookingDate,
    collectionDate: r.collectionDate,
    description: r.description,
    debtorName: r.debtorName,
    debtorIban: r.debtorIban,
    debtorEmail: r.debtorEmail,
    debtorPhone: r.debtorPhone,
  });
}

function collectionFromCsv(c: ParsedCsvCollection, today: string): CollectionRow {
  return {
    idx: c.line,
    endToEndId: c.endToEndId,
    mandateId: c.mandateId,
    mandateSignedOn: c.mandateSignedOn,
    sequenceType: c.sequenceType,
    amountCents: c.amountCents,
    currency: c.currency,
    collectionDate: c.collectionDate,
    ...collectionTiming(c.collectionDate, c.settlementDate, today),
    description: c.description,
    invoiceReference: c.invoiceReference,
    debtorName: c.debtorName,
    debtorIban: c.debtorIban,
    debtorEmail: c.debtorEmail,
    debtorPhone: c.debtorPhone,
    debtorLocale: c.debtorLocale,
    externalDebtorId: c.externalDebtorId,
  };
}

function summaryOf(importId: string, format: string, stats: ImportStats, errors: ImportErrorItem[]) {
  return {
    importId,
    format,
    reversals: { created: stats.reversalsCreated, duplicates: stats.reversalsDuplicate },
    collections: { created: stats.collectionsCreated, duplicates: stats.collectionsDuplicate },
    skipped: stats.skipped,
    errors,
  } satisfies ImportSummary;
}

function bankFileRefusal(e: BankFileError): Refusal {
  const d = e.details;
  const where = [
    d.line !== undefined && !e.message.includes(`line ${d.line}`) ? `line ${d.line}` : undefined,
    d.column !== undefined && !e.message.includes(`column ${d.column}`) ? `column ${d.column}` : undefined,
    d.element && !e.message.includes(d.element) ? `element ${d.element}` : undefined,
  ].filter(Boolean);
  const message = where.length > 0 ? `${e.message} (${where.join(", ")})` : e.message;
  const item: ImportErrorItem = { message };
  if (d.line !== undefined) item.line = d.line;
  if (d.index !== undefined) item.index = d.index;
  if (d.endToEndId !== undefined) item.endToEndId = d.endToEndId;
  return new Refusal(e.code === "TOO_LARGE" ? "TOO_LARGE" : "INVALID", message, [item], {
    bankFileCode: e.code,
    ...d,
  });
}

/** PostgreSQL "data exception" (class 22): a value from the file the database cannot hold. */
function isDataException(e: unknown): e is Error & { code: string } {
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("22");
}

function decodeText(buf: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf).replace(/^\uFEFF/, "");
  } catch {
    // Dutch banking exports are often Windows-1252 (é, ë in names).
    return new TextDecoder("windows-1252").decode(buf);
  }
}

function resolveCsvMapping(text: string, given: unknown): CsvMapping {
  if (given !== undefined && given !== null) {
    const v = validateCsvMapping(given);
    if (!v.ok) throw new Refusal("INVALID", `The CSV column mapping is not valid: ${v.error}`);
    return v.value;
  }
  const preview = previewCsv(text, { maxRows: 0 });
  const suggested: Partial<Record<string, number>> = preview.suggestedMapping;
  const missing = REQUIRED_FIELDS[preview.kind].filter((f) => suggested[f] === undefined);
  if (missing.length > 0) {
    throw new Refusal(
      "INVALID",
      `This file is not XML, so it is read as CSV (${preview.kind}), but its columns could not be mapped to ` +
        `the required field(s) ${missing.join(", ")}. Please provide a column mapping.`,
      [],
      { needsMapping: true, kind: preview.kind, headers: preview.headers.slice(0, 100), missing },
    );
  }
  return { kind: preview.kind, columns: preview.suggestedMapping } as CsvMapping;
}

/**
 * Imports one uploaded file — an ISO 20022 bank file (camt.052/053/054, pain.002, pain.008) or a CSV of
 * reversals or collections — all or nothing, in one transaction, streaming so memory does not grow with
 * the file. Refused files throw AppError("INVALID" | "TOO_LARGE") with details { importId } of the FAILED
 * history row; nothing else is written.
 */
export async function importFile(input: ImportFileInput): Promise<ImportSummary> {
  const maxBytes = input.maxBytes ?? env.IMPORT_MAX_BYTES;
  const src = new ImportInput(input.data, maxBytes);
  const importId = randomUUID();
  const startedAt = new Date();
  const today = todayIso();
  const pool = pgPool();
  let format: ImportFormatValue = /\.csv$|\.txt$/i.test(input.fileName) ? "CSV_REVERSALS" : "CAMT_053";
  let formatVersion: string | null = null;
  let rowInserted = false;

  try {
    let head: Buffer = Buffer.alloc(0);
    let peekError: unknown;
    try {
      head = await src.peek(HEAD_BYTES);
    } catch (e) {
      peekError = e;
    }
    const kind = sniff(head);
    if (kind === "xml") format = guessXmlFormat(head);
    await insertImportRow(pool, {
      id: importId,
      fileName: input.fileName,
      format,
      actor: input.actor,
      startedAt,
    });
    rowInserted = true;
    if (peekError) throw peekError;
    if (kind === "empty") throw new Refusal("INVALID", "The file is empty");

    if (kind === "xml") {
      const stats = new ImportStats();
      let detected: Iso20022Format | undefined;
      await withPgTransaction(async (client) => {
        // Created on the format event: the source (CAMT or PAIN002) depends on the message.
        const current: { writer?: ImportWriter } = {};
        try {
          for await (const ev of parseIso20022(src, { maxBytes })) {
            if (ev.type === "format") {
              detected = ev.format;
              format = formatForFamily(ev.format.family);
              formatVersion = ev.format.version;
              current.writer = new ImportWriter(client, importId, familySource(ev.format.family), stats);
            } else if (ev.type === "reversal") {
              await current.writer?.addReversal(reversalFromBankFile(ev.reversal, today));
            } else if (ev.type === "collection") {
              await current.writer?.addCollection(collectionFromBankFile(ev.collection, today));
            } else {
              stats.addSkipped(ev.index, ev.reason);
            }
          }
          await current.writer?.flush();
        } catch (e) {
          await current.writer?.quiesce();
          throw e;
        }
        await completeImportRow(client, importId, {
          format,
          formatVersion,
          sha256: src.sha256(),
          sizeBytes: src.bytes,
          stats,
          errors: [],
          totalErrors: 0,
        });
      });
      return summaryOf(importId, detected?.name ?? "unknown", stats, []);
    }

    // CSV: parsed in one piece (the size limit bounds it); rows are still written in batches.
    const text = decodeText(await src.readAll());
    const mapping = resolveCsvMapping(text, input.csvMapping);
    format = mapping.kind === "reversals" ? "CSV_REVERSALS" : "CSV_COLLECTIONS";
    let parsed: ReturnType<typeof parseCsv>;
    try {
      parsed = parseCsv(text, mapping);
    } catch (e) {
      if (e instanceof CsvMappingError) {
        throw new Refusal("INVALID", `The CSV column mapping does not fit the file: ${e.message}`);
      }
      throw e;
    }
    const errors: ImportErrorItem[] = parsed.rejected.map((r) => ({ line: r.line, message: r.reason }));
    if (parsed.rows.length === 0) {
      throw new Refusal(
        "INVALID",
        parsed.totalRows === 0
          ? "The CSV file has no data rows"
          : `None of the ${parsed.totalRows} rows of the CSV file could be read; nothing was imported`,
        errors,
      );
    }
    const stats = new ImportStats();
    await withPgTransaction(async (client) => {
      const writer = new ImportWriter(client, importId, "CSV", stats);
      try {
        if (parsed.kind === "reversals") {
          for (const row of parsed.rows) await writer.addReversal(reversalFromCsv(row));
        } else {
          for (const row of parsed.rows) await writer.addCollection(collectionFromCsv(row, today));
        }
        await writer.flush();
      } catch (e) {
        await writer.quiesce();
        throw e;
      }
      await completeImportRow(client, importId, {
        format,
        formatVersion: null,
        sha256: src.sha256(),
        sizeBytes: src.bytes,
        stats,
        errors,
        totalErrors: errors.length,
      });
    });
    return summaryOf(importId, "csv", stats, errors.slice(0, 500));
  } catch (error) {
    const refusal =
      error instanceof Refusal
        ? error
        : error instanceof BankFileError
          ? bankFileRefusal(error)
          : error instanceof InputTooLargeError
            ? new Refusal("TOO_LARGE", error.message)
            : isDataException(error)
              ? new Refusal("INVALID", `A value in the file cannot be stored: ${error.message}`)
              : undefined;
    if (!rowInserted) throw error;
    const complete = refusal?.code !== "TOO_LARGE" && (await src.drain());
    await failImportRow(pool, importId, {
      format,
      formatVersion,
      sha256: src.sha256(),
      sizeBytes: src.bytes,
      complete,
      errors: refusal
        ? refusal.errors.length > 0
          ? refusal.errors
          : [{ message: refusal.message }]
        : [{ message: "Internal error while importing; nothing was imported" }],
      refusal: refusal
        ? { code: refusal.code, message: refusal.message, ...refusal.info }
        : { code: "INTERNAL" },
    }).catch((e: unknown) => logger.error({ err: e, importId }, "could not record the failed import"));
    if (!refusal) {
      logger.error({ err: error, importId }, "import failed");
      throw error;
    }
    throw new AppError(refusal.code, refusal.message, { importId, ...refusal.info });
  } finally {
    await src.close();
  }
}

/**
 * Reversals pushed by an ERP through POST /api/v1/reversals: the same pipeline as a file (match or create
 * collection and debtor, dedupe key, case + "case.opened"), one transaction, one API import row.
 * A record seen before (same dedupe key) is reported as "duplicate" with the existing reversal and case.
 */
export async function importReversalRecords(
  records: ReversalRecordInput[],
  ctx: { actor: ImportActor },
): Promise<{
  importId: string;
  results: { index: number; outcome: "created" | "duplicate"; reversalId: string; caseId: string }[];
}> {
  const parsed = reversalRecordsSchema.safeParse(records);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new AppError("INVALID", `Invalid reversal records: ${issues.slice(0, 20).join("; ")}`, { issues });
  }
  const rows = parsed.data.map((r, index) =>
    keyedReversal({
      idx: index,
      endToEndId: r.endToEndId,
      mandateId: r.mandateId,
      amountCents: r.amountCents,
      currency: r.currency ?? "EUR",
      chargesCents: r.chargesCents ?? 0,
      reasonCode: r.reasonCode,
      reasonInfo: r.reasonInfo,
      kind: r.kind,
      bookingDate: r.bookingDate,
      collectionDate: r.collectionDate,
      sequenceType: r.sequenceType,
      description: r.description,
      debtorName: r.debtor?.name,
      debtorIban: r.debtor?.iban,
      debtorEmail: r.debtor?.email,
      debtorPhone: r.debtor?.phone,
      debtorLocale: r.debtor?.locale,
    }),
  );
  const json = Buffer.from(JSON.stringify(records));
  const importId = randomUUID();
  const pool = pgPool();
  await insertImportRow(pool, {
    id: importId,
    fileName: "api",
    format: "API",
    actor: ctx.actor,
    startedAt: new Date(),
  });
  try {
    return await withPgTransaction(async (client) => {
      const stats = new ImportStats();
      const writer = new ImportWriter(client, importId, "API", stats);
      try {
        for (const row of rows) await writer.addReversal(row);
        await writer.flush();
      } catch (e) {
        await writer.quiesce();
        throw e;
      }
      const results = await resultsFor(client, importId, rows);
      await completeImportRow(client, importId, {
        format: "API",
        formatVersion: null,
        sha256: createHash("sha256").update(json).digest("hex"),
        sizeBytes: json.byteLength,
        stats,
        errors: [],
        totalErrors: 0,
      });
      return { importId, results };
    });
  } catch (error) {
    const refusal = isDataException(error) ? `A value cannot be stored: ${error.message}` : undefined;
    await failImportRow(pool, importId, {
      format: "API",
      formatVersion: null,
      sha256: createHash("sha256").update(json).digest("hex"),
      sizeBytes: json.byteLength,
      complete: true,
      errors: [{ message: refusal ?? "Internal error while importing; nothing was imported" }],
      refusal: { code: refusal ? "INVALID" : "INTERNAL" },
    }).catch((e: unknown) => logger.error({ err: e, importId }, "could not record the failed import"));
    if (refusal) throw new AppError("INVALID", refusal, { importId });
    throw error;
  }
}

async function resultsFor(client: pg.PoolClient, importId: string, rows: ReversalRow[]) {
  const found = await client.query<{
    id: string;
    dedupeKey: string;
    importId: string | null;
    caseId: string | null;
  }>(
    `SELECT r.id, r."dedupeKey", r."importId", c.id AS "caseId"
       FROM "Reversal" r LEFT JOIN "Case" c ON c."reversalId" = r.id
      WHERE r."dedupeKey" = ANY($1::text[])`,
    [rows.map((r) => r.dedupeKey)],
  );
  const byKey = new Map(found.rows.map((r) => [r.dedupeKey, r]));
  const firstIndex = new Map<string, number>();
  for (const r of rows) if (!firstIndex.has(r.dedupeKey)) firstIndex.set(r.dedupeKey, r.idx);
  return rows.map((r) => {
    const hit = byKey.get(r.dedupeKey);
    if (!hit) throw new Error(`reversal ${r.dedupeKey} vanished during its import`);
    const created = hit.importId === importId && firstIndex.get(r.dedupeKey) === r.idx;
    return {
      index: r.idx,
      outcome: created ? ("created" as const) : ("duplicate" as const),
      reversalId: hit.id,
      caseId: hit.caseId ?? "",
    };
  });
}
