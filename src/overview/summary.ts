/**
 * summarize(library, topic): an extractive summary across the articles — 4 to 7 of their own
 * sentences, each cited, the claims most central to the set first.
 *
 * 1. Candidates: every sentence that can stand alone (not a question, a bare quotation, "He
 *    said…", a credit; see ArticleOverview.dependent) and, with a topic, is about it.
 * 2. Past POOL candidates (a large set), the most central by their similarity to the set's
 *    centroid — the sum of their cosine similarities to every candidate, LexRank's degree
 *    centrality computed in one pass — are kept.
 * 3. LexRank over the pool (lexrank.ts), links across outlets counting more than within one
 *    article, jumps favouring lead sentences and, for a topic, the sentences most about it.
 * 4. Selection by maximal marginal relevance (claims.ts): each next sentence is central and
 *    unlike those already picked; one restating a picked claim is never picked, another outlet's
 *    wording of it is cited as "also reported by", and the picks span at least three articles
 *    when the set has them.
 */
import type { Article, Sentence } from "../article.js";
import type { Library } from "../library.js";
import type { Answer, Quote } from "../answer/answer.js";
import { sentenceAt } from "../index/sentenceIndex.js";
import { alsoReported, SAME_CLAIM_COSINE, selectClaims, type Candidate, type Pool } from "./claims.js";
import { overviewOf } from "./articleOverview.js";
import { lexRank } from "./lexrank.js";
import { topicCache } from "./topicCache.js";
import { analyzeTopic, MIN_TOPIC_COVERAGE, sentencesWithTopic, topicCoverage, type Topic } from "./topic.js";
import {
  cosine,
  heaviestTerms,
  libraryTerms,
  sentenceIds,
  vectorOf,
  type LibraryTerms,
  type TermVector,
} from "./vectors.js";

export { MAX_QUOTES, MIN_ARTICLES, MIN_QUOTES } from "./claims.js";
/** Sentences LexRank ranks at most (its cost grows with the square of this). */
const POOL = 300;
/** A pool sentence is found through its claim's heaviest terms. */
const KEY_TERMS = 4;
/** Candidates looked at for the pool at most, in centroid order. */
const SCAN = 2500;

export interface Summary extends Answer {
  /** The topic as analysed; null for a summary of everything. */
  topic: string | null;
}

function noSummary(question: string, topic: string | null, reason: Answer["reason"]): Summary {
  return { question, topic, answered: false, quotes: [], reason };
}

const summaryOf = topicCache(64, (library, topic) => computeSummary(library, topic));

/**
 * The summary of the articles, or of their sentences about `topic`. `question` is what the user
 * asked, when the summary answers a question ("What happened at the talks?"). Summaries are kept
 * per library snapshot (topicCache.ts), so asking again costs nothing.
 */
export function summarize(library: Library, topic: string | null, question?: string): Summary {
  const summary = summaryOf(library, topic);
  return question === undefined ? summary : { ...summary, question };
}

function computeSummary(library: Library, rawTopic: string | null): Summary {
  const terms = libraryTerms(library);
  let topic: Topic | null = null;
  if (rawTopic !== null) {
    topic = analyzeTopic(library, terms, rawTopic);
    const asked = `Summary: ${topic.text}`;
    if (topic.empty) return noSummary(asked, topic.text, "empty-question");
    if (topic.missingNames.length) return noSummary(asked, topic.text, "unknown-names");
    if (topic.terms.length === 0) return noSummary(asked, topic.text, "no-match");
  }
  const question = topic ? `Summary: ${topic.text}` : "Summary of the articles";
  const candidates = findCandidates(library, terms, topic);
  if (candidates.length === 0) return noSummary(question, topic?.text ?? null, "no-match");

  // Words most candidates share (a topic's own words, "Rubio" in a set about Rubio) say nothing
  // about which claim a sentence makes.
  const background = commonTerms(terms, candidates, BACKGROUND_SHARE, topic === null);
  const pool = buildPool(library, terms, byCentroid(terms, candidates), background);
  const ranked = lexRank(pool.vectors, {
    groups: pool.candidates.map((c) => c.article),
    // News puts its main claims first; a topic's summary leans to the sentences most about it; a
    // claim other articles repeat (its rewrites, left out of the pool) weighs more.
    prior: pool.candidates.map(
      (c, k) =>
        (0.5 + 0.5 / (1 + c.sentence / 5)) *
        c.coverage *
        c.coverage *
        (1 + Math.log1p(pool.support[k]?.length ?? 0)),
    ),
  });
  const { scores } = ranked;
  const picks = selectClaims(pool, scores, ranked.similarity);
  // The most central claims first.
  picks.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const quotes = picks.map((index): Quote => {
    const { article, sentence } = sentenceOf(library, pool.candidates[index] as Candidate);
    return {
      text: sentence.text,
      // Centrality relative to the pool's average sentence (1).
      score: Math.round((scores[index] as number) * scores.length * 1000) / 1000,
      article,
      sentence,
      alsoReportedBy: alsoReported(library, terms, pool, ranked.similarity, index, picks),
      context: null,
      contextSentence: null,
    };
  });
  return { question, topic: topic?.text ?? null, answered: quotes.length > 0, quotes, reason: null };
}

