"use client";

import { CircleCheck, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import type { ImportSummaryJson } from "./types";

function Stat({
  label,
  value,
  tone,
  testId,
}: {
  label: string;
  value: number;
  tone?: "good" | "bad" | "muted";
  testId: string;
}) {
  return (
    <div className="rounded-md border bg-background px-4 py-3">
      <dt className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{label}</dt>
      <dd
        data-testid={testId}
        className={cn(
          "mt-1 text-2xl font-semibold tabular-nums",
          tone === "good" && value > 0 && "text-success",
          tone === "bad" && value > 0 && "text-destructive",
        )}
      >
        {value}
      </dd>
    </div>
  );
}

/** What an import did: created, duplicates, skipped and rejected rows (with their line numbers). */
export function ImportSummaryCard({
  summary,
  fileName,
  onAnother,
}: {
  summary: ImportSummaryJson;
  fileName: string;
  onAnother: () => void;
}) {
  const t = useTranslations("imports");
  const tf = useTranslations("imports.format");
  const hasErrors = summary.errors.length > 0;
  const isCollections = summary.format === "PAIN_008" || summary.format === "CSV_COLLECTIONS";
  const counts = isCollections ? summary.collections : summary.reversals;
  return (
    <Card data-testid="import-summary" role="status" aria-live="polite">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          {hasErrors ? (
            <TriangleAlert aria-hidden="true" className="size-5 text-warning" />
          ) : (
            <CircleCheck aria-hidden="true" className="size-5 text-success" />
          )}
          {hasErrors ? t("summary.titleWithErrors") : t("summary.title")}
        </CardTitle>
        <CardDescription>
          {fileName} · {tf.has(summary.format) ? tf(summary.format) : summary.format} ·{" "}
          {isCollections ? t("summary.collections") : t("summary.reversals")}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label={t("summary.created")} value={counts.created} tone="good" testId="summary-created" />
          <Stat label={t("summary.duplicates")} value={counts.duplicates} testId="summary-duplicates" />
          <Stat label={t("summary.skipped")} value={summary.skipped} testId="summary-skipped" />
          <Stat
            label={t("summary.errors")}
            value={summary.errors.length}
            tone="bad"
            testId="summary-errors"
          />
        </dl>
        {hasErrors ? (
          <div>
            <h3 className="mb-2 text-sm font-semibold">{t("summary.rejectedRows")}</h3>
            <ul className="grid gap-1.5 text-sm" data-testid="summary-error-list">
              {summary.errors.slice(0, 20).map((e, i) => (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: errors have no id
                  key={i}
                  className="flex gap-3 rounded-md bg-destructive-subtle px-3 py-2 text-destructive-subtle-foreground"
                >
                  <span className="shrink-0 font-mono font-semibold tabular-nums">
                    {e.line !== undefined
                      ? t("summary.line", { line: e.line })
                      : e.index !== undefined
                        ? t("summary.item", { index: e.index + 1 })
                        : "—"}
                  </span>
                  <span>
                    {e.endToEndId ? <span className="font-mono">{e.endToEndId}: </span> : null}
                    {e.message}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </CardContent>
      <CardFooter className="flex-wrap">
        <Button asChild>
          <Link href={`/imports/${summary.importId}`}>{t("summary.viewDetails")}</Link>
        </Button>
        {counts.created > 0 && !isCollections ? (
          <Button asChild variant="outline">
            <Link href="/storneringen">{t("summary.viewCases")}</Link>
          </Button>
        ) : null}
        <Button type="button" variant="ghost" onClick={onAnother}>
          {t("upload.another")}
        </Button>
      </CardFooter>
    </Card>
  );
}
