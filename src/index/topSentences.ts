/**
 * The best k sentences of a library for a query, by BM25 (`topSentences`): top-k with MaxScore
 * bounds. Each query term's best possible contribution is known in advance (its idf × weight × the
 * best tf/length ratio of its list), so once k sentences are held, lists that cannot lift a
 * sentence past the k-th best are only probed for sentences the other lists found, never walked.
 * The result is exactly the top k of the exhaustive BM25 ranking (sentenceIndex.ts's
 * `scoreSentences`), same scores to the last bit, same tie order.
 */
import {
  compareScored,
  idf,
  K1,
  knownTermId,
  lowerBound,
  type ScoredSentence,
  type SentenceIndex,
  type WeightedTerm,
} from "./sentenceIndex.js";

/** The largest tf / (tf + norm) in term `t`'s postings, computed once per library. */
function maxRatioOf(index: SentenceIndex, t: number): number {
  const known = index.maxRatio[t] as number;
  if (!Number.isNaN(known)) return known;
  const { offsets, docs, tfs, norms } = index;
  let best = 0;
  for (let p = offsets[t] as number, end = offsets[t + 1] as number; p < end; p++) {
    const tf = tfs[p] as number;
    const ratio = tf / (tf + (norms[docs[p] as number] as number));
    if (ratio > best) best = ratio;
  }
  index.maxRatio[t] = best;
  return best;
}

export interface TopOptions {
  /** Only this article's sentences (an index into the library's articles; negative: all). */
  article?: number;
}

/** Pruning compares bounds with this much slack, so rounding never drops a sentence that belongs. */
const SLACK = 1 + 1e-9;

// Scratch space shared by all queries (they run one at a time): one accumulator per sentence,
// stamped with the query that last wrote it, so nothing needs clearing between queries.
let accumulators = new Float64Array(0);
let stamps = new Int32Array(0);
let touchedDocs = new Int32Array(0);
let selectBuffer = new Float64Array(0);
let stamp = 0;

function prepareScratch(n: number): void {
  if (accumulators.length < n) {
    accumulators = new Float64Array(n);
    stamps = new Int32Array(n);
    touchedDocs = new Int32Array(n);
    selectBuffer = new Float64Array(n);
    stamp = 0;
  }
  if (++stamp >= 0x7fffffff) {
    stamps.fill(0);
    stamp = 1;
  }
}

interface Cursor {
  /** Index into the query. */
  q: number;
  id: number;
  /** idf × the query term's weight. */
  weight: number;
  /** The most this term can add to any sentence's score. */
  bound: number;
  from: number;
  end: number;
}

/**
 * The k best sentences for the query, best first (score descending, then sentence number):
 * exactly `scoreSentences(…).sort(compareScored).slice(0, k)`, with MaxScore pruning.
 *
 * Lists are read from the highest bound down (rare names first, common words last), adding each
 * posting's score to a per-sentence accumulator. Once the bounds of the lists still unread sum to
 * no more than the k-th best accumulator, no sentence they alone hold can enter the top k: the
 * rest of the lists are only probed (galloping search) for the sentences already found that can
 * still make it, and a sentence is dropped as soon as its score plus what is left cannot reach
 * the k-th best. The winners are then scored exactly, their terms added in query order as the
 * exhaustive scorer adds them, so scores agree to the last bit.
 */
