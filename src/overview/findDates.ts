/**
 * Finds the date expressions of a sentence in its wink tokens: full dates, days of the month,
 * months, years, weekdays, holidays and relative words ("yesterday", "next week", "earlier this
 * month"). wink's DATE entities tell a year from a number and the month May from the verb; the
 * rest is rules, since wink marks durations ("the coming days", "months of efforts") as DATE too
 * and those name no day.
 */
import { countsNounAfter, type AnalyzedToken } from "../nlp/wink.js";
import { collapseWhitespace } from "../text/normalize.js";
import {
  DAY_PARTS,
  HOLIDAY_EVENT_NOUNS,
  MONTHS,
  NAMED_DAYS,
  WEEKDAYS,
  type DateForm,
  type FoundDate,
} from "./dateForms.js";
import { tenseAround } from "./tense.js";

interface Match {
  /** Tokens [from, to) of the phrase. */
  from: number;
  to: number;
  form: DateForm;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DAY_OF_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?$/u;
const YEAR = /^(19\d\d|20\d\d)$/u;
/** "mid-2024", "early-2022" as one token. */
const YEAR_PART = /^(?:early|mid|late)-(19\d\d|20\d\d)$/u;
/** Words before a bare number that make it a year ("in 2022", "since 2014"). */
const YEAR_LEAD = new Set([
  "in",
  "since",
  "by",
  "of",
  "from",
  "until",
  "till",
  "before",
  "after",
  "during",
  "through",
  "early",
  "late",
  "mid",
  "'s",
  "throughout",
]);
const WEEKDAY_MODIFIERS: ReadonlyMap<string, "last" | "next" | "this"> = new Map([
  ["last", "last"],
  ["past", "last"],
  ["previous", "last"],
  ["next", "next"],
  ["coming", "next"],
  ["this", "this"],
]);
/** "next week", "the following week", "the previous month" … */
const OFFSET_WORDS: ReadonlyMap<string, number> = new Map([
  ["this", 0],
  ["last", -1],
  ["next", 1],
  ["following", 1],
  ["previous", -1],
]);
const OFFSET_LEADS = new Set(["earlier", "later", "early", "late"]);
/** Words before a weekday that make it another day's name (a holiday or an era), not a date. */
const NOT_A_WEEKDAY_BEFORE = new Set(["palm", "good", "easter", "bloody", "black", "super", "holy"]);

/** A sentence's tokens and their lower-cased words (curly apostrophes straightened), made once. */
interface Tokens {
  tokens: readonly AnalyzedToken[];
  words: readonly string[];
}

function word(t: Tokens, i: number): string {
  return t.words[i] ?? "";
}

function isCapitalised(token: AnalyzedToken | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text);
}

/** A month name at i: "April", "Sept."; "May" and "March" only when they are not the verb or noun. */
function monthAt(t: Tokens, i: number): number | null {
  const month = MONTHS.get(word(t, i));
  const token = t.tokens[i];
  if (month === undefined || !token || !isCapitalised(token)) return null;
  if ((month === 5 || month === 3) && token.text.length > 3) {
    // "May"/"March" count when wink calls them a date or a day or year follows.
    const next = word(t, i + 1);
    const dated = token.entity === "DATE" || DAY_OF_MONTH.test(next) || YEAR.test(next);
    if (!dated || token.pos === "AUX" || token.pos === "VERB") return null;
  }
  return month;
}

function dayAt(t: Tokens, i: number): number | null {
  const match = DAY_OF_MONTH.exec(word(t, i));
  const day = match ? Number(match[1]) : NaN;
  return day >= 1 && day <= 31 ? day : null;
}

function yearAt(t: Tokens, i: number): number | null {
  const match = YEAR.exec(word(t, i));
  return match ? Number(match[1]) : null;
}

/** "April 17, 2025", "April 4", "March 2025", "17 April 2025", "4 April", "in February". */
function matchMonth(t: Tokens, i: number): Match | null {
  const month = monthAt(t, i);
  if (month !== null) {
    const day = dayAt(t, i + 1);
    if (day !== null) {
      const comma = word(t, i + 2) === "," ? 1 : 0;
      const year = yearAt(t, i + 2 + comma);
      if (year !== null) return { from: i, to: i + 3 + comma, form: { kind: "day", year, month, day } };
      return { from: i, to: i + 2, form: { kind: "month-day", month, day } };
    }
    const year = yearAt(t, i + 1);
    if (year !== null) return { from: i, to: i + 2, form: { kind: "month-year", year, month } };
    return { from: i, to: i + 1, form: { kind: "month", month } };
  }
  const day = dayAt(t, i);
  const after = day !== null ? monthAt(t, i + 1) : null;
  if (day !== null && after !== null) {
    const year = yearAt(t, i + 2);
    if (year !== null) return { from: i, to: i + 3, form: { kind: "day", year, month: after, day } };
    return { from: i, to: i + 2, form: { kind: "month-day", month: after, day } };
  }
  return null;
}

