/**
 * An inverted index over every answer sentence of a library, scored with BM25. Built from the
 * terms the parser stored, so building it needs no NLP.
 */
import type { Article } from "../article.js";

export interface SentenceRef {
  /** Index into the library's articles. */
  article: number;
  /** Index into that article's sentences. */
  sentence: number;
}

interface Postings {
  /** Sentence numbers (into `refs`), ascending. */
  docs: number[];
  /** Term frequency in each of those sentences. */
  tfs: number[];
}

export interface SentenceIndex {
  refs: SentenceRef[];
  lengths: Uint16Array;
  avgLength: number;
  postings: Map<string, Postings>;
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

export function buildSentenceIndex(articles: readonly Article[]): SentenceIndex {
  const refs: SentenceRef[] = [];
  const lengthList: number[] = [];
  const postings = new Map<string, Postings>();
  articles.forEach((article, a) => {
    article.sentences.forEach((sentence, s) => {
      const doc = refs.length;
      refs.push({ article: a, sentence: s });
      lengthList.push(sentence.terms.length);
      const counts = new Map<string, number>();
      for (const term of sentence.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = { docs: [], tfs: [] }));
        list.docs.push(doc);
        list.tfs.push(tf);
      }
    });
  });
  const total = lengthList.reduce((sum, n) => sum + n, 0);
  return {
    refs,
    lengths: Uint16Array.from(lengthList, (n) => Math.min(n, 65535)),
    avgLength: refs.length ? total / refs.length : 1,
    postings,
  };
}

/** BM25's inverse document frequency (never negative). */
export function idf(index: SentenceIndex, term: string): number {
  const df = index.postings.get(term)?.docs.length ?? 0;
  const n = index.refs.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Sentences containing at least one query term, with their BM25 scores (unsorted). */
export function scoreSentences(index: SentenceIndex, query: readonly WeightedTerm[]): ScoredSentence[] {
  const scores = new Map<number, ScoredSentence>();
  for (const { term, weight } of query) {
    const list = index.postings.get(term);
    if (!list) continue;
    const termIdf = idf(index, term) * weight;
    for (let i = 0; i < list.docs.length; i++) {
      const doc = list.docs[i] as number;
      const tf = list.tfs[i] as number;
      const norm = K1 * (1 - B + (B * (index.lengths[doc] as number)) / index.avgLength);
      const gain = (termIdf * tf * (K1 + 1)) / (tf + norm);
      let entry = scores.get(doc);
      if (!entry) scores.set(doc, (entry = { doc, score: 0, matched: new Set() }));
      entry.score += gain;
      entry.matched.add(term);
    }
  }
  return [...scores.values()];
}
