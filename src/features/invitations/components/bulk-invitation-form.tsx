"use client";

import { Mail, MessageSquareText, PhoneCall, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useCallback, useEffect, useId, useRef, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Result } from "@/lib/errors";
import { sendInvitationsFormAction } from "../actions";
import { INVITATION_CHANNELS, type SendInvitationsResult, type SkipReason } from "../schemas";

const ICONS = { EMAIL: Mail, SMS: MessageSquareText, VOICE: PhoneCall } as const;
const CASE_BOX = 'input[type="checkbox"][name="caseId"]';
const ALL_BOX = 'input[type="checkbox"][data-select-all]';

/**
 * Wraps the case table in one form: each row's `caseId` checkbox is a form field, the bulk bar's
 * E-mail / Sms / Spraakbericht buttons submit it with their channel. Works as a plain form post without
 * JavaScript; with it, the bar counts the selection and "select all" works.
 */
export function BulkInvitationForm({ children }: { children: ReactNode }) {
  const t = useTranslations("invitations");
  const formRef = useRef<HTMLFormElement>(null);
  const labelId = useId();
  const [state, formAction, pending] = useActionState<Result<SendInvitationsResult> | null, FormData>(
    sendInvitationsFormAction,
    null,
  );
  const [hydrated, setHydrated] = useState(false);
  const [selected, setSelected] = useState(0);
  const [dismissed, setDismissed] = useState<typeof state>(null);

  const recount = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const boxes = [...form.querySelectorAll<HTMLInputElement>(CASE_BOX)].filter((b) => !b.disabled);
    const checked = boxes.filter((b) => b.checked).length;
    setSelected(checked);
    const all = form.querySelector<HTMLInputElement>(ALL_BOX);
    if (all) {
      all.checked = boxes.length > 0 && checked === boxes.length;
      all.indeterminate = checked > 0 && checked < boxes.length;
    }
  }, []);

  useEffect(() => {
    setHydrated(true);
    recount();
  }, [recount]);
  // React resets the form after a successful action; count again once it has.
  useEffect(() => {
    if (state) recount();
  }, [state, recount]);

  const onChange = (e: React.ChangeEvent<HTMLFormElement>) => {
    const target = e.target as unknown as HTMLInputElement;
    if (target.matches?.(ALL_BOX)) {
      for (const box of formRef.current?.querySelectorAll<HTMLInputElement>(CASE_BOX) ?? [])
        if (!box.disabled) box.checked = target.checked;
    }
    recount();
  };

  const visible = state && state !== dismissed ? state : null;

  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={onChange}
      onReset={() => setTimeout(recount, 0)}
      aria-labelledby={labelId}
      data-testid="bulk-invitations"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3 rounded-lg border bg-card px-4 py-3">
        <p id={labelId} className="text-sm" aria-live="polite">
          {hydrated && selected > 0 ? (
            <span className="font-medium" data-testid="bulk-selected">
              {t("bulk.selected", { count: selected })}
            </span>
          ) : (
            <span className="text-muted-foreground">{t("bulk.hint")}</span>
          )}
        </p>
        <fieldset className="flex flex-wrap items-center gap-2" disabled={pending}>
          <legend className="float-left mr-1 text-sm text-muted-foreground">{t("bulk.sendVia")}</legend>
          {INVITATION_CHANNELS.map((channel) => {
            const Icon = ICONS[channel];
            return (
              <Button
                key={channel}
                type="submit"
                name="channel"
                value={channel}
                size="sm"
                variant="outline"
                // Before hydration nothing is counted, so the buttons stay usable for a plain post.
                disabled={hydrated && selected === 0}
                data-channel={channel}
              >
                <Icon aria-hidden="true" />
                {t(`channel.${channel}`)}
              </Button>
            );
          })}
        </fieldset>
      </div>
      {pending ? (
        <p className="mb-3 text-sm text-muted-foreground" role="status">
          {t("bulk.sending")}
        </p>
      ) : null}
      {visible ? <BulkSummary result={visible} onDismiss={() => setDismissed(visible)} /> : null}
      {children}
    </form>
  );
}

function BulkSummary({
  result,
  onDismiss,
}: {
  result: Result<SendInvitationsResult>;
  onDismiss: () => void;
}) {
  const t = useTranslations("invitations");
  const dismiss = (
    <button
      type="button"
      onClick={onDismiss}
      className="absolute top-2 right-2 rounded-sm p-1 opacity-70 hover:opacity-100 focus-visible:outline-2 focus-visible:outline-ring"
    >
      <X aria-hidden="true" className="size-4" />
      <span className="sr-only">{t("bulk.close")}</span>
    </button>
  );
  if (!result.ok) {
    const detail = result.error.fields ? Object.values(result.error.fields)[0] : undefined;
    return (
      <Alert variant="destructive" className="mb-3 pr-10" data-testid="bulk-summary">
        <AlertDescription>{detail ?? result.error.message}</AlertDescription>
        {dismiss}
      </Alert>
    );
  }
  const { sent, skipped, channel } = result.data;
  const groups = new Map<SkipReason, string[]>();
  for (const s of skipped) {
    const list = groups.get(s.reason) ?? [];
    if (s.caseNumber !== null) list.push(`#${s.caseNumber}`);
    groups.set(s.reason, list);
  }
  const groupText = [...groups].map(([reason, cases]) =>
    cases.length
      ? t("bulk.group", { reason: t(`reason.${reason}`), cases: cases.join(", ") })
      : t(`reason.${reason}`),
  );
  return (
    <Alert variant={skipped.length ? "warning" : "success"} className="mb-3 pr-10" data-testid="bulk-summary">
      <AlertDescription>
        {skipped.length === 0 ? (
          <p>{t("bulk.allSent", { sent: sent.length, channel: t(`channelInline.${channel}`) })}</p>
        ) : groupText.length === 1 ? (
          <p>
            {t("bulk.summary", { sent: sent.length, skipped: skipped.length })}: {groupText[0]}
          </p>
        ) : (
          <>
            <p>{t("bulk.summary", { sent: sent.length, skipped: skipped.length })}:</p>
            <ul className="list-disc pl-5">
              {groupText.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          </>
        )}
      </AlertDescription>
      {dismiss}
    </Alert>
  );
}

/** The header cell's "select all" box; rendered only with JavaScript (without it, it could do nothing). */
export function SelectAllCases({ label }: { label: string }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return <span className="sr-only">{label}</span>;
  return (
    <input
      type="checkbox"
      data-select-all
      aria-label={label}
      className="size-4 align-middle accent-primary"
    />
  );
}
