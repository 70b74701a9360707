"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useMemo, useRef } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { config as zodConfig } from "zod/mini";
import { type ResponseFormState, submitResponseAction } from "../consumer-actions";
import type { FormLabels } from "../form-labels";
import {
  buildResponseSchema,
  EMPTY_FORM_VALUES,
  type ErrorKey,
  type ResponseFormContext,
  type ResponseFormValues,
} from "../schemas";
import { Alert, FieldError, FormField, Input, Textarea } from "./form-controls";

// The page's CSP has no 'unsafe-eval': keep zod from probing `new Function` (a CSP violation report)
// in the browser. Not on the server, where the setting would be global.
if (typeof window !== "undefined") zodConfig({ jitless: true });

// Sections open with CSS (:has(:checked)), so the branching works before and without JavaScript.
const REASON_SECTION: Record<string, string> = {
  not_recognised: "hidden group-has-[#reason-not-recognised:checked]/form:grid",
  insufficient_funds: "hidden group-has-[#reason-insufficient-funds:checked]/form:grid",
  new_account: "hidden group-has-[#reason-new-account:checked]/form:grid",
  disagree_amount: "hidden group-has-[#reason-disagree-amount:checked]/form:grid",
  call_me: "hidden group-has-[#reason-call-me:checked]/form:grid",
  other: "hidden group-has-[#reason-other:checked]/form:grid",
};
const RESOLUTION_SECTION: Record<string, string> = {
  recollect: "hidden group-has-[#resolution-recollect:checked]/form:grid",
  arrangement: "hidden group-has-[#resolution-arrangement:checked]/form:grid",
  pay: "hidden group-has-[#resolution-pay:checked]/form:grid",
};
const CALLBACK_SECTION = "hidden group-has-[#callback-requested:checked]/form:grid";

const optionClass =
  "flex cursor-pointer items-start gap-3 rounded-md border border-input bg-background p-3 text-sm has-[:checked]:border-brand has-[:checked]:ring-1 has-[:checked]:ring-brand";
const selectClass =
  "h-10 w-full rounded-md border border-input bg-background px-3 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring";

const idFor = (prefix: string, value: string) => `${prefix}-${value.replace(/_/g, "-")}`;

function toDefaults(values: Record<string, string> | undefined): ResponseFormValues {
  if (!values) return EMPTY_FORM_VALUES;
  const out = { ...EMPTY_FORM_VALUES };
  for (const key of Object.keys(EMPTY_FORM_VALUES) as (keyof ResponseFormValues)[]) {
    const v = values[key];
    if (v === undefined) continue;
    if (key === "callbackRequested" || key === "mandateConsent") out[key] = v === "on" || v === "true";
    else out[key] = v;
  }
  return out;
}

