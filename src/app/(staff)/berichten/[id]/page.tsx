import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/features/auth/session.server";
import { EmailFrame } from "@/features/messaging/components/email-frame";
import { LinkedText } from "@/features/messaging/components/linked-text";
import { RetryMessageButton } from "@/features/messaging/components/retry-message-button";
import { getMessage } from "@/features/messaging/outbox-query.server";
import { formatDateTime } from "@/lib/dates";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Bericht" };

export default async function MessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("outbox:view");
  const { id } = await params;
  const message = await getMessage(id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const [t, tOutbox, tStatus, tChannel, locale] = await Promise.all([
    getTranslations("messaging.detail"),
    getTranslations("messaging.outbox"),
    getTranslations("messaging.status"),
    getTranslations("messaging.channel"),
    getLocale(),
  ]);
  const lang = locale === "en" ? "en" : "nl";
  const when = (d: Date | null) => (d ? formatDateTime(d, lang) : t("none"));
  const facts: [string, string][] = [
    [tOutbox("channel"), tChannel(message.channel)],
    [tOutbox("recipient"), message.recipient],
    [tOutbox("template"), message.template],
    [t("locale"), message.locale],
    [tOutbox("attempts"), String(message.attempts)],
    [t("created"), when(message.createdAt)],
    [t("sent"), when(message.sentAt)],
    [t("delivered"), when(message.deliveredAt)],
    [t("provider"), message.providerId ?? t("none")],
    [t("providerStatus"), message.providerStatus ?? t("none")],
    [t("idempotencyKey"), message.idempotencyKey],
  ];
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/berichten">{t("back")}</Link>}
        title={message.subject ?? `${t("title")} · ${tChannel(message.channel)}`}
        actions={message.status === "FAILED" ? <RetryMessageButton id={message.id} /> : null}
      >
        <Badge variant={message.status === "FAILED" ? "destructive" : "secondary"}>
          {tStatus(message.status)}
        </Badge>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card>
          <CardContent className="pt-6">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd className="break-all">{value}</dd>
                </div>
              ))}
              {message.case ? (
                <div className="contents">
                  <dt className="text-muted-foreground">{tOutbox("case")}</dt>
                  <dd>
                    <Link href={`/storneringen/${message.case.id}`}>#{message.case.number}</Link>
                  </dd>
                </div>
              ) : null}
              {message.lastError ? (
                <div className="contents">
                  <dt className="text-muted-foreground">{tOutbox("lastError")}</dt>
                  <dd className="break-words text-destructive">{message.lastError}</dd>
                </div>
              ) : null}
            </dl>
          </CardContent>
        </Card>
        <div className="flex flex-col gap-6 lg:col-span-2">
          {message.bodyHtml ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("html")}</CardTitle>
              </CardHeader>
              <CardContent>
                <EmailFrame html={message.bodyHtml} title={t("htmlFrame")} />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>{t("text")}</CardTitle>
            </CardHeader>
            <CardContent>
              <LinkedText text={message.body} />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
