/** The five SEPA Direct Debit R-transaction types (mirrors the Prisma enum of the same name). */
export type ReversalKind = "REJECT" | "REFUSAL" | "RETURN" | "REFUND" | "REVERSAL";

export const REVERSAL_KINDS: readonly ReversalKind[] = ["REJECT", "REFUSAL", "RETURN", "REFUND", "REVERSAL"];

export type LocalisedText = { nl: string; en: string };

export type ReasonCategory =
  | "funds"
  | "account"
  | "mandate"
  | "debtor-request"
  | "deceased"
  | "regulatory"
  | "technical"
  | "creditor"
  | "unspecified";

/**
 * Whether a new collection attempt is appropriate:
 * - allowed: re-collect (after fixing our own data, for technical/creditor codes);
 * - ask-first: contact the consumer before collecting again;
 * - never: do not collect again on this mandate/account without the consumer's explicit answer.
 */
export type RetryPolicy = "allowed" | "ask-first" | "never";

export interface ReasonCodeInfo {
  /** ISO 20022 external reason code as used by the EPC SDD rulebooks. */
  code: string;
  /** ISO 20022 name, e.g. "InsufficientFunds". */
  isoName: string;
  /** Explanation for staff (1–2 sentences). */
  staff: LocalisedText;
  /** Plain-language sentence for the consumer (Dutch in je-form). */
  consumer: LocalisedText;
  /** R-transaction types in which the EPC guidance allows this code. */
  rTypes: readonly ReversalKind[];
  category: ReasonCategory;
  retry: RetryPolicy;
  /** What staff should do or ask. */
  advice: LocalisedText;
  /** True for SDD B2B-only codes (AC13): a Core (consumer) collection should not see them. */
  b2bOnly?: boolean;
  /** Extra explanation when the code comes in a specific R-type (e.g. MD01 as a refund). */
  kindNotes?: Partial<Record<ReversalKind, LocalisedText>>;
}

export type DescribedReason =
  | (ReasonCodeInfo & {
      known: true;
      kind?: ReversalKind;
      /** False when the code is not expected in the given R-type (worth a second look, not an error). */
      expectedForKind: boolean;
      /** The kind-specific note, if the catalogue has one for `kind`. */
      kindNote?: LocalisedText;
    })
  | { known: false; code: string; kind?: ReversalKind };
