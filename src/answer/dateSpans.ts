/**
 * Reading a sentence's dates for "when" and "how long" (figureType.ts): whether a date bounds a
 * span of time ("since 2022") or counts from now ("within days"), the grain asked for ("what
 * year", "what day"), and a report's own dateline or live time stamp, which date the report rather
 * than what it reports.
 */
import type { EntitySpan } from "../article.js";
import { NUMBER_MASK } from "../nlp/wink.js";

/** A word before a date that makes it one end of a span of time. */
const SPAN_BOUND =
  /\b(?:since|until|till|from|through|between|to|for|over|within|after|before)\s+(?:the\s+)?$/iu;
/** A span of time counted from now: "within twelve months", "in the next few days", "within ten working days". */
const RELATIVE_BEFORE =
  /\b(?:within|in)\s+(?:(?:the|next|coming|about|around|some|roughly)\s+)*(?:["“‘]\s*)?(?:[\p{L}\p{N}]+\s+)?$/iu;

/** What a span of time counted from now counts for as the answer to "when" (the ranker's fit sets: 0.5 above 0.3 and 1). */
export const RELATIVE_TIME_CREDIT = 0.5;

/** Whether a span of time in a sentence is counted from now ("within days", "in two weeks"). */
export function isRelativeTime(text: string, span: EntitySpan): boolean {
  return precededBy(text, span, RELATIVE_BEFORE, 40);
}

/** Whether the text up to `reach` characters before the span's first occurrence ends as the pattern says. */
export function precededBy(text: string, span: EntitySpan, pattern: RegExp, reach: number): boolean {
  const before = textBefore(text, span, reach);
  return before !== null && pattern.test(before);
}

/** The text up to `reach` characters before the first place a span is written (null where it is not found). */
export function textBefore(text: string, span: EntitySpan, reach: number): string | null {
  const at = text.indexOf(span.text);
  return at < 0 ? null : text.slice(Math.max(0, at - reach), at);
}

/** The text after the first place a span is written ("" where it is not found): `precededBy`'s other side. */
export function textAfter(text: string, span: EntitySpan): string {
  const at = text.indexOf(span.text);
  return at < 0 ? "" : text.slice(at + span.text.length);
}

/** A range written in the date itself: "1970-71", "794–1869". */
const DATE_RANGE = /\d\s*[-–—]\s*\d|\b(?:since|until|till|from|through|between)\b/iu;

/** Whether a date in a sentence is one end of a span of time ("since 2022", "from 794 until 1869", "1970-71"). */
export function boundsSpan(text: string, span: EntitySpan): boolean {
  return DATE_RANGE.test(span.text) || precededBy(text, span, SPAN_BOUND, 20);
}

/** What a date of another grain than the one asked for counts for ("Thursday" for "what year"): chosen by cross-validation (0.1, 0.2 and 0.3 tie; 0 and 0.5 lose). */
export const OTHER_GRAIN = 0.2;

/** How fine a date the question asks for: "what year", "what day / date", "what time"; null for "when". */
export type DateGrain = "year" | "day" | "time";
const GRAIN_QUESTION = /\b(?:what|which)\s+(year|day|date|time)\b/iu;

const GRAIN_OF_WORD: Readonly<Record<string, DateGrain>> = {
  year: "year",
  day: "day",
  date: "day",
  time: "time",
};

export function dateGrain(text: string): DateGrain | null {
  const word = GRAIN_QUESTION.exec(text)?.[1]?.toLowerCase();
  return word === undefined ? null : (GRAIN_OF_WORD[word] ?? null);
}

const HOLDS_YEAR = new RegExp(`\\b(?:1\\d{3}|20\\d{2})\\b|${NUMBER_MASK}`, "u");
/** A day: a weekday, a day of a month ("April 19", "10 December"), or one named by its distance from today. */
const HOLDS_DAY = new RegExp(
  `\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:today|yesterday|tomorrow|tonight)\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\b|${NUMBER_MASK}`,
  "iu",
);

const BARE_YEAR = /^\W*(?:1\d{3}|20\d{2})\W*$/u;

/** Whether a date or time is of the grain asked for: a year, a day, or a time of day. */
export function holdsGrain(span: EntitySpan, grain: DateGrain): boolean {
  if (grain === "time") return span.type === "TIME";
  if (grain === "year") return HOLDS_YEAR.test(span.text);
  // A day, not a time of day ("10 a.m.") nor a bare year.
  return span.type === "DATE" && HOLDS_DAY.test(span.text) && !BARE_YEAR.test(span.text);
}

/** A news dateline: the place in capitals, maybe a date and the agency, then a dash. */
const DATELINE = /^\s*\p{Lu}[\p{Lu} .'-]*(?:,[^—–()_]{0,30}?)?\s*(?:\([^()]{1,30}\)\s*)?(?:--|—|–|_)\s/u;

/** A live report's time stamp: "14:05 — The commission has voted…". */
export const TIME_STAMP = /^\s*\d{1,2}:\d{2}\s*(?:--|—|–|-)\s/u;
/** What a live report's time stamp counts for as the answer to "when" (cross-validation: as much as skipping it). */
export const TIME_STAMP_CREDIT = 0.3;

/** How many words the sentence's dateline takes (0 without one): its terms come first. */
export function datelineWords(text: string): number {
  const match = DATELINE.exec(text);
  return match ? (match[0].match(/[\p{L}\p{N}<]+/gu) ?? []).length : 0;
}