/** "2025-04-17". */
function matchIsoDate(t: Tokens, i: number): Match | null {
  const match = ISO_DATE.exec(word(t, i));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { from: i, to: i + 1, form: { kind: "day", year, month, day } };
}

/** A bare year, when it reads as one: "in 2022", "early 2022", "mid-2024", "Russia's 2022 invasion". */
function matchYear(t: Tokens, i: number): Match | null {
  const part = YEAR_PART.exec(word(t, i));
  if (part) return { from: i, to: i + 1, form: { kind: "year", year: Number(part[1]) } };
  const year = yearAt(t, i);
  const token = t.tokens[i];
  if (year === null || !token) return null;
  // "2022 troops", "1,500 drones": a count of something, not a year.
  if (countsNounAfter(t.tokens, i)) return null;
  if (["%", "percent", "per"].includes(word(t, i + 1))) return null;
  const before = word(t, i - 1);
  if (token.entity !== "DATE" && !YEAR_LEAD.has(before)) return null;
  const lead = ["early", "late", "mid"].includes(before) ? 1 : 0;
  return { from: i - lead, to: i + 1, form: { kind: "year", year } };
}

/** "Thursday", "on Thursday evening", "last Sunday", "next Thursday", "Thursday's". */
function matchWeekday(t: Tokens, i: number): Match | null {
  const weekday = WEEKDAYS.get(word(t, i));
  if (weekday === undefined || !isCapitalised(t.tokens[i])) return null;
  if (NOT_A_WEEKDAY_BEFORE.has(word(t, i - 1))) return null;
  if (word(t, i - 1) === "every") return null;
  const modifier = WEEKDAY_MODIFIERS.get(word(t, i - 1)) ?? null;
  const from = modifier ? i - 1 : i;
  const to = DAY_PARTS.has(word(t, i + 1)) ? i + 2 : i + 1;
  return { from, to, form: { kind: "weekday", weekday, modifier } };
}

/** "Palm Sunday", "Christmas Eve"; a one-word holiday only when it is not a modifier ("Easter cakes"). */
function matchNamedDay(t: Tokens, i: number): Match | null {
  for (const { words, name } of NAMED_DAYS) {
    if (!words.every((w, k) => word(t, i + k) === w)) continue;
    if (!isCapitalised(t.tokens[i])) continue;
    const next = t.tokens[i + words.length];
    if (words.length === 1 && next && (next.pos === "NOUN" || next.pos === "PROPN")) {
      if (!HOLIDAY_EVENT_NOUNS.has(next.text.toLowerCase())) return null;
    }
    return { from: i, to: i + words.length, form: { kind: "named", name } };
  }
  return null;
}

/** "today", "yesterday", "tomorrow", "tonight", "this morning", "last night", "earlier today", "early in the day". */
function matchDayWord(t: Tokens, i: number): Match | null {
  const w = word(t, i);
  let days: number | null = null;
  let to = i + 1;
  if (w === "today" || w === "tonight") days = 0;
  else if (w === "yesterday") days = -1;
  else if (w === "tomorrow") days = 1;
  else if (w === "this" && DAY_PARTS.has(word(t, i + 1)) && word(t, i + 1) !== "night") {
    days = 0;
    to = i + 2;
  } else if (w === "last" && word(t, i + 1) === "night") {
    days = -1;
    to = i + 2;
  } else if (w === "day" && word(t, i - 1) === "the" && word(t, i - 2) === "in") {
    // "early in the day", "later in the day": the day the article reports.
    if (!OFFSET_LEADS.has(word(t, i - 3))) return null;
    return { from: i - 3, to: i + 1, form: { kind: "day-offset", days: 0 } };
  }
  if (days === null) return null;
  // "Russia today", "Planet-Today": a name, not the day.
  if (isCapitalised(t.tokens[i]) && i > 0 && w === "today") return null;
  const from = OFFSET_LEADS.has(word(t, i - 1)) && days === 0 ? i - 1 : i;
  return { from, to, form: { kind: "day-offset", days } };
}

