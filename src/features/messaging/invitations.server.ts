import "server-only";
import { addDays, formatDate, todayIso } from "@/lib/dates";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { type EnqueuedMessage, enqueueMessage } from "./outbox.server";
import type { TemplateVariables } from "./render";
import { type MessageChannel, toMessageLocale } from "./types";

export interface QueueCaseMessageInput {
  caseId: string;
  channel: MessageChannel;
  /** A template key, e.g. "invitation", "reminder", "response_confirmation", "recollection_notice". */
  template: string;
  /** The consumer's personal link (/r/<token>), for templates that use {link}. */
  link?: string;
  /** nl/en; default the debtor's language. */
  locale?: string;
  /** {dueDate}: the respond-by date (default: today + the link validity) or the re-collection date. */
  dueDate?: Date | string;
  /** Extra or overriding variables. */
  variables?: TemplateVariables;
  idempotencyKey: string;
  /** The user who asked for it (case timeline); absent = the system (a workflow). */
  requestedBy?: string | null;
}

const NO_ADDRESS = {
  EMAIL: "De debiteur heeft geen e-mailadres",
  SMS: "De debiteur heeft geen telefoonnummer voor sms",
  VOICE: "De debiteur heeft geen telefoonnummer om te bellen",
} as const;

/**
 * Queues a message about a case to its debtor: picks the address for the channel, fills the variables
 * (name, amount, dates, link, creditor) and enqueues in the caller's transaction. Call dispatchSoon([id])
 * after commit. Throws AppError INVALID when the debtor cannot be reached on that channel.
 */
export async function queueCaseMessage(tx: Tx, input: QueueCaseMessageInput): Promise<EnqueuedMessage> {
  const found = await tx.case.findUnique({
    where: { id: input.caseId },
    include: { reversal: { include: { collection: { include: { debtor: true } } } } },
  });
  if (!found) throw new AppError("NOT_FOUND", "Dossier niet gevonden");
  const collection = found.reversal.collection;
  const debtor = collection.debtor;
  const recipient = input.channel === "EMAIL" ? debtor.email : debtor.phone;
  if (!recipient?.trim()) throw new AppError("INVALID", NO_ADDRESS[input.channel]);
  const locale = toMessageLocale(input.locale ?? debtor.locale);
  const settings = await tx.organisationSettings.findUnique({ where: { id: 1 } });
  const dueDate = input.dueDate ?? addDays(todayIso(), settings?.linkValidityDays ?? 30);

  const message = await enqueueMessage(tx, {
    caseId: found.id,
    channel: input.channel,
    recipient,
    template: input.template,
    locale,
    idempotencyKey: input.idempotencyKey,
    variables: {
      name: debtor.name,
      amount: formatMoney(found.openAmountCents, found.currency, locale),
      link: input.link,
      dueDate: formatDate(dueDate, locale),
      collectionDate: formatDate(collection.collectionDate, locale),
      invoice: collection.invoiceReference,
      caseNumber: String(found.number),
      ...input.variables,
    },
  });
  if (message.created) {
    await tx.caseEvent.create({
      data: {
        caseId: found.id,
        type: "message.queued",
        data: { messageId: message.id, channel: input.channel, template: input.template },
        actorId: input.requestedBy ?? null,
        actorType: input.requestedBy ? "USER" : "SYSTEM",
      },
    });
  }
  return message;
}

export interface QueueInvitationInput {
  caseId: string;
  channel: MessageChannel;
  /** The full consumer link, e.g. https://…/r/<token>. */
  link: string;
  locale?: string;
  requestedBy?: string | null;
  /** The ResponseLink id: one invitation per link and channel. Without it: one per case, channel and day. */
  linkId?: string;
  /** The link's expiry, shown as the respond-by date. */
  expiresAt?: Date;
}

/** The invitation ("invitation" template) with the consumer's link, by e-mail, SMS or voice call. */
export async function queueInvitation(tx: Tx, input: QueueInvitationInput): Promise<EnqueuedMessage> {
  if (!/^https?:\/\//.test(input.link)) throw new AppError("INVALID", "De link moet een volledige URL zijn");
  return queueCaseMessage(tx, {
    caseId: input.caseId,
    channel: input.channel,
    template: "invitation",
    link: input.link,
    locale: input.locale,
    dueDate: input.expiresAt,
    requestedBy: input.requestedBy,
    idempotencyKey: `invitation:${input.caseId}:${input.channel}:${input.linkId ?? todayIso()}`,
  });
}
