import { ArrowLeft, CalendarCheck2, CalendarClock, FileText, Mail, Phone } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { CaseDetail } from "@/features/cases/case-detail.server";
import { CaseInvitationCard } from "@/features/invitations/components/case-invitation-card";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatMoney, type UiLocale } from "@/lib/money";
import { cn } from "@/lib/utils";
import { CaseLinkPanel } from "./case-link-panel";
import { CaseStatusBadge } from "./case-status-badge";
import { CaseTimeline } from "./case-timeline";
import { DetailList } from "./detail-list";
import { ReasonExplanation } from "./reason-explanation";

function answerValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value);
}

/** The case page body: header, reason, reversal, collection and refund window, debtor, work and timeline. */
export async function CaseDetailView({
  detail,
  lang,
  canWork = false,
}: {
  detail: CaseDetail;
  lang: UiLocale;
  /** May send invitations and make or revoke links (cases:work). */
  canWork?: boolean;
}) {
  const [t, tStatus, tKind, tLabels, tTaskType, tTaskStatus, tPriority] = await Promise.all([
    getTranslations("caseDetail"),
    getTranslations("caseStatus"),
    getTranslations("reversalKind"),
    getTranslations("caseLabels"),
    getTranslations("taskType"),
    getTranslations("taskStatus"),
    getTranslations("taskPriority"),
  ]);
  const { reversal, window } = detail;
  const { collection } = reversal;
  const { debtor } = collection;
  const money = (cents: number, currency = reversal.currency) => formatMoney(cents, currency, lang);
  const kindLabel = tKind(reversal.kind);
  const closed = detail.status === "RESOLVED" || detail.status === "CLOSED";

  return (
    <>
      <PageHeader
        eyebrow={
          <Link
            href="/storneringen"
            className="inline-flex items-center gap-1 rounded-sm hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            <ArrowLeft aria-hidden="true" className="size-4" />
            {t("back")}
          </Link>
        }
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span>{t("title", { number: detail.number })}</span>
            <CaseStatusBadge status={detail.status} label={tStatus(detail.status)} className="text-sm" />
            {detail.outcome ? <Badge variant="outline">{tLabels(`outcome.${detail.outcome}`)}</Badge> : null}
          </span>
        }
        description={`${debtor.name} · ${t("openedOn", { date: formatDate(detail.openedOn, lang) })} · ${
          detail.assignee ? t("assignee", { name: detail.assignee.name }) : t("unassigned")
        }`}
        actions={
          <div className="text-right">
            <p className="text-xs tracking-wide text-muted-foreground uppercase">{t("openAmount")}</p>
            <p className="text-2xl font-semibold tabular-nums" data-testid="open-amount">
              {money(detail.openAmountCents, detail.currency)}
            </p>
          </div>
        }
      />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="grid content-start gap-6">
          <ReasonExplanation
            reason={detail.reason}
            reasonInfo={reversal.reasonInfo}
            kindLabel={kindLabel}
            lang={lang}
          />

          <div className="grid gap-6 2xl:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>{t("reversal")}</CardTitle>
              </CardHeader>
              <CardContent>
                <DetailList
                  items={[
                    { term: t("amount"), value: money(reversal.amountCents), testId: "reversal-amount" },
                    { term: t("charges"), value: reversal.chargesCents ? money(reversal.chargesCents) : "" },
                    { term: t("kind"), value: kindLabel },
                    { term: t("bookingDate"), value: formatDate(reversal.bookingDate, lang) },
                    { term: t("reasonCode"), value: reversal.reasonCode, mono: true },
                    { term: t("source"), value: tLabels(`source.${reversal.source}`) },
                    { term: t("bankReference"), value: reversal.bankReference, mono: true },
                    {
                      term: t("importedFrom"),
                      value: reversal.import ? (
                        <Link
                          href={`/imports/${reversal.import.id}`}
                          className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline"
                        >
                          <FileText aria-hidden="true" className="size-3.5" />
                          {reversal.import.fileName}
                        </Link>
                      ) : null,
                    },
                  ]}
                />
              </CardContent>
            </Card>

            <Card>
              <CardHeader>
                <CardTitle>{t("collection")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-4">
                <div
                  data-testid="refund-window"
                  className={cn(
                    "flex items-start gap-3 rounded-md px-3 py-2.5 text-sm",
                    window.final
                      ? "bg-success-subtle text-success-subtle-foreground"
                      : "bg-warning-subtle text-warning-subtle-foreground",
                  )}
                >
                  {window.final ? (
                    <CalendarCheck2 aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                  ) : (
                    <CalendarClock aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                  )}
                  <div>
                    <p className="font-semibold">
                      {window.final
                        ? t("windowFinal", { date: formatDate(window.finalOn, lang) })
                        : t("windowOpen", { days: window.daysLeft })}
                    </p>
                    <p>
                      {window.final
                        ? t("windowFinalHint")
                        : `${t("windowPending", { date: formatDate(window.finalOn, lang) })}. ${t("windowOpenHint")}`}
                    </p>
                  </div>
                </div>
                <DetailList
                  items={[
                    {
                      term: t("endToEndId"),
                      value: collection.endToEndId,
                      mono: true,
                      testId: "end-to-end-id",
                    },
                    { term: t("mandateId"), value: collection.mandateId, mono: true },
                    {
                      term: t("mandateSignedOn"),
                      value: collection.mandateSignedOn ? formatDate(collection.mandateSignedOn, lang) : null,
                    },
                    { term: t("sequenceType"), value: collection.sequenceType, mono: true },
                    { term: t("amount"), value: money(collection.amountCents, collection.currency) },
                    { term: t("collectionDate"), value: formatDate(collection.collectionDate, lang) },
                    {
                      term: t("settlementDate"),
                      value: collection.settlementDate ? formatDate(collection.settlementDate, lang) : null,
                    },
                    { term: t("invoiceReference"), value: collection.invoiceReference, mono: true },
                    { term: t("description"), value: collection.description },
                  ]}
                />
              </CardContent>
            </Card>
          </div>

          <Card>
            <CardHeader>
              <CardTitle>{t("responses")}</CardTitle>
            </CardHeader>
            <CardContent>
              {detail.responses.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("noResponses")}</p>
              ) : (
                <ul className="grid gap-4">
                  {detail.responses.map((r) => {
                    const answers =
                      r.answers && typeof r.answers === "object" && !Array.isArray(r.answers)
                        ? Object.entries(r.answers as Record<string, unknown>)
                        : [];
                    return (
                      <li key={r.id} className="rounded-md border p-4" data-testid="response">
                        <p className="font-medium">
                          {tLabels.has(`answerReason.${r.reason}`)
                            ? tLabels(`answerReason.${r.reason}`)
                            : r.reason}
                        </p>
                        <p className="text-xs text-muted-foreground">
                          {t("respondedVia", {
                            channel: tLabels(`channel.${r.channel}`),
                            date: formatDateTime(r.createdAt, lang),
                          })}
                        </p>
                        <DetailList
                          className="mt-3"
                          items={answers
                            .filter(([key]) => key !== "reason")
                            .map(([key, value]) => {
                              const text = answerValue(value);
                              return {
                                term: tLabels.has(`answerKey.${key}`) ? tLabels(`answerKey.${key}`) : key,
                                value:
                                  key === "resolution" && tLabels.has(`resolution.${text}`)
                                    ? tLabels(`resolution.${text}`)
                                    : key === "preferredDate" && /^\d{4}-\d{2}-\d{2}$/.test(text)
                                      ? formatDate(text, lang)
                                      : key === "preferredTime" && tLabels.has(`timeOfDay.${text}`)
                                        ? tLabels(`timeOfDay.${text}`)
                                        : text,
                              };
                            })}
                        />
                      </li>
                    );
                  })}
                </ul>
              )}
            </CardContent>
          </Card>

          <div className="grid gap-6 md:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>{t("tasks")}</CardTitle>
              </CardHeader>
              <CardContent>
                {detail.tasks.length === 0 ? (
                  <p className="text-sm text-muted-foreground">{t("noTasks")}</p>
                ) : (
                  <ul className="grid gap-3">
                    {detail.tasks.map((task) => (
                      <li key={task.id} className="rounded-md border p-3 text-sm">
                        <div className="flex flex-wrap items-center justify-between gap-2">
                          <span className="font-medium">{task.title}</span>
                          <Badge
                            variant={
                              task.status === "DONE"
                                ? "success"
                                : task.status === "CANCELLED"
                                  ? "muted"
                                  : "info"
                            }
                          >
                            {tTaskStatus(task.status)}
                          </Badge>
                        </div>
                        <p className="mt-1 text-xs text-muted-foreground">
                          {[
                            tTaskType(task.type),
                            tPriority(task.priority),
                            task.dueAt ? t("due", { date: formatDateTime(task.dueAt, lang) }) : null,
                            task.assignee?.name,
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </p>
                        {task.outcome ? <p className="mt-1 text-muted-foreground">{task.outcome}</p> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>

            <Card>
              <CardHeader>
                <CardTitle>{t("messages")}</CardTitle>
              </CardHeader>
              <CardContent>
                {detail.messages.length === 0 ? (
                  <p className="text-sm text-muted-foreground">{t("noMessages")}</p>
                ) : (
                  <ul className="grid gap-3">
                    {detail.messages.map((m) => (
                      <li key={m.id} className="rounded-md border p-3 text-sm">
                        <div className="flex flex-wrap items-center justify-between gap-2">
                          <span className="inline-flex items-center gap-1.5 font-medium">
                            {m.channel === "EMAIL" ? (
                              <Mail aria-hidden="true" className="size-3.5" />
                            ) : (
                              <Phone aria-hidden="true" className="size-3.5" />
                            )}
                            {m.subject ?? tLabels(`channel.${m.channel}`)}
                          </span>
                          <Badge
                            variant={
                              m.status === "FAILED"
                                ? "destructive"
                                : m.status === "DELIVERED"
                                  ? "success"
                                  : "secondary"
                            }
                          >
                            {tLabels(`messageStatus.${m.status}`)}
                          </Badge>
                        </div>
                        <p className="mt-1 text-xs text-muted-foreground">
                          {tLabels(`channel.${m.channel}`)} · {m.recipient} ·{" "}
                          {formatDateTime(m.createdAt, lang)}
                        </p>
                        {m.lastError ? (
                          <p className="mt-1 text-xs text-destructive">
                            {m.lastError} ({t("attempts", { count: m.attempts })})
                          </p>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>
          </div>

          {detail.recollections.length || detail.arrangements.length ? (
            <Card>
              <CardHeader>
                <CardTitle>{detail.recollections.length ? t("recollections") : t("arrangements")}</CardTitle>
              </CardHeader>
              <CardContent>
                <ul className="grid gap-2 text-sm">
                  {detail.recollections.map((r) => (
                    <li key={r.id} className="flex flex-wrap items-center justify-between gap-2">
                      <span>
                        {money(r.amountCents, r.currency)} · {formatDate(r.requestedFor, lang)}
                      </span>
                      <Badge
                        variant={
                          r.status === "COLLECTED"
                            ? "success"
                            : r.status === "FAILED"
                              ? "destructive"
                              : "secondary"
                        }
                      >
                        {tLabels(`recollectionStatus.${r.status}`)}
                      </Badge>
                    </li>
                  ))}
                  {detail.arrangements.map((a) => (
                    <li key={a.id} className="flex flex-wrap items-center justify-between gap-2">
                      <span>
                        {money(a.totalCents, a.currency)} ·{" "}
                        {t("instalments", { count: a.instalments, date: formatDate(a.firstDueOn, lang) })}
                      </span>
                      <Badge
                        variant={
                          a.status === "COMPLETED"
                            ? "success"
                            : a.status === "DEFAULTED"
                              ? "destructive"
                              : "secondary"
                        }
                      >
                        {tLabels(`arrangementStatus.${a.status}`)}
                      </Badge>
                    </li>
                  ))}
                </ul>
              </CardContent>
            </Card>
          ) : null}

          <CaseLinkPanel caseId={detail.id} canWork={canWork && !closed} />
        </div>

        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("debtor")}</CardTitle>
            </CardHeader>
            <CardContent>
              <DetailList
                items={[
                  { term: t("name"), value: debtor.name, testId: "debtor-name" },
                  { term: t("customerNumber"), value: debtor.externalId, mono: true },
                  { term: t("iban"), value: debtor.ibanMasked, mono: true, testId: "debtor-iban" },
                  {
                    term: t("email"),
                    value: debtor.email ? (
                      <a
                        href={`mailto:${debtor.email}`}
                        className="text-primary underline-offset-4 hover:underline"
                      >
                        {debtor.email}
                      </a>
                    ) : null,
                  },
                  {
                    term: t("phone"),
                    value: debtor.phone ? (
                      <a
                        href={`tel:${debtor.phone}`}
                        className="text-primary underline-offset-4 hover:underline"
                      >
                        {debtor.phone}
                      </a>
                    ) : null,
                  },
                  {
                    term: t("language"),
                    value: tLabels.has(`language.${debtor.locale}`)
                      ? tLabels(`language.${debtor.locale}`)
                      : debtor.locale,
                  },
                ]}
              />
            </CardContent>
          </Card>

          {canWork ? (
            <CaseInvitationCard
              caseId={detail.id}
              closed={closed}
              email={debtor.email}
              phone={debtor.phone}
            />
          ) : null}

          <Card>
            <CardHeader>
              <CardTitle>{t("timeline")}</CardTitle>
            </CardHeader>
            <CardContent>
              <CaseTimeline events={detail.events} currency={detail.currency} lang={lang} />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
