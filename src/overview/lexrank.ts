/**
 * Centrality of sentences in a set (LexRank, Erkan & Radev 2004): a sentence is central when
 * sentences that are themselves central resemble it. Each sentence links to the others by cosine
 * similarity above a threshold; the scores are the stationary distribution of a random walk over
 * those links that, with probability 1 − damping, jumps to a sentence chosen by `prior` (lead
 * sentences and, for a topic, the sentences most about it).
 *
 * Links between sentences of one article count for less than links across articles, so a claim
 * several outlets make outranks one an article repeats to itself.
 */
import { cosine, type TermVector } from "./vectors.js";

export interface LexRankOptions {
  /** Similarities below this are no link (default 0.1). */
  threshold?: number;
  /** Probability of following a link rather than jumping (default 0.85). */
  damping?: number;
  /** Where jumps land, per sentence (default uniform); need not sum to 1. */
  prior?: readonly number[];
  /** Which group (article) each sentence belongs to; links within a group are scaled by `withinGroup`. */
  groups?: readonly number[];
  /** Weight of a link within one group (default 0.3). */
  withinGroup?: number;
  /** Power iterations at most (default 100); stops earlier once scores change by < 1e-7 in all. */
  iterations?: number;
}

export interface LexRankResult {
  /** Centrality per sentence, summing to 1. */
  scores: Float64Array;
  /** Pairwise cosine similarities (row-major, n × n), for the selection step. */
  similarity: Float64Array;
}

export function lexRank(vectors: readonly TermVector[], options: LexRankOptions = {}): LexRankResult {
  const n = vectors.length;
  const threshold = options.threshold ?? 0.1;
  const damping = options.damping ?? 0.85;
  const withinGroup = options.withinGroup ?? 0.3;
  const similarity = new Float64Array(n * n);
  // Links as adjacency lists: the walk costs one step per link, not per pair.
  const targets: number[][] = Array.from({ length: n }, () => []);
  const weights: number[][] = Array.from({ length: n }, () => []);
  const outWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    similarity[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const sim = cosine(vectors[i] as TermVector, vectors[j] as TermVector);
      similarity[i * n + j] = sim;
      similarity[j * n + i] = sim;
      if (sim < threshold) continue;
      const sameGroup = options.groups !== undefined && options.groups[i] === options.groups[j];
      const weight = sameGroup ? sim * withinGroup : sim;
      (targets[i] as number[]).push(j);
      (weights[i] as number[]).push(weight);
      (targets[j] as number[]).push(i);
      (weights[j] as number[]).push(weight);
      outWeight[i] = (outWeight[i] as number) + weight;
      outWeight[j] = (outWeight[j] as number) + weight;
    }
  }

  const prior = new Float64Array(n);
  let priorSum = 0;
  for (let i = 0; i < n; i++) {
    const p = Math.max(0, options.prior?.[i] ?? 1);
    prior[i] = p;
    priorSum += p;
  }
  for (let i = 0; i < n; i++) prior[i] = priorSum > 0 ? (prior[i] as number) / priorSum : 1 / n;

  let scores = new Float64Array(n).fill(n ? 1 / n : 0);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < (options.iterations ?? 100); iteration++) {
    // A sentence without links hands its score back through the prior (a dangling node).
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outWeight[i] === 0) dangling += scores[i] as number;
    for (let j = 0; j < n; j++) next[j] = (1 - damping + damping * dangling) * (prior[j] as number);
    for (let i = 0; i < n; i++) {
      const out = outWeight[i] as number;
      if (out === 0) continue;
      const share = (damping * (scores[i] as number)) / out;
      const to = targets[i] as number[];
      const w = weights[i] as number[];
      for (let k = 0; k < to.length; k++) {
        const j = to[k] as number;
        next[j] = (next[j] as number) + share * (w[k] as number);
      }
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs((next[i] as number) - (scores[i] as number));
    [scores, next] = [next, scores];
    if (change < 1e-7) break;
  }
  return { scores, similarity };
}
