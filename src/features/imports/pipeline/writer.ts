import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { maskIban } from "@/lib/iban";
import { hashIban } from "@/lib/iban-hash";

/** Rows are written in batches of this many: memory stays flat, round trips stay few (10,000 and 20,000
 * measured no faster, and hold more memory). */
export const BATCH_SIZE = 5_000;
/** Lists kept in an import's details are capped; totals are always exact. */
export const DETAIL_CAP = 500;

export type ReversalKindValue = "REJECT" | "REFUSAL" | "RETURN" | "REFUND" | "REVERSAL";
export type SequenceTypeValue = "FRST" | "RCUR" | "OOFF" | "FNAL";
export type ReversalSourceValue = "CAMT" | "PAIN002" | "CSV" | "API";

/** One reversal as every source (bank file, CSV, API) hands it to the writer. */
export interface ReversalRow {
  /** Position in the source: transaction index, CSV line or API array index. */
  idx: number;
  dedupeKey: string;
  endToEndId: string;
  mandateId?: string;
  mandateSignedOn?: string;
  amountCents: number;
  currency: string;
  chargesCents: number;
  reasonCode: string;
  reasonInfo?: string;
  kind: ReversalKindValue;
  bookingDate: string;
  bankReference?: string;
  collectionDate?: string;
  sequenceType?: SequenceTypeValue;
  description?: string;
  debtorName?: string;
  debtorIban?: string;
  debtorEmail?: string;
  debtorPhone?: string;
  debtorLocale?: string;
}

/** One collection (pain.008 or CSV), with its settlement and end of the refund window worked out. */
export interface CollectionRow {
  idx: number;
  endToEndId: string;
  mandateId?: string;
  mandateSignedOn?: string;
  sequenceType?: SequenceTypeValue;
  amountCents: number;
  currency: string;
  collectionDate: string;
  settlementDate: string;
  finalOn: string;
  status: "SETTLED" | "FINAL";
  description?: string;
  invoiceReference?: string;
  debtorName?: string;
  debtorIban?: string;
  debtorEmail?: string;
  debtorPhone?: string;
  debtorLocale?: string;
  externalDebtorId?: string;
}

export interface DuplicateItem {
  index: number;
  endToEndId: string;
  reasonCode?: string;
}

/** Counts and capped lists: all an import keeps in memory, however big the file. */
export class ImportStats {
  reversalsCreated = 0;
  reversalsDuplicate = 0;
  collectionsCreated = 0;
  collectionsDuplicate = 0;
  skipped = 0;
  readonly duplicates: DuplicateItem[] = [];
  readonly skippedItems: { index: number; reason: string }[] = [];

  addDuplicate(d: DuplicateItem): void {
    if (this.duplicates.length < DETAIL_CAP) this.duplicates.push(d);
  }

  addSkipped(index: number, reason: string): void {
    this.skipped++;
    if (this.skippedItems.length < DETAIL_CAP) this.skippedItems.push({ index, reason });
  }
}

// A parser fed from buffered chunks never waits for I/O, so the batch being written would not get its
// next statement sent until the parser stops; giving the event loop a turn now and then keeps both busy.
const YIELD_EVERY = 50;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const DEBTOR_FALLBACK_NAME = "Onbekende debiteur";

function ibanParts(iban: string | undefined): { masked: string | null; hash: string | null } {
  if (!iban) return { masked: null, hash: null };
  return { masked: maskIban(iban), hash: hashIban(iban) };
}

// Staging tables live for one transaction. Ids are made up front (the writer makes them for reversal
// rows) so cases and events need no round trip to learn the ids of the rows they point at.
const CREATE_REVERSAL_STAGE = `
CREATE TEMP TABLE IF NOT EXISTS _stage_rev (
  idx int NOT NULL, dedupe_key text NOT NULL, e2e text NOT NULL, mandate_id text, mandate_signed_on date,
  amount int NOT NULL, currency text NOT NULL, charges int NOT NULL, reason_code text NOT NULL,
  reason_info text, kind "ReversalKind" NOT NULL, booking_date date NOT NULL, bank_ref text,
  collection_date date, seq "SequenceType", description text, debtor_name text, iban_masked text,
  iban_hash text, email text, phone text, locale text,
  rev_id uuid NOT NULL, case_id uuid NOT NULL, event_id uuid NOT NULL, cand_coll uuid NOT NULL,
  cand_debtor uuid NOT NULL,
  collection_id uuid, new_coll boolean NOT NULL DEFAULT false,
  debtor_id uuid, new_debtor boolean NOT NULL DEFAULT false
) ON COMMIT DROP`;

