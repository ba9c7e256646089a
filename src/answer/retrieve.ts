/**
 * Retrieval: the bounded list of sentences an answer reranks, found by BM25 over the question's
 * terms and the words WordNet relates to them, and the sentences pointing back to found ones.
 */
import type { Library } from "../library.js";
import { sentenceAt, type ScoredSentence, type WeightedTerm } from "../index/sentenceIndex.js";
import { topSentences } from "../index/topSentences.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { wordTerm } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import { ABBREVIATION_NOUNS } from "./answerType.js";
import { ablated } from "./ablation.js";
import { addExplanations } from "./explanations.js";
import { asksPopulation, POPULATION_TERMS } from "./population.js";

/**
 * How many retrieved sentences are reranked: bounds the per-question work at any library size.
 * 40 rather than 60 answers about 15% faster at 10,000 articles (paired), and the same labelled
 * questions first, on their own articles and among 10,000 more (README, Benchmark); 60 rather
 * than 100 had cost 3 of 711.
 */
const CANDIDATES = 40;
/**
 * How many the models are fit on (`npm run train`): the ranker learns from more wrong sentences
 * than an answer reranks. Fit on 40, the penalty chosen moved (3 → 30) and dev P@1 fell (TrecQA
 * 0.872 → 0.846), while answering with 40 from a fit on 60 gives every labelled question the
 * same first answer.
 */
export const TRAINING_CANDIDATES = 60;

/**
 * The one retrieval call: the CANDIDATES best sentences (or `candidates`) by BM25 (top-k with MaxScore pruning,
 * `topSentences`), optionally within one article. Everything after it works on this bounded list.
 * Asked of one article, its other sentences that open by pointing back ("It…", "Its…", "He…")
 * follow (score 0), up to CANDIDATES: the article is on the subject, and such a sentence may
 * answer without one word of the question ("It is made from a yeast-leavened dough" for _what
 * is a croissant made of_). Every sentence of the article was tried too: it lost answers to
 * sentences that merely stand in a well-defined article (5 fewer first in cross-validation).
 */
export function retrieve(
  library: Library,
  question: AnalyzedQuestion,
  article = -1,
  candidates = CANDIDATES,
): ScoredSentence[] {
  const found = topSentences(library.index, retrievalTerms(library, question), candidates, { article });
  // "Why did Halas resign?": the reason may follow the sentence saying he did (explanations.ts).
  if (question.kind === "reason") addExplanations(library, found, candidates);
  if (article < 0) return found;
  const from = library.index.articleStart[article] ?? 0;
  const to = library.index.articleStart[article + 1] ?? from;
  const held = new Set(found.map((s) => s.doc));
  const sentences = library.articles[article]?.sentences ?? [];
  for (let doc = from; doc < to && found.length < candidates; doc++)
    if (!held.has(doc) && sentences[doc - from]?.cues?.includes("opens-with-pronoun"))
      found.push({ doc, score: 0, matched: NO_TERMS });
  return found;
}

/** The sentences right after the found ones, not found themselves, that open by pointing back ("It weighs…"). */
export function pointingBack(library: Library, found: readonly ScoredSentence[]): ScoredSentence[] {
  const held = new Set(found.map((s) => s.doc));
  const after: ScoredSentence[] = [];
  for (const { doc } of found) {
    const ref = sentenceAt(library.index, doc);
    const next = ref ? library.articles[ref.article]?.sentences[ref.sentence + 1] : undefined;
    if (!next?.cues?.includes("opens-with-pronoun") || held.has(doc + 1)) continue;
    held.add(doc + 1);
    after.push({ doc: doc + 1, score: 0, matched: NO_TERMS });
  }
  return after;
}

/** What an article's sentence holding none of the question's terms matched (never written to). */
const NO_TERMS: Set<string> = new Set();

/** A word WordNet relates to a question word finds sentences at this share of its weight. */
const RELATED_WEIGHT = 0.3;
/** Index terms of the nouns that say a name is an abbreviation (answerType.ts). */
const ABBREVIATION_TERMS = ABBREVIATION_NOUNS.map((w) => wordTerm(w));
/** Index terms of the words a sentence saying what a name means has ("the name means…"). */
const MEANING_TERMS = ["name", "mean", "word"].map((w) => wordTerm(w));

/**
 * The question's terms, and for its words (not names, not framing ones) the terms WordNet
 * relates to them that some sentence holds ("death" for "die"), at a lower weight: so the
 * sentences the reranker would credit for them are among the candidates.
 */
export function retrievalTerms(library: Library, question: AnalyzedQuestion): WeightedTerm[] {
  const terms: WeightedTerm[] = [...question.terms];
  if (ablated("wordnet")) return terms;
  const seen = new Set(terms.map((t) => t.term));
  // "What does IKEA stand for": a sentence that says what the name abbreviates may not repeat it;
  // nor need "The name means 'crescent'" repeat "croissant".
  // Nor need "the territory of 2.4 million people" say "population" or "live".
  const kindTerms =
    question.kind === "expansion"
      ? ABBREVIATION_TERMS
      : question.kind === "meaning"
        ? MEANING_TERMS
        : asksPopulation(question)
          ? POPULATION_TERMS
          : [];
  for (const term of kindTerms)
    if (!seen.has(term) && library.index.postings.has(term)) {
      seen.add(term);
      terms.push({ term, weight: RELATED_WEIGHT });
    }
  const lexicon = defaultLexicon();
  for (const concept of question.concepts) {
    if (concept.isName || concept.framing) continue;
    for (const related of lexicon.relatedTo(concept.sense ?? concept.term)) {
      if (seen.has(related) || !library.index.postings.has(related)) continue;
      seen.add(related);
      terms.push({ term: related, weight: concept.weight * RELATED_WEIGHT });
    }
  }
  return terms;
}