function sentenceOf(library: Library, c: Candidate): { article: Article; sentence: Sentence } {
  const article = library.articles[c.article] as Article;
  return { article, sentence: article.sentences[c.sentence] as Sentence };
}

/** Candidates as columns: a quarter of a million objects would cost more than ranking them. */
interface Candidates {
  article: Int32Array;
  sentence: Int32Array;
  coverage: Float64Array;
  length: number;
}

function candidateColumns(capacity: number): Candidates {
  return {
    article: new Int32Array(capacity),
    sentence: new Int32Array(capacity),
    coverage: new Float64Array(capacity),
    length: 0,
  };
}

function push(c: Candidates, a: number, s: number, coverage: number): void {
  c.article[c.length] = a;
  c.sentence[c.length] = s;
  c.coverage[c.length] = coverage;
  c.length++;
}

/** Sentences that can stand alone and, with a topic, are about it. */
function findCandidates(library: Library, terms: LibraryTerms, topic: Topic | null): Candidates {
  if (!topic) {
    const all = candidateColumns(terms.sentences);
    library.articles.forEach((article, a) => {
      const dependent = new Set(overviewOf(article).dependent);
      const count = (terms.starts[a] as Int32Array).length - 1;
      for (let s = 0; s < count; s++) if (!dependent.has(s + 1)) push(all, a, s, 1);
    });
    return all;
  }
  const marked = sentencesWithTopic(library, topic);
  let count = 0;
  for (const m of marked) count += m;
  const candidates = candidateColumns(count);
  let dependent: Set<number> | null = null;
  let dependentOf = -1;
  for (let doc = 0; doc < marked.length; doc++) {
    if (marked[doc] === 0) continue;
    const at = sentenceAt(library.index, doc);
    if (!at) continue;
    const { article: a, sentence: s } = at;
    if (a !== dependentOf) {
      dependent = new Set(overviewOf(library.articles[a] as Article).dependent);
      dependentOf = a;
    }
    if (dependent?.has(s + 1)) continue;
    const starts = terms.starts[a] as Int32Array;
    const coverage = topicCoverage(
      topic,
      terms.ids[a] as Int32Array,
      starts[s] as number,
      starts[s + 1] as number,
    );
    if (coverage >= MIN_TOPIC_COVERAGE) push(candidates, a, s, coverage);
  }
  return candidates;
}

/**
 * The candidates most similar to all the others together, first (at most SCAN): the dot product
 * with the sum of every candidate's unit vector is the sum of its cosines to each (LexRank's
 * degree centrality, without a threshold), in two passes over the candidates' term ids.
 */
function byCentroid(terms: LibraryTerms, candidates: Candidates): Candidate[] {
  const { idf } = terms;
  const n = candidates.length;
  const centroid = new Float64Array(idf.length);
  const norms = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = candidates.article[k] as number;
    const s = candidates.sentence[k] as number;
    const ids = terms.ids[a] as Int32Array;
    const starts = terms.starts[a] as Int32Array;
    const from = starts[s] as number;
    const to = starts[s + 1] as number;
    let norm = 0;
    for (let i = from; i < to; i++) norm += (idf[ids[i] as number] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    norms[k] = norm;
    for (let i = from; i < to; i++) {
      const id = ids[i] as number;
      centroid[id] = (centroid[id] as number) + (idf[id] as number) / norm;
    }
  }
  const scores = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = candidates.article[k] as number;
    const s = candidates.sentence[k] as number;
    const ids = terms.ids[a] as Int32Array;
    const starts = terms.starts[a] as Int32Array;
    let dot = 0;
    for (let i = starts[s] as number, to = starts[s + 1] as number; i < to; i++) {
      const id = ids[i] as number;
      dot += (idf[id] as number) * (centroid[id] as number);
    }
    scores[k] = (dot / (norms[k] as number) - 1) * (candidates.coverage[k] as number);
  }
  // Only the first SCAN are ever looked at: sort those alone.
  const cutoff = n > SCAN ? (scores.slice().sort()[n - SCAN] as number) : -Infinity;
  const order: number[] = [];
  for (let k = 0; k < n; k++) if ((scores[k] as number) >= cutoff) order.push(k);
  order.sort((x, y) => (scores[y] as number) - (scores[x] as number) || x - y);
  return order.slice(0, SCAN).map((k) => ({
    article: candidates.article[k] as number,
    sentence: candidates.sentence[k] as number,
    coverage: candidates.coverage[k] as number,
  }));
}

