import { BankFileError, describeTransaction } from "./bank-file-error";

const DECIMAL = /^(\d{1,13})(?:\.(\d{1,5}))?$/;

/**
 * "15.5" → 1550. String arithmetic only: binary floats cannot hold 0.1 exactly, and
 * money must round-trip. Minor units are taken as 2 decimals for every currency
 * (SEPA and CHF both use 2). Returns undefined for text that is not an ISO decimal
 * or that has non-zero digits beyond cents.
 */
export function parseAmountToCents(raw: string): number | undefined {
  const m = DECIMAL.exec(raw.trim());
  if (!m) return undefined;
  const whole = m[1] ?? "0";
  const frac = (m[2] ?? "").padEnd(2, "0");
  if (/[^0]/.test(frac.slice(2))) return undefined;
  return Number(whole) * 100 + Number(frac.slice(0, 2));
}

/** Like parseAmountToCents, but refuses garbage with a message naming the element. */
export function requireCents(raw: string, element: string, index: number, endToEndId?: string): number {
  const cents = parseAmountToCents(raw);
  if (cents === undefined) {
    throw new BankFileError(
      "INVALID_VALUE",
      `Invalid amount "${raw.slice(0, 40)}" in ${element} of ${describeTransaction(index, endToEndId)}`,
      { element, index, endToEndId },
    );
  }
  return cents;
}
