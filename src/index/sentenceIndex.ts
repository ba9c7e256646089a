/**
 * An inverted index over every answer sentence of a library, scored with BM25, in typed arrays.
 * Built from the terms the parser stored, so building it needs no NLP.
 *
 * Terms are interned once per process (`termId`): a sentence's terms become small integers,
 * cached per article, so a reload that changes one file rebuilds the index with two passes over
 * integer arrays instead of re-hashing every word of every sentence.
 *
 * Retrieval (`topSentences`) is top-k with MaxScore bounds: each query term's best possible
 * contribution is known in advance (its idf × weight × the best tf/length ratio of its list), so
 * once k sentences are held, lists that cannot lift a sentence past the k-th best are only
 * probed for sentences the other lists found, never walked. The result is exactly the top k of
 * the exhaustive BM25 ranking (`scoreSentences`), same scores to the last bit, same tie order.
 */
import type { Article } from "../article.js";

export interface SentenceRef {
  /** Index into the library's articles. */
  article: number;
  /** Index into that article's sentences. */
  sentence: number;
}

/** One term's postings: sentence numbers ascending, and the term's frequency in each. */
export interface Postings {
  docs: Int32Array;
  tfs: Uint16Array;
}

/** Which terms the library contains (`has`), and their postings (`get`). */
export interface TermPostings {
  has(term: string): boolean;
  get(term: string): Postings | undefined;
  /** How many distinct terms occur in the library. */
  readonly size: number;
}

export interface SentenceIndex {
  /** How many sentences the index holds (its documents, numbered 0…size − 1). */
  size: number;
  /** The article each sentence belongs to (see sentenceAt). */
  docArticle: Int32Array;
  /** Terms per sentence (capped at 65535). */
  lengths: Uint16Array;
  avgLength: number;
  postings: TermPostings;
  /** Sentence numbers of each article: article a holds [articleStart[a], articleStart[a + 1]). */
  articleStart: Int32Array;
  /** CSR postings by term id: term t's entries are [offsets[t], offsets[t + 1]). */
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Uint16Array;
  /** BM25 length normalisation of each sentence: K1 · (1 − B + B · length / avgLength). */
  norms: Float64Array;
  /**
   * Per term: the largest tf / (tf + norm) in its list, for MaxScore's upper bounds; NaN until
   * the term is first queried (maxRatioOf).
   */
  maxRatio: Float64Array;
}

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface ScoredSentence {
  doc: number;
  score: number;
  /** The query terms this sentence contains. */
  matched: Set<string>;
}

const K1 = 1.2;
const B = 0.6;

// ——— the process-wide term dictionary ———

const termIds = new Map<string, number>();
const termNames: string[] = [];

/** The term's id, assigning the next one to a term never seen before. */
export function termId(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = termNames.length;
    termIds.set(term, id);
    termNames.push(term);
  }
  return id;
}

/** The term with this id. */
export function termName(id: number): string {
  return termNames[id] as string;
}

/** An article's sentence terms as term ids: all sentences' ids in a row, and each sentence's count. */
export interface ArticleTermIds {
  ids: Int32Array;
  counts: Uint16Array;
}

const articleTermIds = new WeakMap<Article, ArticleTermIds>();

/** Records an article's term ids (a loader that already has them saves re-interning its words). */
export function setArticleTermIds(article: Article, ids: ArticleTermIds): void {
  articleTermIds.set(article, ids);
}

/** How many sentences the article has, without reading them (see articleTerms). */
export function sentenceCount(article: Article): number {
  return articleTerms(article).counts.length;
}

