/**
 * Corroboration: outlets often report the same claim in near-identical words (one rewrites
 * another's copy). Those are one answer, not three: the best-ranked wording is quoted and the
 * others are attached as "also reported by", so the top quotes carry different information.
 *
 * Near-duplicate means a high idf-weighted Jaccard overlap of the two sentences' terms, with
 * paraphrases folded together. Sentences that give different figures are never merged (that
 * is a disagreement to show, see disagreement.ts), nor one that negates and one that does not.
 */
import type { Sentence } from "../article.js";
import type { Library } from "../library.js";
import { idf } from "../index/sentenceIndex.js";
import { NEGATION_TERM } from "../text/terms.js";
import { canonicalTerm } from "./expand.js";

/** Measured on the seed articles: rewrites of one report score 0.4–0.65, distinct claims on one topic below 0.35. */
export const SAME_CLAIM_SIMILARITY = 0.4;

export interface ClaimTerms {
  /** Canonical term → idf weight. */
  weights: Map<string, number>;
  total: number;
  /** The figures the sentence gives (CARDINAL, MONEY, PERCENT, QUANTITY entities), normalised. */
  figures: Set<string>;
  /** Whether the sentence negates something ("did not", "no"): "agreed" and "did not agree" are not one claim. */
  negated: boolean;
}

const FIGURE_TYPES = new Set(["CARDINAL", "MONEY", "PERCENT", "QUANTITY"]);

export function claimTerms(library: Library, sentence: Sentence): ClaimTerms {
  const weights = new Map<string, number>();
  let total = 0;
  let negated = false;
  for (const term of sentence.terms) {
    if (term === NEGATION_TERM) {
      negated = true;
      continue;
    }
    const key = canonicalTerm(term);
    if (weights.has(key)) continue;
    const weight = idf(library.index, term);
    weights.set(key, weight);
    total += weight;
  }
  const figures = new Set<string>();
  for (const span of sentence.entitySpans ?? []) {
    if (FIGURE_TYPES.has(span.type)) figures.add(normalizeFigure(span.text));
  }
  return { weights, total, figures, negated };
}

/** idf-weighted Jaccard overlap of two sentences' terms (0…1). */
export function claimSimilarity(a: ClaimTerms, b: ClaimTerms): number {
  let shared = 0;
  for (const [term, weight] of a.weights) if (b.weights.has(term)) shared += weight;
  const union = a.total + b.total - shared;
  return union > 0 ? shared / union : 0;
}

/** Whether two sentences state the same claim, with the same figures and the same polarity. */
export function sameClaim(a: ClaimTerms, b: ClaimTerms): boolean {
  if (a.negated !== b.negated) return false;
  if (a.figures.size > 0 && b.figures.size > 0 && ![...a.figures].some((f) => b.figures.has(f))) return false;
  return claimSimilarity(a, b) >= SAME_CLAIM_SIMILARITY;
}

/** Number words and their values; "hundred", "thousand" and "million" multiply what comes before. */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/**
 * "98", "ninety-eight", "Twenty-three", "nine hundred"…: the figure's value in digits ("more than
 * 60" → "60", "twenty-three" → "23"), else its words folded ("dozens").
 */
export function normalizeFigure(text: string): string {
  const digits = text.replace(/(?<=\d),(?=\d{3})/gu, "").match(/\d+(?:\.\d+)?/u);
  if (digits) return digits[0];
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/u)
    .filter(Boolean);
  let total = 0;
  let current = 0;
  let found = false;
  for (const word of words) {
    const value = NUMBER_WORDS[word];
    const scale = SCALES[word];
    if (value !== undefined) current = word === "dozen" ? (current || 1) * value : current + value;
    else if (scale === 100) current = (current || 1) * scale;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else continue;
    found = true;
  }
  return found ? String(total + current) : words.join(" ");
}
