import { z } from "zod";
import { reversalRecordSchema } from "@/features/imports/schemas";

// The zod schemas of the REST API (/api/v1). The route handlers validate with them and openapi.ts turns
// the very same schemas into the OpenAPI document; `.meta({ id })` names the component.

const REVERSAL_KINDS = ["REJECT", "REFUSAL", "RETURN", "REFUND", "REVERSAL"] as const;
const SEQUENCE_TYPES = ["FRST", "RCUR", "OOFF", "FNAL"] as const;
const CASE_STATUSES = ["NEW", "INVITED", "OPENED", "RESPONDED", "IN_PROGRESS", "RESOLVED", "CLOSED"] as const;
const CASE_OUTCOMES = [
  "PAID",
  "RECOLLECTED",
  "ARRANGEMENT",
  "DISPUTED",
  "WRITTEN_OFF",
  "UNREACHABLE",
] as const;

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Verwacht een datum als jjjj-mm-dd")
  .refine(isRealDate, "Geen bestaande datum")
  .meta({ format: "date", example: "2026-12-03" });

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z
        .enum([
          "UNAUTHORIZED",
          "FORBIDDEN",
          "NOT_FOUND",
          "CONFLICT",
          "TOO_LARGE",
          "INVALID",
          "RATE_LIMITED",
          "INTERNAL",
        ])
        .meta({ description: "Stable machine-readable code" }),
      message: z.string().meta({ description: "Human-readable explanation (Dutch)" }),
      details: z
        .unknown()
        .optional()
        .meta({
          description:
            "For INVALID: `issues: [{ path, message }]`; for idempotency conflicts: `reason` " +
            "(IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_USE, IDEMPOTENCY_KEY_INVALID); for refused imports: `importId`.",
        }),
    }),
  })
  .meta({ id: "Error" });

// The import pipeline's own record schema: the API validates with exactly what importReversalRecords accepts.
export const reversalInputSchema = reversalRecordSchema.meta({ id: "ReversalInput" });

export const MAX_REVERSALS_PER_REQUEST = 1000;

export const createReversalsRequestSchema = z
  .object({
    reversals: z
      .array(reversalInputSchema)
      .min(1, "Minimaal 1 stornering")
      .max(MAX_REVERSALS_PER_REQUEST, `Maximaal ${MAX_REVERSALS_PER_REQUEST} storneringen per verzoek`),
  })
  .meta({ id: "CreateReversalsRequest" });

export const createReversalsResponseSchema = z
  .object({
    importId: z.string().uuid(),
    results: z.array(
      z.object({
        index: z.number().int().meta({ description: "Position in the request's `reversals` array" }),
        outcome: z.enum(["created", "duplicate"]),
        reversalId: z.string().uuid(),
        caseId: z.string().uuid(),
      }),
    ),
  })
  .meta({ id: "CreateReversalsResponse" });

const countSchema = z.object({ created: z.number().int(), duplicates: z.number().int() });