/** The article's term ids, interned once and cached for as long as the article object lives. */
export function articleTerms(article: Article): ArticleTermIds {
  let cached = articleTermIds.get(article);
  if (!cached) {
    let total = 0;
    for (const sentence of article.sentences) total += Math.min(sentence.terms.length, 65535);
    const ids = new Int32Array(total);
    const counts = new Uint16Array(article.sentences.length);
    let p = 0;
    article.sentences.forEach((sentence, s) => {
      const n = Math.min(sentence.terms.length, 65535);
      counts[s] = n;
      for (let i = 0; i < n; i++) ids[p++] = termId(sentence.terms[i] as string);
    });
    cached = { ids, counts };
    articleTermIds.set(article, cached);
  }
  return cached;
}

// ——— building ———

class PostingsView implements TermPostings {
  constructor(private readonly index: Pick<SentenceIndex, "offsets" | "docs" | "tfs">) {}

  #id(term: string): number {
    const id = termIds.get(term);
    if (id === undefined || id + 1 >= this.index.offsets.length) return -1;
    return (this.index.offsets[id + 1] as number) > (this.index.offsets[id] as number) ? id : -1;
  }

  has(term: string): boolean {
    return this.#id(term) >= 0;
  }

  get(term: string): Postings | undefined {
    const id = this.#id(term);
    if (id < 0) return undefined;
    const from = this.index.offsets[id] as number;
    const to = this.index.offsets[id + 1] as number;
    return { docs: this.index.docs.subarray(from, to), tfs: this.index.tfs.subarray(from, to) };
  }

  get size(): number {
    let n = 0;
    const { offsets } = this.index;
    for (let t = 0; t + 1 < offsets.length; t++) if ((offsets[t + 1] as number) > (offsets[t] as number)) n++;
    return n;
  }
}

export function buildSentenceIndex(articles: readonly Article[]): SentenceIndex {
  const perArticle = articles.map(articleTerms);
  const articleStart = new Int32Array(articles.length + 1);
  let n = 0;
  perArticle.forEach(({ counts }, a) => {
    articleStart[a] = n;
    n += counts.length;
  });
  articleStart[articles.length] = n;

  // From the term ids alone (never the sentence objects, which a store loads lazily), and typed
  // arrays rather than an object per sentence: a reload at 10,000 articles builds this anew.
  const docArticle = new Int32Array(n);
  const lengths = new Uint16Array(n);
  let total = 0;
  perArticle.forEach(({ counts }, a) => {
    const start = articleStart[a] as number;
    docArticle.fill(a, start, start + counts.length);
    lengths.set(counts, start);
    for (let s = 0; s < counts.length; s++) total += counts[s] as number;
  });
  const avgLength = n ? total / n : 1;

  // Pass 1: document frequencies. Pass 2: postings, in sentence order (so each list ascends).
  const termCount = termNames.length;
  const lastDoc = new Int32Array(termCount).fill(-1);
  const offsets = new Int32Array(termCount + 1);
  let doc = 0;
  for (const { ids, counts } of perArticle) {
    let p = 0;
    for (let s = 0; s < counts.length; s++, doc++) {
      for (const end = p + (counts[s] as number); p < end; p++) {
        const id = ids[p] as number;
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          offsets[id + 1] = (offsets[id + 1] as number) + 1;
        }
      }
    }
  }
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
  const postingCount = offsets[termCount] as number;
  const docs = new Int32Array(postingCount);
  const tfs = new Uint16Array(postingCount);
  const cursor = offsets.slice(0, termCount);
  const lastPos = new Int32Array(termCount);
  lastDoc.fill(-1);
  doc = 0;
  for (const { ids, counts } of perArticle) {
    let p = 0;
    for (let s = 0; s < counts.length; s++, doc++) {
      for (const end = p + (counts[s] as number); p < end; p++) {
        const id = ids[p] as number;
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          const at = cursor[id] as number;
          cursor[id] = at + 1;
          docs[at] = doc;
          tfs[at] = 1;
          lastPos[id] = at;
        } else {
          const at = lastPos[id] as number;
          tfs[at] = Math.min((tfs[at] as number) + 1, 65535);
        }
      }
    }
  }

  const norms = new Float64Array(n);
  for (let d = 0; d < n; d++) norms[d] = K1 * (1 - B + (B * (lengths[d] as number)) / avgLength);
  // Filled in per term on its first query (a pass over every posting costs a reload ~20 ms).
  const maxRatio = new Float64Array(termCount).fill(Number.NaN);

  const arrays = { offsets, docs, tfs };
  return {
    size: n,
    docArticle,
    lengths,
    avgLength,
    postings: new PostingsView(arrays),
    articleStart,
    ...arrays,
    norms,
    maxRatio,
  };
}

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

