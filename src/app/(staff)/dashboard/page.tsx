import { BarChart3 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/features/auth/session.server";
import { getDashboardKpis } from "@/features/kpis/kpis.server";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requirePageUser("dashboard:view");
  const [t, tStatus, locale, kpis] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("caseStatus"),
    getLocale(),
    getDashboardKpis(),
  ]);
  const lang = locale === "en" ? "en" : "nl";
  const money = (c: number) => formatMoney(c, "EUR", lang);
  const pct = (v: number | null) =>
    v === null
      ? "—"
      : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(v);

  if (kpis.collections === 0 && kpis.reversals === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState
          icon={<BarChart3 />}
          title={t("title")}
          description={t("empty")}
          action={
            <Button asChild>
              <Link href="/imports">Imports</Link>
            </Button>
          }
        />
      </>
    );
  }

  const tiles = [
    {
      key: "successRate",
      value: pct(kpis.successRate),
      hint: t("successRateHint", { ok: kpis.collections - kpis.reversals, total: kpis.collections }),
    },
    {
      key: "reversals",
      value: String(kpis.reversals),
      hint: t("reversalsHint", { amount: money(kpis.reversedAmountCents) }),
    },
    {
      key: "recovered",
      value: money(kpis.recoveredAmountCents),
      hint: t("recoveredHint", { count: kpis.recoveredCases }),
    },
    { key: "open", value: money(kpis.openAmountCents), hint: t("openHint", { count: kpis.openCases }) },
    {
      key: "window",
      value: money(kpis.inWindowAmountCents),
      hint: t("windowHint", { count: kpis.inWindowCollections }),
    },
  ] as const;
  const maxReason = Math.max(1, ...kpis.byReason.map((r) => r.count));

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <section className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5" aria-label={t("title")}>
        {tiles.map((tile) => (
          <Card key={tile.key} data-kpi={tile.key}>
            <CardHeader className="pb-2">
              <CardDescription>{t(tile.key)}</CardDescription>
              <CardTitle asChild>
                <p className="text-2xl tabular-nums">{tile.value}</p>
              </CardTitle>
            </CardHeader>
            <CardContent className="text-sm text-muted-foreground">{tile.hint}</CardContent>
          </Card>
        ))}
      </section>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("byReason")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col gap-2">
              {kpis.byReason.map((r) => (
                <li key={r.code} className="grid grid-cols-[4rem_1fr_auto] items-center gap-3 text-sm">
                  <span className="font-mono">{r.code}</span>
                  <span
                    className="h-2 rounded bg-primary/80"
                    style={{ width: `${(r.count / maxReason) * 100}%` }}
                    aria-hidden="true"
                  />
                  <span className="tabular-nums">
                    {r.count} · {money(r.amountCents)}
                  </span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("byStatus")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid grid-cols-2 gap-2 text-sm">
              {kpis.byStatus.map((s) => (
                <li key={s.status} className="flex justify-between rounded border border-border px-3 py-2">
                  <Link
                    href={`/storneringen?status=${s.status}`}
                    className="underline-offset-4 hover:underline"
                  >
                    {tStatus(s.status)}
                  </Link>
                  <span className="tabular-nums">{s.count}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
