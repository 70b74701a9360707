import { z } from "zod";
import { isIsoDate } from "@/lib/dates";
import { isValidIban } from "@/lib/iban";

const isoDate = z.string().refine(isIsoDate, "must be a date as yyyy-mm-dd");

/** One reversal pushed by an ERP (POST /api/v1/reversals → importReversalRecords). */
export const reversalRecordSchema = z.object({
  endToEndId: z.string().trim().min(1).max(35),
  mandateId: z.string().trim().min(1).max(35).optional(),
  amountCents: z.number().int().positive().max(2_147_483_647),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR")
    .optional(),
  reasonCode: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{4}$/, "must be a four-character ISO reason code such as MD06"),
  kind: z.enum(["REJECT", "REFUSAL", "RETURN", "REFUND", "REVERSAL"]).optional(),
  bookingDate: isoDate,
  chargesCents: z.number().int().nonnegative().max(2_147_483_647).optional(),
  reasonInfo: z.string().max(500).optional(),
  collectionDate: isoDate.optional(),
  sequenceType: z.enum(["FRST", "RCUR", "OOFF", "FNAL"]).optional(),
  description: z.string().max(500).optional(),
  debtor: z
    .object({
      name: z.string().trim().min(1).max(200).optional(),
      iban: z.string().refine(isValidIban, "is not a valid IBAN").optional(),
      email: z.email().optional(),
      phone: z.string().max(40).optional(),
      locale: z.enum(["nl", "en"]).optional(),
    })
    .optional(),
});

export type ReversalRecordInput = z.infer<typeof reversalRecordSchema>;

export const reversalRecordsSchema = z.array(reversalRecordSchema).min(1).max(10_000);
