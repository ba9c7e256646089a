/**
 * Reranks a bounded list of retrieved sentences with what BM25 cannot see: how much of the
 * question a sentence covers (paraphrases counting for less), whether the question's words sit
 * together in it, and whether it holds the kind of answer asked for (a date for "when", a name
 * for "who", a reason for "why"…). Work per candidate is linear in its term count.
 */
import type { Sentence } from "../article.js";
import type { Library } from "../library.js";
import { idf, type ScoredSentence } from "../index/sentenceIndex.js";
import { GEO_TERMS, ROLE_TERMS, SPEECH_TERMS } from "../text/lexicon.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";

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
  questionTerms: Set<string>;
}

/** A quote whose subject is a pronoun or whose speaker is elsewhere borrows names from the sentence before, for less. */
const CONTEXT_CREDIT = 0.6;
const PROXIMITY_BONUS = 0.35;
/** Credit for a question pair by its distance in the sentence's terms (index = distance). */
const PAIR_NEARNESS = [1, 1, 0.7, 0.4, 0.2];
/** BM25 saturation and a milder length normalisation than retrieval's: an answer may need words. */
const K1 = 1.2;
const B = 0.3;
/**
 * How much holding the asked-for kind of answer lifts a sentence. A "when" or "how many"
 * question is not answered by a sentence without a date or a number, so those weigh most.
 */
const ANSWER_TYPE_BONUS: Record<AnalyzedQuestion["kind"], number> = {
  date: 1,
  number: 1,
  duration: 1,
  identity: 0.5,
  person: 0.5,
  place: 0.5,
  reason: 0.5,
  speech: 0.5,
  definition: 0.5,
  fact: 0,
};
/** Entity types that answer each kind of question. */
const ENTITY_KINDS: Partial<Record<AnalyzedQuestion["kind"], readonly string[]>> = {
  date: ["DATE", "TIME"],
  number: ["CARDINAL", "MONEY", "PERCENT", "QUANTITY"],
  duration: ["DURATION", "DATE", "ORDINAL"],
};

export function rerankContext(library: Library, question: AnalyzedQuestion): RerankContext {
  const termConcepts = new Map<string, { concept: number; credit: number }[]>();
  for (const t of question.terms) {
    let list = termConcepts.get(t.term);
    if (!list) termConcepts.set(t.term, (list = []));
    list.push({ concept: t.concept, credit: t.credit });
  }
  const maxIdf = unknownTermIdf(library);
  const conceptWeight = question.concepts.map((c) => {
    const known = library.index.postings.has(c.term);
    return (known ? idf(library.index, c.term) : maxIdf) * c.weight;
  });
  return {
    library,
    question,
    termConcepts,
    conceptWeight,
    totalWeight: conceptWeight.reduce((sum, w) => sum + w, 0),
    questionTerms: new Set(question.concepts.map((c) => c.term)),
  };
}

/** The idf of a word no sentence contains. */
export function unknownTermIdf(library: Library): number {
  const n = library.index.refs.length;
  return Math.log(1 + (n + 0.5) / 0.5);
}

