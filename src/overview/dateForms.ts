/**
 * What a date expression says, before it is placed on the calendar: "April 17, 2025" names a day
 * outright; "last Sunday", "next week", "in February" name one only against the article's date.
 */

export type Precision = "day" | "week" | "month" | "year";

/** Whether the sentence speaks of the past or the future where the expression stands. */
export type Tense = "past" | "future" | null;

/** Holidays that fall on one known day of a year. */
export type NamedDay =
  | "palm-sunday"
  | "good-friday"
  | "easter"
  | "easter-monday"
  | "orthodox-easter"
  | "christmas-eve"
  | "christmas"
  | "new-years-eve"
  | "new-years-day"
  | "valentines-day"
  | "halloween";

export type DateForm =
  /** 2025-04-17, "April 17, 2025", "17 April 2025". */
  | { kind: "day"; year: number; month: number; day: number }
  /** "April 4", "on 4 April": the year is the article's (the nearest such day). */
  | { kind: "month-day"; month: number; day: number }
  /** "March 2025". */
  | { kind: "month-year"; year: number; month: number }
  /** "in February": the nearest February before (or, in the future tense, after) the article. */
  | { kind: "month"; month: number }
  /** "in 2022", "early 2022", "Russia's 2022 invasion". */
  | { kind: "year"; year: number }
  /** "Thursday", "last Sunday", "next Thursday"; weekday 0 = Sunday … 6 = Saturday. */
  | { kind: "weekday"; weekday: number; modifier: "last" | "next" | "this" | null }
  /** "Palm Sunday", "Christmas". */
  | { kind: "named"; name: NamedDay }
  /** today 0, yesterday −1, tomorrow +1. */
  | { kind: "day-offset"; days: number }
  /** this week 0, last week −1, next week +1. */
  | { kind: "week-offset"; weeks: number }
  /** "the weekend": the last one before the article, or the next one in the future tense. */
  | { kind: "weekend"; modifier: "last" | "next" | "this" | null }
  | { kind: "month-offset"; months: number }
  | { kind: "year-offset"; years: number };

/** A date expression found in a sentence. */
export interface FoundDate {
  /** The words as written, whitespace collapsed ("last Sunday", "April 17, 2025"). */
  phrase: string;
  /** Character offsets of the phrase in the analysed text. */
  start: number;
  end: number;
  /** Its tokens [from, to) in the sentence. */
  from: number;
  to: number;
  form: DateForm;
  tense: Tense;
}

/** Forms that name their date without the article's date. */
export function isAbsolute(form: DateForm): boolean {
  return form.kind === "day" || form.kind === "month-year" || form.kind === "year";
}

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1],
  ["jan.", 1],
  ["february", 2],
  ["feb.", 2],
  ["march", 3],
  ["mar.", 3],
  ["april", 4],
  ["apr.", 4],
  ["may", 5],
  ["june", 6],
  ["jun.", 6],
  ["july", 7],
  ["jul.", 7],
  ["august", 8],
  ["aug.", 8],
  ["september", 9],
  ["sep.", 9],
  ["sept.", 9],
  ["october", 10],
  ["oct.", 10],
  ["november", 11],
  ["nov.", 11],
  ["december", 12],
  ["dec.", 12],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
]);

/** Multi-word holidays, as lower-case words ("new year's" is one entry per apostrophe). */
export const NAMED_DAYS: readonly { words: readonly string[]; name: NamedDay }[] = [
  { words: ["palm", "sunday"], name: "palm-sunday" },
  { words: ["good", "friday"], name: "good-friday" },
  { words: ["easter", "sunday"], name: "easter" },
  { words: ["easter", "monday"], name: "easter-monday" },
  { words: ["orthodox", "easter"], name: "orthodox-easter" },
  { words: ["christmas", "eve"], name: "christmas-eve" },
  { words: ["christmas", "day"], name: "christmas" },
  { words: ["new", "year", "'s", "eve"], name: "new-years-eve" },
  { words: ["new", "year", "'s", "day"], name: "new-years-day" },
  { words: ["valentine", "'s", "day"], name: "valentines-day" },
  { words: ["easter"], name: "easter" },
  { words: ["christmas"], name: "christmas" },
  { words: ["halloween"], name: "halloween" },
];

/**
 * Nouns after a one-word holiday that keep it a day ("Easter weekend", "Christmas truce"); any
 * other noun makes it a modifier ("Easter cakes", "Christmas tree"), not a date.
 */
export const HOLIDAY_EVENT_NOUNS: ReadonlySet<string> = new Set([
  "celebration",
  "celebrations",
  "service",
  "services",
  "truce",
  "ceasefire",
  "strike",
  "attack",
  "holiday",
  "holidays",
  "weekend",
  "morning",
  "evening",
  "night",
  "day",
  "mass",
  "message",
  "address",
  "speech",
]);

/** Parts of a day after a weekday ("Thursday evening"): the phrase includes them. */
export const DAY_PARTS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);