const REVERSAL_STAGE_COPY = `COPY _stage_rev (idx, dedupe_key, e2e, mandate_id, mandate_signed_on, amount,
  currency, charges, reason_code, reason_info, kind, booking_date, bank_ref, collection_date, seq, description,
  debtor_name, iban_masked, iban_hash, email, phone, locale, rev_id, case_id, event_id, cand_coll, cand_debtor)
  FROM STDIN`;

const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
function copyLine(values: readonly (string | number | null | undefined)[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) line += "\t";
    if (v === null || v === undefined) line += "\\N";
    else if (typeof v === "number") line += String(v);
    else line += /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (ch) => COPY_ESCAPES[ch] ?? ch) : v;
  }
  return line;
}

/**
 * Time-ordered UUIDs (RFC 9562 version 7, with a counter in rand_a so ids made within one millisecond still
 * ascend): rows inserted in id order land at the right edge of each primary-key and foreign-key index
 * instead of on random pages, which is most of an index's insert cost.
 */
export class UuidV7Source {
  private ms = 0;
  private seq = 0;
  private pool = Buffer.alloc(0);
  private at = 0;

  next(): string {
    const now = Date.now();
    if (now > this.ms) {
      this.ms = now;
      this.seq = 0;
    } else if (++this.seq > 0xfff) {
      this.ms++; // more than 4,096 ids in a millisecond: borrow the next one
      this.seq = 0;
    }
    if (this.at + 8 > this.pool.length) {
      this.pool = randomBytes(8 * 1024);
      this.at = 0;
    }
    const r = this.pool;
    const i = this.at;
    this.at += 8;
    const ts = this.ms.toString(16).padStart(12, "0");
    const a = (0x7000 | this.seq).toString(16);
    const b = (((r[i] ?? 0) & 0x3f) | 0x80).toString(16).padStart(2, "0");
    return `${ts.slice(0, 8)}-${ts.slice(8)}-${a}-${b}${hex2(r[i + 1])}-${hex2(r[i + 2])}${hex2(r[i + 3])}${hex2(r[i + 4])}${hex2(r[i + 5])}${hex2(r[i + 6])}${hex2(r[i + 7])}`;
  }
}

const HEX2 = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, "0"));
function hex2(n: number | undefined): string {
  return HEX2[n ?? 0] ?? "00";
}

const COLLECTION_STAGE_COPY = `COPY _stage_col (idx, e2e, mandate_id, mandate_signed_on, seq, amount, currency,
  collection_date, settlement_date, final_on, status, description, invoice_ref, debtor_name, iban_masked,
  iban_hash, email, phone, locale, external_id) FROM STDIN`;

function collectionLine(r: CollectionRow): string {
  const iban = ibanParts(r.debtorIban);
  return `${copyLine([
    r.idx,
    r.endToEndId,
    r.mandateId,
    r.mandateSignedOn,
    r.sequenceType,
    r.amountCents,
    r.currency,
    r.collectionDate,
    r.settlementDate,
    r.finalOn,
    r.status,
    r.description,
    r.invoiceReference,
    r.debtorName,
    iban.masked,
    iban.hash,
    r.debtorEmail,
    r.debtorPhone,
    r.debtorLocale,
    r.externalDebtorId,
  ])}\n`;
}

async function copyInto(client: pg.PoolClient, sql: string, text: string | Buffer): Promise<void> {
  if (text.length === 0) return;
  await pipeline(Readable.from([text]), client.query(copyFrom(sql)));
}

