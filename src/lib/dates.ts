/**
 * Date helpers. Calendar dates travel as ISO `yyyy-mm-dd` strings (what SEPA files and Prisma
 * `@db.Date` columns mean: a day, not an instant). Arithmetic runs in UTC so DST never shifts a day;
 * display of instants uses Europe/Amsterdam, the creditor's legal time zone.
 */
import type { ParseResult, UiLocale } from "./money";

export const APP_TIME_ZONE = "Europe/Amsterdam";

const INTL_LOCALE: Record<UiLocale, string> = { nl: "nl-NL", en: "en-GB" };
const ODD_SPACES = /[\u00a0\u202f\u2007\u2009]/g;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Parses a strict ISO date into a UTC-midnight Date; throws on malformed/impossible input. */
function isoToUtc(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  if (!m || !isValidYmd(y, mo, d)) throw new RangeError(`Not an ISO date (yyyy-mm-dd): '${iso}'`);
  return new Date(Date.UTC(y, mo - 1, d));
}

function utcToIso(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The calendar date of an instant in Amsterdam (e.g. 2026-12-31T23:30Z is already 1 January there). */
export function toIsoDate(d: Date, timeZone = APP_TIME_ZONE): string {
  // en-CA formats as yyyy-mm-dd.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);
}

/** Today's date in Amsterdam as `yyyy-mm-dd`. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
}

/**
 * A bare `yyyy-mm-dd` string is a calendar day and is formatted as-is (no time-zone shift);
 * a Date or a full timestamp string is an instant and is shown in Amsterdam time.
 */
function toInstant(d: Date | string): { date: Date; timeZone: string } {
  if (typeof d === "string") {
    if (ISO_DATE.test(d)) return { date: isoToUtc(d), timeZone: "UTC" };
    const parsed = new Date(d);
    if (Number.isNaN(parsed.getTime())) throw new RangeError(`Not a date: '${d}'`);
    return { date: parsed, timeZone: APP_TIME_ZONE };
  }
  if (Number.isNaN(d.getTime())) throw new RangeError("Invalid Date");
  return { date: d, timeZone: APP_TIME_ZONE };
}

/** `3 december 2026` (nl) / `3 December 2026` (en). */
export function formatDate(d: Date | string, locale: UiLocale = "nl"): string {
  const { date, timeZone } = toInstant(d);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
  })
    .format(date)
    .replace(ODD_SPACES, " ");
}

/** `3 december 2026 om 11:00` (nl) / `3 December 2026 at 11:00` (en), 24-hour clock, Amsterdam time. */
export function formatDateTime(d: Date | string, locale: UiLocale = "nl"): string {
  const { date, timeZone } = toInstant(d);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
    .format(date)
    .replace(ODD_SPACES, " ");
}

export type DateErrorCode = "empty" | "invalid" | "impossible" | "out-of-range";

export interface ParseDateOptions {
  /** Restrict to day-first (`dd-mm-jjjj`) or year-first (`jjjj-mm-dd`, `jjjjmmdd`) input. */
  order?: "dmy" | "ymd";
}

// Sanity bounds: a year outside this range in a debit file is a typo, not history or the future.
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/**
 * Parses the date notations Dutch creditors and banks use into `yyyy-mm-dd`:
 * `dd-mm-jjjj`, `d-m-jjjj`, `dd/mm/jjjj`, `dd.mm.jjjj`, ISO `jjjj-mm-dd` (also with `/` or `.`), and
 * the compact `jjjjmmdd` found in ING exports. A trailing ISO time part (`T10:00:00Z`) is ignored.
 * Two-digit years and month-first (US) order are refused: both are guesses.
 */
export function parseDutchDate(
  input: string,
  opts: ParseDateOptions = {},
): ParseResult<string, DateErrorCode> {
  const s = input.trim();
  if (s === "") return { ok: false, code: "empty", error: "Empty date" };

  let y: number;
  let m: number;
  let d: number;
  const dmy = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s);
  const ymd = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (dmy && opts.order !== "ymd") {
    d = Number(dmy[1]);
    m = Number(dmy[3]);
    y = Number(dmy[4]);
  } else if (ymd && opts.order !== "dmy") {
    y = Number(ymd[1]);
    m = Number(ymd[3]);
    d = Number(ymd[4]);
  } else if (compact && opts.order !== "dmy") {
    y = Number(compact[1]);
    m = Number(compact[2]);
    d = Number(compact[3]);
  } else {
    return { ok: false, code: "invalid", error: `Not a date: '${input}'` };
  }

  if (!isValidYmd(y, m, d))
    return { ok: false, code: "impossible", error: `Date does not exist: '${input}'` };
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return {
      ok: false,
      code: "out-of-range",
      error: `Year out of range (${MIN_YEAR}–${MAX_YEAR}): '${input}'`,
    };
  }
  return { ok: true, value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

/** Strict check for an existing `yyyy-mm-dd` date. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return !!m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function addDays(isoDate: string, n: number): string {
  return utcToIso(new Date(isoToUtc(isoDate).getTime() + n * DAY_MS));
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, n: number): string {
  const d = isoToUtc(isoDate);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const day = Math.min(d.getUTCDate(), daysInMonth(y, m));
  return `${pad(y, 4)}-${pad(m)}-${pad(day)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  const day = isoToUtc(isoDate).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Easter Sunday (Gregorian), anonymous Gregorian / Meeus–Jones–Butcher algorithm. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** TARGET2 closing days of a year (the SEPA interbank calendar), sorted. */
export function targetHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [
    `${pad(year, 4)}-01-01`,
    addDays(easter, -2), // Good Friday
    addDays(easter, 1), // Easter Monday
    `${pad(year, 4)}-05-01`,
    `${pad(year, 4)}-12-25`,
    `${pad(year, 4)}-12-26`,
  ].sort();
}

const holidayCache = new Map<number, Set<string>>();

/** SEPA business (TARGET) day: not a weekend and not a TARGET2 holiday. Dutch national holidays are business days. */
export function isBusinessDay(isoDate: string): boolean {
  if (isoWeekday(isoDate) >= 6) return false;
  const year = Number(isoDate.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(targetHolidays(year));
    holidayCache.set(year, set);
  }
  return !set.has(isoDate);
}

/**
 * Moves `n` TARGET business days forward (or back for negative n). The start day itself is not
 * counted, so `addBusinessDays(friday, 1)` is the next Monday; `n = 0` returns the input unchanged.
 */
export function addBusinessDays(isoDate: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Business days must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = isoDate;
  isoToUtc(isoDate); // validate even when n = 0
  while (remaining > 0) {
    current = addDays(current, step);
    if (isBusinessDay(current)) remaining--;
  }
  return current;
}

/**
 * Last day on which the debtor can still claim a refund from their bank.
 * - Authorised debit (valid mandate): 8 weeks = settlement date + 56 days (SDD Core rulebook, PSD2 art. 76).
 * - Unauthorised debit (no/invalid mandate, reason MD01): 13 months after the debit (PSD2 art. 71),
 *   calendar months with end-of-month clamping.
 * Both are inclusive calendar deadlines; banks do not shift them to business days.
 */
export function refundWindowEnd(settlementIsoDate: string, authorised = true): string {
  return authorised ? addDays(settlementIsoDate, 56) : addMonths(settlementIsoDate, 13);
}
