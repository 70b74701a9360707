import type pg from "pg";
import { DETAIL_CAP, type ImportStats } from "./writer";

export type ImportFormatValue =
  | "CAMT_052"
  | "CAMT_053"
  | "CAMT_054"
  | "PAIN_002"
  | "PAIN_008"
  | "CSV_REVERSALS"
  | "CSV_COLLECTIONS"
  | "API";

export interface ImportErrorItem {
  line?: number;
  index?: number;
  endToEndId?: string;
  message: string;
}

export interface ImportActor {
  userId?: string;
  apiKeyId?: string;
}

const FAMILY_FORMAT: Record<string, ImportFormatValue> = {
  "camt.052": "CAMT_052",
  "camt.053": "CAMT_053",
  "camt.054": "CAMT_054",
  "pain.002": "PAIN_002",
  "pain.008": "PAIN_008",
};

export function formatForFamily(family: string): ImportFormatValue {
  return FAMILY_FORMAT[family] ?? "CAMT_053";
}

/**
 * Best guess of a bank file's message type from its first bytes, for the history row of a file that is
 * refused before the parser recognised it (the column is required; the row says formatVersion = null).
 */
export function guessXmlFormat(head: Buffer): ImportFormatValue {
  const text = head.toString("latin1");
  if (text.includes("BkToCstmrDbtCdtNtfctn")) return "CAMT_054";
  if (text.includes("BkToCstmrAcctRpt")) return "CAMT_052";
  if (text.includes("CstmrPmtStsRpt")) return "PAIN_002";
  if (text.includes("CstmrDrctDbtInitn")) return "PAIN_008";
  const ns = /(camt\.05[234]|pain\.00[28])/.exec(text)?.[1];
  return ns ? formatForFamily(ns) : "CAMT_053";
}

/** The history row, committed before the import's transaction starts so a refusal can be recorded. */
export async function insertImportRow(
  client: pg.Pool | pg.PoolClient,
  row: { id: string; fileName: string; format: ImportFormatValue; actor: ImportActor; startedAt: Date },
): Promise<void> {
  await client.query(
    `INSERT INTO "Import" (id, "fileName", sha256, format, status, "sizeBytes", "createdById", "viaApiKeyId",
       "startedAt")
     VALUES ($1, $2, $3, $4, 'PROCESSING', 0, $5, $6, $7)`,
    [
      row.id,
      row.fileName.slice(0, 500),
      "0".repeat(64),
      row.format,
      row.actor.userId ?? null,
      row.actor.apiKeyId ?? null,
      row.startedAt,
    ],
  );
}

export function capped<T>(list: readonly T[]): T[] {
  return list.slice(0, DETAIL_CAP);
}

/** Marks the import COMPLETED with its counts; runs inside the import's transaction. */
export async function completeImportRow(
  client: pg.PoolClient,
  id: string,
  r: {
    format: ImportFormatValue;
    formatVersion: string | null;
    sha256: string;
    sizeBytes: number;
    stats: ImportStats;
    errors: ImportErrorItem[];
    totalErrors: number;
  },
): Promise<void> {
  const s = r.stats;
  const details = {
    totals: {
      reversals: { created: s.reversalsCreated, duplicates: s.reversalsDuplicate },
      collections: { created: s.collectionsCreated, duplicates: s.collectionsDuplicate },
      skipped: s.skipped,
      rejected: r.totalErrors,
    },
    duplicates: s.duplicates,
    skipped: s.skippedItems,
    rejected: capped(r.errors),
    cap: DETAIL_CAP,
  };
  await client.query(
    `UPDATE "Import" SET status = 'COMPLETED', format = $2, "formatVersion" = $3, sha256 = $4, "sizeBytes" = $5,
       "reversalsCreated" = $6, "reversalsDuplicate" = $7, "collectionsCreated" = $8,
       "collectionsDuplicate" = $9, skipped = $10, errors = $11, details = $12, "finishedAt" = now()
     WHERE id = $1`,
    [
      id,
      r.format,
      r.formatVersion,
      r.sha256,
      r.sizeBytes,
      s.reversalsCreated,
      s.reversalsDuplicate,
      s.collectionsCreated,
      s.collectionsDuplicate,
      s.skipped,
      JSON.stringify(capped(r.errors)),
      JSON.stringify(details),
    ],
  );
}

/** Records a refusal on the history row, outside the rolled-back transaction. */
export async function failImportRow(
  client: pg.Pool,
  id: string,
  r: {
    format: ImportFormatValue;
    formatVersion: string | null;
    sha256: string;
    sizeBytes: number;
    complete: boolean;
    errors: ImportErrorItem[];
    refusal: Record<string, unknown>;
  },
): Promise<void> {
  const details = {
    refused: r.refusal,
    rejected: capped(r.errors),
    totals: { rejected: r.errors.length },
    // A file refused for its size is not read to the end: the hash covers what was read.
    sha256Complete: r.complete,
    cap: DETAIL_CAP,
  };
  await client.query(
    `UPDATE "Import" SET status = 'FAILED', format = $2, "formatVersion" = $3, sha256 = $4, "sizeBytes" = $5,
       errors = $6, details = $7, "finishedAt" = now()
     WHERE id = $1`,
    [
      id,
      r.format,
      r.formatVersion,
      r.sha256,
      Math.min(r.sizeBytes, 2_147_483_647),
      JSON.stringify(capped(r.errors)),
      JSON.stringify(details),
    ],
  );
}
