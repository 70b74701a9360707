import "server-only";
import { describeReason } from "@/features/reasons";
import type { ReversalKind } from "@/generated/prisma/enums";
import { consumeRateLimit } from "@/lib/api/rate-limit";
import { toIsoDate } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { type Locale, toLocale } from "@/lib/i18n/config";
import { brandColours } from "./brand";
import { CONSUMER_RATE_LIMIT_PER_MINUTE, clientKey } from "./client-key";
import { openResponseLink } from "./links.server";
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

type Settings = { creditor: Creditor; recollectMinDays: number; recollectMaxDays: number };

async function readSettings(): Promise<Settings> {
  const s = await db.organisationSettings.findUnique({
    where: { id: 1 },
    select: {
      creditorName: true,
      logoUrl: true,
      brandColor: true,
      supportPhone: true,
      supportEmail: true,
      replyToEmail: true,
      iban: true,
      recollectMinDays: true,
      recollectMaxDays: true,
    },
  });
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

/**
 * The organisation's settings as the consumer page needs them, kept in this process for a few seconds.
 * Safe because they change rarely (an admin edits name, colours, contact details or the re-collection
 * window now and then) and a consumer seeing the old value for at most SETTINGS_TTL_MS is harmless; the
 * submission re-reads the re-collection window itself, so the server's check never uses a stale one.
 * The cache is per instance: each app instance refreshes on its own. Concurrent misses share one query.
 */
const SETTINGS_TTL_MS = 5_000;
let settingsCache: { at: number; value: Promise<Settings> } | undefined;

function loadSettings(nowMs = Date.now()): Promise<Settings> {
  if (settingsCache && nowMs - settingsCache.at < SETTINGS_TTL_MS) return settingsCache.value;
  const value = readSettings();
  const entry = { at: nowMs, value };
  settingsCache = entry;
  // A failed read is not cached: the next request tries again.
  value.catch(() => {
    if (settingsCache === entry) settingsCache = undefined;
  });
  return value;
}

/** Forget the cached settings (tests; a settings change in this process could call it too). */
export function clearConsumerSettingsCache(): void {
  settingsCache = undefined;
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
  opts: { lang?: string; now?: Date } = {},
): Promise<ConsumerPage> {
  const now = opts.now ?? new Date();
  // Settings (usually cached) and the link — opening recorded, page data read — in parallel.
  const [settings, link] = await Promise.all([loadSettings(), openResponseLink(token, now)]);
  const { creditor } = settings;
  if (!link) return { kind: "unavailable", creditor, locale: pickLocale(opts.lang, undefined) };

  const locale = pickLocale(opts.lang, link.debtorLocale);
  const reason = describeReason(link.reasonCode, link.reversalKind as ReversalKind);
  const view: ConsumerCase = {
    amountCents: link.openAmountCents,
    currency: link.currency,
    description: link.description,
    collectionDate: link.collectionDate,
    reference: link.invoiceReference ?? String(link.number),
    bankSaid: reason.known ? reason.consumer[locale] : null,
  };

  const response = link.response;
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
