/**
 * Choosing a summary's sentences from a ranked pool so that each states a different claim:
 * maximal marginal relevance (Carbonell & Goldstein 1998) — each next pick is central and unlike
 * the picks so far — with restatements of a picked claim never picked, and other outlets'
 * wordings of a picked claim found for "also reported by".
 */
import type { Article, Sentence } from "../article.js";
import type { Library } from "../library.js";
import type { SentenceRef } from "../answer/answer.js";
import { claimSimilarity, claimTerms, type ClaimTerms } from "../answer/corroborate.js";
import { overviewOf } from "./articleOverview.js";
import { cosine, type LibraryTerms, type TermVector } from "./vectors.js";

export const MIN_QUOTES = 4;
export const MAX_QUOTES = 7;
/** Quotes come from at least this many articles when the pool spans that many. */
export const MIN_ARTICLES = 3;
/** Other outlets cited per quote at most. */
export const MAX_ALSO = 3;
/** Maximal marginal relevance: centrality against likeness to what is already picked. */
const LAMBDA = 0.5;
/** After MIN_QUOTES, a candidate this far below the most central (normalised) ends the summary. */
const STOP_BELOW = 0.3;
/** Whole sentences this alike state one claim ("A senior official said the talks were moving forward…"). */
const SAME_SENTENCE_COSINE = 0.5;
/**
 * Sentences this alike once the pool's common words are set aside state one claim: rewrites of
 * one report ("Rubio described the talks in Paris on Thursday as productive" / "Mr. Rubio called
 * Thursday's Paris talks constructive") score 0.18 on the seeds, distinct claims 0.00–0.14.
 */
export const SAME_CLAIM_COSINE = 0.15;
/** From this cosine, another outlet's sentence is checked as a rewrite of a picked one. */
const ALSO_COSINE = 0.3;
/** Term overlap (corroborate.ts) from which a rewrite is the same claim (see restates). */
const SAME_CLAIM_OVERLAP = 0.3;
/** Rewrites checked per quote at most, most alike first. */
const ALSO_CHECKED = 12;
/** How far below SAME_CLAIM_OVERLAP the unfolded id overlap may be and still be read. */
const ID_OVERLAP_SLACK = 0.1;

export interface Candidate {
  /** Index into the library's articles, and into that article's sentences. */
  article: number;
  sentence: number;
  /** Share of the topic's weight the sentence holds (1 without a topic). */
  coverage: number;
}

export interface Pool {
  candidates: Candidate[];
  /** Each sentence's unit tf-idf vector. */
  vectors: TermVector[];
  /** The same without the candidates' common words: what tells its claim from the others'. */
  claims: TermVector[];
  /** Per sentence: other articles' candidates that restate its claim (left out of the pool). */
  support: Candidate[][];
}

/** Pool indexes of the picked sentences, in the order picked. */
export function selectClaims(pool: Pool, scores: Float64Array, similarity: Float64Array): number[] {
  const n = pool.candidates.length;
  let top = 0;
  for (const s of scores) top = Math.max(top, s);
  const centrality = Array.from(scores, (s) => (top > 0 ? s / top : 0));
  const wantArticles = Math.min(MIN_ARTICLES, new Set(pool.candidates.map((c) => c.article)).size);
  const taken = new Uint8Array(n);
  // Each candidate's greatest likeness to a pick so far (of whole sentences or of claims).
  const likeness = new Float64Array(n);
  const picks: number[] = [];
  const pickedArticles = new Set<number>();
  while (picks.length < MAX_QUOTES) {
    // The summary may end after MIN_QUOTES: by then it must span the articles it should.
    const needed = wantArticles - pickedArticles.size;
    const mustBeNew = needed > 0 && needed >= MIN_QUOTES - picks.length;
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i] || (mustBeNew && pickedArticles.has((pool.candidates[i] as Candidate).article))) continue;
      const value = LAMBDA * (centrality[i] as number) - (1 - LAMBDA) * (likeness[i] as number);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0 || (picks.length >= MIN_QUOTES && (centrality[best] as number) < STOP_BELOW)) break;
    picks.push(best);
    pickedArticles.add((pool.candidates[best] as Candidate).article);
    // What states the picked claim again is out; the rest are marked by how alike they are.
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const whole = similarity[i * n + best] as number;
      const claim = cosine(pool.claims[i] as TermVector, pool.claims[best] as TermVector);
      if (i === best || whole >= SAME_SENTENCE_COSINE || claim >= SAME_CLAIM_COSINE) taken[i] = 1;
      else likeness[i] = Math.max(likeness[i] as number, whole, claim);
    }
  }
  return picks;
}

