/**
 * An inverted index over every answer sentence of a library, scored with BM25, in typed arrays.
 * Built from the terms the parser stored, so building it needs no NLP.
 *
 * Terms are interned once per process (`termId`): a sentence's terms become small integers,
 * cached per article, so building the index is two passes over integer arrays (`invert`), never
 * re-hashing every word of every sentence; a reload that changes a few files patches the index it
 * replaces instead (patchSentenceIndex.ts).
 *
 * Retrieval of the best k sentences for a query is topSentences.ts's; `scoreSentences` here is
 * the exhaustive ranking it is tested against.
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
   * the term is first queried (topSentences.ts's maxRatioOf).
   */
  maxRatio: Float64Array;
  /**
   * Per posting: BM25's tf · (K1 + 1) / (tf + norm), in single precision, for pruning; filled for
   * a term's postings on its first query, with its maxRatio (pages of terms never queried are
   * never written, so they take no memory).
   */
  impacts: Float32Array;
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

export const K1 = 1.2;
/**
 * A query term weighing no more than this (idf × weight) adds nothing to any score: zero,
 * negative and NaN weights, and ones so small that single precision (topSentences.ts) would lose
 * them.
 */
export const MIN_TERM_WEIGHT = 1e-9;
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

/** The term's id, or undefined for a term no article of this process has had. */
export function knownTermId(term: string): number | undefined {
  return termIds.get(term);
}

/** How many terms the process has interned: every term id is below it. */
export function termCountNow(): number {
  return termNames.length;
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
  const { articleStart, docArticle, lengths, total } = sentenceArrays(perArticle.map((t) => t.counts));
  const { offsets, docs, tfs } = invert(perArticle, articleStart, termCountNow());
  return completeIndex({ docArticle, lengths, articleStart, offsets, docs, tfs }, total);
}

/**
 * The sentences' arrays from each article's term counts per sentence: where each article starts,
 * which article each sentence is, its length, and all the lengths' sum. From the term ids alone
 * (never the sentence objects, which a store loads lazily), and typed arrays rather than an
 * object per sentence: a reload at 10,000 articles makes these anew.
 */
export function sentenceArrays(countsPerArticle: readonly Uint16Array[]) {
  const articleStart = new Int32Array(countsPerArticle.length + 1);
  let n = 0;
  countsPerArticle.forEach((counts, a) => {
    articleStart[a] = n;
    n += counts.length;
  });
  articleStart[countsPerArticle.length] = n;
  const docArticle = new Int32Array(n);
  const lengths = new Uint16Array(n);
  let total = 0;
  countsPerArticle.forEach((counts, a) => {
    const start = articleStart[a] as number;
    docArticle.fill(a, start, start + counts.length);
    lengths.set(counts, start);
    for (let s = 0; s < counts.length; s++) total += counts[s] as number;
  });
  return { articleStart, docArticle, lengths, total };
}

/**
 * The postings of these articles' sentences by term id (CSR), article i's sentence s numbered
 * `firstDocs[i] + s` (ascending with i, so each list ascends). Pass 1 counts each term's
 * sentences, pass 2 writes them.
 */
export function invert(
  perArticle: readonly ArticleTermIds[],
  firstDocs: ArrayLike<number>,
  termCount: number,
): Pick<SentenceIndex, "offsets" | "docs" | "tfs"> {
  const lastDoc = new Int32Array(termCount).fill(-1);
  const offsets = new Int32Array(termCount + 1);
  perArticle.forEach(({ ids, counts }, a) => {
    let p = 0;
    let doc = firstDocs[a] as number;
    for (let s = 0; s < counts.length; s++, doc++) {
      for (const end = p + (counts[s] as number); p < end; p++) {
        const id = ids[p] as number;
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          offsets[id + 1] = (offsets[id + 1] as number) + 1;
        }
      }
    }
  });
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
  const postingCount = offsets[termCount] as number;
  const docs = new Int32Array(postingCount);
  const tfs = new Uint16Array(postingCount);
  const cursor = offsets.slice(0, termCount);
  const lastPos = new Int32Array(termCount);
  lastDoc.fill(-1);
  perArticle.forEach(({ ids, counts }, a) => {
    let p = 0;
    let doc = firstDocs[a] as number;
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
  });
  return { offsets, docs, tfs };
}

/** What building or patching an index gives: the sentences, and the postings by term id. */
export type IndexArrays = Pick<
  SentenceIndex,
  "docArticle" | "lengths" | "articleStart" | "offsets" | "docs" | "tfs"
>;

/** The index over these arrays: its length normalisation, and its bounds and impacts to be filled. */
export function completeIndex(arrays: IndexArrays, totalLength: number): SentenceIndex {
  const n = arrays.docArticle.length;
  const avgLength = n ? totalLength / n : 1;
  const { lengths } = arrays;
  const norms = new Float64Array(n);
  for (let d = 0; d < n; d++) norms[d] = K1 * (1 - B + (B * (lengths[d] as number)) / avgLength);
  // Filled in per term on its first query (a pass over every posting costs a reload ~20 ms).
  const maxRatio = new Float64Array(arrays.offsets.length - 1).fill(Number.NaN);
  const impacts = new Float32Array(arrays.docs.length);
  return {
    size: n,
    ...arrays,
    avgLength,
    postings: new PostingsView(arrays),
    norms,
    maxRatio,
    impacts,
  };
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
    if (!(termIdf > MIN_TERM_WEIGHT)) continue; // a term weighing nothing adds nothing
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

/**
 * The article's sentences (in index order) that contain the term: a view of the stretch of its
 * postings in that article, found by binary search, not a walk of a common word's list.
 */
export function articleSentencesWithTerm(index: SentenceIndex, article: number, term: string): Int32Array {
  const docs = sentencesWithTerm(index, term);
  const from = lowerBound(docs, 0, docs.length, index.articleStart[article] as number);
  return docs.subarray(from, lowerBound(docs, from, docs.length, index.articleStart[article + 1] as number));
}

/** Whether any sentence of the article holds the term. */
export function articleHasTerm(index: SentenceIndex, article: number, term: string): boolean {
  return articleSentencesWithTerm(index, article, term).length > 0;
}

/** First position in [from, to) whose doc is ≥ target (to when none). */
export function lowerBound(docs: Int32Array, from: number, to: number, target: number): number {
  // Most lists are short, and what is sought is often at either end: look there first.
  if (from >= to || (docs[from] as number) >= target) return from;
  if ((docs[to - 1] as number) < target) return to;
  let a = from + 1;
  let b = to - 1;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((docs[mid] as number) < target) a = mid + 1;
    else b = mid;
  }
  return a;
}
