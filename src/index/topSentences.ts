/**
 * The best k sentences of a library for a query, by BM25 (`topSentences`): top-k with MaxScore
 * bounds. Each query term's best possible contribution is known in advance (its idf × weight × the
 * best tf/length ratio of its list), so once k sentences are held, lists that cannot lift a
 * sentence past the k-th best are only probed for sentences the other lists found, never walked.
 * The result is exactly the top k of the exhaustive BM25 ranking (sentenceIndex.ts's
 * `scoreSentences`), same scores to the last bit, same tie order.
 */
import {
  idf,
  K1,
  knownTermId,
  lowerBound,
  MIN_TERM_WEIGHT,
  type ScoredSentence,
  type SentenceIndex,
  type WeightedTerm,
} from "./sentenceIndex.js";

/**
 * Term t's largest tf / (tf + norm), for its MaxScore bound; on the term's first query it also
 * fills the term's BM25 impacts (`index.impacts`), so scoring a posting is one multiplication.
 */
function maxRatioOf(index: SentenceIndex, t: number): number {
  const known = index.maxRatio[t] as number;
  if (!Number.isNaN(known)) return known;
  const { offsets, docs, tfs, norms, impacts } = index;
  let best = 0;
  for (let p = offsets[t] as number, end = offsets[t + 1] as number; p < end; p++) {
    const tf = tfs[p] as number;
    const ratio = tf / (tf + (norms[docs[p] as number] as number));
    impacts[p] = ratio * (K1 + 1);
    if (ratio > best) best = ratio;
  }
  index.maxRatio[t] = best;
  return best;
}

export interface TopOptions {
  /** Only this article's sentences (an index into the library's articles; negative: all). */
  article?: number;
}

/**
 * Pruning compares bounds with slack, so rounding never drops a sentence that belongs: the
 * impacts and accumulators are single precision (half the memory to reach at random per posting),
 * each posting's gain off by under 2⁻²³ of itself and each sum by under 2⁻²⁴ per term added, so
 * a query of m terms allows (m + 2) · 2⁻²² of relative slack.
 */
function slackFor(terms: number): number {
  return 1 + (terms + 2) * 2 ** -22;
}

// Scratch space shared by all queries (they run one at a time): one accumulator per sentence, 0
// for a sentence no list has reached (every gain is positive), and the sentences the last query
// reached, whose accumulators the next query sets back to 0 before it starts.
let accumulators = new Float32Array(0);
let touchedDocs = new Int32Array(0);
let selectBuffer = new Float64Array(0);
let dirty = 0;

function prepareScratch(n: number): void {
  if (accumulators.length < n) {
    accumulators = new Float32Array(n);
    touchedDocs = new Int32Array(n);
    selectBuffer = new Float64Array(n);
  } else for (let i = 0; i < dirty; i++) accumulators[touchedDocs[i] as number] = 0;
  dirty = 0;
}

interface Cursor {
  /** Index into the query. */
  q: number;
  id: number;
  /** idf × the query term's weight. */
  weight: number;
  /** The most this term can add to any sentence's score. */
  bound: number;
  /** bound per posting to read: lists that lower what the unread lists could add fastest go first. */
  density: number;
  from: number;
  end: number;
}

