/**
 * Reranks a bounded list of retrieved sentences with what BM25 cannot see: how much of the
 * question a sentence covers (paraphrases counting for less), whether the question's words sit
 * together in it, and whether it holds the kind of answer asked for (a date for "when", a name
 * for "who", a reason for "why"…). Work per candidate is linear in its term count.
 */
import type { EntitySpan, Sentence } from "../article.js";
import type { Library } from "../library.js";
import { idf, sentenceAt, type ScoredSentence } from "../index/sentenceIndex.js";
import type { AnalyzedQuestion, Concept } from "./analyzeQuestion.js";
import { answerTypeMatch, asksForHolder, predicateShare } from "./answerType.js";
import { measureAsked, type MeasureAsked } from "./figureType.js";
import { HOW_MANY, HOW_MUCH } from "./figureCounts.js";
import { tollAsked, type TollKind } from "./tollKind.js";
import { roleSenseConcept } from "./roleHolderType.js";
import { askedWithin, asksDestination, asksOrigin, asksWhereAtTime } from "./placeType.js";
import { agentNamedScore, expandsAcronym, namedPersonScore, type PersonNouns } from "./answerEvidence.js";
import { ablated } from "./ablation.js";
import { askedNames } from "./askedNames.js";
import { isRoleTerm, onlyTitleOf, roleHolders } from "./roleHolders.js";
import { asksPopulation, creditPopulation, givesPopulation, populationAt } from "./population.js";
import { asksDeadline, creditDeadline, deadlineAt } from "./deadline.js";
import {
  borrowFromContext,
  creditLifespan,
  creditSpelledOut,
  creditShortNames,
  asksForWork,
  focusClassOf,
  leadOf,
  matchByMeaning,
  NO_LEAD,
  NONE,
  proximityOf,
  WORDNET_CREDIT,
  WORDNET_KIND_CREDIT,
} from "./candidateMatch.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { linearScore, trainedModels } from "../rank/model.js";
import type { Features } from "./rankerFeatures.js";
import { explainedShare } from "./explanations.js";
import { questionVector, sentenceSimilarity, type QuestionVector } from "./vectorMatch.js";

export { FEATURE_NAMES, type FeatureName, type Features } from "./rankerFeatures.js";

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
  /** For a question asking a place's population: whether the sentence can say one (population.ts); else true. */
  givesPopulation: boolean;
  /** Share of the question's weight the article's lead matches (0 unless asked of one article that opens by defining its subject). */
  leadCoverage: number;
  /** What WordNet's matches add to `features.coverage` (their share of the question's weight times their credit). */
  wordnetCredit: number;
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
  /** The topic's names (indices): "Rubio" of "how many children does Rubio have"; not "TV", a common noun's capitals. */
  askedNames: number[];
  /** Word meanings (WordNet), for concepts a sentence words otherwise and for the question's focus. */
  lexicon: Lexicon;
  /** The measure the question asks for (answerType.ts): an amount of money, an age, a figure with a unit, or none. */
  measure: MeasureAsked;
  /** The question asks for a role's holder (answerType.ts): "who is the mayor of Kharkiv". */
  holder: boolean;
  /** The question asks "how many" / "how much" (answerType.ts). */
  howMany: boolean;
  howMuch: boolean;
  /** For "how many", the kind of toll asked for, the dead or the hurt, if one (tollKind.ts). */
  tollAsked: TollKind | null;
  /** For "who heads X": the concept whose verb says what the role does, -1 for none (roleHolderType.ts). */
  roleSense: number;
  /** The question asks where someone or something went (placeType.ts's asksDestination). */
  destination: boolean;
  /** The named places the asked-for place lies in (placeType.ts's askedWithin). */
  within: readonly string[];
  /** The question asks for a place of origin (placeType.ts's asksOrigin), or where someone was at the time of an event (asksWhereAtTime). */
  origin: boolean;
  whereAtTime: boolean;
  /** The question asks for a place's population (population.ts), or for a deadline (deadline.ts). */
  asksPopulation: boolean;
  asksDeadline: boolean;
  /** With a name asked about, the question's roles (indices): "foreign minister" of "when did Barrot become foreign minister". */
  titledRoles: number[];
  /** The terms of the question's names. */
  nameTerms: ReadonlySet<string>;
  /** The question asks about what is to come (FUTURE_QUESTION). */
  future: boolean;
  /** Per article (by index), which concepts its lead sentence holds; filled as candidates are read. */
  leads: Map<number, boolean[]>;
  /** The question is asked of one article (see rerankContext). */
  restricted: boolean;
  /** Per concept, what WordNet says of sentence terms met so far (credit, 0 for none): candidates share most words. */
  meanings: Map<string, number>[];
  /** The question's words' vectors summed, weighted as coverage weighs them (vectorMatch.ts); null without vectors. */
  questionVector: QuestionVector | null;
  /** Sentence terms met so far that are (or are not) a kind of the question's focus. */
  focusKinds: Map<string, boolean>;
  /** "What film…", "which novel…": the focus is a work (WordNet), whose instances are titles. */
  asksWork: boolean;
  /** Sentence terms met so far that are (or are not) kinds of person. */
  personNouns: PersonNouns;
}