/** The dates a sentence's expressions resolved to. */
function datesOf(article: Article, sentence: Sentence): Set<string> {
  return new Set(
    overviewOf(article)
      .dates.filter((d) => d.sentence === sentence.n && d.date !== null)
      .map((d) => d.date as string),
  );
}

/**
 * Whether a sentence restates a claim: their idf-weighted term overlap (corroborate.ts,
 * paraphrases folded) at least SAME_CLAIM_OVERLAP, the same figures and dates where both give
 * some, the same polarity. The bar is below the answer engine's (0.4): a summary's quotes are
 * the set's central claims, and a sentence this close to one is another outlet's wording of it.
 */
function restates(a: ClaimTerms, aDates: Set<string>, b: ClaimTerms, bDates: Set<string>): boolean {
  if (a.negated !== b.negated) return false;
  if (a.figures.size > 0 && b.figures.size > 0 && ![...a.figures].some((f) => b.figures.has(f))) return false;
  if (aDates.size > 0 && bDates.size > 0 && ![...aDates].some((d) => bDates.has(d))) return false;
  return claimSimilarity(a, b) >= SAME_CLAIM_OVERLAP;
}

/** Other outlets' wordings of a picked claim, among the pool (at most MAX_ALSO, one per article). */
export function alsoReported(
  library: Library,
  terms: LibraryTerms,
  pool: Pool,
  similarity: Float64Array,
  index: number,
  picks: readonly number[],
): SentenceRef[] {
  const n = pool.candidates.length;
  const refOf = (c: Candidate) => {
    const article = library.articles[c.article] as Article;
    return { article, sentence: article.sentences[c.sentence] as Sentence };
  };
  const picked = pool.candidates[index] as Candidate;
  const quoted = refOf(picked);
  const claim = claimTerms(library, quoted.sentence);
  const dates = datesOf(quoted.article, quoted.sentence);
  const alike = [];
  for (let i = 0; i < n; i++) {
    if (picks.includes(i) || (similarity[index * n + i] as number) < ALSO_COSINE) continue;
    alike.push(i);
  }
  alike.sort((a, b) => (similarity[index * n + b] as number) - (similarity[index * n + a] as number));
  // Its own restatements first (left out of the pool), then the pool's most alike sentences.
  const checked = [...(pool.support[index] ?? []), ...alike.map((i) => pool.candidates[i] as Candidate)];
  const also: SentenceRef[] = [];
  const cited = new Set([picked.article]);
  for (const c of checked.slice(0, ALSO_CHECKED)) {
    if (cited.has(c.article)) continue;
    // Their term ids first: a sentence is read (from the store) only when it may be a rewrite.
    if (idOverlap(terms, picked, c) < SAME_CLAIM_OVERLAP - ID_OVERLAP_SLACK) continue;
    const ref = refOf(c);
    if (!restates(claim, dates, claimTerms(library, ref.sentence), datesOf(ref.article, ref.sentence)))
      continue;
    also.push(ref);
    cited.add(c.article);
    if (also.length >= MAX_ALSO) break;
  }
  return also;
}

/**
 * claimSimilarity's idf-weighted overlap on the sentences' term ids, without its paraphrase
 * folding (hence ID_OVERLAP_SLACK): whether a sentence is worth reading to compare.
 */
function idOverlap(terms: LibraryTerms, a: Candidate, b: Candidate): number {
  const ids = (c: Candidate) => {
    const starts = terms.starts[c.article] as Int32Array;
    return new Set((terms.ids[c.article] as Int32Array).subarray(starts[c.sentence], starts[c.sentence + 1]));
  };
  const x = ids(a);
  const y = ids(b);
  let shared = 0;
  let total = 0;
  for (const id of x) {
    const w = terms.idf[id] ?? 0;
    total += w;
    if (y.has(id)) shared += w;
  }
  for (const id of y) if (!x.has(id)) total += terms.idf[id] ?? 0;
  return total > 0 ? shared / total : 0;
}
