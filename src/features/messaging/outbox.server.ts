import "server-only";
import { randomUUID } from "node:crypto";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { Prisma } from "@/generated/prisma/client";
import type { MessageStatus } from "@/generated/prisma/enums";
import { type Db, db as defaultDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { type Drivers, defaultDrivers, SendError, type SenderIdentity } from "./drivers";
import { missingVariables, renderTemplate, type TemplateVariables } from "./render";
import { loadBranding, resolveTemplate } from "./templates.server";
import { type MessageChannel, type MessageLocale, toMessageLocale } from "./types";

/*
 * The outbox. A message is a row, written in the caller's transaction (enqueueMessage) and sent after
 * commit (dispatchSoon) or by the worker's sweep (dispatchDueMessages). Sending claims the row with one
 * atomic UPDATE … WHERE status = 'QUEUED' (the sweep with FOR UPDATE SKIP LOCKED), so however many app
 * instances and workers run, only one of them sends a given attempt.
 *
 * Exactly-once, honestly: SMTP and the Twilio REST API have no idempotency key. If a process dies after
 * the provider accepted a message but before our UPDATE to SENT, the row stays SENDING; after the lease
 * (LEASE_SECONDS) another worker sends it again. We keep that window small (one UPDATE right after the
 * provider answers, small claim batches, provider time-outs well under the lease) and e-mail re-uses the
 * same Message-ID, but the window cannot be closed from our side.
 */

/** Attempts in total before a message is given up. */
export const MAX_ATTEMPTS = 8;
/**
 * Wait after the n-th failed attempt (minutes). Attempts run at about 0, 1, 6, 21, 51 min, 1 h 51, 3 h 51
 * and 7 h 51 after the first: a provider that is down for an hour (or several) still gets every message.
 */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 30, 60, 120, 240] as const;
/** A SENDING row older than this is taken to be from a process that died mid-send, and is tried again. */
export const LEASE_SECONDS = 300;
/** Messages claimed per round of the sweep: small, so nothing waits long in SENDING. */
const CLAIM_BATCH = 5;

export function retryDelayMinutes(attempts: number): number {
  const i = Math.min(Math.max(attempts, 1), RETRY_DELAYS_MINUTES.length) - 1;
  return RETRY_DELAYS_MINUTES[i] ?? 240;
}

export interface EnqueueMessageInput {
  caseId?: string | null;
  channel: MessageChannel;
  recipient: string;
  template: string;
  locale?: string | null;
  variables: TemplateVariables;
  /** Same key → same message: a second enqueue returns the first row and sends nothing more. */
  idempotencyKey: string;
}

export interface EnqueuedMessage {
  id: string;
  created: boolean;
  status: MessageStatus;
}

/** E-mail in lower case, phone numbers in E.164 (Dutch numbers may be written nationally). */
export function normaliseRecipient(channel: MessageChannel, raw: string): string {
  const value = raw.trim();
  if (channel === "EMAIL") {
    if (!/^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/.test(value))
      throw new AppError("INVALID", `Geen geldig e-mailadres: ${value}`);
    return value.toLowerCase();
  }
  const phone = parsePhoneNumberFromString(value, "NL");
  if (!phone?.isValid()) throw new AppError("INVALID", `Geen geldig telefoonnummer: ${value}`);
  return phone.number;
}

/**
 * Renders the template and writes the message row in the caller's transaction. After that transaction
 * commits, call dispatchSoon([id]); if nobody does (or the process dies), the worker's sweep sends it.
 */
