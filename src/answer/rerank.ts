/**
 * Reranks a bounded list of retrieved sentences with what BM25 cannot see: how much of the
 * question a sentence covers (paraphrases counting for less), whether the question's words sit
 * together in it, and whether it holds the kind of answer asked for (a date for "when", a name
 * for "who", a reason for "why"…). Work per candidate is linear in its term count.
 */
import type { EntitySpan, Sentence } from "../article.js";
import { sentenceAt, type ScoredSentence } from "../index/sentenceIndex.js";
import type { AnalyzedQuestion, Concept } from "./analyzeQuestion.js";
import { answerTypeMatch, predicateShare } from "./answerType.js";
import { agentNamedScore, expandsAcronym, namedPersonScore } from "./answerEvidence.js";
import { ablated } from "./ablation.js";
import { onlyTitleOf } from "./roleHolders.js";
import { creditPopulation, givesPopulation, populationAt } from "./population.js";
import { creditDeadline, deadlineAt } from "./deadline.js";
import {
  borrowFromContext,
  creditLifespan,
  creditSpelledOut,
  creditShortNames,
  focusClassOf,
  leadOf,
  matchByMeaning,
  NO_LEAD,
  NONE,
  proximityOf,
  WORDNET_CREDIT,
  WORDNET_KIND_CREDIT,
} from "./candidateMatch.js";
import { linearScore, trainedModels } from "../rank/model.js";
import type { Features } from "./rankerFeatures.js";
import { explainedShare } from "./explanations.js";
import { sentenceSimilarity } from "./vectorMatch.js";
import { addHolderTerms, type RerankContext } from "./rerankContext.js";

export { FEATURE_NAMES, type FeatureName, type Features } from "./rankerFeatures.js";
export {
  HOLDER_CREDIT,
  holderTerms,
  rerankContext,
  unknownTermIdf,
  type RerankContext,
} from "./rerankContext.js";

export interface Candidate extends ScoredSentence {
  sentence: Sentence;
  /** Position of the article in the library and of the sentence in the article. */
  article: number;
  index: number;
  features: Features;
  /** BM25 over the question's concepts (before the log of `features.relevance`). */
  relevance: number;
  /** The fitted ranker's score (set by scoreCandidates once every candidate's features are known, readCandidates). */
  final: number;
  /** For date / number / duration questions: the entity that answers. */
  answerSpan: EntitySpan | null;
  /** The answer span counts the question's own unit ("six children"), not just something near its topic. */
  answerByUnit: boolean;
  /** Whether every name the question asks about is in the sentence (or the one it refers back to). */
  namesMatched: boolean;
  /** Whether the sentence (or the one it refers back to) holds a name the question asks about (`askedNames`), or it asks about none. */
  namesHeld: boolean;
  /** How much of what the asked-for date, figure or place would be of the sentence holds (answerType.ts). */
  predicateShare: number;
  /** For "how many children…": whether the sentence holds what is counted, in any wording; else true. */
  unitHeld: boolean;
  /** For a question asking a place's population: whether the sentence can say one (population.ts); else true. */
  givesPopulation: boolean;
  /** Share of the question's weight the article's lead matches (0 unless asked of one article that opens by defining its subject). */
  leadCoverage: number;
  /** What WordNet's matches add to `features.coverage` (their share of the question's weight times their credit). */
  wordnetCredit: number;
}

