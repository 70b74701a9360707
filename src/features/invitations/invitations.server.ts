import "server-only";
import { can } from "@/features/auth/roles";
import type { CurrentUser } from "@/features/auth/session.server";
import { queueInvitation } from "@/features/messaging/invitations.server";
import { dispatchSoon, normaliseRecipient } from "@/features/messaging/outbox.server";
import { createResponseLink } from "@/features/responses/links.server";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import {
  type InvitationChannel,
  MAX_BULK_CASES,
  type SendInvitationsResult,
  type SentInvitation,
  type SkippedInvitation,
} from "./schemas";

/** A second invitation on the same channel within this window is a double click, not a wish. */
export const RESEND_GUARD_SECONDS = 60;

type Outcome = ({ kind: "sent" } & SentInvitation) | ({ kind: "skipped" } & SkippedInvitation);

/**
 * Sends the debtor of each case an invitation with a fresh response link (only a link's hash is stored,
 * so every invitation needs its own). One transaction per case: a case that cannot be invited (closed,
 * no address for the channel, invalid number) is skipped with a reason and writes nothing, and never
 * holds up the others. Per sent case: a link (`link.created`, NEW → INVITED), an outbox message
 * (`message.queued`) and `invitation.sent`. Messages are dispatched after their transactions commit.
 *
 * `actor` null = the system (a workflow). A user must still be active and allowed `cases:work` — checked
 * against the database, not only the session, so a user deactivated mid-session cannot send.
 */
export async function sendInvitations(input: {
  caseIds: readonly string[];
  channel: InvitationChannel;
  actor: CurrentUser | null;
  now?: Date;
}): Promise<SendInvitationsResult> {
  await assertMayWork(input.actor);
  const caseIds = [...new Set(input.caseIds)];
  if (caseIds.length === 0) throw new AppError("INVALID", "Kies minstens één dossier");
  if (caseIds.length > MAX_BULK_CASES)
    throw new AppError("INVALID", `Kies hoogstens ${MAX_BULK_CASES} dossiers`);

  const sent: SentInvitation[] = [];
  const skipped: SkippedInvitation[] = [];
  // One after another: each holds its case's row lock only briefly, and a bulk of 100 stays well under a second or two.
  for (const caseId of caseIds) {
    const outcome = await inviteCase(caseId, input.channel, input.actor, input.now ?? new Date());
    if (outcome.kind === "sent") {
      const { kind: _k, ...rest } = outcome;
      sent.push(rest);
    } else {
      const { kind: _k, ...rest } = outcome;
      skipped.push(rest);
    }
  }
  await dispatchSoon(sent.map((s) => s.messageId));
  return { channel: input.channel, sent, skipped };
}

async function assertMayWork(actor: CurrentUser | null): Promise<void> {
  if (!actor) return;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { active: true, role: true } });
  if (!user?.active || !can(user.role, "cases:work")) throw new AppError("FORBIDDEN", "Geen toegang");
}

const SKIP_DETAIL = {
  not_found: "Dossier niet gevonden",
  closed: "Dit dossier is afgesloten",
  no_email: "De debiteur heeft geen e-mailadres",
  no_phone: "De debiteur heeft geen telefoonnummer",
  recently_sent: `Er is minder dan ${RESEND_GUARD_SECONDS} seconden geleden al een uitnodiging via dit kanaal verstuurd`,
} as const;

async function inviteCase(
  caseId: string,
  channel: InvitationChannel,
  actor: CurrentUser | null,
  now: Date,
): Promise<Outcome> {
  let caseNumber: number | null = null;
  const skip = (reason: SkippedInvitation["reason"], detail?: string): Outcome => ({
    kind: "skipped",
    caseId,
    caseNumber,
    reason,
    ...(detail ? { detail } : {}),
  });
  try {
    return await db.$transaction(async (tx) => {
      // The row lock serialises two sends for the same case (double submit, two colleagues), so the
      // recently-sent check below sees the other's message.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Case" WHERE "id" = ${caseId}::uuid FOR UPDATE`;
      if (locked.length === 0) return skip("not_found", SKIP_DETAIL.not_found);
      const found = await tx.case.findUniqueOrThrow({
        where: { id: caseId },
        select: {
          number: true,
          status: true,
          reversal: {
            select: { collection: { select: { debtor: { select: { email: true, phone: true } } } } },
          },
        },
      });
      caseNumber = found.number;
      if (found.status === "RESOLVED" || found.status === "CLOSED") return skip("closed", SKIP_DETAIL.closed);

      const { debtor } = found.reversal.collection;
      const address = (channel === "EMAIL" ? debtor.email : debtor.phone)?.trim();
      if (!address)
        return channel === "EMAIL"
          ? skip("no_email", SKIP_DETAIL.no_email)
          : skip("no_phone", SKIP_DETAIL.no_phone);
      try {
        normaliseRecipient(channel, address);
      } catch (err) {
        return skip("invalid_address", err instanceof Error ? err.message : undefined);
      }

      const recent = await tx.message.findFirst({
        where: {
          caseId,
          channel,
          template: "invitation",
          createdAt: { gt: new Date(now.getTime() - RESEND_GUARD_SECONDS * 1000) },
        },
        select: { id: true },
      });
      if (recent) return skip("recently_sent", SKIP_DETAIL.recently_sent);

      // createResponseLink writes link.created and moves NEW → INVITED; queueInvitation writes message.queued.
      const link = await createResponseLink(tx, caseId, { actor });
      const message = await queueInvitation(tx, {
        caseId,
        channel,
        link: link.url,
        linkId: link.linkId,
        expiresAt: link.expiresAt,
        requestedBy: actor?.id ?? null,
      });
      await tx.caseEvent.create({
        data: {
          caseId,
          type: "invitation.sent",
          data: { channel, messageId: message.id, linkId: link.linkId },
          actorId: actor?.id ?? null,
          actorType: actor ? "USER" : "SYSTEM",
        },
      });
      return { kind: "sent", caseId, caseNumber: found.number, messageId: message.id };
    });
  } catch (err) {
    // Everything this case wrote is rolled back; the next case goes on.
    if (err instanceof AppError) {
      if (err.code === "CONFLICT") return skip("closed", err.message);
      if (err.code === "NOT_FOUND") return skip("not_found", err.message);
      return skip("failed", err.message);
    }
    logger.error({ err, caseId, channel }, "invitation failed");
    return skip("failed");
  }
}
