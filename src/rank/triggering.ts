/**
 * Answer triggering as `npm run train` (train.ts) judges it: the confidence model's features of a
 * ranked question (`confidenceRow`), what a threshold answers and refuses (`triggering`), and the
 * threshold chosen on the dev sets within their refusal allowance (`chooseThreshold`).
 */
import { CONFIDENCE_FEATURES, confidenceFeatures } from "../answer/confidence.js";
import { judgingModel, linearScore, sigmoid, type ConfidenceModels } from "./model.js";
import type { Ranked } from "./trainingQuestions.js";

/** At most this share of a dev set's answered questions (or one) may be lost to refusals for low confidence (the issue: 1 in 52). */
export const MAX_REFUSAL_COST = 0.02;

/** The confidence model's features of a ranked question, in CONFIDENCE_FEATURES order; null when no candidate may answer it. */
export function confidenceRow(r: Ranked): number[] | null {
  const best = r.order[0];
  if (!best) return null;
  const f = confidenceFeatures(
    r.q.context,
    r.order.map((o) => o.candidate),
  );
  return CONFIDENCE_FEATURES.map((name) => f[name]);
}

/**
 * Answer triggering at a threshold: precision (answered and right, over answered), recall (over
 * answerable), F1, and accuracy (answered and right, or unanswerable and refused, over all). Each
 * question is judged by the confidence model for how it is asked (of the library or of one article).
 */
export function triggering(ranked: readonly Ranked[], models: ConfidenceModels, threshold: number) {
  let answered = 0;
  let right = 0;
  let answerable = 0;
  let refusedRightly = 0;
  let refusedWrongly = 0;
  let gated = 0;
  /** Per question, in order: 1 when answered rightly or rightly refused, else 0. */
  const outcomes: number[] = [];
  for (const r of ranked) {
    if (r.q.answerable) answerable++;
    const row = confidenceRow(r);
    const model = judgingModel(models, r.q.context.restricted);
    const p = row
      ? sigmoid(
          linearScore(model, Object.fromEntries(CONFIDENCE_FEATURES.map((n, j) => [n, row[j] as number]))),
        )
      : 0;
    if (p < threshold) {
      outcomes.push(r.q.answerable ? 0 : 1);
      if (!r.q.answerable) refusedRightly++;
      else if (row) refusedWrongly++;
      else if (!r.q.unknownNames && r.q.candidates.length > 0) gated++;
      continue;
    }
    answered++;
    const hit = r.q.answerable && r.order[0]?.label === true;
    outcomes.push(hit ? 1 : 0);
    if (r.order[0]?.label) right++;
  }
  const precision = answered ? right / answered : 0;
  const recall = answerable ? right / answerable : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: ranked.length ? (right + refusedRightly) / ranked.length : 0,
    refusedUnanswerable: ranked.length > answerable ? refusedRightly / (ranked.length - answerable) : 1,
    right,
    answerable,
    /** Unanswerable questions refused. */
    refusedRightly,
    /** Answerable questions refused for low confidence. */
    refusedWrongly,
    /** Answerable questions refused for holding no answer of the kind asked for (with enough of its predicate). */
    gated,
    outcomes,
  };
}

/**
 * The confidence threshold: the best mean accuracy over the dev sets (answered rightly, or refused
 * rightly), among those that cost each dev set no more than MAX_REFUSAL_COST of its answerable
 * questions' first quotes, or one, against refusing nothing, and that refuse at most that many of
 * its answerable questions in all (for low confidence, or for holding no answer of the kind): a
 * member asking something the articles answer should almost never be told they don't (the issue:
 * 1 in 52). Bounding only the first quotes lost let a threshold refuse every answerable question
 * whose first quote was wrong: 4 of 41 on a dev set, and, asked of one article, 4 of TrecQA dev's
 * 78, whose answers ranked second or third are lost with them. In practice the bound decides:
 * accuracy still rises where it stops the threshold (in 42 of round 83's 48 fits the best was the
 * highest threshold it allows, and so was the median of the thresholds chosen on 101 resamples of
 * the dev questions), so the threshold sits just below the confidence of the answerable dev
 * question the bound protects, and moves when that question's confidence does.
 */
export function chooseThreshold(
  sets: readonly (readonly Ranked[])[],
  confidence: ConfidenceModels,
  verbose = false,
): number {
  const floor = sets.map((set) => {
    const all = triggering(set, confidence, 0);
    return all.right - Math.max(1, MAX_REFUSAL_COST * all.answerable);
  });
  let bestAccuracy = -1;
  let best: number[] = [];
  for (let t = 0.01; t <= 0.951; t += 0.01) {
    const results = sets.map((set) => triggering(set, confidence, t));
    const accuracy = results.reduce((sum, r) => sum + r.accuracy, 0) / results.length;
    if (verbose && Math.round(t * 100) % 5 === 0)
      console.log(
        `  t ${t.toFixed(2)}: accuracy ${accuracy.toFixed(3)} · ${results.map((r) => `P@1 ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} refused ${r.refusedUnanswerable.toFixed(2)}`).join(" · ")}`,
      );
    if (
      results.some(
        (r, i) => r.right < (floor[i] as number) - 1e-9 || r.refusedWrongly + r.gated > allowance(r) + 1e-9,
      )
    )
      continue;
    const rounded = Math.round(t * 100) / 100;
    if (accuracy > bestAccuracy + 1e-9) {
      bestAccuracy = accuracy;
      best = [rounded];
    } else if (accuracy > bestAccuracy - 1e-9) best.push(rounded);
  }
  // Of thresholds that answer the dev sets equally well, the highest: what the dev sets cannot
  // tell apart goes to refusing an off-topic question (the refusal cost is bounded above).
  // When the typed answers alone refuse more than a dev set allows, refuse least for low confidence.
  return best.at(-1) ?? 0.01;
}

/** How many of a dev set's answerable questions may be refused: MAX_REFUSAL_COST of them, or one. */
export function allowance(t: { answerable: number }): number {
  return Math.floor(Math.max(1, MAX_REFUSAL_COST * t.answerable) + 1e-9);
}