export function ResponseForm(props: {
  token: string;
  locale: string;
  context: ResponseFormContext;
  labels: FormLabels;
}) {
  const { labels: l } = props;
  // The schema is built on the first check, not per render: server rendering never validates, and
  // building it (some fifty zod nodes) would be wasted work on every page view.
  const resolver = useMemo(() => {
    let validate: Resolver<ResponseFormValues> | undefined;
    const lazy: Resolver<ResponseFormValues> = (values, context, options) => {
      validate ??= zodResolver(buildResponseSchema(props.context)) as unknown as Resolver<ResponseFormValues>;
      return validate(values, context, options);
    };
    return lazy;
  }, [props.context]);
  const [state, formAction, pending] = useActionState<ResponseFormState, FormData>(submitResponseAction, {
    status: "idle",
  });
  const initial = useMemo(() => toDefaults(state.values), [state.values]);
  const formRef = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ResponseFormValues>({
    resolver,
    defaultValues: initial,
  });

  // The browser's verdict while it finds something; once the browser's light checks pass, the server's
  // (after a plain post, or when the server's strict phone/IBAN check refuses what the browser let through).
  const browserErrors = Object.keys(errors).length > 0;
  const errorFor = (name: keyof ResponseFormValues): string | undefined => {
    const key = browserErrors ? (errors[name]?.message as ErrorKey | undefined) : state.fields?.[name];
    return key ? (l.errors[key] ?? key) : undefined;
  };
  const hasErrors = browserErrors || state.status === "invalid";

  const onSubmit = handleSubmit(() => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    startTransition(() => formAction(data));
  });

  const reasonError = errorFor("reason");
  const resolutionError = errorFor("resolution");
  const timeWindowError = errorFor("timeWindow");

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="group/form grid gap-5"
      aria-describedby={hasErrors ? "response-form-errors" : undefined}
    >
      <input type="hidden" name="token" value={props.token} />
      <input type="hidden" name="lang" value={props.locale} />

      {hasErrors ? (
        <Alert variant="destructive" id="response-form-errors">
          {l.errorSummary}
        </Alert>
      ) : null}
      {state.status === "rateLimited" ? <Alert variant="destructive">{l.rateLimited}</Alert> : null}
      {state.status === "error" ? <Alert variant="destructive">{l.internal}</Alert> : null}

      <fieldset className="grid gap-2" aria-describedby={reasonError ? "reason-error" : undefined}>
        <legend className="mb-2 text-lg font-semibold">{l.question}</legend>
        {l.reasons.map((r) => (
          <label key={r.value} className={optionClass} htmlFor={idFor("reason", r.value)}>
            <input
              type="radio"
              id={idFor("reason", r.value)}
              value={r.value}
              defaultChecked={initial.reason === r.value}
              className="mt-0.5 size-4 shrink-0 accent-brand"
              {...register("reason")}
            />
            <span>{r.label}</span>
          </label>
        ))}
        <FieldError id="reason-error">{reasonError}</FieldError>
      </fieldset>

      <section className={`${REASON_SECTION.not_recognised} gap-4`} aria-label={l.reasons[0]?.label}>
        <p className="text-sm">{l.notRecognised.explanation}</p>
        <FormField
          label={l.notRecognised.comment}
          id="not-recognised-comment"
          error={errorFor("notRecognisedComment")}
        >
          <Textarea defaultValue={initial.notRecognisedComment} {...register("notRecognisedComment")} />
        </FormField>
        <label className="flex items-start gap-3 text-sm" htmlFor="callback-requested">
          <input
            type="checkbox"
            id="callback-requested"
            defaultChecked={initial.callbackRequested}
            className="mt-0.5 size-4 shrink-0 accent-brand"
            {...register("callbackRequested")}
          />
          <span>{l.notRecognised.callback}</span>
        </label>
        <div className={CALLBACK_SECTION}>
          <FormField
            label={l.notRecognised.callbackPhone}
            id="callback-phone"
            error={errorFor("callbackPhone")}
            required
          >
            <Input
              type="tel"
              autoComplete="tel"
              defaultValue={initial.callbackPhone}
              {...register("callbackPhone")}
            />
          </FormField>
        </div>
      </section>

      <section className={`${REASON_SECTION.insufficient_funds} gap-4`} aria-label={l.reasons[1]?.label}>
        <fieldset className="grid gap-2" aria-describedby={resolutionError ? "resolution-error" : undefined}>
          <legend className="mb-2 font-semibold">{l.insufficientFunds.question}</legend>
          {(["recollect", "arrangement", "pay"] as const).map((r) => (
            <label key={r} className={optionClass} htmlFor={idFor("resolution", r)}>
              <input
                type="radio"
                id={idFor("resolution", r)}
                value={r}
                defaultChecked={initial.resolution === r}
                className="mt-0.5 size-4 shrink-0 accent-brand"
                {...register("resolution")}
              />
              <span>{l.insufficientFunds[r]}</span>
            </label>
          ))}
          <FieldError id="resolution-error">{resolutionError}</FieldError>
        </fieldset>
        <div className={RESOLUTION_SECTION.recollect}>
          <FormField
            label={l.insufficientFunds.date}
            id="recollect-date"
            description={l.insufficientFunds.dateHint}
            error={errorFor("recollectDate")}
            required
          >
            <Input
              type="date"
              min={l.insufficientFunds.minDate}
              max={l.insufficientFunds.maxDate}
              defaultValue={initial.recollectDate}
              {...register("recollectDate")}
            />
          </FormField>
        </div>
        <div className={RESOLUTION_SECTION.arrangement}>
          <FormField
            label={l.insufficientFunds.instalments}
            id="instalments"
            error={errorFor("instalments")}
            required
          >
            <select className={selectClass} defaultValue={initial.instalments} {...register("instalments")}>
              <option value="">–</option>
              {l.insufficientFunds.instalmentOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <div className={`${RESOLUTION_SECTION.pay} gap-1 rounded-md bg-muted p-3 text-sm`}>
          {l.insufficientFunds.iban ? (
            <>
              <p>{l.insufficientFunds.payIntro}</p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-muted-foreground">{l.insufficientFunds.payIban}</dt>
                <dd className="font-mono">{l.insufficientFunds.iban}</dd>
                <dt className="text-muted-foreground">{l.insufficientFunds.payName}</dt>
                <dd>{l.insufficientFunds.creditor}</dd>
                <dt className="text-muted-foreground">{l.insufficientFunds.payReference}</dt>
                <dd className="font-mono">{l.insufficientFunds.reference}</dd>
              </dl>
            </>
          ) : (
            <p>{l.insufficientFunds.payNoIban}</p>
          )}
        </div>
      </section>

      <section className={`${REASON_SECTION.new_account} gap-4`} aria-label={l.reasons[2]?.label}>
        <FormField
          label={l.newAccount.iban}
          id="new-iban"
          description={l.newAccount.ibanHint}
          error={errorFor("newIban")}
          required
        >
          <Input
            autoComplete="off"
            spellCheck={false}
            defaultValue={initial.newIban}
            {...register("newIban")}
          />
        </FormField>
        <FormField label={l.newAccount.holder} id="account-holder" error={errorFor("accountHolder")} required>
          <Input autoComplete="name" defaultValue={initial.accountHolder} {...register("accountHolder")} />
        </FormField>
        <div className="grid gap-1">
          <label className="flex items-start gap-3 text-sm" htmlFor="mandate-consent">
            <input
              type="checkbox"
              id="mandate-consent"
              defaultChecked={initial.mandateConsent}
              aria-invalid={errorFor("mandateConsent") ? true : undefined}
              aria-describedby={errorFor("mandateConsent") ? "mandate-consent-error" : undefined}
              className="mt-0.5 size-4 shrink-0 accent-brand"
              {...register("mandateConsent")}
            />
            <span>{l.newAccount.consent}</span>
          </label>
          <FieldError id="mandate-consent-error">{errorFor("mandateConsent")}</FieldError>
        </div>
      </section>

      <section className={`${REASON_SECTION.disagree_amount} gap-4`} aria-label={l.reasons[3]?.label}>
        <FormField
          label={l.disagreeComment}
          id="disagree-comment"
          error={errorFor("disagreeComment")}
          required
        >
          <Textarea defaultValue={initial.disagreeComment} {...register("disagreeComment")} />
        </FormField>
      </section>

      <section className={`${REASON_SECTION.call_me} gap-4`} aria-label={l.reasons[4]?.label}>
        <FormField label={l.callMe.phone} id="call-me-phone" error={errorFor("phone")} required>
          <Input type="tel" autoComplete="tel" defaultValue={initial.phone} {...register("phone")} />
        </FormField>
        <fieldset className="grid gap-2" aria-describedby={timeWindowError ? "time-window-error" : undefined}>
          <legend className="mb-2 text-sm font-medium">{l.callMe.window}</legend>
          {l.callMe.windows.map((w) => (
            <label key={w.value} className={optionClass} htmlFor={idFor("window", w.value)}>
              <input
                type="radio"
                id={idFor("window", w.value)}
                value={w.value}
                defaultChecked={initial.timeWindow === w.value}
                className="mt-0.5 size-4 shrink-0 accent-brand"
                {...register("timeWindow")}
              />
              <span>{w.label}</span>
            </label>
          ))}
          <FieldError id="time-window-error">{timeWindowError}</FieldError>
        </fieldset>
      </section>

      <section className={`${REASON_SECTION.other} gap-4`} aria-label={l.reasons[5]?.label}>
        <FormField label={l.otherText} id="other-text" error={errorFor("otherText")} required>
          <Textarea defaultValue={initial.otherText} {...register("otherText")} />
        </FormField>
      </section>

      <button
        type="submit"
        disabled={pending}
        className="inline-flex h-11 items-center justify-center rounded-md bg-brand px-6 text-base font-medium text-brand-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:opacity-60"
      >
        {pending ? l.submitting : l.submit}
      </button>
    </form>
  );
}
