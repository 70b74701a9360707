import { Send } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageUser } from "@/features/auth/session.server";
import { listMessages } from "@/features/messaging/outbox-query.server";
import { MESSAGE_STATUSES, outboxFilterSchema } from "@/features/messaging/schemas";
import { MESSAGE_CHANNELS } from "@/features/messaging/types";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Verzonden berichten" };

const STATUS_VARIANT = {
  QUEUED: "info",
  SENDING: "info",
  SENT: "secondary",
  DELIVERED: "success",
  FAILED: "destructive",
} as const;

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser("outbox:view");
  const filter = outboxFilterSchema.parse(await searchParams);
  const [t, tStatus, tChannel, tTemplate, locale, data] = await Promise.all([
    getTranslations("messaging.outbox"),
    getTranslations("messaging.status"),
    getTranslations("messaging.channel"),
    getTranslations("messaging.templateName"),
    getLocale(),
    listMessages(filter),
  ]);
  const lang = locale === "en" ? "en" : "nl";
  const templateLabel = (key: string) => (tTemplate.has(key) ? tTemplate(key) : key);
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    if (filter.status) q.set("status", filter.status);
    if (filter.channel) q.set("channel", filter.channel);
    q.set("page", String(page));
    return `/berichten?${q.toString()}`;
  };

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4" aria-label={t("filters")}>
        <FormField label={t("status")}>
          <NativeSelect name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("all")}</option>
            {MESSAGE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)} ({data.byStatus[s] ?? 0})
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label={t("channel")}>
          <NativeSelect name="channel" defaultValue={filter.channel ?? ""}>
            <option value="">{t("all")}</option>
            {MESSAGE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {tChannel(c)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <Button type="submit" variant="outline">
          {t("apply")}
        </Button>
      </form>
      {data.rows.length === 0 ? (
        <EmptyState icon={<Send />} title={t("empty")} description={t("emptyDescription")} />
      ) : (
        <>
          <p className="mb-2 text-sm text-muted-foreground">{t("total", { count: data.total })}</p>
          <Table label={t("title")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("time")}</TableHead>
                <TableHead>{t("channel")}</TableHead>
                <TableHead>{t("recipient")}</TableHead>
                <TableHead>{t("template")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead>{t("attempts")}</TableHead>
                <TableHead>{t("lastError")}</TableHead>
                <TableHead>{t("case")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.rows.map((m) => (
                <TableRow key={m.id} data-message={m.id}>
                  <TableCell className="whitespace-nowrap">
                    <Link
                      href={`/berichten/${m.id}`}
                      className="text-primary underline"
                      aria-label={t("viewMessage", { recipient: m.recipient })}
                    >
                      {formatDateTime(m.sentAt ?? m.createdAt, lang)}
                    </Link>
                  </TableCell>
                  <TableCell>{tChannel(m.channel)}</TableCell>
                  <TableCell className="whitespace-nowrap">{m.recipient}</TableCell>
                  <TableCell>
                    {templateLabel(m.template)}
                    {m.subject ? (
                      <span className="block text-xs text-muted-foreground">{m.subject}</span>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <Badge variant={STATUS_VARIANT[m.status]}>{tStatus(m.status)}</Badge>
                    {m.providerId?.startsWith("local-") ? (
                      <span className="block text-xs text-muted-foreground">{t("kept")}</span>
                    ) : null}
                    {m.status === "QUEUED" && m.nextAttemptAt ? (
                      <span className="block text-xs text-muted-foreground">
                        {t("nextAttempt", { time: formatDateTime(m.nextAttemptAt, lang) })}
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell>{m.attempts}</TableCell>
                  <TableCell className="max-w-xs break-words text-xs">{m.lastError ?? ""}</TableCell>
                  <TableCell>
                    {m.case ? <Link href={`/storneringen/${m.case.id}`}>#{m.case.number}</Link> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {data.pages > 1 ? (
            <nav
              aria-label={t("page", { page: data.page, pages: data.pages })}
              className="mt-4 flex items-center gap-4"
            >
              {data.page > 1 ? <Link href={pageHref(data.page - 1)}>{t("previous")}</Link> : null}
              <span className="text-sm">{t("page", { page: data.page, pages: data.pages })}</span>
              {data.page < data.pages ? <Link href={pageHref(data.page + 1)}>{t("next")}</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