export function topSentences(
  index: SentenceIndex,
  query: readonly WeightedTerm[],
  k: number,
  options: TopOptions = {},
): ScoredSentence[] {
  const article = options.article ?? -1;
  const lo = article >= 0 ? (index.articleStart[article] ?? 0) : 0;
  const hi = article >= 0 ? (index.articleStart[article + 1] ?? 0) : index.size;
  if (k <= 0 || lo >= hi) return [];
  const { offsets, docs, tfs, norms } = index;

  const cursors: Cursor[] = [];
  let prunable = true;
  query.forEach(({ term, weight }, q) => {
    const id = knownTermId(term);
    if (id === undefined || id + 1 >= offsets.length) return;
    const end = offsets[id + 1] as number;
    const from = lowerBound(docs, offsets[id] as number, end, lo);
    if (from >= end || (docs[from] as number) >= hi) return;
    const termIdf = idf(index, term) * weight;
    if (!(termIdf > 0)) prunable = false;
    cursors.push({
      q,
      id,
      weight: termIdf,
      bound: termIdf * (K1 + 1) * maxRatioOf(index, id),
      from,
      end,
    });
  });
  const m = cursors.length;
  if (m === 0) return [];
  cursors.sort((a, b) => b.bound - a.bound || a.q - b.q);
  /** remaining[i]: the bounds of cursors i… summed. */
  const remaining = new Float64Array(m + 1);
  for (let i = m - 1; i >= 0; i--) remaining[i] = (remaining[i + 1] as number) + (cursors[i] as Cursor).bound;

  prepareScratch(index.size);
  const acc = accumulators;
  const seen = stamps;
  const now = stamp;
  const touched = touchedDocs;
  let count = 0;
  let best = 0;
  let threshold = -Infinity;
  let first = m;

  // Reading whole lists, highest bounds first, until the rest cannot bring in a new sentence.
  // `ceiling` bounds the k-th best from above (it grows by at most a list's bound per list), so
  // the selection is skipped while even that could not stop the reading.
  let ceiling = Infinity;
  for (let i = 0; i < m; i++) {
    const rest = remaining[i] as number;
    if (prunable && i > 0 && count >= k && rest * SLACK <= Math.min(best, ceiling)) {
      // k sentences at or above what the rest could add: the k-th best is too, so stop reading
      // whole lists. Counting them is cheaper than selecting the k-th, which is done once, here.
      const bar = rest * SLACK;
      if (bar > 0 && reachCount(acc, touched, count, bar, k) >= k) {
        threshold = kthLargest(acc, touched, count, k);
        first = i;
        break;
      }
      ceiling = bar; // fewer than k reach it, so the k-th best is below it
    }
    const { weight, from, end, bound } = cursors[i] as Cursor;
    ceiling += bound * SLACK;
    for (let p = from; p < end; p++) {
      const d = docs[p] as number;
      if (d >= hi) break;
      const tf = tfs[p] as number;
      const gain = (weight * tf * (K1 + 1)) / (tf + (norms[d] as number));
      let value: number;
      if (seen[d] !== now) {
        seen[d] = now;
        value = acc[d] = gain;
        touched[count++] = d;
      } else value = acc[d] = (acc[d] as number) + gain;
      if (value > best) best = value;
    }
  }

  // The rest of the lists only add to sentences that can still make the top k: a sentence that
  // cannot is dropped (its accumulator set to −∞). A long list is read through; a list much
  // longer than the sentences still alive is probed for them by galloping search instead. The
  // bar stays the k-th best as the first phase left it: selecting it again after each list
  // dropped a few more sentences than it cost (measured at 10,000 articles).
  let pool = touched;
  let size = count;
  if (first < m) {
    let live = touched.slice(0, count);
    let sorted = false;
    for (let i = first; i < m; i++) {
      const rest = remaining[i] as number;
      let kept = 0;
      for (let c = 0; c < live.length; c++) {
        const d = live[c] as number;
        if (((acc[d] as number) + rest) * SLACK > threshold) live[kept++] = d;
        else acc[d] = -Infinity;
      }
      live = live.subarray(0, kept);
      const { weight, from, end } = cursors[i] as Cursor;
      if (end - from <= kept * 8) {
        for (let p = from; p < end; p++) {
          const d = docs[p] as number;
          if (d >= hi) break;
          if (seen[d] !== now) continue;
          const value = acc[d] as number;
          if (value === -Infinity) continue;
          const tf = tfs[p] as number;
          acc[d] = value + (weight * tf * (K1 + 1)) / (tf + (norms[d] as number));
        }
      } else {
        if (!sorted) {
          live.sort();
          sorted = true;
        }
        let p = from;
        for (let c = 0; c < kept; c++) {
          const d = live[c] as number;
          p = advance(docs, p, end, d);
          if (p >= end) break;
          if (docs[p] === d) {
            const tf = tfs[p] as number;
            acc[d] = (acc[d] as number) + (weight * tf * (K1 + 1)) / (tf + (norms[d] as number));
          }
        }
      }
    }
    pool = live;
    size = live.length;
  }

  // The winners, scored exactly; near-ties at the k-th place are all rescored, then cut.
  const cut = size > k ? kthLargest(acc, pool, size, k) : -Infinity;
  const results: ScoredSentence[] = [];
  const gains = new Float64Array(query.length);
  for (let c = 0; c < size; c++) {
    const doc = pool[c] as number;
    if ((acc[doc] as number) * SLACK < cut) continue;
    const matched = new Set<string>();
    gains.fill(0);
    for (const { q, id, weight } of cursors) {
      const end = offsets[id + 1] as number;
      const p = lowerBound(docs, offsets[id] as number, end, doc);
      if (p < end && docs[p] === doc) {
        const tf = tfs[p] as number;
        gains[q] = (weight * tf * (K1 + 1)) / (tf + (norms[doc] as number));
        matched.add((query[q] as WeightedTerm).term);
      }
    }
    let score = 0;
    for (let q = 0; q < gains.length; q++) score += gains[q] as number;
    results.push({ doc, score, matched });
  }
  return results.sort(compareScored).slice(0, k);
}

/** How many of docs[0…count) have an accumulator at or above `bar`, counting no further than k. */
function reachCount(acc: Float64Array, docs: Int32Array, count: number, bar: number, k: number): number {
  let reached = 0;
  for (let i = 0; i < count && reached < k; i++) if ((acc[docs[i] as number] as number) >= bar) reached++;
  return reached;
}

/** The k-th largest accumulator among docs[0…count) (count ≥ k), by quickselect. */
function kthLargest(acc: Float64Array, docs: Int32Array, count: number, k: number): number {
  const values = selectBuffer;
  for (let i = 0; i < count; i++) values[i] = acc[docs[i] as number] as number;
  let left = 0;
  let right = count - 1;
  const target = k - 1;
  while (left < right) {
    const pivot = values[(left + right) >>> 1] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) right = j;
    else if (target >= i) left = i;
    else break;
  }
  return values[target] as number;
}

/** From pos, the first position whose doc is ≥ target: galloping, since targets only grow. */
function advance(docs: Int32Array, pos: number, end: number, target: number): number {
  if (pos >= end || (docs[pos] as number) >= target) return pos;
  let step = 1;
  let prev = pos;
  while (pos + step < end && (docs[pos + step] as number) < target) {
    prev = pos + step;
    step *= 2;
  }
  return lowerBound(docs, prev + 1, Math.min(pos + step, end), target);
}
