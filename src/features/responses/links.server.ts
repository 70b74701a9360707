import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { CurrentUser } from "@/features/auth/session.server";
import { db, type Tx } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** 24 random bytes = 192 bits, base64url (32 characters, no padding). */
export const TOKEN_BYTES = 24;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;
const DAY_MS = 86_400_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface CreatedLink {
  url: string;
  token: string;
  expiresAt: Date;
  linkId: string;
}

/**
 * A new `/r/<token>` link for a case. Only the token's SHA-256 is stored: the URL is shown once (to
 * staff, an ERP or the message that carries it) and cannot be rebuilt from the database.
 * A case that was NEW becomes INVITED.
 */
export async function createResponseLink(
  tx: Tx | undefined,
  caseId: string,
  opts: { validityDays?: number; actor?: CurrentUser | null; now?: Date } = {},
): Promise<CreatedLink> {
  if (!tx) return db.$transaction((t) => createResponseLink(t, caseId, opts));
  const found = await tx.case.findUnique({ where: { id: caseId }, select: { id: true, status: true } });
  if (!found) throw new AppError("NOT_FOUND", "Dossier niet gevonden");
  if (found.status === "RESOLVED" || found.status === "CLOSED")
    throw new AppError("CONFLICT", "Dit dossier is afgesloten");

  let days = opts.validityDays;
  if (days === undefined) {
    const settings = await tx.organisationSettings.findUnique({
      where: { id: 1 },
      select: { linkValidityDays: true },
    });
    days = settings?.linkValidityDays ?? 30;
  }
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new AppError("INVALID", "Geldigheid moet tussen 1 en 365 dagen liggen");

  const now = opts.now ?? new Date();
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  const link = await tx.responseLink.create({
    data: { caseId, tokenHash: hashToken(token), expiresAt, createdAt: now },
    select: { id: true },
  });
  await tx.caseEvent.create({
    data: {
      caseId,
      type: "link.created",
      data: { linkId: link.id, expiresAt: expiresAt.toISOString(), validityDays: days },
      actorId: opts.actor?.id ?? null,
      actorType: opts.actor ? "USER" : "SYSTEM",
      createdAt: now,
    },
  });
  if (found.status === "NEW") await tx.case.update({ where: { id: caseId }, data: { status: "INVITED" } });
  return { url: `${appUrl()}/r/${token}`, token, expiresAt, linkId: link.id };
}

export async function revokeResponseLink(linkId: string, actor: CurrentUser | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await tx.responseLink.findUnique({
      where: { id: linkId },
      select: { caseId: true, revokedAt: true },
    });
    if (!link) throw new AppError("NOT_FOUND", "Link niet gevonden");
    if (link.revokedAt) return; // revoking twice is a no-op, not an error
    await tx.responseLink.update({ where: { id: linkId }, data: { revokedAt: new Date() } });
    await tx.caseEvent.create({
      data: {
        caseId: link.caseId,
        type: "link.revoked",
        data: { linkId },
        actorId: actor?.id ?? null,
        actorType: actor ? "USER" : "SYSTEM",
      },
    });
  });
}

export interface ResolvedLink {
  id: string;
  caseId: string;
  expiresAt: Date;
  submittedAt: Date | null;
}

/**
 * The live link behind a token, or null — the same null for a malformed, unknown, expired or revoked
 * token, so nobody can tell them apart. The lookup is by hash (an index probe on a digest), so the
 * time it takes says nothing about how close a guessed token came.
 */
export async function resolveResponseLink(token: string, now = new Date()): Promise<ResolvedLink | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const link = await db.responseLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, caseId: true, expiresAt: true, submittedAt: true, revokedAt: true },
  });
  if (!link || link.revokedAt || link.expiresAt <= now) return null;
  return { id: link.id, caseId: link.caseId, expiresAt: link.expiresAt, submittedAt: link.submittedAt };
}

/**
 * Counts an opening of the link (first/last time, count). The first opening moves a NEW or INVITED
 * case to OPENED and writes a `link.opened` event; later openings only touch the link row.
 */
export async function recordLinkOpened(linkId: string, now = new Date()): Promise<{ first: boolean }> {
  // One statement decides "first" so two simultaneous first openings cannot both claim it.
  const rows = await db.$queryRaw<{ caseId: string; openCount: number }[]>`
    UPDATE "ResponseLink"
       SET "openCount" = "openCount" + 1,
           "lastOpenedAt" = ${now},
           "firstOpenedAt" = COALESCE("firstOpenedAt", ${now})
     WHERE "id" = ${linkId}::uuid
     RETURNING "caseId", "openCount"`;
  const row = rows[0];
  if (!row || row.openCount !== 1) return { first: false };
  await db.$transaction([
    db.caseEvent.create({
      data: {
        caseId: row.caseId,
        type: "link.opened",
        data: { linkId },
        actorType: "CONSUMER",
        createdAt: now,
      },
    }),
    db.case.updateMany({
      where: { id: row.caseId, status: { in: ["NEW", "INVITED"] } },
      data: { status: "OPENED" },
    }),
  ]);
  return { first: true };
}

