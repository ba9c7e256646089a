/**
 * Switches for measuring what each technique buys (`npm run eval -- --ablate NAME`). The engine
 * asks `ablated(name)` where a technique acts; a ranker or confidence feature of a technique
 * switched off reads as its training mean, so it adds nothing either way. Nothing is switched
 * off unless the eval says so.
 */
import { ANSWER_TYPE_FEATURES } from "./answerType.js";
import { EVIDENCE_FEATURES } from "./answerEvidence.js";

export const TECHNIQUES = {
  wordnet: "word meanings from WordNet: related words and kinds of the question's focus",
  vectors: "word vectors: how near a sentence is to the question in meaning, whatever words either uses",
  paraphrases:
    "the paraphrase and capital tables of data/synonyms.json, and the role word of a who-question's verb (leader, spokesperson)",
  "answer-type": "answer-type features and typed abstention",
  "typed-abstention":
    "answering when/how many/where only with a date, figure or place, yes-or-no only with some of its predicate",
  confidence: "abstaining below the confidence threshold",
  "unknown-names": "refusing questions whose names no article mentions",
  context:
    "borrowing names from the sentence a quote points back to, a surname's full name from its article, and a role's holder from the articles' titles",
  "one-case": "reading one-case questions as properly cased, and a word shouted in capitals as the word",
  spelling:
    "reading a misspelt word or question word as the one the articles or the question words have, a compound written apart or run together as the articles write it, and chat shorthand as what it stands for",
  message:
    "reading a chat message of several sentences as its question, the sentences around it counting for less",
  corroboration: "folding near-identical sentences into one quote",
  ranker: "the fitted ranker (candidates kept in BM25 retrieval order)",
} as const;

export type Technique = keyof typeof TECHNIQUES;

/** Ranker and confidence features that belong to a technique. */
export const TECHNIQUE_FEATURES: Partial<Record<Technique, readonly string[]>> = {
  wordnet: ["wordnetCoverage", "focusClass"],
  vectors: ["sentenceSimilarity"],
  "answer-type": [...ANSWER_TYPE_FEATURES, "typeMatch", "typed", "focusWordOnly", ...EVIDENCE_FEATURES],
  paraphrases: ["paraphraseCoverage"],
  context: ["contextCoverage"],
};

const off = new Set<Technique>();
const offFeatures = new Set<string>();

export function isTechnique(name: string): name is Technique {
  return Object.hasOwn(TECHNIQUES, name);
}

/** Switches techniques off (for the eval); an empty list switches everything back on. */
export function ablate(techniques: readonly Technique[]): void {
  off.clear();
  offFeatures.clear();
  for (const technique of techniques) {
    off.add(technique);
    for (const feature of TECHNIQUE_FEATURES[technique] ?? []) offFeatures.add(feature);
  }
}

export function ablated(technique: Technique): boolean {
  return off.size > 0 && off.has(technique);
}

/** Whether a model feature is switched off (it then reads as its training mean). */
export function featureAblated(feature: string): boolean {
  return offFeatures.size > 0 && offFeatures.has(feature);
}
