import { z } from "zod";
import { COLLECTION_FIELDS, FIELD_LABELS, REQUIRED_FIELDS, REVERSAL_FIELDS } from "./fields";

/** A column is referenced by 0-based index or by header name (case/space-insensitive). */
export const columnRefSchema = z.union([z.number().int().nonnegative(), z.string().trim().min(1)]);
export type ColumnRef = z.infer<typeof columnRefSchema>;

const options = {
  /** Omit to auto-detect (`;`, `,` or tab). */
  delimiter: z.enum([";", ",", "\t"]).optional(),
  /** Decimal separator, used only to resolve ambiguous amounts like `1.234` (see parseAmountToCents). */
  decimal: z.enum([",", "."]).optional(),
  /** Restrict dates to day-first or year-first notation; omit to accept both. */
  dateFormat: z.enum(["dmy", "ymd"]).optional(),
};

const reversalsMappingSchema = z.object({
  kind: z.literal("reversals"),
  ...options,
  columns: z.partialRecord(z.enum(REVERSAL_FIELDS), columnRefSchema),
});

const collectionsMappingSchema = z.object({
  kind: z.literal("collections"),
  ...options,
  columns: z.partialRecord(z.enum(COLLECTION_FIELDS), columnRefSchema),
});

/** Column mapping chosen in the import wizard; refuses mappings that leave a required field unmapped. */
export const csvMappingSchema = z
  .discriminatedUnion("kind", [reversalsMappingSchema, collectionsMappingSchema])
  .superRefine((m, ctx) => {
    const columns: Partial<Record<string, ColumnRef>> = m.columns;
    for (const field of REQUIRED_FIELDS[m.kind]) {
      if (columns[field] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["columns", field],
          message: `Verplicht veld '${field}' (${FIELD_LABELS[field].nl}) is niet aan een kolom gekoppeld`,
        });
      }
    }
  });

export type CsvMapping = z.infer<typeof csvMappingSchema>;
export type CsvMappingInput = z.input<typeof csvMappingSchema>;
export type ReversalsCsvMapping = Extract<CsvMapping, { kind: "reversals" }>;
export type CollectionsCsvMapping = Extract<CsvMapping, { kind: "collections" }>;

/** Thrown by parseCsv when the mapping is invalid or does not fit the file. */
export class CsvMappingError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join("; "));
    this.name = "CsvMappingError";
  }
}

/** Validates a mapping and returns Dutch, field-naming messages instead of a raw ZodError. */
export function validateCsvMapping(
  input: unknown,
): { ok: true; value: CsvMapping } | { ok: false; error: string; issues: string[] } {
  const r = csvMappingSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const issues = r.error.issues.map((i) =>
    i.code === "custom" ? i.message : `${i.path.join(".")}: ${i.message}`,
  );
  return { ok: false, error: issues.join("; "), issues };
}