const CREATE_COLLECTION_STAGE = `
CREATE TEMP TABLE IF NOT EXISTS _stage_col (
  idx int NOT NULL, e2e text NOT NULL, mandate_id text, mandate_signed_on date, seq "SequenceType",
  amount int NOT NULL, currency text NOT NULL, collection_date date NOT NULL, settlement_date date NOT NULL,
  final_on date NOT NULL, status "CollectionStatus" NOT NULL, description text, invoice_ref text,
  debtor_name text, iban_masked text, iban_hash text, email text, phone text, locale text, external_id text,
  coll_id uuid NOT NULL DEFAULT gen_random_uuid(), cand_debtor uuid NOT NULL DEFAULT gen_random_uuid(),
  debtor_id uuid, new_debtor boolean NOT NULL DEFAULT false
) ON COMMIT DROP`;

/**
 * Writes reversals and collections for one import inside the caller's transaction, batch by batch,
 * with set-based SQL: stage the batch (COPY into a temp table), then resolve and insert in a
 * handful of statements regardless of the batch size.
 */
export class ImportWriter {
  // Rows are kept as COPY lines (bytes) from the moment they arrive. Row objects (or line strings, which may
  // be slices pinning the parser's decoded chunks) live until their batch is written, so they get promoted
  // to the old generation: measured heap peak ~170 MB at 100,000 transactions, ~50 MB as bytes.
  private reversals: Buffer[] = [];
  private collections: Buffer[] = [];
  private readonly ids = new UuidV7Source();
  /** Staging tables created in this transaction (each on its first batch). */
  private readonly staged = new Set<string>();

  constructor(
    private readonly client: pg.PoolClient,
    private readonly importId: string,
    private readonly source: ReversalSourceValue,
    readonly stats: ImportStats,
  ) {}

  async addReversal(row: ReversalRow): Promise<void> {
    this.reversals.push(Buffer.from(this.reversalLine(row)));
    if (this.reversals.length >= BATCH_SIZE) await this.schedule(() => this.flushReversals());
    else if (this.pending && this.reversals.length % YIELD_EVERY === 0) await yieldToEventLoop();
  }

  async addCollection(row: CollectionRow): Promise<void> {
    this.collections.push(Buffer.from(collectionLine(row)));
    if (this.collections.length >= BATCH_SIZE) await this.schedule(() => this.flushCollections());
    else if (this.pending && this.collections.length % YIELD_EVERY === 0) await yieldToEventLoop();
  }

  /** Writes what is left and waits for every batch; throws the first write error. */
  async flush(): Promise<void> {
    await this.settle();
    await this.flushCollections();
    await this.flushReversals();
  }

  // One batch is written while the caller parses the next: PostgreSQL and the parser then use both cores.
  // At most one batch is in flight, so memory stays at two batches.
  private pending: Promise<void> | undefined;
  private failure: unknown;

