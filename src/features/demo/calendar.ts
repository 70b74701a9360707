// Date helpers for the demo. Dates without time (collection, booking) are UTC midnights, which is
// how Prisma reads and writes @db.Date columns.

const DAY_MS = 86_400_000;

export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

export function addMinutes(d: Date, minutes: number): Date {
  return new Date(d.getTime() + minutes * 60_000);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / DAY_MS);
}

/** The given day at hh:mm UTC. */
export function atUtc(day: Date, hours: number, minutes = 0): Date {
  return new Date(startOfUtcDay(day).getTime() + (hours * 60 + minutes) * 60_000);
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function easterSunday(year: number): Date {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
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
  return new Date(Date.UTC(year, month - 1, day));
}

const holidayCache = new Map<number, Set<string>>();

// SEPA settles on TARGET2 days: weekdays except 1 Jan, Good Friday, Easter Monday, 1 May, 25 and 26 Dec.
function targetHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    const easter = easterSunday(year);
    set = new Set([
      `${year}-01-01`,
      isoDate(addDays(easter, -2)),
      isoDate(addDays(easter, 1)),
      `${year}-05-01`,
      `${year}-12-25`,
      `${year}-12-26`,
    ]);
    holidayCache.set(year, set);
  }
  return set;
}

export function isBusinessDay(d: Date): boolean {
  const wd = d.getUTCDay();
  if (wd === 0 || wd === 6) return false;
  return !targetHolidays(d.getUTCFullYear()).has(isoDate(d));
}

/** d itself when it is a business day, else the next one. */
export function onOrAfterBusinessDay(d: Date): Date {
  let day = startOfUtcDay(d);
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** d itself when it is a business day, else the previous one. */
export function onOrBeforeBusinessDay(d: Date): Date {
  let day = startOfUtcDay(d);
  while (!isBusinessDay(day)) day = addDays(day, -1);
  return day;
}

export function addBusinessDays(d: Date, n: number): Date {
  let day = startOfUtcDay(d);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isBusinessDay(day)) left--;
  }
  return day;
}
