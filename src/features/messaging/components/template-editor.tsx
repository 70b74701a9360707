"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { previewTemplateAction, resetTemplateAction, saveTemplateAction } from "../actions";
import type { TemplateKey } from "../default-templates";
import type { RenderedMessage } from "../render";
import type { MessageChannel, MessageLocale } from "../types";
import { EmailFrame } from "./email-frame";
import { LinkedText } from "./linked-text";

export interface TemplateEditorProps {
  templateKey: TemplateKey;
  channel: MessageChannel;
  locale: MessageLocale;
  initial: { subject: string; body: string; bodyHtml: string };
  variables: string[];
}

type Status = { ok: boolean; message: string; fields?: Record<string, string> } | null;

export function TemplateEditor({ templateKey, channel, locale, initial, variables }: TemplateEditorProps) {
  const t = useTranslations("messaging.templates");
  const [subject, setSubject] = useState(initial.subject);
  const [body, setBody] = useState(initial.body);
  const [bodyHtml, setBodyHtml] = useState(initial.bodyHtml);
  const [preview, setPreview] = useState<RenderedMessage | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [pending, start] = useTransition();
  const isEmail = channel === "EMAIL";
  const input = () => ({
    key: templateKey,
    channel,
    locale,
    body,
    ...(isEmail ? { subject, bodyHtml } : {}),
  });

  const run = (kind: "preview" | "save" | "reset") =>
    start(async () => {
      if (kind === "preview") {
        const r = await previewTemplateAction(input());
        if (r.ok) {
          setPreview(r.data);
          setStatus(null);
        } else setStatus({ ok: false, message: r.error.message, fields: r.error.fields });
      } else if (kind === "save") {
        const r = await saveTemplateAction(input());
        setStatus(
          r.ok
            ? { ok: true, message: t("saved", { version: r.data.version }) }
            : { ok: false, message: r.error.message, fields: r.error.fields },
        );
      } else {
        const r = await resetTemplateAction({ key: templateKey, channel, locale });
        setStatus(r.ok ? { ok: true, message: t("resetDone") } : { ok: false, message: r.error.message });
        if (r.ok) window.location.reload();
      }
    });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        className="flex flex-col gap-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run("save");
        }}
        data-testid="template-editor"
      >
        {status ? (
          <Alert variant={status.ok ? "success" : "destructive"}>
            <AlertDescription>{status.message}</AlertDescription>
          </Alert>
        ) : null}
        {isEmail ? (
          <FormField label={t("subject")} required error={status?.fields?.subject}>
            <Input
              name="subject"
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              maxLength={300}
            />
          </FormField>
        ) : null}
        <FormField
          label={t("body")}
          required
          error={status?.fields?.body}
          description={isEmail ? t("bodyEmailHelp") : channel === "VOICE" ? t("voiceMenu") : undefined}
        >
          <Textarea
            name="body"
            rows={isEmail ? 12 : 5}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </FormField>
        {isEmail ? (
          <FormField label={t("bodyHtml")} description={t("bodyHtmlHelp")} error={status?.fields?.bodyHtml}>
            <Textarea
              name="bodyHtml"
              rows={6}
              className="font-mono text-xs"
              value={bodyHtml}
              onChange={(e) => setBodyHtml(e.target.value)}
            />
          </FormField>
        ) : null}
        <section aria-labelledby="template-variables" className="rounded-md border p-3 text-sm">
          <h3 id="template-variables" className="font-medium">
            {t("variables")}
          </h3>
          <p className="text-muted-foreground">{t("variablesHelp")}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {variables.map((v) => (
              <li key={v}>
                <code className="rounded bg-muted px-1.5 py-0.5">{`{${v}}`}</code>
              </li>
            ))}
          </ul>
        </section>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" disabled={pending} onClick={() => run("preview")}>
            {t("preview")}
          </Button>
          <Button type="submit" disabled={pending}>
            {t("save")}
          </Button>
          <Button type="button" variant="ghost" disabled={pending} onClick={() => run("reset")}>
            {t("reset")}
          </Button>
        </div>
      </form>
      <section aria-labelledby="template-preview" aria-live="polite" className="flex flex-col gap-3">
        <h3 id="template-preview" className="font-medium">
          {t("previewTitle")}
        </h3>
        {preview ? (
          <>
            {preview.subject ? <p className="font-semibold">{preview.subject}</p> : null}
            {preview.bodyHtml ? (
              <EmailFrame html={preview.bodyHtml} title={t("previewTitle")} />
            ) : (
              <div className="rounded-md border bg-muted/40 p-3">
                <LinkedText text={preview.body} />
              </div>
            )}
          </>
        ) : null}
      </section>
    </div>
  );
}