/** What the consumer page shows for a live link, read in the same statement that records the opening. */
export interface OpenedLink {
  id: string;
  caseId: string;
  submittedAt: Date | null;
  /** True for the link's first opening (the case moved to OPENED and `link.opened` was written). */
  first: boolean;
  number: number;
  openAmountCents: number;
  currency: string;
  reasonCode: string;
  reversalKind: string;
  collectionDate: string;
  description: string | null;
  invoiceReference: string | null;
  debtorLocale: string;
  response: { reason: string; answers: unknown; createdAt: Date } | null;
}

type OpenedRow = Omit<OpenedLink, "first" | "response"> & {
  openCount: number;
  responseReason: string | null;
  responseAnswers: unknown;
  responseCreatedAt: Date | null;
};

/**
 * The consumer page's one database round trip: records the opening of a live link exactly as
 * `recordLinkOpened` does (count, first/last time; on the first opening the case moves from NEW or
 * INVITED to OPENED and a `link.opened` event is written) and returns what the page shows — the case,
 * its reversal, collection and debtor's language, and the link's latest response. One statement, so
 * it is atomic, and two simultaneous first openings cannot both claim "first" (the row lock on the
 * link orders them). Null, with nothing written, for a malformed, unknown, expired or revoked token.
 */
export async function openResponseLink(token: string, now = new Date()): Promise<OpenedLink | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const rows = await db.$queryRaw<OpenedRow[]>`
    WITH link AS (
      UPDATE "ResponseLink"
         SET "openCount" = "openCount" + 1,
             "lastOpenedAt" = ${now},
             "firstOpenedAt" = COALESCE("firstOpenedAt", ${now})
       WHERE "tokenHash" = ${hashToken(token)} AND "revokedAt" IS NULL AND "expiresAt" > ${now}
       RETURNING "id", "caseId", "openCount", "submittedAt"
    ), opened AS (
      UPDATE "Case" SET "status" = 'OPENED', "updatedAt" = ${now}
       WHERE "id" IN (SELECT "caseId" FROM link WHERE "openCount" = 1) AND "status" IN ('NEW', 'INVITED')
    ), event AS (
      INSERT INTO "CaseEvent" ("id", "caseId", "type", "data", "actorType", "createdAt")
      SELECT gen_random_uuid(), "caseId", 'link.opened', jsonb_build_object('linkId', "id"), 'CONSUMER', ${now}
        FROM link WHERE "openCount" = 1
    )
    SELECT link."id", link."caseId", link."openCount", link."submittedAt",
           c."number", c."openAmountCents", c."currency",
           r."reasonCode", r."kind"::text AS "reversalKind",
           to_char(col."collectionDate", 'YYYY-MM-DD') AS "collectionDate",
           col."description", col."invoiceReference", d."locale" AS "debtorLocale",
           resp."reason" AS "responseReason", resp."answers" AS "responseAnswers",
           resp."createdAt" AS "responseCreatedAt"
      FROM link
      JOIN "Case" c ON c."id" = link."caseId"
      JOIN "Reversal" r ON r."id" = c."reversalId"
      JOIN "Collection" col ON col."id" = r."collectionId"
      JOIN "Debtor" d ON d."id" = col."debtorId"
      LEFT JOIN LATERAL (
        SELECT "reason", "answers", "createdAt" FROM "Response"
         WHERE link."submittedAt" IS NOT NULL AND "caseId" = link."caseId" AND "linkId" = link."id"
         ORDER BY "createdAt" DESC LIMIT 1
      ) resp ON true`;
  const row = rows[0];
  if (!row) return null;
  const { openCount, responseReason, responseAnswers, responseCreatedAt, ...rest } = row;
  return {
    ...rest,
    first: openCount === 1,
    response:
      responseReason && responseCreatedAt
        ? { reason: responseReason, answers: responseAnswers, createdAt: responseCreatedAt }
        : null,
  };
}

export type LinkState = "active" | "submitted" | "expired" | "revoked";

export function linkState(
  link: { revokedAt: Date | null; submittedAt: Date | null; expiresAt: Date },
  now = new Date(),
): LinkState {
  if (link.revokedAt) return "revoked";
  if (link.submittedAt) return "submitted";
  if (link.expiresAt <= now) return "expired";
  return "active";
}

/** The case's links for the staff panel, newest first. */
export async function listResponseLinks(caseId: string) {
  const now = new Date();
  const links = await db.responseLink.findMany({
    where: { caseId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      firstOpenedAt: true,
      lastOpenedAt: true,
      openCount: true,
      submittedAt: true,
      revokedAt: true,
    },
  });
  return links.map((l) => ({ ...l, state: linkState(l, now) }));
}
