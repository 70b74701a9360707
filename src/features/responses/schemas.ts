import * as z from "zod/mini";
import { addDays, isBusinessDay, isIsoDate } from "@/lib/dates";
import { ibanChecksumValid, loosePhone } from "./field-checks";

/**
 * The consumer's response form. One schema, built per request from the controller's limits, runs in
 * the browser (react-hook-form) and again in the server action. It is written with `zod/mini` and
 * imports nothing heavy, because it ships in the form's JavaScript: the phone and IBAN checks are
 * plugged in (`FieldChecks`) — light ones in the browser, libphonenumber and ibantools on the server
 * (`serverFieldChecks` in field-checks.server.ts), so the server's verdict is the strict one.
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

/** The phone and IBAN checks the schema runs; the server plugs in the strict ones. */
export interface FieldChecks {
  /** The number as stored (E.164 on the server), or null when it is not a phone number. */
  phone: (value: string) => string | null;
  /** Whether an IBAN in electronic form ("NL91ABNA…") is valid. */
  iban: (electronicIban: string) => boolean;
}

/** The browser's checks: shape and mod-97 for the IBAN, digits for the phone. No libraries. */
export const browserFieldChecks: FieldChecks = { phone: loosePhone, iban: ibanChecksumValid };

/** The window a re-collection date must fall in (calendar days from today; the date must be a business day). */
export function recollectWindow(ctx: ResponseFormContext): { min: string; max: string } {
  return { min: addDays(ctx.today, ctx.recollectMinDays), max: addDays(ctx.today, ctx.recollectMaxDays) };
}

/** Electronic IBAN form ("nl91 abna-…" → "NL91ABNA…"), as ibantools' electronicFormatIBAN does it. */
export function normaliseIbanInput(v: string): string {
  return v.trim().replace(/[- ]/g, "").toUpperCase();
}

// Plain form posts send "" for empty fields and "on" for ticked boxes; react-hook-form sends booleans.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const blankToEmpty = (v: unknown) => blankToUndefined(v) ?? "";
/** zod/mini's spelling of classic zod's `preprocess`. */
const pre = <T extends z.ZodMiniType>(fn: (v: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(fn), schema);
const checkbox = () => pre((v) => v === true || v === "on" || v === "true", z.boolean());
const requiredText = () =>
  pre(blankToEmpty, z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(TEXT_MAX, "tooLong")));
const optionalText = () =>
  pre(blankToUndefined, z.optional(z.string().check(z.trim(), z.maxLength(TEXT_MAX, "tooLong"))));

export function buildResponseSchema(ctx: ResponseFormContext, checks: FieldChecks = browserFieldChecks) {
  const { min, max } = recollectWindow(ctx);
  const phone = pre(
    blankToEmpty,
    z.pipe(
      z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(40, "invalidPhone")),
      z.transform((v: string, payload) => {
        const normalised = checks.phone(v);
        if (normalised) return normalised;
        payload.issues.push({ code: "custom", message: "invalidPhone", input: v });
        return z.NEVER;
      }),
    ),
  );
  const recollectDate = pre(
    blankToEmpty,
    z.string().check(
      z.minLength(1, "required"),
      z.refine(isIsoDate, "invalidDate"),
      z.refine((d) => !isIsoDate(d) || isBusinessDay(d), "notBusinessDay"),
      z.refine((d) => !isIsoDate(d) || (d >= min && d <= max), "dateOutOfRange"),
    ),
  );

  const notRecognised = z.pipe(
    z.object({
      reason: z.literal("not_recognised"),
      notRecognisedComment: optionalText(),
      callbackRequested: checkbox(),
      callbackPhone: pre(blankToUndefined, z.optional(z.string())),
    }),
    z.transform((v, payload) => {
      if (!v.callbackRequested) return { ...v, callbackPhone: undefined };
      const e164 = v.callbackPhone ? checks.phone(v.callbackPhone.trim()) : null;
      if (!e164) {
        payload.issues.push({
          code: "custom",
          path: ["callbackPhone"],
          message: v.callbackPhone ? "invalidPhone" : "required",
          input: v.callbackPhone,
        });
        return z.NEVER;
      }
      return { ...v, callbackPhone: e164 };
    }),
  );

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
        instalments: pre(
          (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
          z
            .int("instalmentsRange")
            .check(z.gte(MIN_INSTALMENTS, "instalmentsRange"), z.lte(MAX_INSTALMENTS, "instalmentsRange")),
        ),
      }),
      z.object({ reason: z.literal("insufficient_funds"), resolution: z.literal("pay") }),
    ],
    "chooseOption",
  );

  const newAccount = z.object({
    reason: z.literal("new_account"),
    newIban: pre(
      blankToEmpty,
      z.pipe(
        z.string().check(z.minLength(1, "required")),
        z.pipe(
          z.transform(normaliseIbanInput),
          z.string().check(z.refine((v) => v !== "" && checks.iban(v), "invalidIban")),
        ),
      ),
    ),
    accountHolder: pre(
      blankToEmpty,
      z.string().check(z.trim(), z.minLength(2, "required"), z.maxLength(70, "tooLong")),
    ),
    mandateConsent: pre(
      (v) => v === true || v === "on" || v === "true",
      z.boolean().check(z.refine((v) => v, "consentRequired")),
    ),
  });

  return z.discriminatedUnion(
    "reason",
    [
      notRecognised,
      insufficientFunds,
      newAccount,
      z.object({ reason: z.literal("disagree_amount"), disagreeComment: requiredText() }),
      z.object({
        reason: z.literal("call_me"),
        phone,
        timeWindow: z.enum(TIME_WINDOWS, "chooseOption"),
      }),
      z.object({ reason: z.literal("other"), otherText: requiredText() }),
    ],
    "chooseOption",
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
export function issuesByField(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): Record<string, ErrorKey> {
  const out: Record<string, ErrorKey> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "reason";
    out[key] ??= issue.message as ErrorKey;
  }
  return out;
}
