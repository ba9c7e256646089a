/**
 * Which L2 penalty training keeps: the ranker that answers the dev questions best, unless a more
 * regularised one does within one standard error of it (the "one-standard-error rule").
 */

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
 * For each candidate, in order: its dev total, how far below the best's it is, and how far it may
 * be to tie (tieMargin). `npm run train` prints it with `--verbose` and names the more
 * regularised penalty nearest to a tie on its last line: a change to a few dev questions can move
 * the choice.
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
 * Of a tie report's penalties more regularised than the one kept (`mostRegularised` keeps the
 * most regularised tying one, so none of them ties), the one nearest to a tie, and how far short
 * of it its dev total falls; null when the kept penalty is the most regularised.
 */
export function nearestToTie(
  report: readonly { l2: number; below: number; margin: number }[],
  kept: number,
): { l2: number; short: number } | null {
  return (
    report
      .filter((r) => r.l2 > kept)
      .map((r) => ({ l2: r.l2, short: r.below - r.margin }))
      .sort((a, b) => a.short - b.short)[0] ?? null
  );
}

/** The most regularised candidate whose dev total ties with the best's (see tieMargin). */
export function mostRegularised<T extends { l2: number; scores: readonly number[] }>(
  scored: readonly T[],
): T | undefined {
  const best = bestOf(scored);
  if (!best) return undefined;
  return tyingWith(scored, best, (r) => r.scores).sort((a, b) => b.l2 - a.l2)[0];
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
 * Of the candidates tying with `best` (see tieMargin; `allowed` as for lastTying), the one whose
 * right answers include the most refusals: where the dev questions cannot tell two models apart,
 * the one that quotes less when the articles do not say. Of those refusing as many, the last (the
 * most regularised, as mostRegularised keeps for the ranker): the dev questions cannot tell them
 * apart either. The confidence model's L2 penalty (train.ts), `candidates` from least to most
 * regularised.
 */
export function mostRefusingTie<T>(
  candidates: readonly T[],
  best: T,
  outcomes: (candidate: T) => readonly number[],
  refusals: (candidate: T) => number,
  allowed: (candidate: T) => boolean = () => true,
): T {
  const tying = tyingWith(candidates, best, outcomes, allowed);
  return tying.reduce((kept, c) => (refusals(c) >= refusals(kept) ? c : kept), tying[0] ?? best);
}
