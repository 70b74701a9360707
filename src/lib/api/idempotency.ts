import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// How long a stored answer is replayed; after that the key may be used for a new request.
const RETENTION_HOURS = 24;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export type IdempotencyOutcome =
  | { kind: "new"; recordId: string }
  | { kind: "replay"; status: number; body: unknown };

export function hashRequestBody(body: string | Uint8Array): string {
  return createHash("sha256").update(body).digest("hex");
}

export function parseIdempotencyKey(header: string | null): string | null {
  if (header === null) return null;
  const key = header.trim();
  if (!KEY_PATTERN.test(key)) {
    throw new AppError("INVALID", "Idempotency-Key moet 1–255 zichtbare ASCII-tekens zijn", {
      reason: "IDEMPOTENCY_KEY_INVALID",
    });
  }
  return key;
}

/**
 * Claims `key` for this caller (scope) and body. The row is inserted before the work runs, so two
 * concurrent requests with one key cannot both run: the second sees the unfinished row → 409.
 * Same key, other body → 422 (as draft-ietf-httpapi-idempotency-key-header advises).
 */
export async function beginIdempotentRequest(
  scope: string,
  key: string,
  requestHash: string,
): Promise<IdempotencyOutcome> {
  await db.idempotencyRecord.deleteMany({
    where: { scope, key, createdAt: { lt: new Date(Date.now() - RETENTION_HOURS * 3_600_000) } },
  });
  try {
    const row = await db.idempotencyRecord.create({
      data: { scope, key, requestHash },
      select: { id: true },
    });
    return { kind: "new", recordId: row.id };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
  }
  const existing = await db.idempotencyRecord.findUnique({ where: { scope_key: { scope, key } } });
  if (!existing) throw new AppError("CONFLICT", "Idempotency-Key wordt nu gebruikt; probeer het opnieuw");
  if (existing.requestHash !== requestHash) {
    throw new AppError("INVALID", "Deze Idempotency-Key is al gebruikt voor een ander verzoek", {
      reason: "IDEMPOTENCY_KEY_REUSED",
    });
  }
  if (existing.responseStatus === null) {
    throw new AppError("CONFLICT", "Een verzoek met deze Idempotency-Key loopt nog; probeer het zo opnieuw", {
      reason: "IDEMPOTENCY_KEY_IN_USE",
    });
  }
  return { kind: "replay", status: existing.responseStatus, body: existing.responseBody };
}

export async function completeIdempotentRequest(recordId: string, status: number, body: unknown) {
  await db.idempotencyRecord.update({
    where: { id: recordId },
    data: { responseStatus: status, responseBody: body as Prisma.InputJsonValue },
  });
}

/** The work failed: free the key so the client may retry with it. */
export async function abandonIdempotentRequest(recordId: string) {
  await db.idempotencyRecord.deleteMany({ where: { id: recordId } });
}

/**
 * Runs `run` at most once per (scope, Idempotency-Key): a retry with the same body gets the stored
 * status and body back with `Idempotent-Replayed: true`. Without a key it simply runs. Only successful
 * answers are stored; a failure frees the key for a retry.
 */
export async function withIdempotency(
  opts: { scope: string; key: string | null; requestHash: string },
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<Response> {
  if (!opts.key) {
    const result = await run();
    return Response.json(result.body, { status: result.status });
  }
  const begun = await beginIdempotentRequest(opts.scope, opts.key, opts.requestHash);
  if (begun.kind === "replay") {
    return Response.json(begun.body, { status: begun.status, headers: { "Idempotent-Replayed": "true" } });
  }
  let result: { status: number; body: unknown };
  try {
    result = await run();
  } catch (error) {
    await abandonIdempotentRequest(begun.recordId);
    throw error;
  }
  await completeIdempotentRequest(begun.recordId, result.status, result.body);
  return Response.json(result.body, { status: result.status, headers: { "Idempotent-Replayed": "false" } });
}
