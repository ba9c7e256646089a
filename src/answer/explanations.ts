/**
 * A why-question's reason often follows, in the same paragraph, the sentence saying what it
 * explains, without one word of the question: "…commission chairman Viktor Halas resigned. In a
 * statement issued on Wednesday, he said the deciding vote he had cast… had been found unlawful"
 * answers _why did Halas resign?_. So the sentence after each of the best few retrieved is a
 * candidate too (`addExplanations`), and the ranker knows how much of the question the sentence
 * before it holds (`explainedShare`, its `explainsBefore` feature); the question's words, not only
 * its names, are borrowed from that sentence (candidateMatch.ts).
 */
import type { Sentence } from "../article.js";
import { sentenceAt, type ScoredSentence } from "../index/sentenceIndex.js";
import type { Library } from "../library.js";
import type { RerankContext } from "./rerank.js";

/** How many of a why-question's best retrieved sentences have the sentence after them read too. */
export const EXPLAINED = 5;

/** What a sentence read only for the one before it matched (never written to). */
const NO_TERMS: Set<string> = new Set();

/**
 * Adds to `found` (retrieved, best first) the sentence after each of its first EXPLAINED, when it
 * is in the same article and paragraph and not already there (score 0), up to `bound` in all.
 */
export function addExplanations(library: Library, found: ScoredSentence[], bound: number): void {
  const held = new Set(found.map((s) => s.doc));
  for (const best of found.slice(0, EXPLAINED)) {
    if (found.length >= bound) return;
    const doc = best.doc + 1;
    const here = sentenceAt(library.index, best.doc);
    const next = here && sentenceAt(library.index, doc);
    if (!here || !next || held.has(doc) || next.article !== here.article) continue;
    const sentences = library.articles[here.article]?.sentences;
    const paragraph = sentences?.[here.sentence]?.paragraph;
    if (paragraph === undefined || sentences?.[next.sentence]?.paragraph !== paragraph) continue;
    held.add(doc);
    found.push({ doc, score: 0, matched: NO_TERMS });
  }
}

/** The share of the question's weight that the sentence before (in the same paragraph) holds in its own words. */
export function explainedShare(
  context: RerankContext,
  sentences: readonly Sentence[],
  index: number,
): number {
  const sentence = sentences[index];
  const before = sentences[index - 1];
  if (!sentence || !before || before.paragraph !== sentence.paragraph) return 0;
  let held = 0;
  context.question.concepts.forEach((concept, i) => {
    if (!concept.framing && before.terms.includes(concept.term)) held += context.conceptWeight[i] as number;
  });
  return held / (context.totalWeight || 1);
}
