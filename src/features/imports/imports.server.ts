import "server-only";
import type { ImportFormat, ImportStatus, Prisma, ReversalKind } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";

export interface ImportListItem {
  id: string;
  fileName: string;
  format: ImportFormat;
  formatVersion: string | null;
  /** e.g. "camt.054.001.02", "CSV (reversals)", "API" — for display. */
  formatName: string;
  status: ImportStatus;
  sizeBytes: number;
  reversalsCreated: number;
  reversalsDuplicate: number;
  collectionsCreated: number;
  collectionsDuplicate: number;
  skipped: number;
  errorCount: number;
  /** First error, e.g. why a FAILED import was refused. */
  firstError: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  createdBy: { id: string; name: string } | null;
  apiKey: { id: string; name: string } | null;
}

export interface ImportErrorEntry {
  line?: number;
  index?: number;
  endToEndId?: string;
  message: string;
}

export interface ImportDetailLists {
  duplicates: { index: number; endToEndId: string; reasonCode?: string }[];
  skipped: { index: number; reason: string }[];
  rejected: ImportErrorEntry[];
  /** Lists above hold at most this many; totals are exact. */
  cap: number;
}

export interface ImportReversalItem {
  id: string;
  caseId: string | null;
  caseNumber: number | null;
  endToEndId: string;
  debtorName: string;
  debtorIbanMasked: string | null;
  amountCents: number;
  currency: string;
  reasonCode: string;
  kind: ReversalKind;
  bookingDate: Date;
}

export interface ImportDetail extends ImportListItem {
  errors: ImportErrorEntry[];
  details: ImportDetailLists;
  /** Why the import was refused (FAILED only): code and parser details such as line/column/element. */
  refused: Record<string, unknown> | null;
  sha256: string;
  /** The first 200 reversals this import created, in case-number order. */
  reversals: ImportReversalItem[];
  reversalsTotal: number;
}

const FAMILY: Record<ImportFormat, string> = {
  CAMT_052: "camt.052",
  CAMT_053: "camt.053",
  CAMT_054: "camt.054",
  PAIN_002: "pain.002",
  PAIN_008: "pain.008",
  CSV_REVERSALS: "CSV (reversals)",
  CSV_COLLECTIONS: "CSV (collections)",
  API: "API",
};

export function importFormatName(format: ImportFormat, version: string | null): string {
  const family = FAMILY[format];
  return version && !format.startsWith("CSV") && format !== "API" ? `${family}.${version}` : family;
}

const listSelect = {
  id: true,
  fileName: true,
  format: true,
  formatVersion: true,
  status: true,
  sizeBytes: true,
  reversalsCreated: true,
  reversalsDuplicate: true,
  collectionsCreated: true,
  collectionsDuplicate: true,
  skipped: true,
  errors: true,
  startedAt: true,
  finishedAt: true,
  createdBy: { select: { id: true, name: true } },
  viaApiKey: { select: { id: true, name: true } },
} satisfies Prisma.ImportSelect;

type ListRow = Prisma.ImportGetPayload<{ select: typeof listSelect }>;

function errorList(json: Prisma.JsonValue | null): ImportErrorEntry[] {
  if (!Array.isArray(json)) return [];
  const out: ImportErrorEntry[] = [];
  for (const e of json) {
    if (e && typeof e === "object" && !Array.isArray(e) && typeof e.message === "string") {
      const item: ImportErrorEntry = { message: e.message };
      if (typeof e.line === "number") item.line = e.line;
      if (typeof e.index === "number") item.index = e.index;
      if (typeof e.endToEndId === "string") item.endToEndId = e.endToEndId;
      out.push(item);
    }
  }
  return out;
}

