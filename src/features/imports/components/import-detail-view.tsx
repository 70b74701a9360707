import { ArrowLeft, OctagonAlert } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ReasonCell } from "@/features/cases/components/reason-cell";
import type { ImportDetail } from "@/features/imports/imports.server";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatMoney, type UiLocale } from "@/lib/money";
import { cn } from "@/lib/utils";
import { importCounts, importedBy } from "./import-history";
import { ImportStatusBadge } from "./import-status-badge";
import { formatBytes } from "./types";

function Section({
  title,
  description,
  count,
  testId,
  children,
}: {
  title: string;
  description?: string;
  count: number;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card data-testid={testId}>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          {title}
          <span className="rounded-full bg-muted px-2 py-0.5 text-xs font-medium text-muted-foreground tabular-nums">
            {count}
          </span>
        </CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** One import: what it created (with links to the cases), what it found twice, skipped or rejected. */
export async function ImportDetailView({ detail, lang }: { detail: ImportDetail; lang: UiLocale }) {
  const t = await getTranslations("imports");
  const c = importCounts(detail);
  const { duplicates, skipped, rejected, cap } = detail.details;
  const position = (e: { line?: number; index?: number }) =>
    e.line !== undefined
      ? t("summary.line", { line: e.line })
      : e.index !== undefined
        ? t("summary.item", { index: e.index + 1 })
        : "—";
  const durationMs = detail.finishedAt ? detail.finishedAt.getTime() - detail.startedAt.getTime() : null;
  const stats = [
    { label: t("summary.created"), value: c.created, tone: "good" },
    { label: t("summary.duplicates"), value: c.duplicates },
    { label: t("summary.skipped"), value: c.skipped },
    { label: t("summary.errors"), value: rejected.length, tone: "bad" },
  ] as const;

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/imports" className="inline-flex items-center gap-1 rounded-sm hover:text-foreground">
            <ArrowLeft aria-hidden="true" className="size-4" />
            {t("detail.back")}
          </Link>
        }
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span className="break-all">{t("detail.title", { file: detail.fileName })}</span>
            <ImportStatusBadge
              status={detail.status}
              label={t(`status.${detail.status}`)}
              hasErrors={rejected.length > 0}
            />
          </span>
        }
        description={t("detail.startedBy", {
          date: formatDateTime(detail.startedAt, lang),
          by: importedBy(detail, t),
        })}
      />

      {detail.status === "FAILED" ? (
        <Alert variant="destructive" role="note" className="mb-6" data-testid="import-refused">
          <OctagonAlert aria-hidden="true" />
          <AlertTitle>{t("detail.refused")}</AlertTitle>
          <AlertDescription>{detail.firstError ?? detail.errors[0]?.message}</AlertDescription>
        </Alert>
      ) : null}

      <div className="mb-6 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <dl className="grid grid-cols-2 content-start gap-3 sm:grid-cols-4">
          {stats.map((s) => (
            <div key={s.label} className="rounded-lg border bg-card px-4 py-3 shadow-xs">
              <dt className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{s.label}</dt>
              <dd
                className={cn(
                  "mt-1 text-2xl font-semibold tabular-nums",
                  "tone" in s && s.tone === "good" && s.value > 0 && "text-success",
                  "tone" in s && s.tone === "bad" && s.value > 0 && "text-destructive",
                )}
              >
                {s.value}
              </dd>
            </div>
          ))}
        </dl>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-lg border bg-card px-4 py-3 text-sm shadow-xs">
          <dt className="text-muted-foreground">{t("history.format")}</dt>
          <dd className="font-mono text-xs leading-5">{detail.formatName}</dd>
          <dt className="text-muted-foreground">{t("detail.size")}</dt>
          <dd>{formatBytes(detail.sizeBytes, lang)}</dd>
          {durationMs !== null ? (
            <>
              <dt className="text-muted-foreground">{t("detail.duration")}</dt>
              <dd className="tabular-nums">
                {durationMs < 1000
                  ? `${durationMs} ms`
                  : `${(durationMs / 1000).toLocaleString(lang === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 1 })} s`}
              </dd>
            </>
          ) : null}
          <dt className="text-muted-foreground">{t("detail.sha256")}</dt>
          <dd className="truncate font-mono text-xs leading-5" title={detail.sha256}>
            {detail.sha256}
          </dd>
        </dl>
      </div>

      <div className="grid gap-6">
        {detail.status !== "FAILED" ? (
          <Section title={t("detail.created")} count={detail.reversalsTotal} testId="import-created">
            {detail.reversals.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("detail.noneCreated")}</p>
            ) : (
              <Table label={t("detail.created")}>
                <TableHeader>
                  <TableRow>
                    <TableHead>{t("detail.case")}</TableHead>
                    <TableHead>{t("detail.endToEndId")}</TableHead>
                    <TableHead>{t("detail.debtor")}</TableHead>
                    <TableHead className="text-right">{t("detail.amount")}</TableHead>
                    <TableHead>{t("detail.reasonCode")}</TableHead>
                    <TableHead>{t("detail.bookingDate")}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {detail.reversals.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell className="font-mono">
                        {r.caseId ? (
                          <Link
                            href={`/storneringen/${r.caseId}`}
                            className="font-medium text-primary underline-offset-4 hover:underline"
                            data-testid="import-case-link"
                          >
                            #{r.caseNumber}
                          </Link>
                        ) : (
                          "—"
                        )}
                      </TableCell>
                      <TableCell className="font-mono text-xs">{r.endToEndId}</TableCell>
                      <TableCell>
                        {r.debtorName}
                        {r.debtorIbanMasked ? (
                          <span className="block font-mono text-xs text-muted-foreground">
                            {r.debtorIbanMasked}
                          </span>
                        ) : null}
                      </TableCell>
                      <TableCell className="text-right tabular-nums">
                        {formatMoney(r.amountCents, r.currency, lang)}
                      </TableCell>
                      <TableCell>
                        <ReasonCell code={r.reasonCode} kind={r.kind} lang={lang} />
                      </TableCell>
                      <TableCell className="whitespace-nowrap">{formatDate(r.bookingDate, lang)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
        ) : null}

        {duplicates.length ? (
          <Section
            title={t("detail.duplicates")}
            description={`${t("detail.duplicatesHint")}${duplicates.length >= cap ? ` ${t("detail.capped", { cap })}` : ""}`}
            count={c.duplicates}
            testId="import-duplicates"
          >
            <Table label={t("detail.duplicates")}>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("detail.position")}</TableHead>
                  <TableHead>{t("detail.endToEndId")}</TableHead>
                  <TableHead>{t("detail.reasonCode")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {duplicates.map((d) => (
                  <TableRow key={`${d.index}-${d.endToEndId}`}>
                    <TableCell className="tabular-nums">{position(d)}</TableCell>
                    <TableCell className="font-mono text-xs">{d.endToEndId}</TableCell>
                    <TableCell className="font-mono">{d.reasonCode ?? "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Section>
        ) : null}

        {skipped.length ? (
          <Section
            title={t("detail.skipped")}
            description={skipped.length >= cap ? t("detail.capped", { cap }) : undefined}
            count={c.skipped}
            testId="import-skipped"
          >
            <Table label={t("detail.skipped")}>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("detail.position")}</TableHead>
                  <TableHead>{t("detail.reason")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {skipped.map((s) => (
                  <TableRow key={`${s.index}-${s.reason}`}>
                    <TableCell className="tabular-nums whitespace-nowrap">{position(s)}</TableCell>
                    <TableCell>{s.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Section>
        ) : null}

        {rejected.length ? (
          <Section
            title={t("detail.rejected")}
            description={rejected.length >= cap ? t("detail.capped", { cap }) : undefined}
            count={rejected.length}
            testId="import-rejected"
          >
            <Table label={t("detail.rejected")}>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("detail.position")}</TableHead>
                  <TableHead>{t("detail.endToEndId")}</TableHead>
                  <TableHead>{t("detail.reason")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rejected.map((e) => (
                  <TableRow key={`${e.line ?? ""}-${e.index ?? ""}-${e.endToEndId ?? ""}-${e.message}`}>
                    <TableCell className="tabular-nums whitespace-nowrap">{position(e)}</TableCell>
                    <TableCell className="font-mono text-xs">{e.endToEndId ?? "—"}</TableCell>
                    <TableCell>{e.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Section>
        ) : null}
      </div>
    </>
  );
}