  private async settle(): Promise<void> {
    await this.pending;
    this.pending = undefined;
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * Waits for the batch in flight without throwing. Call before giving up the transaction: a batch still
   * writing would otherwise send statements after the ROLLBACK, on a connection back in the pool.
   */
  async quiesce(): Promise<void> {
    await this.pending;
    this.pending = undefined;
  }

  private async schedule(write: () => Promise<void>): Promise<void> {
    await this.settle();
    // write() takes its batch synchronously (before its first await), so the caller may refill at once.
    this.pending = write().catch((e: unknown) => {
      this.failure = e;
    });
  }

  /** Loads one batch into a staging table: created on the first batch, emptied on later ones. */
  private async stage(table: string, createSql: string, copySql: string, rows: Buffer[]): Promise<void> {
    const c = this.client;
    const first = !this.staged.has(table);
    await c.query(first ? createSql : `TRUNCATE ${table}`);
    // COPY instead of INSERT … unnest($arrays): no array literals to build and parse, a third of the time.
    await copyInto(c, copySql, Buffer.concat(rows));
    // Temp tables get no autovacuum statistics; without them the joins that follow plan as nested loops.
    // Once is enough: later batches are the same size and shape.
    if (first) {
      await c.query(`ANALYZE ${table}`);
      this.staged.add(table);
    }
  }

  private async flushReversals(): Promise<void> {
    const rows = this.reversals;
    if (rows.length === 0) return;
    this.reversals = [];
    const c = this.client;
    await this.stage("_stage_rev", CREATE_REVERSAL_STAGE, REVERSAL_STAGE_COPY, rows);

    // Already imported (earlier file, earlier batch) or twice in this batch: a duplicate, not an error.
    const dups = await c.query<{ idx: number; e2e: string; reason_code: string }>(
      `WITH d AS (
         DELETE FROM _stage_rev s
          WHERE EXISTS (SELECT 1 FROM "Reversal" r WHERE r."dedupeKey" = s.dedupe_key)
             OR s.idx IN (SELECT idx FROM (SELECT idx, row_number() OVER (PARTITION BY dedupe_key ORDER BY idx) AS n
                                             FROM _stage_rev) w WHERE w.n > 1)
         RETURNING idx, e2e, reason_code)
       SELECT * FROM d ORDER BY idx`,
    );
    this.recordReversalDuplicates(dups.rows);
    if (dups.rows.length === rows.length) return;

    // One pass decides every row's collection and debtor:
    // - its collection by end-to-end id, else the first reversal of each end-to-end id creates it;
    // - for a new collection, the debtor by IBAN hash (the oldest), else the first row of each IBAN creates
    //   it (a row without IBAN gets a debtor of its own).
    await c.query(
      `WITH m AS (
         SELECT st.idx, st.iban_hash, st.cand_debtor,
                coalesce(col.id, first_value(st.cand_coll) OVER w) AS collection_id,
                col.id IS NULL AND first_value(st.idx) OVER w = st.idx AS new_coll
           FROM _stage_rev st LEFT JOIN "Collection" col ON col."endToEndId" = st.e2e
         WINDOW w AS (PARTITION BY st.e2e ORDER BY st.idx)),
       known AS (
         SELECT DISTINCT ON ("ibanHash") "ibanHash", id FROM "Debtor"
          WHERE "ibanHash" IN (SELECT iban_hash FROM m WHERE new_coll AND iban_hash IS NOT NULL)
          ORDER BY "ibanHash", "createdAt"),
       n AS (
         SELECT m.idx, known.id AS known_id, first_value(m.cand_debtor) OVER v AS first_cand,
                first_value(m.idx) OVER v AS first_idx
           FROM m LEFT JOIN known ON known."ibanHash" = m.iban_hash
          WHERE m.new_coll
         WINDOW v AS (PARTITION BY coalesce('i' || m.iban_hash, 'r' || m.idx) ORDER BY m.idx))
       UPDATE _stage_rev s
          SET collection_id = m.collection_id, new_coll = m.new_coll,
              debtor_id = coalesce(n.known_id, n.first_cand),
              new_debtor = coalesce(n.known_id IS NULL AND n.first_idx = n.idx, false)
         FROM m LEFT JOIN n ON n.idx = m.idx
        WHERE s.idx = m.idx`,
    );
    await c.query(
      `INSERT INTO "Debtor" (id, name, email, phone, locale, "ibanMasked", "ibanHash", "updatedAt")
       SELECT debtor_id, coalesce(debtor_name, $1), email, phone, coalesce(locale, 'nl'), iban_masked,
              iban_hash, now()
         FROM _stage_rev WHERE new_debtor ORDER BY idx`,
      [DEBTOR_FALLBACK_NAME],
    );
    const newCollections = await c.query(
      `INSERT INTO "Collection" (id, "debtorId", "endToEndId", "mandateId", "mandateSignedOn", "sequenceType",
         "amountCents", currency, "collectionDate", description, status, "importId", "updatedAt")
       SELECT collection_id, debtor_id, e2e, mandate_id, mandate_signed_on, seq, amount, currency,
              coalesce(collection_date, booking_date), description, 'REVERSED', $1, now()
         FROM _stage_rev WHERE new_coll ORDER BY idx
       ON CONFLICT ("endToEndId") DO NOTHING`,
      [this.importId],
    );
    this.stats.collectionsCreated += newCollections.rowCount ?? 0;
    const staged = rows.length - dups.rows.length;
    if ((newCollections.rowCount ?? 0) < staged) {
      // Fewer collections created than rows staged: some rows share or match a collection, or another
      // import created the same collection meanwhile (ON CONFLICT above). Point every row at the stored one.
      await c.query(
        `UPDATE _stage_rev s SET collection_id = col.id FROM "Collection" col
          WHERE col."endToEndId" = s.e2e AND col.id <> s.collection_id`,
      );
    }

    // Reversal, its case, the case's first event and the collection's status, in one statement.
    const inserted = await c.query<{ n: string }>(
      `WITH ins AS (
         INSERT INTO "Reversal" (id, "collectionId", "reasonCode", "reasonInfo", kind, "bookingDate",
           "amountCents", currency, "chargesCents", source, "importId", "dedupeKey", "bankReference")
         SELECT rev_id, collection_id, reason_code, reason_info, kind, booking_date, amount, currency, charges,
                $1::"ReversalSource", $2::uuid, dedupe_key, bank_ref
           FROM _stage_rev ORDER BY idx
         ON CONFLICT ("dedupeKey") DO NOTHING
         RETURNING id),
       s AS (SELECT st.* FROM _stage_rev st JOIN ins ON ins.id = st.rev_id),
       cases AS (
         INSERT INTO "Case" (id, "reversalId", status, "openAmountCents", currency, "updatedAt")
         SELECT case_id, rev_id, 'NEW', amount, currency, now() FROM s ORDER BY idx),
       events AS (
         INSERT INTO "CaseEvent" (id, "caseId", type, data, "actorType")
         SELECT event_id, case_id, 'case.opened', $3::jsonb, 'SYSTEM' FROM s),
       reversed AS (
         UPDATE "Collection" col SET status = 'REVERSED', "updatedAt" = now()
          WHERE col.id IN (SELECT collection_id FROM s WHERE NOT new_coll) AND col.status <> 'REVERSED')
       SELECT count(*)::text AS n FROM s`,
      [this.source, this.importId, JSON.stringify({ importId: this.importId })],
    );
    const created = Number(inserted.rows[0]?.n ?? 0);
    this.stats.reversalsCreated += created;
    if (created < staged) {
      // Lost a race with a concurrent import of the same reversals: those are duplicates too.
      const lost = await c.query<{ idx: number; e2e: string; reason_code: string }>(
        `SELECT idx, e2e, reason_code FROM _stage_rev st
          WHERE NOT EXISTS (SELECT 1 FROM "Reversal" r WHERE r.id = st.rev_id) ORDER BY idx`,
      );
      this.recordReversalDuplicates(lost.rows);
    }
  }

  private reversalLine(r: ReversalRow): string {
    const iban = ibanParts(r.debtorIban);
    const ids = this.ids;
    return `${copyLine([
      r.idx,
      r.dedupeKey,
      r.endToEndId,
      r.mandateId,
      r.mandateSignedOn,
      r.amountCents,
      r.currency,
      r.chargesCents,
      r.reasonCode,
      r.reasonInfo,
      r.kind,
      r.bookingDate,
      r.bankReference,
      r.collectionDate,
      r.sequenceType,
      r.description,
      r.debtorName,
      iban.masked,
      iban.hash,
      r.debtorEmail,
      r.debtorPhone,
      r.debtorLocale,
      // Ids made here (cheaper than gen_random_uuid() in the database, which is the busier side).
      ids.next(),
      ids.next(),
      ids.next(),
      ids.next(),
      ids.next(),
    ])}\n`;
  }

  private recordReversalDuplicates(rows: { idx: number; e2e: string; reason_code: string }[]): void {
    this.stats.reversalsDuplicate += rows.length;
    for (const d of rows) {
      if (this.stats.duplicates.length >= DETAIL_CAP) break;
      this.stats.addDuplicate({ index: d.idx, endToEndId: d.e2e, reasonCode: d.reason_code });
    }
  }

  /**
   * Finds or creates the debtor of each staged row that needs one: by customer number, then by IBAN
   * hash; rows that name neither get a debtor of their own. New debtors are shared by rows with the
   * same customer number or IBAN.
   */
  private async resolveDebtors(stage: string, needs: string, byExternalId: boolean): Promise<void> {
    const c = this.client;
    if (byExternalId) {
      await c.query(
        `UPDATE ${stage} s SET debtor_id = d.id FROM "Debtor" d
          WHERE ${needs} AND s.external_id IS NOT NULL AND d."externalId" = s.external_id`,
      );
    }
    await c.query(
      `UPDATE ${stage} s SET debtor_id = d.id
         FROM (SELECT DISTINCT ON ("ibanHash") "ibanHash", id FROM "Debtor"
                WHERE "ibanHash" IN (SELECT iban_hash FROM ${stage} WHERE ${needs} AND iban_hash IS NOT NULL)
                ORDER BY "ibanHash", "createdAt") d
        WHERE ${needs} AND s.debtor_id IS NULL AND s.iban_hash = d."ibanHash"`,
    );
    const key = (a: string): string =>
      byExternalId
        ? `coalesce('x' || ${a}external_id, 'i' || ${a}iban_hash, 'r' || ${a}idx)`
        : `coalesce('i' || ${a}iban_hash, 'r' || ${a}idx)`;
    await c.query(
      `UPDATE ${stage} s SET debtor_id = f.cand_debtor, new_debtor = (s.idx = f.idx)
         FROM (SELECT DISTINCT ON (${key("")}) ${key("")} AS k, idx, cand_debtor FROM ${stage}
                WHERE ${needs} AND debtor_id IS NULL ORDER BY ${key("")}, idx) f
        WHERE ${needs} AND s.debtor_id IS NULL AND ${key("s.")} = f.k`,
    );
  }

  private async flushCollections(): Promise<void> {
    const rows = this.collections;
    if (rows.length === 0) return;
    this.collections = [];
    const c = this.client;
    await this.stage("_stage_col", CREATE_COLLECTION_STAGE, COLLECTION_STAGE_COPY, rows);
    const dups = await c.query<{ idx: number; e2e: string }>(
      `DELETE FROM _stage_col s
        WHERE EXISTS (SELECT 1 FROM "Collection" col WHERE col."endToEndId" = s.e2e)
           OR s.idx IN (SELECT idx FROM (SELECT idx, row_number() OVER (PARTITION BY e2e ORDER BY idx) AS n
                                           FROM _stage_col) w WHERE w.n > 1)
       RETURNING idx, e2e`,
    );
    this.recordCollectionDuplicates(dups.rows);
    if (dups.rowCount === rows.length) return;

    await this.resolveDebtors("_stage_col", "true", true);
    await c.query(
      `INSERT INTO "Debtor" (id, "externalId", name, email, phone, locale, "ibanMasked", "ibanHash", "updatedAt")
       SELECT debtor_id, external_id, coalesce(debtor_name, $1), email, phone, coalesce(locale, 'nl'),
              iban_masked, iban_hash, now()
         FROM _stage_col WHERE new_debtor ORDER BY idx
       ON CONFLICT ("externalId") DO NOTHING`,
      [DEBTOR_FALLBACK_NAME],
    );
    const inserted = await c.query<{ idx: number }>(
      `WITH ins AS (
         INSERT INTO "Collection" (id, "debtorId", "endToEndId", "mandateId", "mandateSignedOn", "sequenceType",
           "amountCents", currency, "collectionDate", "settlementDate", "finalOn", description,
           "invoiceReference", status, "importId", "updatedAt")
         SELECT coll_id, debtor_id, e2e, mandate_id, mandate_signed_on, seq, amount, currency, collection_date,
                settlement_date, final_on, description, invoice_ref, status, $1, now()
           FROM _stage_col ORDER BY idx
         ON CONFLICT ("endToEndId") DO NOTHING
         RETURNING id)
       SELECT count(*)::int AS idx FROM ins`,
      [this.importId],
    );
    const created = inserted.rows[0]?.idx ?? 0;
    this.stats.collectionsCreated += created;
    const staged = rows.length - dups.rows.length;
    if (created < staged) {
      const lost = await c.query<{ idx: number; e2e: string }>(
        `SELECT idx, e2e FROM _stage_col st
          WHERE NOT EXISTS (SELECT 1 FROM "Collection" col WHERE col.id = st.coll_id) ORDER BY idx`,
      );
      this.recordCollectionDuplicates(lost.rows);
    }
  }

  private recordCollectionDuplicates(rows: { idx: number; e2e: string }[]): void {
    this.stats.collectionsDuplicate += rows.length;
    for (const d of rows) {
      if (this.stats.duplicates.length >= DETAIL_CAP) break;
      this.stats.addDuplicate({ index: d.idx, endToEndId: d.e2e });
    }
  }
}
