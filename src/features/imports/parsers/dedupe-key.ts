import { createHash } from "node:crypto";
import type { ReversalKind } from "@/features/reasons/types";

export interface ReversalDedupeInput {
  endToEndId: string;
  reasonCode: string;
  /** Absent when the source does not say which R-transaction it is (CSV without a kind column). */
  kind?: ReversalKind | null;
  amountCents: number;
  /** Defaults to EUR, the only SEPA direct-debit currency. */
  currency?: string;
  /** Booking date (`yyyy-mm-dd`); falls back to the requested collection date when a source has no booking date. */
  date: string;
}

/**
 * Identity of one reversal across imports and sources: the same R-transaction in overlapping
 * statements or in both a CSV and a camt file gets the same key, while a second return of the same
 * collection differs in reason, kind, amount or date. Bank references are left out on purpose: intraday
 * and end-of-day statements may number differently.
 *
 * sha256 hex of `endToEndId|reasonCode|kind|amountCents|currency|date` — the exact recipe of the
 * ISO 20022 parser (`iso20022/reversal-draft.ts`), so both parsers can share this helper.
 */
export function reversalDedupeKey(r: ReversalDedupeInput): string {
  const parts = [
    r.endToEndId,
    r.reasonCode,
    r.kind ?? "",
    String(r.amountCents),
    r.currency ?? "EUR",
    r.date,
  ];
  return createHash("sha256").update(parts.join("|")).digest("hex");
}
