import "server-only";
import { describeReason } from "@/features/reasons";
import { consumeRateLimit } from "@/lib/api/rate-limit";
import { toIsoDate } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { type Locale, toLocale } from "@/lib/i18n/config";
import { brandColours } from "./brand";
import { CONSUMER_RATE_LIMIT_PER_MINUTE, clientKey } from "./client-key";
import { recordLinkOpened, resolveResponseLink } from "./links.server";
import { describeOutcome, type StoredAnswers } from "./outcome";
import type { ResponseFormContext } from "./schemas";

export interface Creditor {
  name: string;
  logoUrl: string | null;
  brand: string;
  brandForeground: string;
  supportPhone: string | null;
  supportEmail: string | null;
  iban: string | null;
}

export interface ConsumerCase {
  amountCents: number;
  currency: string;
  description: string | null;
  collectionDate: string;
  reference: string;
  /** The bank's reason in plain words (reason catalogue), or null for an unknown code. */
  bankSaid: string | null;
}

export type ConsumerPage =
  | { kind: "unavailable"; creditor: Creditor; locale: Locale }
  | {
      kind: "form";
      creditor: Creditor;
      locale: Locale;
      case: ConsumerCase;
      context: ResponseFormContext;
    }
  | {
      kind: "done";
      creditor: Creditor;
      locale: Locale;
      case: ConsumerCase;
      response: { reason: string; answers: StoredAnswers; createdAt: Date };
      outcome: string;
    };

async function loadSettings() {
  const s = await db.organisationSettings.findUnique({ where: { id: 1 } });
  const { brand, foreground } = brandColours(s?.brandColor);
  const creditor: Creditor = {
    name: s?.creditorName ?? "Stornodesk",
    logoUrl: s?.logoUrl ?? null,
    brand,
    brandForeground: foreground,
    supportPhone: s?.supportPhone ?? null,
    supportEmail: s?.supportEmail ?? s?.replyToEmail ?? null,
    iban: s?.iban ?? null,
  };
  return {
    creditor,
    recollectMinDays: s?.recollectMinDays ?? 5,
    recollectMaxDays: s?.recollectMaxDays ?? 30,
  };
}

/** `?lang=` wins over the debtor's own language; anything unknown means Dutch. */
function pickLocale(requested: string | undefined, debtorLocale: string | undefined): Locale {
  if (requested === "nl" || requested === "en") return requested;
  return toLocale(debtorLocale);
}

/** Counts the request against the client's per-minute budget for /r/*. */
export async function allowConsumerRequest(headers: Headers): Promise<boolean> {
  const rate = await consumeRateLimit(clientKey(headers), CONSUMER_RATE_LIMIT_PER_MINUTE, 60);
  return rate.allowed;
}

export async function loadCreditor(): Promise<Creditor> {
  return (await loadSettings()).creditor;
}

/**
 * Everything the consumer page shows for a token, recording the opening. Unknown, expired and revoked
 * tokens all give the same "unavailable" page.
 */
export async function loadConsumerPage(
  token: string,
  opts: { lang?: string; now?: Date; recordOpen?: boolean } = {},
): Promise<ConsumerPage> {
  const now = opts.now ?? new Date();
  const [settings, link] = await Promise.all([loadSettings(), resolveResponseLink(token, now)]);
  const { creditor } = settings;
  if (!link) return { kind: "unavailable", creditor, locale: pickLocale(opts.lang, undefined) };

  const [c] = await Promise.all([
    db.case.findUniqueOrThrow({
      where: { id: link.caseId },
      select: {
        number: true,
        openAmountCents: true,
        currency: true,
        reversal: {
          select: {
            reasonCode: true,
            kind: true,
            collection: {
              select: {
                collectionDate: true,
                description: true,
                invoiceReference: true,
                debtor: { select: { locale: true } },
              },
            },
          },
        },
        responses: {
          where: { linkId: link.id },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { reason: true, answers: true, createdAt: true },
        },
      },
    }),
    opts.recordOpen === false ? null : recordLinkOpened(link.id, now),
  ]);
  const col = c.reversal.collection;
  const locale = pickLocale(opts.lang, col.debtor.locale);
  const reason = describeReason(c.reversal.reasonCode, c.reversal.kind);
  const view: ConsumerCase = {
    amountCents: c.openAmountCents,
    currency: c.currency,
    description: col.description,
    collectionDate: toIsoDate(col.collectionDate, "UTC"),
    reference: col.invoiceReference ?? String(c.number),
    bankSaid: reason.known ? reason.consumer[locale] : null,
  };

  const response = c.responses[0];
  if (link.submittedAt && response) {
    const answers = response.answers as unknown as StoredAnswers;
    return {
      kind: "done",
      creditor,
      locale,
      case: view,
      response: { reason: response.reason, answers, createdAt: response.createdAt },
      outcome: describeOutcome(
        {
          reason: response.reason,
          answers,
          amountCents: view.amountCents,
          currency: view.currency,
          creditorName: creditor.name,
          creditorIban: creditor.iban,
          reference: view.reference,
        },
        locale,
      ),
    };
  }
  return {
    kind: "form",
    creditor,
    locale,
    case: view,
    context: {
      today: toIsoDate(now),
      recollectMinDays: settings.recollectMinDays,
      recollectMaxDays: settings.recollectMaxDays,
    },
  };
}
