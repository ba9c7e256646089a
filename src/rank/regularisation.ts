/**
 * How training weighs its L2 penalties: a model is fit for each, and the one kept is their average,
 * each counting by how near its dev total comes to the best's, in standard errors of the
 * difference (penaltyShares). Picking one penalty instead (the most regularised within one
 * standard error of the best, up to round 81) flipped between near-tied penalties on a change to a
 * few dev questions, and the flip moved more answers than the change did.
 */
import type { LinearModel } from "./model.js";

/** A ranker's selection on one choose set: P@1 and MRR over its answerable questions. */
export interface SetSelection {
  p1: number;
  mrr: number;
  answerable: number;
}

/** The L2 penalties training tries, for the ranker and for each confidence model. */
export const L2_CHOICES = [1, 3, 10, 30, 100];

/**
 * At least one question lifted from second place to first (1 for P@1, 0.5 for MRR) must separate
 * two rankers, however few questions they rank differently.
 */
export const L2_TOLERANCE = 1;

/**
 * A question's dev score: first right plus reciprocal rank. Summed over the choose sets, each
 * question counts once, whichever set it is in: one won on a small set and one lost on a large
 * set is a swap, not a gain.
 */
export function questionScore(hit: number): number {
  return (hit === 0 ? 1 : 0) + (hit >= 0 ? 1 / (hit + 1) : 0);
}

/** A ranker's dev score in questions, from its sets' selections. */
export function devScore(sets: readonly SetSelection[]): number {
  return sets.reduce((sum, s) => sum + (s.p1 + s.mrr) * s.answerable, 0);
}

/**
 * How far a ranker's total may fall below the best's and still tie: one standard error of the
 * difference of the totals, from the questions' paired differences (rankers that order most
 * questions alike differ by chance on the few they do not), and never less than L2_TOLERANCE.
 */
export function tieMargin(best: readonly number[], other: readonly number[]): number {
  const n = best.length;
  if (n === 0) return L2_TOLERANCE;
  const diffs = best.map((b, i) => b - (other[i] as number));
  const mean = diffs.reduce((s, d) => s + d, 0) / n;
  const variance = diffs.reduce((s, d) => s + (d - mean) ** 2, 0);
  return Math.max(L2_TOLERANCE, Math.sqrt(variance));
}

/** A dev total: the questions' scores (or outcomes) summed. */
function totalOf(scores: readonly number[]): number {
  return scores.reduce((sum, x) => sum + x, 0);
}

/** The ranker with the best dev total, the more regularised of two equal ones. */
function bestOf<T extends { l2: number; scores: readonly number[] }>(scored: readonly T[]): T | undefined {
  return [...scored].sort((a, b) => totalOf(b.scores) - totalOf(a.scores) || b.l2 - a.l2)[0];
}

/**
 * For each candidate, in order: its dev total, how far below the best's it is, and one standard
 * error of that difference (tieMargin): what penaltyShares weighs it by. `npm run train --
 * --verbose` prints it.
 */
export function tieReport<T extends { l2: number; scores: readonly number[] }>(
  scored: readonly T[],
): { l2: number; total: number; below: number; margin: number }[] {
  const best = bestOf(scored);
  if (!best) return [];
  const bestTotal = totalOf(best.scores);
  return scored.map((r) => {
    const total = totalOf(r.scores);
    return {
      l2: r.l2,
      total,
      below: bestTotal - total,
      margin: r === best ? 0 : tieMargin(best.scores, r.scores),
    };
  });
}

/**
 * `best` and those of `candidates` (in their order) whose dev total ties with its (see tieMargin),
 * of those `allowed` admits.
 */
function tyingWith<T>(
  candidates: readonly T[],
  best: T,
  outcomes: (candidate: T) => readonly number[],
  allowed: (candidate: T) => boolean = () => true,
): T[] {
  const bestTotal = totalOf(outcomes(best));
  return candidates.filter(
    (c) =>
      c === best ||
      (allowed(c) && totalOf(outcomes(c)) >= bestTotal - tieMargin(outcomes(best), outcomes(c)) - 1e-9),
  );
}

/**
 * Of `candidates` in order, most cautious last, the last whose dev total ties with the best's (see
 * tieMargin): `best` is the one the caller's own criteria rank first, and `allowed` says which
 * others those criteria admit at all. The predicate share's choice (train.ts).
 */
export function lastTying<T>(
  candidates: readonly T[],
  best: T,
  outcomes: (candidate: T) => readonly number[],
  allowed: (candidate: T) => boolean = () => true,
): T {
  return tyingWith(candidates, best, outcomes, allowed).at(-1) ?? best;
}

/**
 * Each candidate's share of the average, in the report's order: exp(-z²/2), z how far its dev total
 * falls below the best's in standard errors of the difference (tieMargin), the shares summing to
 * 1. The best counts 1 before they are summed; a penalty one standard error behind counts 0.61,
 * two behind 0.14. A change to a few dev questions moves the shares a little, not the model kept.
 */
export function penaltyShares(report: readonly { below: number; margin: number }[]): number[] {
  const weights = report.map((r) => (r.margin > 0 ? Math.exp(-0.5 * (r.below / r.margin) ** 2) : 1));
  const sum = weights.reduce((total, w) => total + w, 0);
  return weights.map((w) => w / sum);
}

/**
 * The models averaged, each by its share: their weights and biases. Fit on the same
 * standardisation, a linear model's average scores every candidate with the average of their
 * scores (a logistic model's, of their log-odds).
 */
export function averageModels(models: readonly LinearModel[], shares: readonly number[]): LinearModel {
  const first = models[0];
  if (!first) throw new Error("averageModels: no model");
  const mix = (value: (model: LinearModel) => number) =>
    models.reduce((sum, model, i) => sum + (shares[i] as number) * value(model), 0);
  return {
    ...first,
    weights: first.weights.map((_, j) => mix((model) => model.weights[j] as number)),
    bias: mix((model) => model.bias),
  };
}