/** Which article, and which of its sentences, sentence number `doc` is. */
export function sentenceAt(index: SentenceIndex, doc: number): SentenceRef | undefined {
  if (!(doc >= 0 && doc < index.size)) return undefined;
  const article = index.docArticle[doc] as number;
  return { article, sentence: doc - (index.articleStart[article] as number) };
}

// ——— scoring ———

function documentFrequency(index: SentenceIndex, term: string): number {
  const id = termIds.get(term);
  if (id === undefined || id + 1 >= index.offsets.length) return 0;
  return (index.offsets[id + 1] as number) - (index.offsets[id] as number);
}

/** The sentences (in index order) that contain the term: a view of its postings, not a copy. */
export function sentencesWithTerm(index: SentenceIndex, term: string): Int32Array {
  const id = termIds.get(term);
  if (id === undefined || id + 1 >= index.offsets.length) return new Int32Array(0);
  return index.docs.subarray(index.offsets[id] as number, index.offsets[id + 1] as number);
}

/** How many sentences contain the term. */
export function df(index: SentenceIndex, term: string): number {
  return documentFrequency(index, term);
}

/** BM25's inverse document frequency (never negative). */
export function idf(index: SentenceIndex, term: string): number {
  const freq = documentFrequency(index, term);
  const n = index.size;
  return Math.log(1 + (n - freq + 0.5) / (freq + 0.5));
}

/**
 * Every sentence containing at least one query term, with its BM25 score (unsorted). Exhaustive:
 * the reference that `topSentences` is tested against; too slow for common words at scale.
 */
export function scoreSentences(index: SentenceIndex, query: readonly WeightedTerm[]): ScoredSentence[] {
  const scores = new Map<number, ScoredSentence>();
  for (const { term, weight } of query) {
    const id = termIds.get(term);
    if (id === undefined || id + 1 >= index.offsets.length) continue;
    const termIdf = idf(index, term) * weight;
    for (let p = index.offsets[id] as number, end = index.offsets[id + 1] as number; p < end; p++) {
      const doc = index.docs[p] as number;
      const tf = index.tfs[p] as number;
      const gain = (termIdf * tf * (K1 + 1)) / (tf + (index.norms[doc] as number));
      let entry = scores.get(doc);
      if (!entry) scores.set(doc, (entry = { doc, score: 0, matched: new Set() }));
      entry.score += gain;
      entry.matched.add(term);
    }
  }
  return [...scores.values()];
}

/** Best first: higher score, then lower sentence number. */
export function compareScored(a: ScoredSentence, b: ScoredSentence): number {
  return b.score - a.score || a.doc - b.doc;
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
    const id = termIds.get(term);
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

/** Whether any sentence of the article holds the term (a binary search of the term's postings). */
export function articleHasTerm(index: SentenceIndex, article: number, term: string): boolean {
  const id = termIds.get(term);
  if (id === undefined || id + 1 >= index.offsets.length) return false;
  const end = index.offsets[id + 1] as number;
  const at = lowerBound(index.docs, index.offsets[id] as number, end, index.articleStart[article] as number);
  return at < end && (index.docs[at] as number) < (index.articleStart[article + 1] as number);
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

/** First position in [from, to) whose doc is ≥ target (to when none). */
function lowerBound(docs: Int32Array, from: number, to: number, target: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((docs[mid] as number) < target) a = mid + 1;
    else b = mid;
  }
  return a;
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
