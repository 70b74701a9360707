import { REASON_CODES } from "./catalogue";
import type { DescribedReason, ReasonCodeInfo, ReversalKind } from "./types";

export { REASON_CODES } from "./catalogue";
export type {
  DescribedReason,
  LocalisedText,
  ReasonCategory,
  ReasonCodeInfo,
  RetryPolicy,
  ReversalKind,
} from "./types";
export { REVERSAL_KINDS } from "./types";

const BY_CODE: ReadonlyMap<string, ReasonCodeInfo> = new Map(REASON_CODES.map((r) => [r.code, r]));

/** Banks and spreadsheets deliver " ms03" or "am04\n"; the code itself is case-insensitive. */
export function normaliseReasonCode(code: string): string {
  return code.trim().toUpperCase();
}

export function getReasonCode(code: string): ReasonCodeInfo | undefined {
  return BY_CODE.get(normaliseReasonCode(code));
}

/**
 * Catalogue entry for a code, or an explicit `{ known: false }` entry that keeps the code as it came
 * (trimmed, upper-cased) so the UI can still show it and staff can look it up.
 */
export function describeReason(code: string, kind?: ReversalKind): DescribedReason {
  const normalised = normaliseReasonCode(code);
  const info = BY_CODE.get(normalised);
  if (!info) return kind ? { known: false, code: normalised, kind } : { known: false, code: normalised };
  const kindNote = kind ? info.kindNotes?.[kind] : undefined;
  return {
    ...info,
    known: true,
    ...(kind ? { kind } : {}),
    expectedForKind: kind ? info.rTypes.includes(kind) : true,
    ...(kindNote ? { kindNote } : {}),
  };
}

/** All catalogue entries, sorted by code. */
export function listReasonCodes(): ReasonCodeInfo[] {
  return [...REASON_CODES].sort((a, b) => a.code.localeCompare(b.code));
}