export async function enqueueMessage(tx: Tx, input: EnqueueMessageInput): Promise<EnqueuedMessage> {
  const key = input.idempotencyKey.trim();
  if (!key) throw new AppError("INVALID", "Een bericht heeft een idempotentiesleutel nodig");
  const existing = await findByKey(tx, key);
  if (existing) return { ...existing, created: false };

  const locale = toMessageLocale(input.locale);
  const recipient = normaliseRecipient(input.channel, input.recipient);
  const template = await resolveTemplate(tx, input.template, input.channel, locale);
  const branding = await loadBranding(tx);
  const variables: Record<string, string> = {
    creditorName: branding.creditorName,
    ...(branding.supportPhone ? { supportPhone: branding.supportPhone } : {}),
    ...(branding.supportEmail ? { supportEmail: branding.supportEmail } : {}),
  };
  for (const [k, v] of Object.entries(input.variables)) if (v != null) variables[k] = v;
  const missing = missingVariables(template, variables);
  if (missing.length)
    throw new AppError("INVALID", `Ontbrekende gegevens voor het bericht: ${missing.join(", ")}`, {
      missing,
    });
  const rendered = renderTemplate(template, variables, { channel: input.channel, locale, branding });

  const rows = await tx.$queryRaw<{ id: string; status: MessageStatus }[]>`
    INSERT INTO "Message" ("id", "caseId", "channel", "recipient", "template", "locale", "subject", "body",
      "bodyHtml", "status", "attempts", "idempotencyKey", "variables", "createdAt", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${input.caseId ?? null}::uuid, ${input.channel}::"Channel", ${recipient},
      ${input.template}, ${locale}, ${rendered.subject}, ${rendered.body}, ${rendered.bodyHtml}, 'QUEUED', 0,
      ${key}, ${JSON.stringify(variables)}::jsonb, now(), now())
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING "id", "status"`;
  const inserted = rows[0];
  if (inserted) return { ...inserted, created: true };
  // Another transaction inserted the same key in the meantime (it has committed, or ON CONFLICT would wait).
  const raced = await findByKey(tx, key);
  if (!raced) throw new AppError("CONFLICT", "Bericht kon niet worden opgeslagen");
  return { ...raced, created: false };
}

async function findByKey(client: Tx | Db, key: string) {
  return client.message.findUnique({ where: { idempotencyKey: key }, select: { id: true, status: true } });
}

interface ClaimedRow {
  id: string;
  caseId: string | null;
  channel: MessageChannel;
  recipient: string;
  template: string;
  locale: string;
  subject: string | null;
  body: string;
  bodyHtml: string | null;
  attempts: number;
}

const CLAIMED_COLUMNS = Prisma.sql`m."id", m."caseId", m."channel"::text AS "channel", m."recipient", m."template",
  m."locale", m."subject", m."body", m."bodyHtml", m."attempts"`;

// Due: queued and its time has come, or SENDING with an expired lease (the sender died).
const CLAIMABLE = Prisma.sql`"attempts" < ${MAX_ATTEMPTS} AND (
  ("status" = 'QUEUED' AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now()))
  OR ("status" = 'SENDING' AND "claimedAt" < now() - make_interval(secs => ${LEASE_SECONDS})))`;

export interface DispatchOptions {
  db?: Db;
  drivers?: Drivers;
}

export type DispatchOutcome = "sent" | "retry" | "failed" | "skipped";

/** Claims one message and sends it, if it is due and nobody else has it. Never throws for send errors. */
export async function dispatchMessage(id: string, opts: DispatchOptions = {}): Promise<DispatchOutcome> {
  const client = opts.db ?? defaultDb;
  const rows = await client.$queryRaw<ClaimedRow[]>`
    UPDATE "Message" m SET "status" = 'SENDING', "attempts" = m."attempts" + 1, "claimedAt" = now(),
      "updatedAt" = now()
    WHERE m."id" = ${id}::uuid AND ${CLAIMABLE}
    RETURNING ${CLAIMED_COLUMNS}`;
  const claimed = rows[0];
  if (!claimed) return "skipped";
  const sender = await senderIdentity(client);
  return sendClaimed(client, claimed, opts.drivers ?? defaultDrivers(), sender);
}

/**
 * Sends right after the caller's transaction committed, without waiting for the worker. Never rejects;
 * failures are recorded on the message and retried by the worker.
 */
