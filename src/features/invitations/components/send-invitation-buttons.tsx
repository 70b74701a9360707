"use client";

import { Mail, MessageSquareText, PhoneCall } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { sendInvitationsAction } from "../actions";
import { INVITATION_CHANNELS, type InvitationChannel } from "../schemas";

const ICONS = { EMAIL: Mail, SMS: MessageSquareText, VOICE: PhoneCall } as const;

type Feedback = { kind: "sent"; channel: InvitationChannel } | { kind: "error"; text: string };

/** E-mail / Sms / Spraakbericht buttons for one case; a channel without an address is disabled and explained. */
export function SendInvitationButtons(props: { caseId: string; hasEmail: boolean; hasPhone: boolean }) {
  const t = useTranslations("invitations");
  const notesId = useId();
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<InvitationChannel | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const available = (c: InvitationChannel) => (c === "EMAIL" ? props.hasEmail : props.hasPhone);
  const notes = [
    props.hasEmail ? null : t("control.noEmail"),
    props.hasPhone ? null : t("control.noPhone"),
  ].filter((n): n is string => n !== null);

  const send = (channel: InvitationChannel) =>
    startTransition(async () => {
      setBusy(channel);
      setFeedback(null);
      const result = await sendInvitationsAction({ caseIds: [props.caseId], channel });
      setBusy(null);
      if (!result.ok) return setFeedback({ kind: "error", text: result.error.message });
      const skipped = result.data.skipped[0];
      if (skipped)
        return setFeedback({
          kind: "error",
          text: t("control.skipped", { reason: t(`reason.${skipped.reason}`) }),
        });
      setFeedback({ kind: "sent", channel });
    });

  return (
    <div className="grid gap-3" data-testid="send-invitation">
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">{t("control.group")}</legend>
        <div className="flex flex-wrap gap-2">
          {INVITATION_CHANNELS.map((channel) => {
            const Icon = ICONS[channel];
            const ok = available(channel);
            return (
              <Button
                key={channel}
                type="button"
                variant="outline"
                disabled={pending || !ok}
                aria-describedby={ok ? undefined : notesId}
                onClick={() => send(channel)}
                data-channel={channel}
              >
                <Icon aria-hidden="true" />
                {busy === channel ? t("control.sending") : t(`channel.${channel}`)}
              </Button>
            );
          })}
        </div>
      </fieldset>
      {notes.length ? (
        <ul id={notesId} className="grid gap-1 text-sm text-muted-foreground" data-testid="invitation-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {feedback ? (
        <Alert
          variant={feedback.kind === "sent" ? "success" : "destructive"}
          data-testid="invitation-feedback"
        >
          <AlertDescription>
            {feedback.kind === "sent"
              ? t("control.sent", { channel: t(`channelInline.${feedback.channel}`) })
              : feedback.text}
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
