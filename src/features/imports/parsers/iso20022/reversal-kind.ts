import type { Iso20022Family, ReversalKind } from "./types";

/**
 * The R-type as the bank states it, if it does: ABN AMRO's /RTYP/ text, or a code
 * such as "/RTYP/RTRN" in RtrInf/AddtlInf.
 */
export function kindFromBankText(rtyp: string | undefined): ReversalKind | undefined {
  if (!rtyp) return undefined;
  const t = rtyp.toLowerCase().replace(/\s+/g, " ").trim();
  const code = t.toUpperCase();
  if (code === "RJCT" || code === "REJECT") return "REJECT";
  if (code === "RTRN" || code === "RETURN") return "RETURN";
  if (code === "RFND" || code === "REFUND") return "REFUND";
  if (code === "RFSL" || code === "REFUSAL") return "REFUSAL";
  if (code === "RVSL" || code === "REVERSAL") return "REVERSAL";
  if (t.includes("niet uitgevoerd")) return "REJECT";
  if (t.includes("weigering")) return "REFUSAL";
  if (t.includes("terugboeking bank")) return "RETURN";
  // Creditor-initiated cancellation after settlement ("storno/terugboeking incassant").
  if (t.includes("incassant") || t.includes("crediteur")) return "REVERSAL";
  if (t.includes("terugboeking") || t.includes("storno")) return "REFUND";
  return undefined;
}

/** Fallback when the bank does not say which R-transaction it is. */
export function deriveKind(family: Iso20022Family, reasonCode: string): ReversalKind {
  if (family === "pain.002") {
    // pain.002 reports what failed before settlement: a refusal by the debtor, else a reject.
    return reasonCode === "MS02" ? "REFUSAL" : "REJECT";
  }
  // After settlement: MD06 is the debtor's 8-week refund, MD01 the 13-month one (no mandate).
  if (reasonCode === "MD06" || reasonCode === "MD01") return "REFUND";
  return "RETURN";
}