export async function dispatchSoon(ids: readonly string[], opts: DispatchOptions = {}): Promise<void> {
  await Promise.all(
    ids.map((id) =>
      dispatchMessage(id, opts).catch((err: unknown) => {
        logger.warn({ err, messageId: id }, "immediate dispatch failed; the worker will retry");
      }),
    ),
  );
}

export interface SweepResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/**
 * The worker's sweep: claims due messages in small batches (FOR UPDATE SKIP LOCKED, so concurrent
 * sweeps never wait for or double-claim each other's rows) and sends them, until none are due.
 */
export async function dispatchDueMessages(
  opts: DispatchOptions & { maxMessages?: number } = {},
): Promise<SweepResult> {
  const client = opts.db ?? defaultDb;
  const drivers = opts.drivers ?? defaultDrivers();
  const result: SweepResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  const max = opts.maxMessages ?? 500;
  result.failed += await failExhaustedLeases(client);
  let sender: SenderIdentity | undefined;
  while (result.claimed < max) {
    const batch = await client.$queryRaw<ClaimedRow[]>`
      WITH due AS (
        SELECT "id" FROM "Message" WHERE ${CLAIMABLE}
        ORDER BY "nextAttemptAt" ASC NULLS FIRST, "createdAt" ASC
        LIMIT ${Math.min(CLAIM_BATCH, max - result.claimed)}
        FOR UPDATE SKIP LOCKED)
      UPDATE "Message" m SET "status" = 'SENDING', "attempts" = m."attempts" + 1, "claimedAt" = now(),
        "updatedAt" = now()
      FROM due WHERE m."id" = due."id"
      RETURNING ${CLAIMED_COLUMNS}`;
    if (batch.length === 0) break;
    result.claimed += batch.length;
    sender ??= await senderIdentity(client);
    const identity = sender;
    const outcomes = await Promise.all(batch.map((row) => sendClaimed(client, row, drivers, identity)));
    for (const o of outcomes) {
      if (o === "sent") result.sent++;
      else if (o === "retry") result.retried++;
      else if (o === "failed") result.failed++;
    }
  }
  return result;
}

async function senderIdentity(client: Db): Promise<SenderIdentity> {
  const b = await loadBranding(client);
  return {
    creditorName: b.creditorName,
    fromEmail: b.senderEmail,
    replyTo: b.replyToEmail,
    smsSender: b.smsSender,
  };
}

async function sendClaimed(
  client: Db,
  row: ClaimedRow,
  drivers: Drivers,
  sender: SenderIdentity,
): Promise<DispatchOutcome> {
  const driver = drivers[row.channel];
  const log = logger.child({ messageId: row.id, channel: row.channel, attempt: row.attempts });
  let providerId: string;
  let providerStatus: string | null;
  try {
    if (!driver) throw new SendError(`Kanaal ${row.channel} kan niet verzenden`, { permanent: true });
    const result = await driver.send(
      {
        id: row.id,
        channel: row.channel,
        recipient: row.recipient,
        locale: toMessageLocale(row.locale) as MessageLocale,
        subject: row.subject,
        body: row.body,
        bodyHtml: row.bodyHtml,
      },
      sender,
    );
    providerId = result.providerId;
    providerStatus = result.providerStatus?.slice(0, 200) ?? null;
  } catch (err) {
    const permanent = err instanceof SendError && err.permanent;
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    return recordFailure(client, row, message, permanent, log);
  }
  // Right after the provider answered: the smaller this gap, the smaller the duplicate window.
  // `attempts` fences the update: if our lease expired and someone re-claimed, their attempt owns the row.
  // A delivery webhook may already have moved the row on (SENDING → DELIVERED): keep that status.
  const updated = await client.$executeRaw`
    UPDATE "Message" SET
      "status" = CASE WHEN "status" = 'SENDING' THEN 'SENT'::"MessageStatus" ELSE "status" END,
      "providerId" = ${providerId}, "providerStatus" = COALESCE("providerStatus", ${providerStatus}),
      "sentAt" = now(), "lastError" = NULL, "nextAttemptAt" = NULL, "claimedAt" = NULL, "updatedAt" = now()
    WHERE "id" = ${row.id}::uuid AND "attempts" = ${row.attempts}`;
  if (updated === 0) {
    log.warn("message was re-claimed while sending (lease expired); it may have gone out twice");
    return "sent";
  }
  if (row.caseId) {
    await client.caseEvent.create({
      data: {
        caseId: row.caseId,
        type: "message.sent",
        data: { messageId: row.id, channel: row.channel, template: row.template, attempts: row.attempts },
      },
    });
  }
  log.info({ providerId }, "message sent");
  return "sent";
}