/**
 * "this week", "last week", "earlier this week", "early next week", "the following week",
 * "last month", "by the end of the month", "this year", "the weekend".
 */
function matchPeriod(t: Tokens, i: number): Match | null {
  const unit = word(t, i);
  if (unit !== "week" && unit !== "month" && unit !== "year" && unit !== "weekend") return null;
  const before = word(t, i - 1);
  let offset = OFFSET_WORDS.get(before);
  let from = i - 1;
  if (offset === undefined) {
    // "the end of the month", "over the weekend": the article's own month, the nearest weekend.
    if (before !== "the") return null;
    const endOf = word(t, i - 2) === "of" && word(t, i - 3) === "end" && word(t, i - 4) === "the";
    if (unit === "month" && endOf) {
      offset = 0;
      from = i - 4;
    } else if (unit === "weekend") {
      return { from: i - 1, to: i + 1, form: { kind: "weekend", modifier: null } };
    } else return null;
  }
  // "the past week", "the coming week" are spans of seven days, not a calendar week.
  if (before === "following" || before === "previous") {
    if (word(t, i - 2) !== "the") return null;
    from = i - 2;
  }
  if (OFFSET_LEADS.has(word(t, from - 1))) from -= 1;
  const to = i + 1;
  switch (unit) {
    case "week":
      return { from, to, form: { kind: "week-offset", weeks: offset } };
    case "month":
      return { from, to, form: { kind: "month-offset", months: offset } };
    case "year":
      return { from, to, form: { kind: "year-offset", years: offset } };
    default: {
      const modifier = offset === 0 ? "this" : offset < 0 ? "last" : "next";
      return { from, to, form: { kind: "weekend", modifier } };
    }
  }
}

const MATCHERS = [
  matchIsoDate,
  matchNamedDay,
  matchMonth,
  matchYear,
  matchWeekday,
  matchDayWord,
  matchPeriod,
];

/** Words at which some matcher may match (besides numbers): the rest of a sentence is skipped. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...NAMED_DAYS.map((d) => d.words[0] as string),
  ...["today", "tonight", "yesterday", "tomorrow", "this", "last", "day", "week", "month", "year", "weekend"],
]);

function mayMatch(w: string): boolean {
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  return TRIGGERS.has(w) || (w.includes("-") && /^(?:early|mid|late)-\d/u.test(w));
}

/** A token's word as the matchers read it, and whether one may match there. */
interface DateWord {
  /** The token's normal form this is of. */
  normal: string;
  /** The normal form, curly apostrophes straightened. */
  word: string;
  mayMatch: boolean;
}

/** The token's DateWord, worked out once per word and kept in the token's memo (words repeat). */
function dateWord(token: AnalyzedToken): DateWord {
  const memo = token.memo;
  const kept = memo?.dates as DateWord | undefined;
  if (kept !== undefined && kept.normal === token.normal) return kept;
  // wink's normal form is the lower-cased word, made once already.
  const normal = token.normal;
  const word = normal.includes("’") ? normal.replace(/’/gu, "'") : normal;
  const found: DateWord = { normal, word, mayMatch: mayMatch(word) };
  if (memo) memo.dates = found;
  return found;
}

/**
 * The date expressions in a sentence's tokens, in order, never overlapping. `text` is the text
 * the tokens' offsets point into.
 */
export function findDates(tokens: readonly AnalyzedToken[], text: string): FoundDate[] {
  const dateWords = tokens.map(dateWord);
  const t: Tokens = { tokens, words: dateWords.map((d) => d.word) };
  const found: FoundDate[] = [];
  let taken = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!(dateWords[i] as DateWord).mayMatch) continue;
    let match: Match | null = null;
    for (const matcher of MATCHERS) {
      match = matcher(t, i);
      if (match) break;
    }
    // A match may reach back over its modifier ("last Sunday"), never over an earlier match.
    if (!match || match.from < taken) continue;
    const first = tokens[match.from] as AnalyzedToken;
    const last = tokens[match.to - 1] as AnalyzedToken;
    const start = first.start;
    const end = last.start + last.text.length;
    found.push({
      phrase: collapseWhitespace(text.slice(start, end)),
      start,
      end,
      from: match.from,
      to: match.to,
      form: match.form,
      tense: tenseAround(tokens, match.from, match.to),
    });
    taken = match.to;
    i = match.to - 1;
  }
  return found;
}
