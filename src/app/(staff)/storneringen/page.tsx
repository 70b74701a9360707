import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/features/auth/roles";
import { requirePageUser } from "@/features/auth/session.server";
import { listCases } from "@/features/cases/cases.server";
import { ReasonCell } from "@/features/cases/components/reason-cell";
import { BulkInvitationForm, SelectAllCases } from "@/features/invitations/components/bulk-invitation-form";
import { CaseStatus } from "@/generated/prisma/enums";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Storneringen" };

const querySchema = z.object({
  status: z
    .enum(Object.values(CaseStatus) as [CaseStatus, ...CaseStatus[]])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().positive().catch(1).default(1),
});

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePageUser("cases:view");
  const canWork = can(user.role, "cases:work");
  const query = querySchema.parse(await searchParams);
  const [t, tCommon, tStatus, tKind, tInvite, locale, result] = await Promise.all([
    getTranslations("cases"),
    getTranslations("common"),
    getTranslations("caseStatus"),
    getTranslations("reversalKind"),
    getTranslations("invitations.bulk"),
    getLocale(),
    listCases(query),
  ]);
  const lang = locale === "en" ? "en" : "nl";
  const href = (p: { status?: string; page?: number }) => {
    const params = new URLSearchParams();
    if (p.status) params.set("status", p.status);
    if (p.page && p.page > 1) params.set("page", String(p.page));
    const s = params.toString();
    return s ? `/storneringen?${s}` : "/storneringen";
  };

  const table = (
    <Table label={t("title")}>
      <TableHeader>
        <TableRow>
          {canWork ? (
            <TableHead className="w-8 pr-0">
              <SelectAllCases label={tInvite("selectAll")} />
            </TableHead>
          ) : null}
          <TableHead>{t("number")}</TableHead>
          <TableHead>{t("debtor")}</TableHead>
          <TableHead className="text-right">{t("amount")}</TableHead>
          <TableHead>{t("reason")}</TableHead>
          <TableHead>{t("kind")}</TableHead>
          <TableHead>{t("bookingDate")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("assignee")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.rows.map((c) => (
          <TableRow key={c.id} className="has-[input:checked]:bg-muted">
            {canWork ? (
              <TableCell className="w-8 pr-0">
                <input
                  type="checkbox"
                  name="caseId"
                  value={c.id}
                  // Closed cases get no invitations; the service would refuse them anyway.
                  disabled={c.status === "RESOLVED" || c.status === "CLOSED"}
                  aria-label={tInvite("selectCase", { number: c.number })}
                  className="size-4 align-middle accent-primary disabled:opacity-40"
                  data-testid="case-select"
                />
              </TableCell>
            ) : null}
            <TableCell className="font-mono">
              <Link
                href={`/storneringen/${c.id}`}
                className="font-medium text-primary underline-offset-4 hover:underline"
                data-testid="case-link"
              >
                #{c.number}
              </Link>
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {c.reversal.collection.debtor.name}
              {c.reversal.collection.invoiceReference ? (
                <span className="block text-xs text-muted-foreground">
                  {c.reversal.collection.invoiceReference}
                </span>
              ) : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {formatMoney(c.reversal.amountCents, c.currency, lang)}
            </TableCell>
            <TableCell>
              {/* Narrower than the cell's own cap so the whole row fits beside the sidebar. */}
              <div className="max-w-48">
                <ReasonCell code={c.reversal.reasonCode} kind={c.reversal.kind} lang={lang} />
              </div>
            </TableCell>
            <TableCell>{tKind(c.reversal.kind)}</TableCell>
            <TableCell>
              <span className="block min-w-28">{formatDate(c.reversal.bookingDate, lang)}</span>
            </TableCell>
            <TableCell>
              <Badge
                variant={
                  c.status === "RESOLVED" || c.status === "CLOSED"
                    ? "success"
                    : c.status === "NEW"
                      ? "warning"
                      : "secondary"
                }
              >
                {tStatus(c.status)}
              </Badge>
            </TableCell>
            <TableCell>{c.assignee?.name ?? tCommon("none")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("filterStatus")} className="mb-4 flex flex-wrap gap-2">
        {[undefined, ...Object.values(CaseStatus)].map((s) => (
          <Button key={s ?? "all"} asChild size="sm" variant={query.status === s ? "default" : "outline"}>
            <Link href={href({ status: s })} aria-current={query.status === s ? "page" : undefined}>
              {s ? tStatus(s) : tCommon("all")}
            </Link>
          </Button>
        ))}
      </nav>
      {result.rows.length === 0 ? (
        <EmptyState
          icon={<Inbox />}
          title={t("title")}
          description={query.status ? t("emptyFiltered") : t("empty")}
          action={
            query.status ? undefined : (
              <Button asChild>
                <Link href="/imports">Imports</Link>
              </Button>
            )
          }
        />
      ) : (
        <>
          <p className="mb-2 text-sm text-muted-foreground">{t("count", { count: result.total })}</p>
          {canWork ? <BulkInvitationForm>{table}</BulkInvitationForm> : table}
          <nav
            aria-label={tCommon("page", { page: result.page, pages: result.pages })}
            className="mt-4 flex items-center justify-between text-sm"
          >
            <span>{tCommon("page", { page: result.page, pages: result.pages })}</span>
            <span className="flex gap-2">
              {result.page > 1 ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={href({ status: query.status, page: result.page - 1 })}>
                    {tCommon("previous")}
                  </Link>
                </Button>
              ) : null}
              {result.page < result.pages ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={href({ status: query.status, page: result.page + 1 })}>{tCommon("next")}</Link>
                </Button>
              ) : null}
            </span>
          </nav>
        </>
      )}
    </>
  );
}
