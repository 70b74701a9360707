/**
 * The response form's light phone and IBAN checks, for the browser (no libraries: they ship in the
 * form's JavaScript). The server runs the strict ones (field-checks.server.ts) in the same schema.
 */

// IBAN length per SEPA country (EPC409, as ibantools knows them), so "NL91ABNA041716430" fails early.
const IBAN_LENGTH: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/**
 * An IBAN in electronic form ("NL91ABNA0417164300"): two letters, two check digits, 11–30 letters or
 * digits, the country's length where it is a SEPA country, and ISO 7064 mod 97-10 = 1.
 */
export function ibanChecksumValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const length = IBAN_LENGTH[iban.slice(0, 2)];
  if (length !== undefined && iban.length !== length) return false;
  let rest = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const code = ch.charCodeAt(0);
    // Letters count as two digits (A=10 … Z=35).
    rest = code >= 65 ? (rest * 100 + code - 55) % 97 : (rest * 10 + code - 48) % 97;
  }
  return rest === 1;
}

/**
 * A phone number's shape: 6–15 digits, an optional leading +, spaces, dots, dashes and brackets
 * allowed ("06-12345678", "+31 (0)20 123 4567"). Returns the digits, or null.
 */
export function loosePhone(value: string): string | null {
  const compact = value.trim().replace(/[\s().-]/g, "");
  return /^\+?\d{6,15}$/.test(compact) ? compact : null;
}