/**
 * The pool LexRank ranks: candidates in centroid order, one per claim — a candidate restating a
 * pool sentence's claim (see SAME_CLAIM_COSINE) is not added but counted as its support, and
 * kept for "also reported by" — until POOL sentences, or SCAN candidates looked at.
 */
function buildPool(
  library: Library,
  terms: LibraryTerms,
  ordered: readonly Candidate[],
  background: ReadonlySet<number>,
): Pool {
  const pool: Pool = { candidates: [], vectors: [], claims: [], support: [] };
  // Pool sentences by their claim terms, to compare a candidate only with those sharing one.
  const byTerm = new Map<number, number[]>();
  // Which candidate last compared itself with each pool sentence (so each is compared once).
  const comparedAt = new Int32Array(POOL).fill(-1);
  let scanned = 0;
  for (const c of ordered) {
    if (pool.candidates.length >= POOL) break;
    const ids = sentenceIds(library, terms, c.article, c.sentence);
    const vector = vectorOf(ids, terms.idf);
    if (!vector) continue;
    const claim =
      vectorOf(
        ids.filter((id) => !background.has(id)),
        terms.idf,
      ) ?? EMPTY;
    let restated = -1;
    scanned++;
    // A restatement shares the claim's rarest words: look only among pool sentences holding one.
    for (const id of heaviestTerms(claim, KEY_TERMS)) {
      for (const k of byTerm.get(id) ?? []) {
        if (comparedAt[k] === scanned) continue;
        comparedAt[k] = scanned;
        if (cosine(claim, pool.claims[k] as TermVector) >= SAME_CLAIM_COSINE) {
          restated = k;
          break;
        }
      }
      if (restated >= 0) break;
    }
    if (restated >= 0) {
      const support = pool.support[restated] as Candidate[];
      if (c.article !== (pool.candidates[restated] as Candidate).article) support.push(c);
      continue;
    }
    const k = pool.candidates.length;
    pool.candidates.push(c);
    pool.vectors.push(vector);
    pool.claims.push(claim);
    pool.support.push([]);
    for (const id of heaviestTerms(claim, KEY_TERMS)) {
      let list = byTerm.get(id);
      if (!list) byTerm.set(id, (list = []));
      list.push(k);
    }
  }
  return pool;
}

/** Words in at least this share of the candidates are their background. */
const BACKGROUND_SHARE = 0.25;
const EMPTY: TermVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Terms in at least `share` of the candidates (and at least 4 of them). */
function commonTerms(
  terms: LibraryTerms,
  candidates: Candidates,
  share: number,
  everySentence: boolean,
): Set<number> {
  const min = Math.max(4, share * (everySentence ? terms.sentences : candidates.length));
  const common = new Set<number>();
  // Every sentence a candidate: the library's own sentence counts say it.
  const counts = everySentence ? terms.df : new Int32Array(terms.idf.length);
  if (!everySentence) {
    const last = new Int32Array(terms.idf.length).fill(-1);
    for (let k = 0; k < candidates.length; k++) {
      const a = candidates.article[k] as number;
      const s = candidates.sentence[k] as number;
      const ids = terms.ids[a] as Int32Array;
      const starts = terms.starts[a] as Int32Array;
      for (let i = starts[s] as number, to = starts[s + 1] as number; i < to; i++) {
        const id = ids[i] as number;
        if (last[id] === k) continue;
        last[id] = k;
        counts[id] = (counts[id] as number) + 1;
      }
    }
  }
  for (let id = 0; id < counts.length; id++) if ((counts[id] as number) >= min) common.add(id);
  return common;
}
