/**
 * What a question is searched with: each concept's own term, and at lower weights and credits the
 * other wordings an article may give it.
 */
import type { Concept, QuestionTerm } from "./analyzeQuestion.js";
import { metonymsOf, synonymsOf } from "./expand.js";
import { ablated } from "./ablation.js";
import { ROLE_SENSES } from "./phrasalVerbs.js";

/** A paraphrase finds less than the question's own word, and matching it counts for less. */
const SYNONYM_WEIGHT = 0.6;
const SYNONYM_CREDIT = 0.7;
/** One word of a fixed phrase ("call" for "call for") is a partial match of it. */
const PART_WEIGHT = 0.5;
export const PART_CREDIT = 0.5;
/** A capital standing for its country ("Moscow" for "Russia") is a looser match still. */
const METONYM_WEIGHT = 0.5;
const METONYM_CREDIT = 0.5;

/**
 * Everything to search with: each concept's own term, and at lower weights and credits the
 * other wordings it may have in an article — paraphrases for words, a capital for a country,
 * a phrase's own words. Framing concepts are not expanded.
 */
export function searchTerms(
  concepts: readonly Concept[],
  parts: ReadonlyMap<string, string[]>,
): QuestionTerm[] {
  const terms: QuestionTerm[] = concepts.map((c, i) => ({
    term: c.term,
    weight: c.weight,
    isName: c.isName,
    concept: i,
    credit: 1,
  }));
  const add = (term: string, concept: number, weight: number, credit: number) => {
    if (terms.some((t) => t.term === term)) return;
    const c = concepts[concept] as Concept;
    terms.push({ term, weight: c.weight * weight, isName: c.isName, concept, credit });
  };
  concepts.forEach((concept, i) => {
    if (concept.framing || ablated("paraphrases")) return;
    if (concept.isName) {
      for (const name of metonymsOf(concept.term)) add(name, i, METONYM_WEIGHT, METONYM_CREDIT);
      return;
    }
    for (const synonym of synonymsOf(concept.term)) add(synonym, i, SYNONYM_WEIGHT, SYNONYM_CREDIT);
    // A role's verb is worded by the role too: "who leads the party", "party leader"; "who
    // speaks for the police", "police spokesperson".
    if (concept.sense && ROLE_SENSES.has(concept.sense))
      add(concept.sense, i, SYNONYM_WEIGHT, SYNONYM_CREDIT);
    // A phrase's own words ("call" of "call for") still find sentences that word it otherwise.
    for (const part of parts.get(concept.term) ?? []) add(part, i, PART_WEIGHT, PART_CREDIT);
  });
  return terms;
}