export function rerank(context: RerankContext, scored: ScoredSentence): Candidate | null {
  const { library, question } = context;
  const ref = library.index.refs[scored.doc];
  const article = ref && library.articles[ref.article];
  const sentence = ref && article?.sentences[ref.sentence];
  if (!ref || !article || !sentence) return null;

  // Where each concept occurs in the sentence, the best credit it gets, and how often at that credit.
  const positions: number[][] = question.concepts.map(() => []);
  const credit: number[] = question.concepts.map(() => 0);
  const tf: number[] = question.concepts.map(() => 0);
  sentence.terms.forEach((term, p) => {
    for (const { concept, credit: c } of context.termConcepts.get(term) ?? []) {
      (positions[concept] as number[]).push(p);
      if (c > (credit[concept] as number)) {
        credit[concept] = c;
        tf[concept] = 1;
      } else if (c === credit[concept]) tf[concept] = (tf[concept] as number) + 1;
    }
  });
  const norm = K1 * (1 - B + (B * sentence.terms.length) / library.index.avgLength);
  let relevance = 0;
  credit.forEach((c, i) => {
    const n = tf[i] as number;
    if (n > 0) relevance += (context.conceptWeight[i] as number) * c * ((n * (K1 + 1)) / (n + norm));
  });
  borrowNamesFromContext(context, article.sentences, ref.sentence, sentence, credit);

  let matched = 0;
  credit.forEach((c, i) => (matched += c * (context.conceptWeight[i] as number)));
  const coverage = context.totalWeight > 0 ? matched / context.totalWeight : 0;
  const proximity = proximityOf(context, positions);
  const answerType = answerTypeScore(context, sentence, positions, credit);
  const final =
    relevance *
    (0.25 + 0.75 * coverage * coverage) *
    (1 + PROXIMITY_BONUS * proximity + ANSWER_TYPE_BONUS[question.kind] * answerType);
  return {
    ...scored,
    sentence,
    article: ref.article,
    index: ref.sentence,
    features: { relevance, coverage, proximity, answerType },
    final,
  };
}

/**
 * "He said…", or a bare quotation: the names it is about are in the sentence before. Unmatched
 * question names found there count, for less.
 */
function borrowNamesFromContext(
  context: RerankContext,
  sentences: readonly Sentence[],
  index: number,
  sentence: Sentence,
  credit: number[],
): void {
  const cues = sentence.cues ?? [];
  if (!cues.includes("opens-with-pronoun") && !cues.includes("opens-with-quote")) return;
  const previous = sentences[index - 1];
  if (!previous) return;
  const before = new Set(previous.terms);
  context.question.concepts.forEach((concept, i) => {
    if (concept.isName && (credit[i] as number) === 0 && before.has(concept.term)) credit[i] = CONTEXT_CREDIT;
  });
}

/**
 * Pairs of topic concepts that are neighbours in the question ("foreign minister", "Paris
 * talks") and sit within two terms of each other in the sentence, weighted by the lighter of
 * the two.
 */