async function recordFailure(
  client: Db,
  row: ClaimedRow,
  error: string,
  permanent: boolean,
  log: typeof logger,
): Promise<DispatchOutcome> {
  const final = permanent || row.attempts >= MAX_ATTEMPTS;
  if (!final) {
    const minutes = retryDelayMinutes(row.attempts);
    await client.$executeRaw`
      UPDATE "Message" SET "status" = 'QUEUED', "lastError" = ${error}, "claimedAt" = NULL, "updatedAt" = now(),
        "nextAttemptAt" = now() + make_interval(mins => ${minutes})
      WHERE "id" = ${row.id}::uuid AND "status" = 'SENDING' AND "attempts" = ${row.attempts}`;
    log.warn({ error, retryInMinutes: minutes }, "message send failed; will retry");
    return "retry";
  }
  await client.$transaction(async (tx) => {
    const n = await tx.$executeRaw`
      UPDATE "Message" SET "status" = 'FAILED', "lastError" = ${error}, "claimedAt" = NULL,
        "nextAttemptAt" = NULL, "updatedAt" = now()
      WHERE "id" = ${row.id}::uuid AND "status" = 'SENDING' AND "attempts" = ${row.attempts}`;
    if (n > 0 && row.caseId) await recordFailedEvent(tx, row.caseId, row, error);
  });
  log.error({ error, permanent }, "message failed for good");
  return "failed";
}

async function recordFailedEvent(
  tx: Tx,
  caseId: string,
  row: { id: string; channel: string; template: string; attempts: number },
  error: string,
) {
  await tx.caseEvent.create({
    data: {
      caseId,
      type: "message.failed",
      data: {
        messageId: row.id,
        channel: row.channel,
        template: row.template,
        attempts: row.attempts,
        error,
      },
    },
  });
}

/** SENDING rows whose lease expired on the last attempt: nobody may try again, so they fail visibly. */
async function failExhaustedLeases(client: Db): Promise<number> {
  return client.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      { id: string; caseId: string | null; channel: string; template: string; attempts: number }[]
    >`
      UPDATE "Message" SET "status" = 'FAILED', "claimedAt" = NULL, "updatedAt" = now(),
        "lastError" = COALESCE("lastError" || ' · ', '') || 'Verzenden onderbroken bij de laatste poging'
      WHERE "status" = 'SENDING' AND "attempts" >= ${MAX_ATTEMPTS}
        AND "claimedAt" < now() - make_interval(secs => ${LEASE_SECONDS})
      RETURNING "id", "caseId", "channel"::text AS "channel", "template", "attempts"`;
    for (const r of rows) if (r.caseId) await recordFailedEvent(tx, r.caseId, r, "lease expired");
    return rows.length;
  });
}

/** Puts a FAILED message back in the queue for a fresh series of attempts (outbox page, by a person). */
export async function requeueMessage(id: string): Promise<void> {
  const n = await defaultDb.$executeRaw`
    UPDATE "Message" SET "status" = 'QUEUED', "attempts" = 0, "nextAttemptAt" = NULL, "updatedAt" = now()
    WHERE "id" = ${id}::uuid AND "status" = 'FAILED'`;
  if (n === 0) throw new AppError("CONFLICT", "Alleen mislukte berichten kunnen opnieuw worden verstuurd");
}
