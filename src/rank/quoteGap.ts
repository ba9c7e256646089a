/**
 * How far below the first quote a later one may score and still be shown (`npm run train` chooses
 * it on the dev sets). An answer quotes its best sentences, up to three; a later one far below the
 * first is seldom an answer ("Negotiations have since resumed." for _who hosted the summit?_) and
 * only makes the reply harder to check. A later quote that far below the first or further is
 * marked weak: the bot and the terminal leave it out, the CLI's JSON keeps it with `weak: true`.
 */

import type { Ranked } from "./trainingQuestions.js";

/** A later quote worth showing answers the question at least this often (1 in 20). */
export const MIN_ANSWER_SHARE = 1 / 20;
/** The gaps tried, in the ranker's score units (log odds between two candidates): 1, 1.5, … 10. */
export const QUOTE_GAPS: readonly number[] = Array.from({ length: 19 }, (_, i) => 1 + i / 2);

/** A quote after the first: how far below the first it scores, and whether it answers. */
export interface LaterQuote {
  gap: number;
  answers: boolean;
}

/**
 * The smallest gap beyond which later quotes answer less often than MIN_ANSWER_SHARE: of the
 * quotes at that gap or further below the first, fewer than one in twenty is an answer, and so
 * for every larger gap tried. Null when no gap tried is so (every quote is shown).
 */
export function chooseQuoteGap(quotes: readonly LaterQuote[]): number | null {
  let chosen: number | null = null;
  for (let i = QUOTE_GAPS.length - 1; i >= 0; i--) {
    const gap = QUOTE_GAPS[i] as number;
    const beyond = quotes.filter((q) => q.gap >= gap);
    if (beyond.length === 0) {
      chosen = gap;
      continue;
    }
    const answers = beyond.filter((q) => q.answers).length;
    if (answers / beyond.length >= MIN_ANSWER_SHARE) break;
    chosen = gap;
  }
  return chosen;
}

/**
 * A ranked answerable question's later quotes: its candidates after the first, up to `top` in all
 * (the quotes an answer shows), each with its gap to the first and whether it answers.
 */
export function laterQuotes(ranked: Ranked, top: number): LaterQuote[] {
  const first = ranked.order[0];
  if (!first || !ranked.q.answerable) return [];
  return ranked.order.slice(1, top).map((o) => ({
    gap: first.candidate.final - o.candidate.final,
    answers: o.label,
  }));
}

/** Whether a later quote scoring `score` is weak beside a first scoring `first`, at `gap` (null: never). */
export function isWeakQuote(first: number, score: number, gap: number | null | undefined): boolean {
  return gap !== null && gap !== undefined && first - score >= gap;
}