export const importSummarySchema = z
  .object({
    importId: z.string().uuid(),
    format: z
      .string()
      .meta({ example: "camt.054.001.02", description: 'ISO 20022 message name and version, or "csv"' }),
    reversals: countSchema,
    collections: countSchema,
    skipped: z.number().int(),
    errors: z.array(
      z.object({
        line: z.number().int().optional(),
        index: z.number().int().optional(),
        endToEndId: z.string().optional(),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: "ImportSummary" });

export const importUploadSchema = z
  .object({
    mapping: z
      .string()
      .optional()
      .meta({ description: "JSON CSV column mapping (CSV only). Send it before `file`." }),
    file: z.string().meta({ format: "binary", description: "camt.052/053/054, pain.002/008 or CSV" }),
  })
  .meta({ id: "ImportUpload" });

export const listReversalsQuerySchema = z.object({
  endToEndId: z.string().trim().min(1).max(35).optional(),
  reasonCode: z.string().trim().min(1).max(4).optional(),
  from: isoDateSchema.optional().meta({ description: "Booking date from (inclusive)" }),
  to: isoDateSchema.optional().meta({ description: "Booking date to (inclusive)" }),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const localisedSchema = z.object({ nl: z.string(), en: z.string() });

export const reasonSchema = z
  .object({
    code: z.string(),
    known: z.boolean(),
    isoName: z.string().nullable(),
    explanation: localisedSchema.nullable().meta({ description: "Staff explanation in Dutch and English" }),
  })
  .meta({ id: "Reason" });

export const caseSummarySchema = z
  .object({
    id: z.string().uuid(),
    number: z.number().int(),
    status: z.enum(CASE_STATUSES),
    outcome: z.enum(CASE_OUTCOMES).nullable(),
  })
  .meta({ id: "CaseSummary" });

export const reversalItemSchema = z
  .object({
    id: z.string().uuid(),
    endToEndId: z.string(),
    mandateId: z.string().nullable(),
    amountCents: z.number().int(),
    chargesCents: z.number().int(),
    currency: z.string(),
    reason: reasonSchema,
    reasonInfo: z.string().nullable(),
    kind: z.enum(REVERSAL_KINDS),
    bookingDate: isoDateSchema,
    source: z.string(),
    createdAt: z.string().meta({ format: "date-time" }),
    case: caseSummarySchema.nullable(),
  })
  .meta({ id: "Reversal" });

export const reversalListSchema = z
  .object({
    items: z.array(reversalItemSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pages: z.number().int(),
  })
  .meta({ id: "ReversalList" });

export const caseIdParamsSchema = z.object({
  id: z.string().uuid("Geen geldig zaak-id").meta({ description: "Case id (UUID)" }),
});

const dateTime = z.string().meta({ format: "date-time" });

export const caseDetailSchema = z
  .object({
    id: z.string().uuid(),
    number: z.number().int(),
    status: z.enum(CASE_STATUSES),
    outcome: z.enum(CASE_OUTCOMES).nullable(),
    openAmountCents: z.number().int(),
    currency: z.string(),
    respondedAt: dateTime.nullable(),
    resolvedAt: dateTime.nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
    reversal: z.object({
      id: z.string().uuid(),
      amountCents: z.number().int(),
      chargesCents: z.number().int(),
      currency: z.string(),
      reason: reasonSchema,
      reasonInfo: z.string().nullable(),
      kind: z.enum(REVERSAL_KINDS),
      bookingDate: isoDateSchema,
      source: z.string(),
    }),
    collection: z.object({
      id: z.string().uuid(),
      endToEndId: z.string(),
      mandateId: z.string().nullable(),
      sequenceType: z.enum(SEQUENCE_TYPES).nullable(),
      amountCents: z.number().int(),
      currency: z.string(),
      collectionDate: isoDateSchema,
      description: z.string().nullable(),
      invoiceReference: z.string().nullable(),
      ibanMasked: z.string().nullable().meta({ description: "Masked IBAN; the full IBAN is never returned" }),
    }),
    debtor: z.object({
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
    events: z.array(
      z.object({
        id: z.string().uuid(),
        type: z.string(),
        data: z.unknown().nullable(),
        actorType: z.string(),
        createdAt: dateTime,
      }),
    ),
  })
  .meta({ id: "Case" });

export type ReversalItem = z.infer<typeof reversalItemSchema>;
export type ReversalList = z.infer<typeof reversalListSchema>;
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type ListReversalsQuery = z.output<typeof listReversalsQuerySchema>;

export const createResponseLinkRequestSchema = z
  .object({ validityDays: z.number().int().min(1).max(365).optional() })
  .strict()
  .meta({ id: "CreateResponseLinkRequest" });

export const responseLinkSchema = z
  .object({
    url: z.string().url().meta({ description: "The consumer's personal link; not stored, send it now" }),
    expiresAt: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "ResponseLink" });
