/**
 * Places a date expression on the calendar against the article's own date. An expression that
 * needs the article's date ("last Sunday", "April 4", "next week") in an article without one is
 * never given a date: it resolves to null and is counted, not guessed.
 */
import {
  addMonths,
  dayNumber,
  dayOfIso,
  easterSunday,
  isoOfDay,
  mondayOf,
  orthodoxEasterSunday,
  weekdayOf,
  yearMonthOf,
  type YearMonth,
} from "./calendar.js";
import { isAbsolute, type DateForm, type NamedDay, type Precision, type Tense } from "./dateForms.js";

export interface ResolvedDate {
  /** The day, or the first day of the week (its Monday), month or year it names. */
  date: string;
  precision: Precision;
}

function day(n: number): ResolvedDate {
  return { date: isoOfDay(n), precision: "day" };
}

function week(n: number): ResolvedDate {
  return { date: isoOfDay(mondayOf(n)), precision: "week" };
}

function month(at: YearMonth): ResolvedDate {
  return { date: isoOfDay(dayNumber(at.year, at.month, 1) as number), precision: "month" };
}

function year(y: number): ResolvedDate {
  return { date: `${String(y).padStart(4, "0")}-01-01`, precision: "year" };
}

/** The holiday's day in a given year. */
function namedDayIn(name: NamedDay, y: number): number {
  switch (name) {
    case "palm-sunday":
      return easterSunday(y) - 7;
    case "good-friday":
      return easterSunday(y) - 2;
    case "easter":
      return easterSunday(y);
    case "easter-monday":
      return easterSunday(y) + 1;
    case "orthodox-easter":
      return orthodoxEasterSunday(y);
    case "christmas-eve":
      return dayNumber(y, 12, 24) as number;
    case "christmas":
      return dayNumber(y, 12, 25) as number;
    case "new-years-eve":
      return dayNumber(y, 12, 31) as number;
    case "new-years-day":
      return dayNumber(y, 1, 1) as number;
    case "valentines-day":
      return dayNumber(y, 2, 14) as number;
    case "halloween":
      return dayNumber(y, 10, 31) as number;
  }
}

/**
 * A weekday's date: the article's own day when it is that weekday; else the one before it, or
 * after it in the future tense. "last Sunday" is always before, "next Thursday" is the Thursday
 * of the week after the article's, "this Friday" is in the article's week.
 */
function weekdayDate(
  weekday: number,
  modifier: "last" | "next" | "this" | null,
  tense: Tense,
  at: number,
): number {
  const back = (weekdayOf(at) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(at) + 7) % 7;
  switch (modifier) {
    case "last":
      return at - (back === 0 ? 7 : back);
    case "next":
      return mondayOf(at) + 7 + ((weekday + 6) % 7);
    case "this":
      return mondayOf(at) + ((weekday + 6) % 7);
    default:
      return tense === "future" ? at + ahead : at - back;
  }
}

/** The Saturday of the weekend meant: this week's, the next one ahead, or the last one before the article. */
function weekendSaturday(modifier: "last" | "next" | "this" | null, tense: Tense, at: number): number {
  const saturday = mondayOf(at) + 5;
  if (modifier === "this") return saturday;
  if (modifier === "next" || (modifier === null && tense === "future"))
    return saturday > at ? saturday : saturday + 7;
  return saturday < at ? saturday : saturday - 7;
}

/** A day of the month without a year: the one nearest the article's date. */
function nearestMonthDay(m: number, d: number, at: number): number | null {
  const { year: y } = yearMonthOf(at);
  let best: number | null = null;
  for (const candidate of [y - 1, y, y + 1]) {
    const n = dayNumber(candidate, m, d);
    if (n !== null && (best === null || Math.abs(n - at) < Math.abs(best - at))) best = n;
  }
  return best;
}

/** A month without a year: the latest one up to the article's month, or the next one from it in the future tense. */
function monthWithoutYear(m: number, tense: Tense, at: number): YearMonth {
  const here = yearMonthOf(at);
  if (tense === "future") return { year: m >= here.month ? here.year : here.year + 1, month: m };
  return { year: m <= here.month ? here.year : here.year - 1, month: m };
}

/** A holiday without a year: the last one up to the article's date, or the next one in the future tense. */
function namedDayNear(name: NamedDay, tense: Tense, at: number): number {
  const { year: y } = yearMonthOf(at);
  const thisYear = namedDayIn(name, y);
  if (tense === "future") return thisYear >= at ? thisYear : namedDayIn(name, y + 1);
  return thisYear <= at ? thisYear : namedDayIn(name, y - 1);
}

/**
 * The calendar date a form names, or null when it needs the article's date and there is none
 * (or names no real day, like "February 30").
 */
export function resolveDate(form: DateForm, tense: Tense, articleDate: string | null): ResolvedDate | null {
  if (isAbsolute(form)) {
    switch (form.kind) {
      case "day": {
        const n = dayNumber(form.year, form.month, form.day);
        return n === null ? null : day(n);
      }
      case "month-year":
        return month({ year: form.year, month: form.month });
      case "year":
        return year(form.year);
    }
  }
  const at = articleDate ? dayOfIso(articleDate) : null;
  if (at === null) return null;
  switch (form.kind) {
    case "month-day": {
      const n = nearestMonthDay(form.month, form.day, at);
      return n === null ? null : day(n);
    }
    case "month":
      return month(monthWithoutYear(form.month, tense, at));
    case "weekday":
      return day(weekdayDate(form.weekday, form.modifier, tense, at));
    case "named":
      return day(namedDayNear(form.name, tense, at));
    case "day-offset":
      return day(at + form.days);
    case "week-offset":
      return week(at + 7 * form.weeks);
    case "weekend":
      return week(weekendSaturday(form.modifier, tense, at));
    case "month-offset":
      return month(addMonths(yearMonthOf(at), form.months));
    case "year-offset":
      return year(yearMonthOf(at).year + form.years);
    default:
      return null;
  }
}
