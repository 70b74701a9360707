import "server-only";
import { isValidIBAN } from "ibantools";
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { FieldChecks } from "./schemas";

/** E.164 for a Dutch-default phone number, or null when it is not a valid number. */
export function normalisePhone(v: string): string | null {
  const parsed = parsePhoneNumberFromString(v.trim(), "NL");
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * The strict checks the server runs in the response schema: libphonenumber (numbers are stored in
 * E.164) and ibantools (country structure as well as the check digits), as `isValidIban` does.
 */
export const serverFieldChecks: FieldChecks = { phone: normalisePhone, iban: isValidIBAN };
