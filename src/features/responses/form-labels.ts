import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/money";
import { consumerTranslator } from "./outcome";
import {
  type ErrorKey,
  MAX_INSTALMENTS,
  MIN_INSTALMENTS,
  RESPONSE_REASONS,
  type ResponseFormContext,
  recollectWindow,
  TIME_WINDOWS,
} from "./schemas";

/** Every string the form island needs, formatted on the server (no ICU or catalogue in the browser). */
export function buildFormLabels(args: {
  locale: Locale;
  context: ResponseFormContext;
  creditorName: string;
  creditorIban: string | null;
  amountCents: number;
  currency: string;
  description: string | null;
  reference: string;
}) {
  const { locale } = args;
  const t = consumerTranslator(locale);
  const { min, max } = recollectWindow(args.context);
  const range = { min: formatDate(min, locale), max: formatDate(max, locale) };
  const errorKeys: ErrorKey[] = [
    "required",
    "tooLong",
    "invalidIban",
    "invalidPhone",
    "invalidDate",
    "notBusinessDay",
    "dateOutOfRange",
    "instalmentsRange",
    "consentRequired",
    "chooseOption",
  ];
  const instalmentOptions = [];
  for (let n = MIN_INSTALMENTS; n <= MAX_INSTALMENTS; n++)
    instalmentOptions.push({
      value: String(n),
      label: t("form.insufficientFunds.instalmentOption", {
        count: n,
        amount: formatMoney(Math.floor(args.amountCents / n), args.currency, locale),
      }),
    });

  return {
    question: t("form.question"),
    reasons: RESPONSE_REASONS.map((r) => ({ value: r, label: t(`form.reasons.${r}`) })),
    notRecognised: {
      explanation: t("form.notRecognised.explanation", {
        description: args.description ?? args.reference,
        creditor: args.creditorName,
        reference: args.reference,
      }),
      comment: t("form.notRecognised.comment"),
      callback: t("form.notRecognised.callback"),
      callbackPhone: t("form.notRecognised.callbackPhone"),
    },
    insufficientFunds: {
      question: t("form.insufficientFunds.question"),
      recollect: t("form.insufficientFunds.recollect"),
      arrangement: t("form.insufficientFunds.arrangement"),
      pay: t("form.insufficientFunds.pay"),
      date: t("form.insufficientFunds.date"),
      dateHint: t("form.insufficientFunds.dateHint", range),
      instalments: t("form.insufficientFunds.instalments"),
      instalmentOptions,
      payIntro: t("form.insufficientFunds.payIntro"),
      payIban: t("form.insufficientFunds.payIban"),
      payName: t("form.insufficientFunds.payName"),
      payReference: t("form.insufficientFunds.payReference"),
      payNoIban: t("form.insufficientFunds.payNoIban"),
      iban: args.creditorIban?.replace(/(.{4})(?=.)/g, "$1 ") ?? null,
      creditor: args.creditorName,
      reference: args.reference,
      minDate: min,
      maxDate: max,
    },
    newAccount: {
      iban: t("form.newAccount.iban"),
      ibanHint: t("form.newAccount.ibanHint"),
      holder: t("form.newAccount.holder"),
      consent: t("form.newAccount.consent", { creditor: args.creditorName }),
    },
    disagreeComment: t("form.disagree.comment"),
    callMe: {
      phone: t("form.callMe.phone"),
      window: t("form.callMe.window"),
      windows: TIME_WINDOWS.map((w) => ({ value: w, label: t(`form.callMe.windows.${w}`) })),
    },
    otherText: t("form.other.text"),
    submit: t("form.submit"),
    submitting: t("form.submitting"),
    errorSummary: t("form.errorSummary"),
    rateLimited: t("errors.rateLimited"),
    internal: t("errors.internal"),
    errors: Object.fromEntries(
      errorKeys.map((k) => [
        k,
        k === "dateOutOfRange" ? t("errors.dateOutOfRange", range) : t(`errors.${k}`),
      ]),
    ) as Record<ErrorKey, string>,
  };
}

export type FormLabels = ReturnType<typeof buildFormLabels>;
