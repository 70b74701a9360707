import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { z } from "zod";
import { addDays, isBusinessDay, isIsoDate } from "@/lib/dates";

/**
 * The consumer's response form. One schema, built per request from the controller's limits, runs in
 * the browser (react-hook-form) and again in the server action. Client-safe on purpose: no node:crypto
 * (IBAN check via ibantools, like `isValidIban`), libphonenumber's *min* metadata only.
 * Issue messages are message keys (`responses.errors.<key>`), translated where they are shown.
 */

export const FORM_VERSION = 1;

export const RESPONSE_REASONS = [
  "not_recognised",
  "insufficient_funds",
  "new_account",
  "disagree_amount",
  "call_me",
  "other",
] as const;
export type ResponseReason = (typeof RESPONSE_REASONS)[number];

export const RESOLUTIONS = ["recollect", "arrangement", "pay"] as const;
export const TIME_WINDOWS = ["morning", "afternoon", "evening"] as const;
export const MIN_INSTALMENTS = 2;
export const MAX_INSTALMENTS = 6;
const TEXT_MAX = 1000;

export type ErrorKey =
  | "required"
  | "tooLong"
  | "invalidIban"
  | "invalidPhone"
  | "invalidDate"
  | "notBusinessDay"
  | "dateOutOfRange"
  | "instalmentsRange"
  | "consentRequired"
  | "chooseOption";

export interface ResponseFormContext {
  /** Today in Amsterdam, `yyyy-mm-dd`. */
  today: string;
  recollectMinDays: number;
  recollectMaxDays: number;
}

/** The window a re-collection date must fall in (calendar days from today; the date must be a business day). */
export function recollectWindow(ctx: ResponseFormContext): { min: string; max: string } {
  return { min: addDays(ctx.today, ctx.recollectMinDays), max: addDays(ctx.today, ctx.recollectMaxDays) };
}

/** Electronic IBAN form ("nl91 abna …" → "NL91ABNA…"); "" when it cannot be read. */
export function normaliseIbanInput(v: string): string {
  return electronicFormatIBAN(v.trim()) ?? "";
}

/** E.164 for a Dutch-default phone number, or null when it is not a valid number. */
export function normalisePhone(v: string): string | null {
  const parsed = parsePhoneNumberFromString(v.trim(), "NL");
  return parsed?.isValid() ? parsed.number : null;
}

// Plain form posts send "" for empty fields and "on" for ticked boxes; react-hook-form sends booleans.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const requiredText = z.preprocess(
  (v) => blankToUndefined(v) ?? "",
  z.string().trim().min(1, "required").max(TEXT_MAX, "tooLong"),
);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().max(TEXT_MAX, "tooLong").optional());
const phone = z.preprocess(
  (v) => blankToUndefined(v) ?? "",
  z
    .string()
    .trim()
    .min(1, "required")
    .max(40, "invalidPhone")
    .transform((v, ctx) => {
      const e164 = normalisePhone(v);
      if (!e164) {
        ctx.addIssue({ code: "custom", message: "invalidPhone" });
        return z.NEVER;
      }
      return e164;
    }),
);

