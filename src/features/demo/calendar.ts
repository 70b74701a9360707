// Date helpers for the demo. Dates without time (collection, booking) are UTC midnights, which is
// how Prisma reads and writes @db.Date columns.

import { isBusinessDay as isBusinessIsoDay } from "@/lib/dates";

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

/** TARGET2 business day (weekends and SEPA holidays excluded), via the app's own calendar. */
export function isBusinessDay(d: Date): boolean {
  return isBusinessIsoDay(isoDate(d));
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