function proximityOf(context: RerankContext, positions: readonly number[][]): number {
  const topic = context.question.concepts.flatMap((c, i) =>
    !c.framing && c.source === "question" ? [i] : [],
  );
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

/** Positions of the question's topic (non-framing) concepts matched in the sentence. */
function topicPositions(context: RerankContext, positions: readonly number[][]): number[] {
  return context.question.concepts.flatMap((c, i) => (c.framing ? [] : (positions[i] as number[])));
}

function distanceTo(at: number, targets: readonly number[]): number {
  let best = Infinity;
  for (const t of targets) best = Math.min(best, Math.abs(t - at));
  return best;
}

/** Score for being close to the topic: next to it 1, nearby 0.6, elsewhere in the sentence 0.3. */
function nearness(distance: number): number {
  return distance <= 3 ? 1 : distance <= 8 ? 0.6 : distance < Infinity ? 0.3 : 0;
}

function answerTypeScore(
  context: RerankContext,
  sentence: Sentence,
  positions: readonly number[][],
  credit: readonly number[],
): number {
  const { question } = context;
  const terms = sentence.terms;
  const topic = topicPositions(context, positions);
  switch (question.kind) {
    case "date":
    case "number":
    case "duration": {
      const wanted = ENTITY_KINDS[question.kind] ?? [];
      let best = 0;
      for (const span of sentence.entitySpans ?? []) {
        if (!wanted.includes(span.type)) continue;
        // An entity the question itself names ("in 2022") is not the answer.
        const spanTerms = terms.slice(span.from, span.to);
        if (spanTerms.length > 0 && spanTerms.every((t) => context.questionTerms.has(t))) continue;
        const distance = Math.min(
          distanceTo(span.from, topic),
          distanceTo(Math.max(span.from, span.to - 1), topic),
        );
        best = Math.max(best, topic.length ? nearness(distance) : 0.3);
      }
      return best;
    }
    case "identity":
      return titleScore(context, sentence, topic);
    case "person": {
      // "Who hosted…", "who is the foreign minister": a name the question lacks, near its topic.
      let best = 0;
      for (const at of sentence.nameAt ?? []) {
        if (context.questionTerms.has(terms[at] as string)) continue;
        best = Math.max(best, topic.length ? nearness(distanceTo(at, topic)) : 0.3);
      }
      return best;
    }
    case "place": {
      const topicNames = question.concepts.flatMap((c, i) =>
        c.isName && !c.framing ? (positions[i] as number[]) : [],
      );
      const askedAboutPlace = question.concepts
        .filter((c) => !c.framing && c.source === "question")
        .every((c) => c.isName);
      let best = 0;
      if (askedAboutPlace) {
        // "Where is X": X described as a place ("the northern city of Sumy") or placed ("in X").
        for (const at of topicNames) {
          for (let p = Math.max(0, at - 3); p <= Math.min(terms.length - 1, at + 3); p++) {
            if (p !== at && GEO_TERMS.has(terms[p] as string)) best = Math.max(best, 1);
          }
          if ((sentence.placeAt ?? []).includes(at)) best = Math.max(best, 0.5);
        }
        return best;
      }
      // "Where did … happen": a place the question does not name, near its topic.
      for (const at of sentence.placeAt ?? []) {
        if (context.questionTerms.has(terms[at] as string)) continue;
        best = Math.max(best, nearness(distanceTo(at, topic)));
      }
      return best;
    }
    case "definition": {
      // "What is X about": X followed by what it is or does.
      const described = sentence.describedAt ?? [];
      return topic.some((at) => described.includes(at)) ? 1 : 0;
    }
    case "reason":
      return (sentence.cues ?? []).includes("cause") ? 1 : 0;
    case "speech": {
      // "What did X say": X is the speaker — next to a verb of saying, or quoted.
      const speakers = question.speakers;
      if (speakers.length === 0) return hasSpeech(sentence) ? 0.5 : 0;
      if (!speakers.every((i) => (credit[i] as number) > 0)) return 0;
      const speakerAt = speakers.flatMap((i) => positions[i] as number[]);
      if (speakerAt.length === 0) return (sentence.cues ?? []).includes("quote") ? 0.8 : 0.3;
      // Their own words (a quotation) answer best; a report of what they said, next best.
      const quoted = (sentence.cues ?? []).includes("quote");
      let best = quoted ? 0.6 : 0;
      terms.forEach((term, p) => {
        if (SPEECH_TERMS.has(term)) best = Math.max(best, distanceTo(p, speakerAt) <= 4 ? (quoted ? 1 : 0.7) : 0.4);
      });
      return best;
    }
    default:
      return 0;
  }
}

function hasSpeech(sentence: Sentence): boolean {
  return (sentence.cues ?? []).includes("quote") || sentence.terms.some((t) => SPEECH_TERMS.has(t));
}

/**
 * "Who is X": X's title. Best is a title chain just before X — "Kremlin spokesman Dmitry
 * Peskov", "US Secretary of State Marco Rubio", "the economy minister, Yuliia Svyrydenko" —
 * walking back over names and titles only. A title just after X may be an apposition, or the
 * next person's ("Rubio and presidential envoy Steve Witkoff"), so it counts for less.
 */
function titleScore(context: RerankContext, sentence: Sentence, topic: readonly number[]): number {
  const terms = sentence.terms;
  const names = new Set(sentence.nameAt ?? []);
  const isTitle = (p: number) => ROLE_TERMS.has(terms[p] as string) && !context.questionTerms.has(terms[p] as string);
  const inChain = (p: number) => names.has(p) || ROLE_TERMS.has(terms[p] as string);
  let best = 0;
  for (const at of topic) {
    for (let p = at - 1; p >= 0 && p >= at - 6; p--) {
      if (isTitle(p)) return 1;
      if (!inChain(p)) break;
    }
    for (let p = at + 1; p < terms.length && p <= at + 3; p++) {
      if (isTitle(p)) best = 0.3;
      if (!inChain(p)) break;
    }
  }
  return best;
}
