/**
 * Reranks a bounded list of retrieved sentences with what BM25 cannot see: how much of the
 * question a sentence covers (paraphrases counting for less), whether the question's words sit
 * together in it, and whether it holds the kind of answer asked for (a date for "when", a name
 * for "who", a reason for "why"…). Work per candidate is linear in its term count.
 */
import type { EntitySpan, Sentence } from "../article.js";
import type { Library } from "../library.js";
import { idf, sentenceAt, type ScoredSentence } from "../index/sentenceIndex.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import { answerTypeMatch } from "./answerType.js";
import { contextSentence } from "./context.js";

export interface Features {
  /**
   * BM25 over the question's concepts rather than its terms: a concept matched by its own word
   * and a paraphrase counts once, at the better of the two.
   */
  relevance: number;
  /** Share of the question's weight the sentence matches (0…1); paraphrases count for less. */
  coverage: number;
  /** Share of the question's adjacent word pairs that sit together in the sentence (0…1). */
  proximity: number;
  /** How well the sentence holds the kind of answer asked for (0…1). */
  answerType: number;
}

export interface Candidate extends ScoredSentence {
  sentence: Sentence;
  /** Position of the article in the library and of the sentence in the article. */
  article: number;
  index: number;
  features: Features;
  final: number;
  /** For date / number / duration questions: the entity that answers. */
  answerSpan: EntitySpan | null;
  /** The answer span counts the question's own unit ("six children"), not just something near its topic. */
  answerByUnit: boolean;
  /** Whether every name the question asks about is in the sentence (or the one it refers back to). */
  namesMatched: boolean;
}

/** Per-question lookups, built once before reranking the candidates. */
export interface RerankContext {
  library: Library;
  question: AnalyzedQuestion;
  /** Term → the concepts it stands for and how much each match counts. */
  termConcepts: Map<string, { concept: number; credit: number }[]>;
  /** Each concept's weight for coverage: its idf times its question weight. */
  conceptWeight: number[];
  totalWeight: number;
  /** The question's own terms (a sentence's name among them is not an answer to "who"). */
  questionTerms: ReadonlySet<string>;
  /** Concepts (indices) naming the question's topic: its own words, not framing ones. */
  topicConcepts: number[];
}

/** The shared "nowhere" of a concept the sentence does not hold (never written to). */
const NONE: number[] = [];
/** A quote whose subject is a pronoun or whose speaker is elsewhere borrows names from the sentence before, for less. */
const CONTEXT_CREDIT = 0.6;
/** "…,” he said" after a sentence naming the asked-about speaker: the attribution is all but certain. */
const CONTEXT_SPEAKER_CREDIT = 0.9;
/** A topic word found only in the sentence referred back to ("Another round…" after "…talks…") counts for less still. */
const CONTEXT_WORD_CREDIT = 0.4;
const PROXIMITY_BONUS = 0.35;
/** Credit for a question pair by its distance in the sentence's terms (index = distance). */
const PAIR_NEARNESS = [1, 1, 0.7, 0.4, 0.2];
/** BM25 saturation and a milder length normalisation than retrieval's: an answer may need words. */
const K1 = 1.2;
const B = 0.3;
/**
 * How much holding the asked-for kind of answer lifts a sentence. A "when" or "how many"
 * question is not answered by a sentence without a date or a number, nor "who is X" by one
 * without X's title, nor "what did X say" by one where X says nothing, nor "what is X about" by
 * one that only names X: those weigh most. The cues for people, places and reasons are looser
 * (many sentences have some name, some "in …", some "after …"), so they weigh less.
 */
const ANSWER_TYPE_BONUS: Record<AnalyzedQuestion["kind"], number> = {
  date: 1,
  number: 1,
  duration: 1,
  identity: 1,
  person: 0.5,
  place: 0.5,
  reason: 0.5,
  speech: 1,
  definition: 1,
  fact: 0,
};

export function rerankContext(library: Library, question: AnalyzedQuestion): RerankContext {
  const termConcepts = new Map<string, { concept: number; credit: number }[]>();
  for (const t of question.terms) {
    let list = termConcepts.get(t.term);
    if (!list) termConcepts.set(t.term, (list = []));
    list.push({ concept: t.concept, credit: t.credit });
  }
  // A concept weighs its term's idf. A term no sentence has weighs as much as a word can — an
  // off-topic word should sink the coverage — unless the concept has other known wordings
  // (a paraphrase, a phrase's words): then it weighs like the rarest of those.
  const maxIdf = unknownTermIdf(library);
  const conceptWeight = question.concepts.map((c, i) => {
    if (library.index.postings.has(c.term)) return idf(library.index, c.term) * c.weight;
    let alternative = 0;
    for (const t of question.terms)
      if (t.concept === i && library.index.postings.has(t.term))
        alternative = Math.max(alternative, idf(library.index, t.term));
    return (alternative || maxIdf) * c.weight;
  });
  return {
    library,
    question,
    termConcepts,
    conceptWeight,
    totalWeight: conceptWeight.reduce((sum, w) => sum + w, 0),
    questionTerms: new Set(question.concepts.map((c) => c.term)),
    topicConcepts: question.concepts.flatMap((c, i) => (!c.framing && c.source === "question" ? [i] : [])),
  };
}