function toListItem(r: ListRow, rejectedTotal?: number): ImportListItem {
  const errors = errorList(r.errors);
  return {
    id: r.id,
    fileName: r.fileName,
    format: r.format,
    formatVersion: r.formatVersion,
    formatName: importFormatName(r.format, r.formatVersion),
    status: r.status,
    sizeBytes: r.sizeBytes,
    reversalsCreated: r.reversalsCreated,
    reversalsDuplicate: r.reversalsDuplicate,
    collectionsCreated: r.collectionsCreated,
    collectionsDuplicate: r.collectionsDuplicate,
    skipped: r.skipped,
    // The stored error list is capped; the exact count lives in details.totals.
    errorCount: rejectedTotal ?? errors.length,
    firstError: errors[0]?.message ?? null,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    createdBy: r.createdBy,
    apiKey: r.viaApiKey,
  };
}

/** Import history, newest first. */
export async function listImports(
  opts: { page?: number; pageSize?: number } = {},
): Promise<{ rows: ImportListItem[]; total: number }> {
  const pageSize = Math.min(Math.max(Math.trunc(opts.pageSize ?? 25), 1), 200);
  const page = Math.max(Math.trunc(opts.page ?? 1), 1);
  const [rows, total] = await Promise.all([
    db.import.findMany({
      select: listSelect,
      orderBy: [{ startedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.import.count(),
  ]);
  const ids = rows.map((r) => r.id);
  const totals = ids.length
    ? await db.$queryRaw<{ id: string; rejected: number | null }[]>`
        SELECT id::text, (details->'totals'->>'rejected')::int AS rejected FROM "Import" WHERE id = ANY(${ids}::uuid[])`
    : [];
  const rejected = new Map(totals.map((t) => [t.id, t.rejected ?? undefined]));
  return { rows: rows.map((r) => toListItem(r, rejected.get(r.id))), total };
}

function asObject(json: Prisma.JsonValue | null | undefined): Record<string, Prisma.JsonValue> {
  return json && typeof json === "object" && !Array.isArray(json)
    ? (json as Record<string, Prisma.JsonValue>)
    : {};
}

function listOf<T>(json: Prisma.JsonValue | undefined, ok: (v: Prisma.JsonObject) => boolean): T[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (v) => v && typeof v === "object" && !Array.isArray(v) && ok(v as Prisma.JsonObject),
  ) as unknown as T[];
}

/** One import with its counts, errors, capped detail lists and the first 200 reversals it created. */
export async function getImport(id: string): Promise<ImportDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db.import.findUnique({
    where: { id },
    select: { ...listSelect, details: true, sha256: true },
  });
  if (!row) return null;
  const [reversals, reversalsTotal] = await Promise.all([
    db.reversal.findMany({
      where: { importId: id },
      orderBy: [{ case: { number: "asc" } }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        amountCents: true,
        currency: true,
        reasonCode: true,
        kind: true,
        bookingDate: true,
        case: { select: { id: true, number: true } },
        collection: { select: { endToEndId: true, debtor: { select: { name: true, ibanMasked: true } } } },
      },
    }),
    db.reversal.count({ where: { importId: id } }),
  ]);
  const details = asObject(row.details);
  const refused = details.refused;
  const rejectedTotal = asObject(details.totals).rejected;
  return {
    ...toListItem(row, typeof rejectedTotal === "number" ? rejectedTotal : undefined),
    sha256: row.sha256,
    errors: errorList(row.errors),
    details: {
      duplicates: listOf(details.duplicates, (v) => typeof v.endToEndId === "string"),
      skipped: listOf(details.skipped, (v) => typeof v.reason === "string"),
      rejected: errorList(details.rejected ?? null),
      cap: typeof details.cap === "number" ? details.cap : 500,
    },
    refused: refused && typeof refused === "object" && !Array.isArray(refused) ? refused : null,
    reversals: reversals.map((r) => ({
      id: r.id,
      caseId: r.case?.id ?? null,
      caseNumber: r.case?.number ?? null,
      endToEndId: r.collection.endToEndId,
      debtorName: r.collection.debtor.name,
      debtorIbanMasked: r.collection.debtor.ibanMasked,
      amountCents: r.amountCents,
      currency: r.currency,
      reasonCode: r.reasonCode,
      kind: r.kind,
      bookingDate: r.bookingDate,
    })),
    reversalsTotal,
  };
}
