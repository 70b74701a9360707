import { createHash } from "node:crypto";
import { normalizeIban } from "./iban";

/** SHA-256 (hex) of the normalised IBAN, so reversals can be matched to debtors without storing the IBAN. */
export function hashIban(iban: string): string {
  return createHash("sha256").update(normalizeIban(iban)).digest("hex");
}
