/**
 * The ranker's features: what it knows of a candidate sentence, by name (rerank.ts computes them;
 * src/rank/train.ts fits their weights, src/rank/weights.json holds them).
 */
import { ANSWER_TYPE_FEATURES } from "./answerType.js";
import { EVIDENCE_FEATURES } from "./answerEvidence.js";

/**
 * What the ranker knows of a candidate sentence, by name: the inputs of the fitted models
 * (src/rank/weights.json). Shares are of the question's weight (idf × question weight).
 */
export type Features = Record<FeatureName, number>;

export const FEATURE_NAMES = [
  /** BM25 over the question's concepts (a concept matched by its word and a paraphrase counts once), log scale. */
  "relevance",
  /** relevance / the best candidate's, and the retrieval BM25 / the best: standing among the candidates. */
  "relevanceShare",
  "retrievalShare",
  /** Share matched, paraphrases and borrowed context counting for less (the old confidence); its square (a near-complete match is worth more than twice a half one). */
  "coverage",
  "coverageSquared",
  /**
   * For a question asked of one article that opens by saying what it is about: share matched by
   * the sentence or the article's lead, the lead standing for what the whole article is about.
   * Otherwise the sentence's coverage. (How much the lead alone matches is the same for all of an
   * article's sentences: a confidence feature, see confidence.ts.)
   */
  "articleCoverage",
  /** Share matched by the question's own words; by data/synonyms.json paraphrases only; by WordNet only; by the sentence before only. */
  "exactCoverage",
  "paraphraseCoverage",
  "wordnetCoverage",
  "contextCoverage",
  /** The cosine of the question's and the sentence's word vectors, each word weighted by idf (vectorMatch.ts). */
  "sentenceSimilarity",
  /** Share of the question's names matched (1 without names), and how many are missing (up to 2). */
  "nameCoverage",
  /** Share of the question's other words (what it asks about them: "founded", "cost") matched, credit-weighted (1 without any). */
  "wordCoverage",
  "missingNames",
  /**
   * Share of the question's neighbouring word pairs close together (up to four terms apart) in the
   * sentence, and side by side; a word the sentence lacks leaves the words either side neighbours.
   */
  "proximity",
  "adjacency",
  /**
   * How well the sentence holds the kind of answer asked for (answerType.ts): for any kind; the
   * answer type where the sentence also covers the question (answerType × coverage); then one
   * feature per kind.
   */
  ...ANSWER_TYPE_FEATURES,
  /** The sentence holds a kind or an instance of the question's focus ("basketball" for "what sport"), near the topic. */
  "focusClass",
  /**
   * A what / which question's class word itself ("sport" of "what sport do they play"), with no
   * kind or instance of it: the sentence speaks of the class, not of the one asked for.
   */
  "focusWordOnly",
  /**
   * For a who-question: a name the sentence marks as a person's, near the topic; for a what-is /
   * who-is / what-does-X-stand-for question: the sentence writes out a name the question gives
   * as an acronym (answerEvidence.ts).
   */
  ...EVIDENCE_FEATURES,
  /** log(1 + terms). */
  "length",
  /** Share of the sentence's terms that the question does not have: what it adds. */
  "novelty",
  /** Holds a quotation; opens by pointing back ("He said…"); is itself a question ("What does Washington expect?"). */
  "quote",
  "pointsBack",
  "asks",
  /** A question about what is to come ("when is the next round", "what will…") and a sentence saying what will be. */
  "future",
  /**
   * For a why-question: how much of the question the sentence before (same paragraph) holds, in
   * its own words: a reason often follows what it explains ("…Halas resigned. In a statement, he
   * said…"; explanations.ts).
   */
  "explainsBefore",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
