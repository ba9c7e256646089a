/**
 * Which L2 penalty training keeps: the ranker that answers the dev questions best, unless a more
 * regularised one does within one question of it.
 */

/** A ranker's selection on one choose set: P@1 and MRR over its answerable questions. */
export interface SetSelection {
  p1: number;
  mrr: number;
  answerable: number;
}

/**
 * Less than one question lifted from second place to first (1 for P@1, 0.5 for MRR) is a tie:
 * noise that should not buy a less regularised model.
 */
export const L2_TOLERANCE = 1;

/**
 * A ranker's dev score in questions: first right plus reciprocal rank, summed over the choose
 * sets. Each question counts once, whichever set it is in: one won on a small set and one lost
 * on a large set is a swap, not a gain.
 */
export function devScore(sets: readonly SetSelection[]): number {
  return sets.reduce((sum, s) => sum + (s.p1 + s.mrr) * s.answerable, 0);
}

/** The most regularised candidate scoring within L2_TOLERANCE of the best. */
export function mostRegularised<T extends { l2: number; score: number }>(
  scored: readonly T[],
): T | undefined {
  const top = Math.max(...scored.map((r) => r.score));
  return scored.filter((r) => r.score >= top - L2_TOLERANCE).sort((a, b) => b.l2 - a.l2)[0];
}
