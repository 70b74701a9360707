// Safe for the browser (forms validate IBANs client-side); hashing lives in iban-hash.ts (node:crypto).
import { electronicFormatIBAN, isValidIBAN } from "ibantools";

/** Electronic form: no spaces or dashes, upper case ("nl91 abna 0417 1643 00" → "NL91ABNA0417164300"). */
export function normalizeIban(iban: string): string {
  return electronicFormatIBAN(iban.trim()) ?? "";
}

/** Structure, country length and mod-97 check digits, after normalising. */
export function isValidIban(iban: string): boolean {
  const normalized = normalizeIban(iban);
  return normalized.length > 0 && isValidIBAN(normalized);
}

/**
 * What we store and show instead of the IBAN: country and check digits plus the last four characters,
 * in groups of four ("NL91ABNA0417164300" → "NL91 **** **** **43 00"). Enough for a consumer to
 * recognise their account, too little to collect from it.
 */
export function maskIban(iban: string): string {
  const n = normalizeIban(iban);
  if (n.length < 8) return "*".repeat(n.length);
  const masked = n.slice(0, 4) + "*".repeat(n.length - 8) + n.slice(-4);
  return masked.replace(/(.{4})(?=.)/g, "$1 ");
}

// ISO 7064 mod 97-10 over a string of digits and letters (A=10 … Z=35), as for IBANs.
function mod97(value: string): number {
  let rest = 0;
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/**
 * SEPA creditor identifier check digits (EPC262-08): mod 97 over the national identifier followed by
 * the country code and "00"; the three-character business code is left out.
 */
export function creditorIdCheckDigits(countryCode: string, nationalId: string): string {
  const rest = mod97(`${nationalId}${countryCode}00`.toUpperCase());
  return String(98 - rest).padStart(2, "0");
}

/** "NL98ZZZ999999999999": country, check digits, business code, national identifier. */
export function isValidCreditorId(creditorId: string): boolean {
  const id = creditorId.replace(/\s+/g, "").toUpperCase();
  const m = /^([A-Z]{2})(\d{2})[A-Z0-9]{3}([A-Z0-9]{1,28})$/.exec(id);
  if (!m) return false;
  const [, country, check, nationalId] = m;
  return creditorIdCheckDigits(country!, nationalId!) === check;
}