/** The idf of a word no sentence contains. */
export function unknownTermIdf(library: Library): number {
  const n = library.index.size;
  return Math.log(1 + (n + 0.5) / 0.5);
}

export function rerank(context: RerankContext, scored: ScoredSentence): Candidate | null {
  const { library, question } = context;
  const ref = sentenceAt(library.index, scored.doc);
  const article = ref && library.articles[ref.article];
  const sentence = ref && article?.sentences[ref.sentence];
  if (!ref || !article || !sentence) return null;

  // Where each concept occurs in the sentence, the best credit it gets, and how often at that credit.
  const conceptCount = question.concepts.length;
  // (Arrays are allocated only for concepts the sentence holds: most hold two or three.)
  const positions: number[][] = new Array<number[]>(conceptCount).fill(NONE);
  const credit: number[] = new Array<number>(conceptCount).fill(0);
  const tf: number[] = new Array<number>(conceptCount).fill(0);
  const terms = sentence.terms;
  for (let p = 0; p < terms.length; p++) {
    const hits = context.termConcepts.get(terms[p] as string);
    if (!hits) continue;
    for (const { concept, credit: c } of hits) {
      if (positions[concept] === NONE) positions[concept] = [p];
      else (positions[concept] as number[]).push(p);
      if (c > (credit[concept] as number)) {
        credit[concept] = c;
        tf[concept] = 1;
      } else if (c === credit[concept]) tf[concept] = (tf[concept] as number) + 1;
    }
  }
  const norm = K1 * (1 - B + (B * terms.length) / library.index.avgLength);
  let relevance = 0;
  for (let i = 0; i < conceptCount; i++) {
    const n = tf[i] as number;
    if (n > 0)
      relevance +=
        (context.conceptWeight[i] as number) * (credit[i] as number) * ((n * (K1 + 1)) / (n + norm));
  }
  borrowFromContext(context, article.sentences, ref.sentence, credit);

  let matched = 0;
  credit.forEach((c, i) => (matched += c * (context.conceptWeight[i] as number)));
  const coverage = context.totalWeight > 0 ? matched / context.totalWeight : 0;
  const proximity = proximityOf(context, positions);
  const typeMatch = answerTypeMatch(context, sentence, positions, credit);
  const answerType = typeMatch.score;
  // Relevance, scaled by how complete the match is (a sentence with half the question is far
  // less likely to answer it), lifted by proximity and by holding the asked-for kind of answer.
  const final =
    relevance *
    (0.25 + 0.75 * coverage * coverage) *
    (1 + PROXIMITY_BONUS * proximity + ANSWER_TYPE_BONUS[question.kind] * answerType);
  let namesMatched = true;
  for (let i = 0; i < conceptCount; i++)
    if (question.concepts[i]?.isName && credit[i] === 0) namesMatched = false;
  return {
    doc: scored.doc,
    score: scored.score,
    matched: scored.matched,
    sentence,
    article: ref.article,
    index: ref.sentence,
    features: { relevance, coverage, proximity, answerType },
    final,
    answerSpan: typeMatch.span,
    answerByUnit: typeMatch.byUnit,
    namesMatched,
  };
}

/**
 * "He said…", "Another round…", or a bare quotation: what it is about is in the sentence
 * before. Unmatched question names and words found there count, for less.
 */
function borrowFromContext(
  context: RerankContext,
  sentences: readonly Sentence[],
  index: number,
  credit: number[],
): void {
  const previous = contextSentence(sentences, index);
  if (!previous) return;
  context.question.concepts.forEach((concept, i) => {
    if (concept.framing || (credit[i] as number) > 0 || !previous.terms.includes(concept.term)) return;
    credit[i] = context.question.speakers.includes(i)
      ? CONTEXT_SPEAKER_CREDIT
      : concept.isName
        ? CONTEXT_CREDIT
        : CONTEXT_WORD_CREDIT;
  });
}

/**
 * Pairs of topic concepts that are neighbours in the question ("foreign minister", "Paris
 * talks") and sit close in the sentence (full credit adjacent, less up to four terms apart),
 * weighted by the lighter of the two.
 */
function proximityOf(context: RerankContext, positions: readonly number[][]): number {
  const topic = context.topicConcepts;
  let possible = 0;
  let found = 0;
  for (let k = 0; k + 1 < topic.length; k++) {
    const a = topic[k] as number;
    const b = topic[k + 1] as number;
    const weight = Math.min(context.conceptWeight[a] as number, context.conceptWeight[b] as number);
    possible += weight;
    const distance = minDistance(positions[a] as number[], positions[b] as number[]);
    found += weight * (PAIR_NEARNESS[distance] ?? 0);
  }
  return possible > 0 ? found / possible : 0;
}

function minDistance(a: readonly number[], b: readonly number[]): number {
  let best = Infinity;
  for (const x of a) for (const y of b) best = Math.min(best, Math.abs(x - y));
  return best;
}
