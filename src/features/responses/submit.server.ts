import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { TaskType } from "@/generated/prisma/enums";
import { addBusinessDays, addDays, todayIso } from "@/lib/dates";
import { db, type Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { maskIban } from "@/lib/iban";
import { hashIban } from "@/lib/iban-hash";
import { formatMoney } from "@/lib/money";
import { serverFieldChecks } from "./field-checks.server";
import { resolveResponseLink } from "./links.server";
import { onOrAfterBusinessDay, type StoredAnswers, splitInstalments } from "./outcome";
import {
  buildResponseSchema,
  type ErrorKey,
  FORM_VERSION,
  issuesByField,
  type ResponseFormContext,
  type ResponseInput,
} from "./schemas";

export type SubmitResult =
  | { ok: true; responseId: string }
  | { ok: false; code: "INVALID"; fields: Record<string, ErrorKey> }
  | { ok: false; code: "ALREADY_SUBMITTED" | "UNAVAILABLE" };

class AlreadySubmitted extends Error {}

export async function formContextFor(now = new Date()): Promise<ResponseFormContext> {
  const s = await db.organisationSettings.findUnique({
    where: { id: 1 },
    select: { recollectMinDays: true, recollectMaxDays: true },
  });
  return {
    today: todayIso(now),
    recollectMinDays: s?.recollectMinDays ?? 5,
    recollectMaxDays: s?.recollectMaxDays ?? 30,
  };
}

/** What we keep of the answers: normalised, the new IBAN only masked and hashed. */
export function toStoredAnswers(input: ResponseInput, ctx: ResponseFormContext, now: Date): StoredAnswers {
  switch (input.reason) {
    case "not_recognised":
      return {
        reason: input.reason,
        ...(input.notRecognisedComment ? { comment: input.notRecognisedComment } : {}),
        callbackRequested: input.callbackRequested,
        ...(input.callbackPhone ? { phone: input.callbackPhone } : {}),
      };
    case "insufficient_funds":
      if (input.resolution === "recollect")
        return { reason: input.reason, resolution: "recollect", preferredDate: input.recollectDate };
      if (input.resolution === "arrangement")
        return {
          reason: input.reason,
          resolution: "arrangement",
          instalments: input.instalments,
          firstDueOn: onOrAfterBusinessDay(addDays(ctx.today, ctx.recollectMinDays)),
        };
      return { reason: input.reason, resolution: "pay" };
    case "new_account":
      return {
        reason: input.reason,
        newIbanMasked: maskIban(input.newIban),
        newIbanHash: hashIban(input.newIban),
        accountHolder: input.accountHolder,
        mandateConsent: true,
        mandateConsentAt: now.toISOString(),
      };
    case "disagree_amount":
      return { reason: input.reason, comment: input.disagreeComment };
    case "call_me":
      return { reason: input.reason, phone: input.phone, preferredTime: input.timeWindow };
    case "other":
      return { reason: input.reason, comment: input.otherText };
  }
}

type CaseFacts = {
  id: string;
  number: number;
  openAmountCents: number;
  currency: string;
  reversal: { collectionId: string; collection: { debtorId: string; invoiceReference: string | null } };
};

/** The consequence of an answer: a re-collection, an arrangement, a task, or the new account noted. */
async function applyConsequence(tx: Tx, c: CaseFacts, answers: StoredAnswers, now: Date) {
  const today = todayIso(now);
  const ref = c.reversal.collection.invoiceReference ?? `#${c.number}`;
  const task = (type: TaskType, title: string, notes: string | undefined, dueInBusinessDays: number) =>
    tx.task.create({
      data: {
        caseId: c.id,
        type,
        title,
        notes: notes ?? null,
        priority: type === "CALLBACK" ? "HIGH" : "NORMAL",
        dueAt: new Date(`${addBusinessDays(today, dueInBusinessDays)}T09:00:00+01:00`),
      },
    });

  switch (answers.reason) {
    case "insufficient_funds": {
      if (answers.resolution === "recollect" && answers.preferredDate) {
        await tx.recollection.create({
          data: {
            caseId: c.id,
            collectionId: c.reversal.collectionId,
            amountCents: c.openAmountCents,
            currency: c.currency,
            requestedFor: new Date(`${answers.preferredDate}T00:00:00Z`),
            // ≤ 35 characters, unique: SEPA end-to-end id of the new debit.
            endToEndId: `SD-RC-${c.number}-${randomBytes(6).toString("hex")}`,
          },
        });
      } else if (answers.resolution === "arrangement" && answers.instalments && answers.firstDueOn) {
        const schedule = splitInstalments(c.openAmountCents, answers.instalments, answers.firstDueOn);
        await tx.paymentArrangement.create({
          data: {
            caseId: c.id,
            totalCents: c.openAmountCents,
            currency: c.currency,
            instalments: answers.instalments,
            firstDueOn: new Date(`${answers.firstDueOn}T00:00:00Z`),
            schedule: schedule as unknown as Prisma.InputJsonValue,
          },
        });
      } else {
        await task(
          "FOLLOW_UP",
          `Overboeking controleren (factuur ${ref})`,
          `De klant maakt ${formatMoney(c.openAmountCents, c.currency)} zelf over.`,
          5,
        );
      }
      return;
    }
    case "new_account":
      // The debtor's account on file becomes the new one (masked + hash); consent is in the answers.
      await tx.debtor.update({
        where: { id: c.reversal.collection.debtorId },
        data: { ibanMasked: answers.newIbanMasked ?? null, ibanHash: answers.newIbanHash ?? null },
      });
      return;
    case "call_me":
      await task(
        "CALLBACK",
        `Terugbelverzoek over factuur ${ref}`,
        `Bellen op ${answers.phone} (${answers.preferredTime}).`,
        1,
      );
      return;
    case "not_recognised":
      if (answers.callbackRequested)
        await task(
          "CALLBACK",
          `Terugbelverzoek: afschrijving niet herkend (factuur ${ref})`,
          [`Bellen op ${answers.phone}.`, answers.comment].filter(Boolean).join("\n"),
          1,
        );
      else await task("REVIEW", `Afschrijving niet herkend (factuur ${ref})`, answers.comment, 2);
      return;
    case "disagree_amount":
      await task("REVIEW", `Klant is het niet eens met het bedrag (factuur ${ref})`, answers.comment, 2);
      return;
    default:
      await task("REVIEW", `Reactie van klant beoordelen (factuur ${ref})`, answers.comment, 2);
  }
}

/**
 * The consumer's answer. The token is the authority (no session): it must resolve to a live link
 * that has not been answered. Validated with the same schema as the browser, then everything —
 * the Response, the link marked submitted, the case RESPONDED, the event and the consequence —
 * in one transaction. A second submission, even a simultaneous one, is refused and changes nothing.
 */
export async function submitResponse(args: {
  token: string;
  raw: Record<string, unknown>;
  locale: Locale;
  now?: Date;
}): Promise<SubmitResult> {
  const now = args.now ?? new Date();
  const link = await resolveResponseLink(args.token, now);
  if (!link) return { ok: false, code: "UNAVAILABLE" };
  if (link.submittedAt) return { ok: false, code: "ALREADY_SUBMITTED" };

  const ctx = await formContextFor(now);
  const parsed = buildResponseSchema(ctx, serverFieldChecks).safeParse(args.raw);
  if (!parsed.success) return { ok: false, code: "INVALID", fields: issuesByField(parsed.error) };
  const answers = toStoredAnswers(parsed.data, ctx, now);

  try {
    const responseId = await db.$transaction(async (tx) => {
      const claimed = await tx.responseLink.updateMany({
        where: { id: link.id, submittedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { submittedAt: now },
      });
      if (claimed.count !== 1) throw new AlreadySubmitted();
      const c = await tx.case.findUniqueOrThrow({
        where: { id: link.caseId },
        select: {
          id: true,
          number: true,
          status: true,
          openAmountCents: true,
          currency: true,
          respondedAt: true,
          reversal: {
            select: {
              collectionId: true,
              collection: { select: { debtorId: true, invoiceReference: true } },
            },
          },
        },
      });
      const response = await tx.response.create({
        data: {
          caseId: c.id,
          linkId: link.id,
          reason: answers.reason,
          answers: answers as unknown as Prisma.InputJsonValue,
          formVersion: FORM_VERSION,
          channel: "WEB",
          locale: args.locale,
          createdAt: now,
        },
        select: { id: true },
      });
      const open = c.status !== "RESOLVED" && c.status !== "CLOSED";
      await tx.case.update({
        where: { id: c.id },
        data: { ...(open ? { status: "RESPONDED" as const } : {}), respondedAt: c.respondedAt ?? now },
      });
      await tx.caseEvent.create({
        data: {
          caseId: c.id,
          type: "response.received",
          data: { responseId: response.id, reason: answers.reason, channel: "WEB", linkId: link.id },
          actorType: "CONSUMER",
          createdAt: now,
        },
      });
      await applyConsequence(tx, c, answers, now);
      return response.id;
    });
    return { ok: true, responseId };
  } catch (error) {
    if (error instanceof AlreadySubmitted) {
      // Someone else claimed it in the meantime: revoked/expired reads as unavailable, else answered.
      const again = await resolveResponseLink(args.token, now);
      return { ok: false, code: again ? "ALREADY_SUBMITTED" : "UNAVAILABLE" };
    }
    throw error;
  }
}