export function buildResponseSchema(ctx: ResponseFormContext) {
  const { min, max } = recollectWindow(ctx);
  const recollectDate = z.preprocess(
    (v) => blankToUndefined(v) ?? "",
    z
      .string()
      .min(1, "required")
      .refine(isIsoDate, "invalidDate")
      .refine((d) => !isIsoDate(d) || isBusinessDay(d), "notBusinessDay")
      .refine((d) => !isIsoDate(d) || (d >= min && d <= max), "dateOutOfRange"),
  );

  const notRecognised = z
    .object({
      reason: z.literal("not_recognised"),
      notRecognisedComment: optionalText,
      callbackRequested: checkbox,
      callbackPhone: z.preprocess(blankToUndefined, z.string().optional()),
    })
    .transform((v, c) => {
      if (!v.callbackRequested) return { ...v, callbackPhone: undefined };
      const e164 = v.callbackPhone ? normalisePhone(v.callbackPhone) : null;
      if (!e164) {
        c.addIssue({
          code: "custom",
          path: ["callbackPhone"],
          message: v.callbackPhone ? "invalidPhone" : "required",
        });
        return z.NEVER;
      }
      return { ...v, callbackPhone: e164 };
    });

  const insufficientFunds = z.discriminatedUnion(
    "resolution",
    [
      z.object({
        reason: z.literal("insufficient_funds"),
        resolution: z.literal("recollect"),
        recollectDate,
      }),
      z.object({
        reason: z.literal("insufficient_funds"),
        resolution: z.literal("arrangement"),
        instalments: z.preprocess(
          (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
          z
            .number({ error: "instalmentsRange" })
            .int("instalmentsRange")
            .min(MIN_INSTALMENTS, "instalmentsRange")
            .max(MAX_INSTALMENTS, "instalmentsRange"),
        ),
      }),
      z.object({ reason: z.literal("insufficient_funds"), resolution: z.literal("pay") }),
    ],
    { error: "chooseOption" },
  );

  const newAccount = z.object({
    reason: z.literal("new_account"),
    newIban: z.preprocess(
      (v) => blankToUndefined(v) ?? "",
      z
        .string()
        .min(1, "required")
        .transform(normaliseIbanInput)
        .refine((v) => v !== "" && isValidIBAN(v), "invalidIban"),
    ),
    accountHolder: z.preprocess(
      (v) => blankToUndefined(v) ?? "",
      z.string().trim().min(2, "required").max(70, "tooLong"),
    ),
    mandateConsent: checkbox.refine((v) => v, "consentRequired"),
  });

  return z.discriminatedUnion(
    "reason",
    [
      notRecognised,
      insufficientFunds,
      newAccount,
      z.object({ reason: z.literal("disagree_amount"), disagreeComment: requiredText }),
      z.object({
        reason: z.literal("call_me"),
        phone,
        timeWindow: z.enum(TIME_WINDOWS, { error: "chooseOption" }),
      }),
      z.object({ reason: z.literal("other"), otherText: requiredText }),
    ],
    { error: "chooseOption" },
  );
}

export type ResponseSchema = ReturnType<typeof buildResponseSchema>;
export type ResponseInput = z.output<ResponseSchema>;

/** All form fields as the form holds them (strings/booleans), for react-hook-form's default values. */
export interface ResponseFormValues {
  reason: string;
  notRecognisedComment: string;
  callbackRequested: boolean;
  callbackPhone: string;
  resolution: string;
  recollectDate: string;
  instalments: string;
  newIban: string;
  accountHolder: string;
  mandateConsent: boolean;
  disagreeComment: string;
  phone: string;
  timeWindow: string;
  otherText: string;
}

export const EMPTY_FORM_VALUES: ResponseFormValues = {
  reason: "",
  notRecognisedComment: "",
  callbackRequested: false,
  callbackPhone: "",
  resolution: "",
  recollectDate: "",
  instalments: "",
  newIban: "",
  accountHolder: "",
  mandateConsent: false,
  disagreeComment: "",
  phone: "",
  timeWindow: "",
  otherText: "",
};

/** First issue per field path ("recollectDate" → "notBusinessDay"). */
export function issuesByField(error: z.ZodError): Record<string, ErrorKey> {
  const out: Record<string, ErrorKey> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "reason";
    out[key] ??= issue.message as ErrorKey;
  }
  return out;
}

// ---- staff side ---------------------------------------------------------------------------------

export const createLinkSchema = z.object({
  caseId: z.uuid(),
  validityDays: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : blankToUndefined(v)),
    z.number().int().min(1).max(365).optional(),
  ),
});

export const revokeLinkSchema = z.object({ linkId: z.uuid() });