/** BM25 saturation and a milder length normalisation than retrieval's: an answer may need words. */
const K1 = 1.2;
const B = 0.3;
/** A sentence saying what is to come: "will", "is scheduled for", "is expected to", "next week". */
const FUTURE_SENTENCE =
  /\b(?:will|shall|scheduled|expected\s+to|set\s+to|due\s+to\s+\p{Ll}|plans?\s+to|planned|upcoming|next\s+(?:week|month|year|round|meeting|session|day))\b|['’]ll\b/iu;
/** A sentence that is itself a question ("What does Washington expect?"). */
const ASKS = /\?["”’')\]]*$/u;

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
  let matchedTerms = 0;
  for (let p = 0; p < terms.length; p++) {
    const hits = context.termConcepts.get(terms[p] as string);
    if (!hits) continue;
    matchedTerms++;
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
  const total = context.totalWeight || 1;
  let exact = 0;
  let paraphrase = 0;
  for (let i = 0; i < conceptCount; i++) {
    const weight = context.conceptWeight[i] as number;
    if (credit[i] === 1) exact += weight;
    else if ((credit[i] as number) > 0) paraphrase += weight;
  }
  const wordnet = matchByMeaning(context, terms, positions, credit);
  creditLifespan(context, sentence, credit);
  creditSpelledOut(context, sentence, credit);
  // "What is the population of Gaza": where the sentence gives a place's population, found once
  // for the words it credits and the figure it is (figureType.ts).
  const population = context.asksPopulation ? populationAt(context.lexicon, sentence) : -1;
  creditPopulation(question, population, credit, positions);
  // "What is the deadline for the deal": "to finalise the deal by April 26" sets one.
  creditDeadline(question, context.asksDeadline ? deadlineAt(sentence) : -1, credit, positions);
  const beforeContext = credit.slice();
  borrowFromContext(context, article.sentences, ref.sentence, credit);
  creditShortNames(context, ref.article, sentence, credit);
  let borrowed = 0;
  credit.forEach((c, i) => {
    if (c > 0 && beforeContext[i] === 0) borrowed += context.conceptWeight[i] as number;
  });

  let matched = 0;
  credit.forEach((c, i) => (matched += c * (context.conceptWeight[i] as number)));
  const coverage = matched / total;
  // What the article's lead (its first sentence) says counts for every sentence of the article:
  // "The element was discovered in 1791 by…" is about titanium in an article that opens
  // "Titanium is a chemical element…".
  const lead = context.restricted ? leadOf(context, ref.article, article) : NO_LEAD;
  let inLead = 0;
  let withLead = 0;
  credit.forEach((c, i) => {
    const weight = context.conceptWeight[i] as number;
    if (lead[i]) inLead += weight;
    withLead += Math.max(c, lead[i] ? 1 : 0) * weight;
  });
  const creditWithLead = inLead > 0 ? credit.map((c, i) => (lead[i] ? 1 : c)) : credit;
  // "When did Barrot become foreign minister": "Foreign Minister Jean-Noël Barrot hailed…" holds
  // the role only as his title, not its predicate.
  const predicateCredit = context.titledRoles.length
    ? creditWithLead.map((c, i) =>
        c > 0 &&
        !lead[i] &&
        context.titledRoles.includes(i) &&
        onlyTitleOf(sentence, question.concepts[i]?.term ?? "", positions[i] ?? [], context.nameTerms)
          ? 0
          : c,
      )
    : creditWithLead;
  const typeMatch = answerTypeMatch(context, sentence, positions, credit, population);
  let namesMatched = true;
  let missingNames = 0;
  let nameWeight = 0;
  let nameMatched = 0;
  let wordWeight = 0;
  let wordMatched = 0;
  for (let i = 0; i < conceptCount; i++) {
    const concept = question.concepts[i] as Concept;
    if (!concept.isName) {
      if (!concept.framing) {
        wordWeight += context.conceptWeight[i] as number;
        wordMatched += (credit[i] as number) * (context.conceptWeight[i] as number);
      }
      continue;
    }
    nameWeight += context.conceptWeight[i] as number;
    if (credit[i] === 0) {
      namesMatched = false;
      missingNames++;
    } else nameMatched += context.conceptWeight[i] as number;
  }
  const pairs = proximityOf(context, positions);
  const cues = sentence.cues ?? [];
  const typeScore = typeMatch.score;
  const focusClass = focusClassOf(context, sentence, positions);
  const kind = question.kind;
  // One object literal of one shape for every candidate (the fitted models read it by name).
  const features: Features = {
    relevance: Math.log1p(relevance),
    relevanceShare: 0,
    retrievalShare: 0,
    coverage,
    coverageSquared: coverage * coverage,
    articleCoverage: withLead / total,
    exactCoverage: exact / total,
    paraphraseCoverage: paraphrase / total,
    wordnetCoverage: (wordnet.same + wordnet.kind) / total,
    sentenceSimilarity: sentenceSimilarity(context, sentence),
    contextCoverage: borrowed / total,
    nameCoverage: nameWeight > 0 ? nameMatched / nameWeight : 1,
    wordCoverage: wordWeight > 0 ? wordMatched / wordWeight : 1,
    missingNames: Math.min(missingNames, 2),
    proximity: pairs.near,
    adjacency: pairs.adjacent,
    answerType: typeScore,
    typedCoverage: typeScore * coverage,
    typeIdentity: kind === "identity" ? typeScore : 0,
    typePerson: kind === "person" ? typeScore : 0,
    typeDate: kind === "date" ? typeScore : 0,
    typeNumber: kind === "number" ? typeScore : 0,
    typeCountsUnit: typeMatch.byUnit ? 1 : 0,
    typeDuration: kind === "duration" ? typeScore : 0,
    typePlace: kind === "place" ? typeScore : 0,
    typeReason: kind === "reason" ? typeScore : 0,
    typeReasonTemporal: kind === "reason" && typeScore === 0 && cues.includes("cause") ? 1 : 0,
    typeSpeech: kind === "speech" ? typeScore : 0,
    typeDefinition: kind === "definition" ? typeScore : 0,
    typeMaterial: kind === "material" ? typeScore : 0,
    typeMeaning: kind === "meaning" ? typeScore : 0,
    typeName: kind === "name" ? typeScore : 0,
    focusClass,
    focusWordOnly:
      focusClass === 0 &&
      question.type === "what" &&
      question.focus &&
      sentence.terms.includes(question.focus)
        ? 1
        : 0,
    namedPerson:
      kind === "person"
        ? namedPersonScore(
            sentence,
            context.questionTerms,
            context.topicConcepts.flatMap((i) => positions[i] as number[]),
            context.lexicon,
            context.personNouns,
          )
        : 0,
    agentNamed:
      kind === "person" ? agentNamedScore(question, context.questionTerms, sentence, context.lexicon) : 0,
    // For "what does X stand for" the answer type is this very check (answerType.ts): not twice.
    acronym:
      kind === "expansion"
        ? typeScore
        : WRITES_OUT_KINDS.has(kind) && expandsAcronym(question, sentence)
          ? 1
          : 0,
    length: Math.log1p(terms.length),
    novelty: terms.length ? 1 - matchedTerms / terms.length : 0,
    quote: cues.includes("quote") ? 1 : 0,
    pointsBack: cues.includes("opens-with-pronoun") ? 1 : 0,
    asks: ASKS.test(sentence.text) ? 1 : 0,
    future: context.future && FUTURE_SENTENCE.test(sentence.text) ? 1 : 0,
    explainsBefore: kind === "reason" ? explainedShare(context, article.sentences, ref.sentence) : 0,
  };
  return {
    doc: scored.doc,
    score: scored.score,
    matched: scored.matched,
    sentence,
    article: ref.article,
    index: ref.sentence,
    features,
    relevance,
    final: 0,
    answerSpan: typeMatch.span,
    answerByUnit: typeMatch.byUnit,
    namesMatched,
    namesHeld: context.askedNames.length === 0 || context.askedNames.some((i) => (credit[i] as number) > 0),
    // What the article is about (its lead) is what its sentences' dates and figures are of.
    predicateShare: predicateShare(question, predicateCredit, context.conceptWeight),
    unitHeld: context.countedUnit < 0 || (credit[context.countedUnit] as number) > 0,
    givesPopulation: !context.asksPopulation || givesPopulation(question, sentence, population),
    leadCoverage: inLead / total,
    wordnetCredit: (WORDNET_CREDIT * wordnet.same + WORDNET_KIND_CREDIT * wordnet.kind) / total,
  };
}

/** Questions a name written out may answer: what it stands for, what or who it is, what of it. */
const WRITES_OUT_KINDS: ReadonlySet<AnalyzedQuestion["kind"]> = new Set([
  "expansion",
  "definition",
  "identity",
  "fact",
]);
/**
 * The retrieved sentences as candidates with every feature, those that compare a candidate with
 * the others included: what the ranker scores, and what `npm run train` fits it on.
 */
export function readCandidates(context: RerankContext, scored: readonly ScoredSentence[]): Candidate[] {
  addHolderTerms(context, scored);
  const candidates = scored.flatMap((s) => rerank(context, s) ?? []);
  setRelativeFeatures(candidates);
  return candidates;
}

/** The features that compare a candidate with the others: its share of the best relevance and retrieval score. */
function setRelativeFeatures(candidates: readonly Candidate[]): void {
  let bestRelevance = 0;
  let bestRetrieval = 0;
  for (const c of candidates) {
    bestRelevance = Math.max(bestRelevance, c.relevance);
    bestRetrieval = Math.max(bestRetrieval, c.score);
  }
  for (const c of candidates) {
    c.features.relevanceShare = bestRelevance > 0 ? c.relevance / bestRelevance : 0;
    c.features.retrievalShare = bestRetrieval > 0 ? c.score / bestRetrieval : 0;
  }
}

/** Each candidate's fitted ranker score (src/rank/weights.json); best first. */
export function scoreCandidates(candidates: Candidate[]): Candidate[] {
  const { ranker } = trainedModels();
  for (const c of candidates) c.final = ablated("ranker") ? c.score : linearScore(ranker, c.features);
  return candidates.sort((a, b) => b.final - a.final || a.doc - b.doc);
}
