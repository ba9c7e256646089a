/**
 * Sentences as tf-idf vectors over their index terms, read from the term ids the library already
 * holds per article (`articleTerms`): a summary or timeline over 10,000 articles never decodes a
 * sentence it does not quote.
 */
import type { Library } from "../library.js";
import { articleTerms } from "../index/sentenceIndex.js";

/** A unit-length sparse vector: term ids ascending, and their weights. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface LibraryTerms {
  /** Per article: its sentences' term ids in a row (`articleTerms`). */
  ids: Int32Array[];
  /** Per article: where each sentence's ids start in `ids` (one more entry: the end). */
  starts: Int32Array[];
  /** BM25's idf by term id (0 for a term the library lacks). */
  idf: Float64Array;
  /** How many sentences hold each term id, and how many sentences there are. */
  df: Int32Array;
  sentences: number;
}

const cache = new WeakMap<Library, LibraryTerms>();

/** Each sentence's offset into its article's ids, and every term's idf: once per library snapshot. */
export function libraryTerms(library: Library): LibraryTerms {
  let terms = cache.get(library);
  if (terms) return terms;
  let maxId = -1;
  const perArticle = library.articles.map((article) => articleTerms(article));
  for (const { ids } of perArticle)
    for (let i = 0; i < ids.length; i++) if ((ids[i] as number) > maxId) maxId = ids[i] as number;
  const df = new Int32Array(maxId + 1);
  const lastSentence = new Int32Array(maxId + 1).fill(-1);
  let sentences = 0;
  const starts = perArticle.map(({ ids, counts }) => {
    const start = new Int32Array(counts.length + 1);
    let p = 0;
    for (let s = 0; s < counts.length; s++, sentences++) {
      start[s] = p;
      for (const end = p + (counts[s] as number); p < end; p++) {
        const id = ids[p] as number;
        if (lastSentence[id] !== sentences) {
          lastSentence[id] = sentences;
          df[id] = (df[id] as number) + 1;
        }
      }
    }
    start[counts.length] = p;
    return start;
  });
  const idf = new Float64Array(maxId + 1);
  for (let id = 0; id <= maxId; id++) {
    const n = df[id] as number;
    if (n > 0) idf[id] = Math.log(1 + (sentences - n + 0.5) / (n + 0.5));
  }
  terms = { ids: perArticle.map((t) => t.ids), starts, idf, df, sentences };
  cache.set(library, terms);
  return terms;
}

/** The ids of sentence `s` of article `a` (positions [from, to) of its terms when given). */
export function sentenceIds(
  _library: Library,
  terms: LibraryTerms,
  a: number,
  s: number,
  from = 0,
  to = Infinity,
): Int32Array {
  const ids = terms.ids[a] as Int32Array;
  const start = (terms.starts[a] as Int32Array)[s] as number;
  const end = (terms.starts[a] as Int32Array)[s + 1] as number;
  return ids.subarray(Math.min(end, start + from), Math.min(end, start + to));
}

let scratch = new Int32Array(256);

/** Term ids (any order, repeats allowed) → a unit tf-idf vector; null when no term carries weight. */
export function vectorOf(ids: ArrayLike<number>, idf: Float64Array): TermVector | null {
  const n = ids.length;
  if (n > scratch.length) scratch = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) scratch[i] = ids[i] as number;
  const sorted = scratch.subarray(0, n).sort();
  let unique = 0;
  for (let i = 0; i < n; i++)
    if ((i === 0 || sorted[i] !== sorted[i - 1]) && (idf[sorted[i] as number] ?? 0) > 0) unique++;
  if (unique === 0) return null;
  const out: TermVector = { ids: new Int32Array(unique), weights: new Float64Array(unique) };
  let norm = 0;
  let u = -1;
  for (let i = 0; i < n; i++) {
    const id = sorted[i] as number;
    const w = idf[id] ?? 0;
    if (w <= 0) continue;
    if (u < 0 || out.ids[u] !== id) {
      u++;
      out.ids[u] = id;
    }
    out.weights[u] = (out.weights[u] as number) + w;
  }
  for (let i = 0; i < unique; i++) norm += (out.weights[i] as number) ** 2;
  norm = Math.sqrt(norm);
  for (let i = 0; i < unique; i++) out.weights[i] = (out.weights[i] as number) / norm;
  return out;
}

/** Cosine similarity of two unit vectors (0…1). */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** A vector's `count` highest-weighted term ids (none for no vector). */
export function heaviestTerms(vector: TermVector | null, count: number): number[] {
  if (!vector) return [];
  const best: number[] = [];
  for (let i = 0; i < vector.ids.length; i++) {
    const w = vector.weights[i] as number;
    let at = best.length;
    while (at > 0 && (vector.weights[best[at - 1] as number] as number) < w) at--;
    if (at < count) {
      best.splice(at, 0, i);
      if (best.length > count) best.pop();
    }
  }
  return best.map((i) => vector.ids[i] as number);
}
