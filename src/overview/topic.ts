/**
 * A summary's or timeline's topic ("minerals deal", "the Sumy strike"): its index terms, made the
 * way sentences' terms are (aliases, stems), and whether a sentence is about it.
 */
import type { Library } from "../library.js";
import { termId } from "../index/sentenceIndex.js";
import { analyzeTokens } from "../nlp/wink.js";
import { termsOf } from "../text/terms.js";
import { collapseWhitespace, stripInvisible } from "../text/normalize.js";
import type { LibraryTerms } from "./vectors.js";

/**
 * The share of the topic's weight (idf) a sentence must hold to be about it. A topic is a few
 * words and a sentence on it holds most of them: "minerals deal" wants "minerals" (the rarer
 * word carries ~60% of the weight), not "deal" alone.
 */
export const MIN_TOPIC_COVERAGE = 0.55;

export interface Topic {
  /** The topic as typed, invisible characters out and whitespace collapsed. */
  text: string;
  /** Its distinct terms that the library contains, with their weights (idf). */
  terms: { term: string; id: number; weight: number; isName: boolean }[];
  total: number;
  /** Terms of the topic that no sentence contains: a topic naming what the articles never do. */
  missingNames: string[];
  /** No term carries meaning ("the", "it"). */
  empty: boolean;
}

export function analyzeTopic(library: Library, terms: LibraryTerms, raw: string): Topic {
  const text = collapseWhitespace(stripInvisible(raw));
  const seen = new Map<string, boolean>();
  for (const term of termsOf(analyzeTokens(text))) {
    if (term.term === "not") continue;
    seen.set(term.term, (seen.get(term.term) ?? false) || term.isName);
  }
  const found: Topic["terms"] = [];
  const missingNames: string[] = [];
  for (const [term, isName] of seen) {
    // Never intern a term the library lacks: look it up in the index first.
    const known = library.index.postings.has(term);
    const id = known ? termId(term) : -1;
    const weight = id >= 0 ? (terms.idf[id] ?? 0) : 0;
    if (weight > 0) found.push({ term, id, weight, isName });
    else if (isName) missingNames.push(term);
  }
  const total = found.reduce((sum, t) => sum + t.weight, 0);
  return { text, terms: found, total, missingNames, empty: seen.size === 0 };
}

/**
 * The share of the topic's weight in the term ids ids[from, to) of a sentence (0…1); a topic
 * with names wants one of them.
 */
export function topicCoverage(topic: Topic, ids: ArrayLike<number>, from = 0, to = ids.length): number {
  if (topic.total === 0) return 0;
  let held = 0;
  let name = false;
  let hasNames = false;
  for (const term of topic.terms) {
    if (term.isName) hasNames = true;
    for (let i = from; i < to; i++) {
      if (ids[i] === term.id) {
        held += term.weight;
        if (term.isName) name = true;
        break;
      }
    }
  }
  if (hasNames && !name) return 0;
  return held / topic.total;
}

/**
 * Marks the sentences (by index document number) holding at least one of the topic's terms, from
 * the index's postings: a topic's candidates without a pass over every sentence's terms.
 */
export function sentencesWithTopic(library: Library, topic: Topic): Uint8Array {
  const marked = new Uint8Array(library.index.size);
  for (const term of topic.terms) {
    const postings = library.index.postings.get(term.term);
    if (postings) for (const doc of postings.docs) marked[doc] = 1;
  }
  return marked;
}
