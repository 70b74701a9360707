import { createHash } from "node:crypto";
import { requireCents } from "./amount";
import { missingElement } from "./bank-file-error";
import { deriveKind } from "./reversal-kind";
import type { Iso20022Family, ParsedReversal, ReversalKind, SequenceType } from "./types";
import { text, type XNode } from "./xml-tree";

export interface Money {
  cents: number;
  currency: string;
}

/** What a mapper could read for one reversal; finalizeReversal checks what is required. */
export interface ReversalDraft {
  index: number;
  endToEndId?: string;
  mandateId?: string;
  mandateSignedOn?: string;
  amount?: Money;
  /** Which element the amount came from, for the missing-element message. */
  amountElement: string;
  chargesCents: number;
  bookingDate?: string;
  requestedCollectionDate?: string;
  sequenceType?: SequenceType;
  reasonCode?: string;
  reasonElement: string;
  reasonInfo?: string;
  bankKind?: ReversalKind;
  debtorName?: string;
  debtorIban?: string;
  bankReference?: string;
  creditorReference?: string;
  description?: string;
}

/** Amount element with its Ccy attribute, parsed to cents. */
export function readMoney(
  node: XNode | undefined,
  element: string,
  index: number,
  e2e?: string,
): Money | undefined {
  if (!node) return undefined;
  const raw = text(node, "");
  if (raw === undefined) return undefined;
  return {
    cents: requireCents(raw, element, index, e2e),
    currency: node.attrs?.Ccy?.trim().toUpperCase() || "EUR",
  };
}

export function sequenceType(raw: string | undefined): SequenceType | undefined {
  const t = raw?.toUpperCase();
  return t === "FRST" || t === "RCUR" || t === "OOFF" || t === "FNAL" ? t : undefined;
}

export function normalizeIban(raw: string | undefined): string | undefined {
  const t = raw?.replace(/\s+/g, "").toUpperCase();
  return t ? t : undefined;
}

/**
 * Same reversal in two overlapping statements → same key; another return of the same
 * collection differs in reason, kind, amount or date. The bank reference is left out on
 * purpose: intraday (camt.052) and end-of-day (camt.053) files may number differently.
 */
export function dedupeKey(r: {
  endToEndId: string;
  reasonCode: string;
  kind: ReversalKind;
  amountCents: number;
  currency: string;
  bookingDate?: string;
  requestedCollectionDate?: string;
}): string {
  const parts = [
    r.endToEndId,
    r.reasonCode,
    r.kind,
    String(r.amountCents),
    r.currency,
    r.bookingDate ?? r.requestedCollectionDate ?? "",
  ];
  return createHash("sha256").update(parts.join("|")).digest("hex");
}

export function finalizeReversal(d: ReversalDraft, family: Iso20022Family): ParsedReversal {
  if (!d.endToEndId) {
    throw missingElement(family === "pain.002" ? "OrgnlEndToEndId" : "Refs/EndToEndId", d.index);
  }
  if (!d.amount) throw missingElement(d.amountElement, d.index, d.endToEndId);
  if (!d.reasonCode) throw missingElement(d.reasonElement, d.index, d.endToEndId);
  const kind = d.bankKind ?? deriveKind(family, d.reasonCode);
  const base = {
    endToEndId: d.endToEndId,
    amountCents: d.amount.cents,
    currency: d.amount.currency,
    reasonCode: d.reasonCode,
    kind,
    bookingDate: d.bookingDate,
    requestedCollectionDate: d.requestedCollectionDate,
  };
  const out: ParsedReversal = {
    endToEndId: base.endToEndId,
    amountCents: base.amountCents,
    currency: base.currency,
    chargesCents: d.chargesCents,
    reasonCode: base.reasonCode,
    kind,
    dedupeKey: dedupeKey(base),
    index: d.index,
  };
  // Absent fields stay absent (not undefined) so results compare and serialise cleanly.
  // Plain assignments: this runs 100,000 times for a big file.
  if (d.bookingDate !== undefined) out.bookingDate = d.bookingDate;
  if (d.requestedCollectionDate !== undefined) out.requestedCollectionDate = d.requestedCollectionDate;
  if (d.mandateId !== undefined) out.mandateId = d.mandateId;
  if (d.mandateSignedOn !== undefined) out.mandateSignedOn = d.mandateSignedOn;
  if (d.sequenceType !== undefined) out.sequenceType = d.sequenceType;
  if (d.reasonInfo !== undefined) out.reasonInfo = d.reasonInfo;
  if (d.debtorName !== undefined) out.debtorName = d.debtorName;
  if (d.debtorIban !== undefined) out.debtorIban = d.debtorIban;
  if (d.bankReference !== undefined) out.bankReference = d.bankReference;
  if (d.creditorReference !== undefined) out.creditorReference = d.creditorReference;
  if (d.description !== undefined) out.description = d.description;
  return out;
}
