import { createTranslator } from "next-intl";
import { addBusinessDays, addMonths, formatDate, isBusinessDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/money";
import { messages } from "./messages";

/**
 * What a submitted response leads to, in plain words for the consumer. Pure (no database), so the
 * workflow feature can later replace it with one that knows the rules that actually ran.
 */

/** The answers as stored in `Response.answers` (normalised; never the full IBAN). */
export interface StoredAnswers {
  reason: string;
  comment?: string;
  callbackRequested?: boolean;
  phone?: string;
  preferredTime?: string;
  resolution?: string;
  preferredDate?: string;
  instalments?: number;
  firstDueOn?: string;
  newIbanMasked?: string;
  newIbanHash?: string;
  accountHolder?: string;
  mandateConsent?: boolean;
  mandateConsentAt?: string;
}

export interface OutcomeFacts {
  reason: string;
  answers: StoredAnswers;
  amountCents: number;
  currency: string;
  creditorName: string;
  creditorIban: string | null;
  reference: string;
}

export interface Instalment {
  dueOn: string;
  amountCents: number;
}

export function onOrAfterBusinessDay(iso: string): string {
  return isBusinessDay(iso) ? iso : addBusinessDays(iso, 1);
}

/**
 * n monthly instalments that add up to the total exactly: equal parts, the first one carries the
 * remaining cents (1001 in 3 → 335, 333, 333).
 */
export function splitInstalments(totalCents: number, n: number, firstDueOn: string): Instalment[] {
  if (!Number.isInteger(totalCents) || totalCents <= 0) throw new RangeError("Total must be positive cents");
  if (!Number.isInteger(n) || n < 1) throw new RangeError("Instalments must be a positive integer");
  const each = Math.floor(totalCents / n);
  return Array.from({ length: n }, (_, k) => ({
    dueOn: onOrAfterBusinessDay(addMonths(firstDueOn, k)),
    amountCents: k === 0 ? totalCents - each * (n - 1) : each,
  }));
}

function formatIbanGroups(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, "$1 ");
}

function makeTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: "responses" });
}

// One translator per language for the life of the process: the messages are constants, and a kept
// translator keeps its parsed ICU messages and Intl formatters instead of redoing them per page view.
const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();

export function consumerTranslator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

export function describeOutcome(facts: OutcomeFacts, locale: Locale): string {
  const t = consumerTranslator(locale);
  const a = facts.answers;
  const amount = formatMoney(facts.amountCents, facts.currency, locale);
  const windowLabel = (w: string | undefined) =>
    w === "evening"
      ? t("outcome.windowEvening")
      : w === "afternoon"
        ? t("outcome.windowAfternoon")
        : t("outcome.windowMorning");

  switch (facts.reason) {
    case "insufficient_funds":
      if (a.resolution === "recollect" && a.preferredDate)
        return t("outcome.recollect", { amount, date: formatDate(a.preferredDate, locale) });
      if (a.resolution === "arrangement" && a.instalments && a.firstDueOn) {
        const first = splitInstalments(facts.amountCents, a.instalments, a.firstDueOn)[0];
        return t("outcome.arrangement", {
          amount,
          count: a.instalments,
          first: formatMoney(first?.amountCents ?? 0, facts.currency, locale),
          date: formatDate(a.firstDueOn, locale),
        });
      }
      return facts.creditorIban
        ? t("outcome.pay", {
            amount,
            iban: formatIbanGroups(facts.creditorIban),
            creditor: facts.creditorName,
            reference: facts.reference,
          })
        : t("outcome.payNoIban", { amount, reference: facts.reference });
    case "new_account":
      return t("outcome.newAccount", { iban: a.newIbanMasked ?? "", amount });
    case "call_me":
      return t("outcome.callMe", { phone: a.phone ?? "", window: windowLabel(a.preferredTime) });
    case "not_recognised":
      if (a.callbackRequested && a.phone) return t("outcome.callback", { phone: a.phone });
      return t("outcome.review");
    default:
      return t("outcome.review");
  }
}
