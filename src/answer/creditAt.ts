/**
 * A question's word that a sentence says in another form — a population as a figure of a place,
 * a deadline as a date set as a limit — credited where the sentence says it.
 */
import type { AnalyzedQuestion } from "./analyzeQuestion.js";

/**
 * The question's `words` the sentence lacks (credit 0) get `value` as their credit, placed at
 * `at`, where the sentence says them otherwise (nothing when `at` is -1).
 */
export function creditMissingAt(
  question: AnalyzedQuestion,
  words: ReadonlySet<string>,
  value: number,
  at: number,
  credit: number[],
  positions: number[][],
): void {
  if (at < 0) return;
  question.concepts.forEach((concept, i) => {
    if (credit[i] !== 0 || !words.has(concept.term)) return;
    credit[i] = value;
    positions[i] = [at];
  });
}
