"use client";

import { FileSpreadsheet } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { controlClassName } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import {
  type CsvField,
  type CsvImportKind,
  FIELD_LABELS,
  fieldsFor,
  REQUIRED_FIELDS,
} from "@/features/imports/parsers/csv/fields";
import type { CsvMappingInput } from "@/features/imports/parsers/csv/mapping";
import { cn } from "@/lib/utils";

export interface CsvPreviewData {
  delimiter: ";" | "," | "\t";
  headers: string[];
  rows: string[][];
  rowLines: number[];
  /** Null when only the start of the file was read. */
  totalRows: number | null;
  kind: CsvImportKind;
  suggestedMapping: Partial<Record<CsvField, number>>;
}

/** Step 2 of a CSV import: pick the kind, map columns to fields (prefilled), check the first rows. */
export function CsvMappingStep({
  fileName,
  preview,
  lang,
  onKindChange,
  onCancel,
  onSubmit,
}: {
  fileName: string;
  preview: CsvPreviewData;
  lang: "nl" | "en";
  onKindChange: (kind: CsvImportKind) => void;
  onCancel: () => void;
  onSubmit: (mapping: CsvMappingInput) => void;
}) {
  const t = useTranslations("imports.mapping");
  const ids = useId();
  const [columns, setColumns] = useState<Partial<Record<CsvField, number>>>(preview.suggestedMapping);
  const [showMissing, setShowMissing] = useState(false);
  // Re-seed the selects when the server sends a new suggestion (after a kind change).
  const [seededFrom, setSeededFrom] = useState(preview);
  if (seededFrom !== preview) {
    setSeededFrom(preview);
    setColumns(preview.suggestedMapping);
    setShowMissing(false);
  }

  const required = REQUIRED_FIELDS[preview.kind] as readonly CsvField[];
  const missing = required.filter((f) => columns[f] === undefined);
  const mappedColumns = new Map<number, CsvField>();
  for (const [field, col] of Object.entries(columns))
    if (col !== undefined) mappedColumns.set(col, field as CsvField);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (missing.length) {
      setShowMissing(true);
      return;
    }
    onSubmit({ kind: preview.kind, delimiter: preview.delimiter, columns } as CsvMappingInput);
  };

  if (preview.headers.length === 0 || preview.rows.length === 0) {
    return (
      <Alert variant="destructive">
        <AlertDescription>
          <p>{t("empty")}</p>
          <Button type="button" variant="outline" size="sm" onClick={onCancel}>
            {t("cancel")}
          </Button>
        </AlertDescription>
      </Alert>
    );
  }

  return (
    <Card data-testid="csv-mapping">
      <form onSubmit={submit} noValidate>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <FileSpreadsheet aria-hidden="true" className="size-5 text-primary" />
            {t("title")}
          </CardTitle>
          <CardDescription>{t("description", { file: fileName })}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <fieldset className="grid gap-2">
            <legend className="mb-2 text-sm font-medium">{t("kind")}</legend>
            <div className="flex flex-wrap gap-2">
              {(["reversals", "collections"] as const).map((kind) => (
                <label
                  key={kind}
                  className={cn(
                    "flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                    preview.kind === kind ? "border-primary bg-accent font-medium" : "border-input",
                  )}
                >
                  <input
                    type="radio"
                    name="kind"
                    value={kind}
                    checked={preview.kind === kind}
                    onChange={() => onKindChange(kind)}
                    className="accent-primary"
                  />
                  {kind === "reversals" ? t("kindReversals") : t("kindCollections")}
                </label>
              ))}
            </div>
          </fieldset>

          <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
            {fieldsFor(preview.kind).map((field) => {
              const isRequired = required.includes(field);
              const id = `${ids}-${field}`;
              const invalid = showMissing && isRequired && columns[field] === undefined;
              return (
                <div key={field} className="grid gap-1.5">
                  <label htmlFor={id} className="text-sm font-medium">
                    {FIELD_LABELS[field][lang]}
                    {isRequired ? (
                      <>
                        <span aria-hidden="true" className="text-destructive">
                          {" "}
                          *
                        </span>
                        <span className="sr-only"> ({t("required")})</span>
                      </>
                    ) : null}
                  </label>
                  <select
                    id={id}
                    data-field={field}
                    className={cn(controlClassName, "h-10")}
                    aria-required={isRequired || undefined}
                    aria-invalid={invalid || undefined}
                    value={columns[field] === undefined ? "" : String(columns[field])}
                    onChange={(e) => {
                      const v = e.target.value;
                      setColumns((c) => {
                        const next = { ...c };
                        if (v === "") delete next[field];
                        else next[field] = Number(v);
                        return next;
                      });
                    }}
                  >
                    <option value="">{t("notMapped")}</option>
                    {preview.headers.map((h, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position
                      <option key={i} value={i}>
                        {h || t("column", { n: i + 1 })}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>

          {showMissing && missing.length ? (
            <Alert variant="destructive" data-testid="mapping-missing">
              <AlertDescription>
                {t("missing", { fields: missing.map((f) => FIELD_LABELS[f][lang]).join(", ") })}
              </AlertDescription>
            </Alert>
          ) : null}

          <div className="grid gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-sm font-semibold">{t("preview")}</h3>
              <p className="text-xs text-muted-foreground">
                {preview.totalRows === null
                  ? t("rowsShownPartial", { shown: preview.rows.length })
                  : t("rowsShown", { shown: preview.rows.length, total: preview.totalRows })}
              </p>
            </div>
            <Table label={t("preview")} data-testid="csv-preview">
              <TableHeader>
                <TableRow>
                  <TableHead className="w-14 text-right">{t("line")}</TableHead>
                  {preview.headers.map((h, i) => {
                    const field = mappedColumns.get(i);
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position
                      <TableHead key={i} className="whitespace-nowrap">
                        {h || t("column", { n: i + 1 })}
                        {field ? (
                          <span className="block text-xs font-normal tracking-normal text-primary normal-case">
                            → {FIELD_LABELS[field][lang]}
                          </span>
                        ) : null}
                      </TableHead>
                    );
                  })}
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.rows.map((row, r) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no id
                  <TableRow key={r}>
                    <TableCell className="text-right font-mono text-xs text-muted-foreground tabular-nums">
                      {preview.rowLines[r]}
                    </TableCell>
                    {preview.headers.map((_, c) => (
                      <TableCell
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by position
                        key={c}
                        className={cn(
                          "whitespace-nowrap",
                          mappedColumns.has(c) ? "" : "text-muted-foreground",
                        )}
                      >
                        {row[c] ?? ""}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="button" variant="outline" onClick={onCancel}>
            {t("cancel")}
          </Button>
          <Button type="submit">{t("submit")}</Button>
        </CardFooter>
      </form>
    </Card>
  );
}
