/**
 * "What is the deadline for the deal", "when is the deadline": a deadline is a date, and a
 * sentence gives one as often by the date something must happen by ("to finalise the deal by
 * April 26", "until midnight on Wednesday to respond", "no later than Friday") as with the word,
 * or by the time within which it must ("progress within days", "in the coming weeks").
 */
import type { EntitySpan, Sentence } from "../article.js";
import { wordTerm } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import { precededBy, textBefore } from "./dateSpans.js";
import { creditMissingAt } from "./creditAt.js";

/** The question word that asks for a deadline, as an index term. */
export const DEADLINE = wordTerm("deadline");
const DEADLINE_WORDS: ReadonlySet<string> = new Set([DEADLINE]);

/** What a date set as a limit counts for the question's "deadline" (as a population figure counts for "population"). */
export const DEADLINE_CREDIT = 0.8;

/** Right before a date, a word making it the limit something must happen by. */
const LIMIT_BEFORE =
  /\b(?:by|before|until|till|no\s+later\s+than)\s+(?:(?:the|next|this)\s+)?(?:end\s+of\s+)?$/iu;
/** How many characters before a date its limit word is looked for. */
const LIMIT_REACH = 24;
/** A limit word opening a date's own text, as wink reads "by April 26" or "until midnight" whole. */
const LIMIT_OPENING = /^(?:by|before|until|till|no\s+later\s+than)\s/iu;
const TIMES: ReadonlySet<string> = new Set(["DATE", "TIME"]);
/**
 * Right before a length of time, words making it the time within which something must happen:
 * "within days", "within the next 48 hours", "in the next two weeks".
 */
const WITHIN_BEFORE = /\b(?:within(?:\s+the\s+next)?|in\s+the\s+next)\s+$/iu;
/** "In the coming days", "in the next few days": wink reads "coming days" and "few days" whole. */
const IN_THE_BEFORE = /\bin\s+the\s+$/iu;
const FRAME_OPENING = /^(?:coming|next|few|several)\s/iu;

/** Where in the sentence's terms a date set as a limit starts ("by April 26"), or -1. */
export function deadlineAt(sentence: Sentence): number {
  for (const span of sentence.entitySpans ?? []) {
    const opens = LIMIT_OPENING.test(span.text);
    if (
      (opens && (TIMES.has(span.type) || span.type === "DURATION")) ||
      (TIMES.has(span.type) && precededBy(sentence.text, span, LIMIT_BEFORE, LIMIT_REACH)) ||
      (span.type === "DURATION" && withinLimit(sentence.text, span))
    )
      return span.from;
  }
  return -1;
}

/**
 * A length of time something must happen within: "within days", "in the coming weeks" (not "for
 * days", "in the past few days").
 */
function withinLimit(text: string, span: EntitySpan): boolean {
  const before = textBefore(text, span, LIMIT_REACH);
  if (before === null) return false;
  return WITHIN_BEFORE.test(before) || (IN_THE_BEFORE.test(before) && FRAME_OPENING.test(span.text));
}

/**
 * The question's "deadline", where the sentence lacks the word, gets its credit from a date the
 * sentence sets as a limit, placed where the date is.
 * @param at where the sentence sets a date as a limit (deadlineAt), or -1
 */
export function creditDeadline(
  question: AnalyzedQuestion,
  at: number,
  credit: number[],
  positions: number[][],
): void {
  creditMissingAt(question, DEADLINE_WORDS, DEADLINE_CREDIT, at, credit, positions);
}

/** Whether a question asks about a deadline (so its sentences' limit dates are looked for). */
export function asksDeadline(question: AnalyzedQuestion): boolean {
  return question.concepts.some((c) => c.term === DEADLINE && c.source === "question");
}
