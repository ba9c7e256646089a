/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so no time zone or clock ever
 * shifts a date. Weeks start on Monday (ISO 8601).
 */

const DAY_MS = 86_400_000;

/** The day number of a year, month (1–12) and day, or null when that day does not exist. */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return Math.round(ms / DAY_MS);
}

/** The day number of an ISO date (YYYY-MM-DD), or null when it is not one. */
export function dayOfIso(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!match) return null;
  return dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The Monday of the day's week. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

export interface YearMonth {
  year: number;
  /** 1–12. */
  month: number;
}

export function yearMonthOf(day: number): YearMonth {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** The month `offset` months after (before, when negative) the given one. */
export function addMonths(at: YearMonth, offset: number): YearMonth {
  const index = at.year * 12 + (at.month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Western Easter Sunday of a year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): number {
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
  return dayNumber(year, month, day) as number;
}

/** Orthodox Easter Sunday of a year (Julian computus, shifted to the Gregorian calendar). */
export function orthodoxEasterSunday(year: number): number {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julian = dayNumber(year, month, day) as number;
  // The Julian calendar runs 13 days behind the Gregorian from 1900 to 2099.
  return julian + 13;
}