/** BM25 saturation and a milder length normalisation than retrieval's: an answer may need words. */
const K1 = 1.2;
const B = 0.3;
/** A question about what is to come: "when is the next round", "what will be set up", "when'll it be signed". */
const FUTURE_QUESTION = /\b(?:will|upcoming|going\s+to|next(?!\s+to\b))\b|['’]ll\b/iu;
/** A sentence saying what is to come: "will", "is scheduled for", "is expected to", "next week". */
const FUTURE_SENTENCE =
  /\b(?:will|shall|scheduled|expected\s+to|set\s+to|due\s+to\s+\p{Ll}|plans?\s+to|planned|upcoming|next\s+(?:week|month|year|round|meeting|session|day))\b|['’]ll\b/iu;
/** A sentence that is itself a question ("What does Washington expect?"). */
const ASKS = /\?["”’')\]]*$/u;

/**
 * @param restricted the question is asked of one article (`/ask article:`): its lead then says
 * what every one of its sentences is about.
 */
export function rerankContext(
  library: Library,
  question: AnalyzedQuestion,
  restricted = false,
): RerankContext {
  const termConcepts = new Map<string, { concept: number; credit: number }[]>();
  for (const t of question.terms) addWording(termConcepts, t.term, t.concept, t.credit);
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
  const lexicon = defaultLexicon();
  const howMany = HOW_MANY.test(question.read);
  const context: RerankContext = {
    library,
    question,
    termConcepts,
    conceptWeight,
    totalWeight: conceptWeight.reduce((sum, w) => sum + w, 0),
    questionTerms: new Set(question.concepts.map((c) => c.term)),
    topicConcepts: question.concepts.flatMap((c, i) => (!c.framing && c.source === "question" ? [i] : [])),
    askedNames: askedNames(question),
    lexicon,
    measure: measureAsked(question, lexicon),
    holder: asksForHolder(question),
    howMany,
    howMuch: HOW_MUCH.test(question.read),
    tollAsked: howMany ? tollAsked(question.concepts.flatMap((c) => (c.isName ? [] : [c.term]))) : null,
    roleSense: roleSenseConcept(question),
    destination: asksDestination(question),
    within: askedWithin(question, lexicon),
    origin: asksOrigin(question),
    whereAtTime: asksWhereAtTime(question),
    asksPopulation: asksPopulation(question),
    asksDeadline: asksDeadline(question),
    titledRoles: question.concepts.some((c) => c.isName)
      ? question.concepts.flatMap((c, i) =>
          !c.isName && !c.classifier && c.source === "question" && isRoleTerm(c.term) ? [i] : [],
        )
      : [],
    nameTerms: new Set(question.concepts.flatMap((c) => (c.isName ? [c.term] : []))),
    future: FUTURE_QUESTION.test(question.read),
    leads: new Map(),
    restricted,
    meanings: question.concepts.map(() => new Map()),
    questionVector: null,
    focusKinds: new Map(),
    asksWork: asksForWork(question, lexicon),
    personNouns: new Map(),
  };
  context.questionVector = questionVector(context);
  return context;
}

/** What naming a role's holder ("Rubio") counts for the role's word ("secretary of state"). */
export const HOLDER_CREDIT = 0.7;

/**
 * For each role the question names, its holders' name terms, from the title chains of the given
 * articles. (A role the articles capitalise, "President", reads as a name in a one-case question;
 * it is still a role.)
 */
export function holderTerms(
  library: Library,
  question: AnalyzedQuestion,
  articles: ReadonlySet<number>,
): { term: string; concept: number }[] {
  if (ablated("context")) return [];
  const owners = new Set(question.terms.filter((t) => t.isName).map((t) => t.term));
  const own = new Set(question.concepts.map((c) => c.term));
  return question.concepts.flatMap((c, concept) =>
    c.framing || c.source !== "question" || !isRoleTerm(c.term) || !library.index.postings.has(c.term)
      ? []
      : roleHolders(library, c.term, owners, own, articles).map((term) => ({ term, concept })),
  );
}

/**
 * "The secretary of state" is matched by the name its holder has in the candidates' articles
 * ("Rubio"): added to the question's wordings once the candidates are known.
 */
function addHolderTerms(context: RerankContext, scored: readonly ScoredSentence[]): void {
  const articles = new Set<number>();
  for (const s of scored) {
    const ref = sentenceAt(context.library.index, s.doc);
    if (ref) articles.add(ref.article);
  }
  for (const { term, concept } of holderTerms(context.library, context.question, articles))
    addWording(context.termConcepts, term, concept, HOLDER_CREDIT);
}

/** Records that a term matches a concept at a credit (once per concept). */
function addWording(
  termConcepts: Map<string, { concept: number; credit: number }[]>,
  term: string,
  concept: number,
  credit: number,
): void {
  let list = termConcepts.get(term);
  if (!list) termConcepts.set(term, (list = []));
  if (!list.some((hit) => hit.concept === concept)) list.push({ concept, credit });
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
