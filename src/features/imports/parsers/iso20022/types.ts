/** Kind of R-transaction, in SEPA terms (EPC SDD rulebook). */
export type ReversalKind = "REJECT" | "REFUSAL" | "RETURN" | "REFUND" | "REVERSAL";

export type SequenceType = "FRST" | "RCUR" | "OOFF" | "FNAL";

/** One direct debit that came back, as read from a bank file. */
export interface ParsedReversal {
  endToEndId: string;
  mandateId?: string;
  /** yyyy-mm-dd */
  mandateSignedOn?: string;
  /** Original collection amount in minor units (cents); never includes charges. */
  amountCents: number;
  /** ISO 4217 code as the bank wrote it; amounts are never converted. */
  currency: string;
  /** Charges the bank took for this reversal, in the same minor units. */
  chargesCents: number;
  bookingDate?: string;
  requestedCollectionDate?: string;
  sequenceType?: SequenceType;
  reasonCode: string;
  reasonInfo?: string;
  kind: ReversalKind;
  debtorName?: string;
  debtorIban?: string;
  bankReference?: string;
  /** Structured creditor reference (RmtInf/Strd/CdtrRefInf/Ref), if the collection carried one. */
  creditorReference?: string;
  description?: string;
  /** Stable per reversal: the same reversal in two overlapping statements gets the same key. */
  dedupeKey: string;
  /** Position of the transaction in the file, 1-based, for error messages. */
  index: number;
}

/** One collection from a pain.008 the creditor sent the bank. */
export interface ParsedCollection {
  endToEndId: string;
  mandateId?: string;
  mandateSignedOn?: string;
  sequenceType?: SequenceType;
  amountCents: number;
  currency: string;
  /** ReqdColltnDt, yyyy-mm-dd */
  collectionDate: string;
  debtorName?: string;
  debtorIban?: string;
  description?: string;
  index: number;
}

export type Iso20022Family = "camt.052" | "camt.053" | "camt.054" | "pain.002" | "pain.008";

export type Iso20022Format = {
  family: Iso20022Family;
  /** e.g. "001.02" */
  version: string;
  /** e.g. "camt.054.001.02" */
  name: string;
};

export type Iso20022Event =
  | { type: "format"; format: Iso20022Format }
  | { type: "reversal"; reversal: ParsedReversal }
  | { type: "collection"; collection: ParsedCollection }
  | { type: "skipped"; reason: string; index: number };

export interface ParseOptions {
  /** Refuse input larger than this many bytes (default 200 MB). */
  maxBytes?: number;
}

export interface Iso20022ParseResult {
  format: Iso20022Format;
  reversals: ParsedReversal[];
  collections: ParsedCollection[];
  skipped: { reason: string; index: number }[];
}
