/**
 * How near a sentence's answer (a name, a figure, a place, a kind of the focus) stands to the
 * question's topic words in it, in terms: the answer-type checks and the evidence features all
 * score it the same way.
 */

/** How far (in terms) `at` is from the nearest of `targets` (Infinity for none). */
export function distanceTo(at: number, targets: readonly number[]): number {
  let best = Infinity;
  for (const t of targets) best = Math.min(best, Math.abs(t - at));
  return best;
}

/** Score for being close to the topic: next to it 1, nearby 0.6, elsewhere in the sentence 0.3. */
export function nearness(distance: number): number {
  return distance <= 3 ? 1 : distance <= 8 ? 0.6 : distance < Infinity ? 0.3 : 0;
}

/**
 * `nearness` of the term at `at` to the topic positions; 0.3 when the sentence holds none of the
 * topic itself (it matches through the sentence before: "It rises in the Valdai Hills").
 */
export function nearTopic(at: number, topic: readonly number[]): number {
  return topic.length ? nearness(distanceTo(at, topic)) : 0.3;
}
