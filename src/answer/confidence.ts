/**
 * How sure the engine is that its best sentence answers the question, 0…1. It starts from how
 * much of the question the sentence covers (paraphrases and borrowed context counting for
 * less) and is cut when the sentence lacks what the question hinges on: the person who spoke,
 * for "what did X say".
 */
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import type { Candidate } from "./rerank.js";

/**
 * Below this, the engine says the articles don't say. Measured on the seeds: every answerable eval
 * and heldout-dev question scores ≥ 0.52; off-topic questions score ≤ 0.38 even before the
 * unknown-name check turns them away.
 */
export const MIN_CONFIDENCE = 0.4;

/** "What did X say" where no sentence shows X saying anything: the articles don't report it. */
const SPEAKER_MISSING = 0.6;
/** A name the question asks about is not in the sentence. */
const NAME_MISSING = 0.85;

export function confidenceOf(question: AnalyzedQuestion, best: Candidate): number {
  let confidence = best.features.coverage;
  if (question.kind === "speech" && question.speakers.length > 0 && best.features.answerType === 0) {
    confidence *= SPEAKER_MISSING;
  }
  if (!best.namesMatched) confidence *= NAME_MISSING;
  return Math.max(0, Math.min(1, confidence));
}
