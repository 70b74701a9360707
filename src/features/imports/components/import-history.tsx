import { FileClock } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportListItem } from "@/features/imports/imports.server";
import { formatDateTime } from "@/lib/dates";
import type { UiLocale } from "@/lib/money";
import { ImportStatusBadge } from "./import-status-badge";
import { formatBytes } from "./types";

/** Who started an import: a user's name, or the API key it came through. */
export function importedBy(
  row: Pick<ImportListItem, "createdBy" | "apiKey">,
  t: (key: string, values?: Record<string, string>) => string,
): string {
  if (row.createdBy) return row.createdBy.name;
  if (row.apiKey) return t("history.apiKey", { name: row.apiKey.name });
  return t("history.unknownUser");
}

export function importCounts(row: ImportListItem) {
  const collections = row.format === "PAIN_008" || row.format === "CSV_COLLECTIONS";
  return {
    created: collections ? row.collectionsCreated : row.reversalsCreated,
    duplicates: collections ? row.collectionsDuplicate : row.reversalsDuplicate,
    skipped: row.skipped,
    errors: row.errorCount,
  };
}

/** The history table under the drop zone, newest first, with pagination links. */
export async function ImportHistory({
  rows,
  total,
  page,
  pageSize,
  lang,
}: {
  rows: ImportListItem[];
  total: number;
  page: number;
  pageSize: number;
  lang: UiLocale;
}) {
  const [t, tCommon] = await Promise.all([getTranslations("imports"), getTranslations("common")]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => (p > 1 ? `/imports?page=${p}` : "/imports");

  return (
    <div className="mt-10">
      <h2 id="import-history-title" className="mb-3 text-lg font-semibold tracking-tight">
        {t("history.title")}
      </h2>
      {rows.length === 0 ? (
        <EmptyState
          icon={<FileClock />}
          titleAs="h3"
          title={t("history.emptyTitle")}
          description={t("empty")}
        />
      ) : (
        <>
          <div className="rounded-lg border bg-card">
            <Table label={t("history.title")} data-testid="import-history">
              <TableHeader>
                <TableRow>
                  <TableHead>{t("history.when")}</TableHead>
                  <TableHead>{t("history.file")}</TableHead>
                  <TableHead>{t("history.format")}</TableHead>
                  <TableHead>{t("history.by")}</TableHead>
                  <TableHead>{t("history.counts")}</TableHead>
                  <TableHead>{t("history.status")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => {
                  const c = importCounts(row);
                  return (
                    <TableRow key={row.id} data-import-id={row.id}>
                      <TableCell className="whitespace-nowrap tabular-nums">
                        {formatDateTime(row.startedAt, lang)}
                      </TableCell>
                      <TableCell className="max-w-72">
                        <Link
                          href={`/imports/${row.id}`}
                          className="block truncate font-medium text-primary underline-offset-4 hover:underline"
                          title={row.fileName}
                        >
                          {row.fileName}
                        </Link>
                        <span className="text-xs text-muted-foreground">
                          {formatBytes(row.sizeBytes, lang)}
                        </span>
                      </TableCell>
                      <TableCell className="font-mono text-xs whitespace-nowrap">{row.formatName}</TableCell>
                      <TableCell className="whitespace-nowrap">{importedBy(row, t)}</TableCell>
                      <TableCell className="text-sm">
                        {row.status === "FAILED" ? (
                          <span className="line-clamp-2 text-destructive" title={row.firstError ?? undefined}>
                            {row.firstError}
                          </span>
                        ) : (
                          <>
                            <span className="whitespace-nowrap">
                              {t("history.countsText", {
                                created: c.created,
                                duplicates: c.duplicates,
                                skipped: c.skipped,
                              })}
                            </span>
                            {c.errors ? (
                              <span className="block text-xs text-destructive">
                                {t("history.errorsText", { count: c.errors })}
                              </span>
                            ) : null}
                          </>
                        )}
                      </TableCell>
                      <TableCell>
                        <ImportStatusBadge
                          status={row.status}
                          label={t(`status.${row.status}`)}
                          hasErrors={c.errors > 0}
                        />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          {pages > 1 ? (
            <nav
              aria-label={tCommon("page", { page, pages })}
              className="mt-4 flex items-center justify-between text-sm"
            >
              <span>{tCommon("page", { page, pages })}</span>
              <span className="flex gap-2">
                {page > 1 ? (
                  <Button asChild variant="outline" size="sm">
                    <Link href={href(page - 1)}>{tCommon("previous")}</Link>
                  </Button>
                ) : null}
                {page < pages ? (
                  <Button asChild variant="outline" size="sm">
                    <Link href={href(page + 1)}>{tCommon("next")}</Link>
                  </Button>
                ) : null}
              </span>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