/**
 * The k best sentences for the query, best first (score descending, then sentence number):
 * exactly `scoreSentences(…).sort(compareScored).slice(0, k)`, with MaxScore pruning.
 *
 * Lists are read from the highest bound per posting down (short lists of rare names first, long
 * lists of common words last), adding each posting's score to a per-sentence accumulator: that
 * order brings what the unread lists could still add below the k-th best after the fewest
 * postings read (at 10,000 articles, retrieval took about a third less time than with the
 * highest bound first). Once the bounds of the lists still unread sum to no more than the k-th
 * best accumulator, no sentence they alone hold can enter the top k: the rest of the lists are
 * only probed (galloping search) for the sentences already found that can still make it, and a
 * sentence is dropped as soon as its score plus what is left cannot reach the k-th best. The
 * winners are then scored exactly, their terms added in query order as the exhaustive scorer adds
 * them, so scores agree to the last bit.
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
  const { offsets, docs, tfs, norms, impacts } = index;

  const cursors: Cursor[] = [];
  query.forEach(({ term, weight }, q) => {
    const id = knownTermId(term);
    if (id === undefined || id + 1 >= offsets.length) return;
    const end = offsets[id + 1] as number;
    const from = lowerBound(docs, offsets[id] as number, end, lo);
    if (from >= end || (docs[from] as number) >= hi) return;
    const termIdf = idf(index, term) * weight;
    if (!(termIdf > MIN_TERM_WEIGHT)) return; // adds nothing (as in scoreSentences)
    const bound = termIdf * (K1 + 1) * maxRatioOf(index, id);
    cursors.push({ q, id, weight: termIdf, bound, density: bound / (end - from), from, end });
  });
  const m = cursors.length;
  if (m === 0) return [];
  cursors.sort((a, b) => b.density - a.density || a.q - b.q);
  /** remaining[i]: the bounds of cursors i… summed. */
  const remaining = new Float64Array(m + 1);
  const SLACK = slackFor(m);
  for (let i = m - 1; i >= 0; i--) remaining[i] = (remaining[i + 1] as number) + (cursors[i] as Cursor).bound;

  prepareScratch(index.size);
  const acc = accumulators;
  const touched = touchedDocs;
  let count = 0;
  let best = 0;
  let threshold = -Infinity;
  let first = m;

  // Reading whole lists in that order until the rest cannot bring in a new sentence.
  // `ceiling` bounds the k-th best from above (it grows by at most a list's bound per list), so
  // the selection is skipped while even that could not stop the reading.
  let ceiling = Infinity;
  for (let i = 0; i < m; i++) {
    const rest = remaining[i] as number;
    if (i > 0 && count >= k && rest * SLACK <= Math.min(best, ceiling)) {
      // k sentences at or above what the rest could add: the k-th best is too, so stop reading
      // whole lists. Counting them is cheaper than selecting the k-th, which is done once, here.
      const bar = rest * SLACK;
      if (bar > 0 && reachCount(acc, touched, count, bar, k) >= k) {
        threshold = kthLargest(acc, touched, count, k, bar);
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
      const before = acc[d] as number;
      if (before === 0) touched[count++] = d;
      const value = (acc[d] = before + weight * (impacts[p] as number));
      if (value > best) best = value;
    }
  }
  dirty = count;

  // The rest of the lists only add to sentences that can still make the top k: a sentence that
  // cannot is dropped (its accumulator set to −∞). The sentences still alive are sifted before a
  // list at least as long as they are many (sifting tens of thousands before a list of a few
  // thousand cost more than it saved: some 7% of retrieval for the longest questions at 10,000
  // articles). A long list is read through; a list much longer than the sentences still alive is
  // probed for them by galloping search instead. The bar stays the k-th best as the first phase
  // left it: selecting it again after each list dropped a few more sentences than it cost
  // (measured at 10,000 articles).
  let pool = touched;
  let size = count;
  if (first < m) {
    let live = touched.subarray(0, count);
    let copied = false;
    let sorted = false;
    for (let i = first; i < m; i++) {
      const { weight, from, end } = cursors[i] as Cursor;
      const length = end - from;
      if (live.length <= length) {
        if (!copied) {
          live = live.slice();
          copied = true;
        }
        const rest = remaining[i] as number;
        let kept = 0;
        for (let c = 0; c < live.length; c++) {
          const d = live[c] as number;
          if (((acc[d] as number) + rest) * SLACK > threshold) live[kept++] = d;
          else acc[d] = -Infinity;
        }
        live = live.subarray(0, kept);
      }
      if (length <= live.length * 8) {
        for (let p = from; p < end; p++) {
          const d = docs[p] as number;
          if (d >= hi) break;
          const value = acc[d] as number;
          if (!(value > 0)) continue; // never reached (0) or dropped (−∞)
          acc[d] = value + weight * (impacts[p] as number);
        }
      } else {
        if (!sorted) {
          live.sort();
          sorted = true;
        }
        let p = from;
        for (let c = 0; c < live.length; c++) {
          const d = live[c] as number;
          p = advance(docs, p, end, d);
          if (p >= end) break;
          if (docs[p] === d) acc[d] = (acc[d] as number) + weight * (impacts[p] as number);
        }
      }
    }
    pool = live;
    size = live.length;
  }

  // The winners, scored exactly; near-ties at the k-th place are all rescored, then cut. Equal
  // scores can put thousands of sentences there, so they are taken in sentence order and each
  // list is walked once for all of them (galloping), their gains kept per query term and summed
  // in query order, as the exhaustive scorer adds them.
  // (What phase 1 found is still there: at least k sentences at or above its bar.)
  const cut = size > k ? kthLargest(acc, pool, size, k, threshold / SLACK) : -Infinity;
  const chosen: number[] = [];
  for (let c = 0; c < size; c++) {
    const doc = pool[c] as number;
    if ((acc[doc] as number) * SLACK >= cut) chosen.push(doc);
  }
  chosen.sort((a, b) => a - b);
  const n = chosen.length;
  const width = query.length;
  const gains = new Float64Array(n * width);
  for (const { q, id, weight } of cursors) {
    const end = offsets[id + 1] as number;
    let p = offsets[id] as number;
    for (let c = 0; c < n; c++) {
      const doc = chosen[c] as number;
      p = advance(docs, p, end, doc);
      if (p >= end) break;
      if (docs[p] === doc) {
        const tf = tfs[p] as number;
        gains[c * width + q] = (weight * tf * (K1 + 1)) / (tf + (norms[doc] as number));
      }
    }
  }
  const scores = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    let score = 0;
    for (let q = 0; q < width; q++) score += gains[c * width + q] as number;
    scores[c] = score;
  }
  const order = Array.from({ length: n }, (_, c) => c)
    .sort(
      (a, b) =>
        (scores[b] as number) - (scores[a] as number) || (chosen[a] as number) - (chosen[b] as number),
    )
    .slice(0, k);
  return order.map((c) => {
    const matched = new Set<string>();
    for (let q = 0; q < width; q++)
      if ((gains[c * width + q] as number) > 0) matched.add((query[q] as WeightedTerm).term);
    return { doc: chosen[c] as number, score: scores[c] as number, matched };
  });
}

/** How many of docs[0…count) have an accumulator at or above `bar`, counting no further than k. */
function reachCount(acc: Float32Array, docs: Int32Array, count: number, bar: number, k: number): number {
  let reached = 0;
  for (let i = 0; i < count && reached < k; i++) if ((acc[docs[i] as number] as number) >= bar) reached++;
  return reached;
}

/**
 * The k-th largest accumulator among docs[0…count), by quickselect over those at or above `floor`
 * (a bar at least k of them reach, or −∞); `floor` when fewer than k reach it.
 */
function kthLargest(acc: Float32Array, docs: Int32Array, count: number, k: number, floor: number): number {
  const values = selectBuffer;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const value = acc[docs[i] as number] as number;
    if (value >= floor) values[n++] = value;
  }
  if (n < k) return floor;
  let left = 0;
  let right = n - 1;
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
