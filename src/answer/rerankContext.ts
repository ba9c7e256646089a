/**
 * What reranking a question's candidates looks up once per question (rerank.ts reads each
 * candidate against it): the weight of each of its concepts, the wordings that match them, and
 * what it asks for (a measure, a role's holder, a destination, a place within another, the thing
 * a how-many question counts…), each worked out once rather than per candidate.
 */
import type { Library } from "../library.js";
import { idf, sentenceAt, type ScoredSentence } from "../index/sentenceIndex.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import { asksForHolder, type TypeContext } from "./answerType.js";
import { dimensionAsked, measureAsked } from "./figureType.js";
import { sizeAsked } from "./figureSize.js";
import { countedUnit, HOW_MANY, HOW_MUCH } from "./figureCounts.js";
import { tollAsked } from "./tollKind.js";
import { roleSenseConcept } from "./roleHolderType.js";
import { askedWithin, asksDestination, asksOrigin, asksWhereAtTime } from "./placeType.js";
import type { PersonNouns } from "./answerEvidence.js";
import { ablated } from "./ablation.js";
import { askedNames } from "./askedNames.js";
import { isRoleTerm, roleHolders } from "./roleHolders.js";
import { asksPopulation } from "./population.js";
import { asksDeadline } from "./deadline.js";
import { asksForWork } from "./candidateMatch.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { questionVector, type QuestionVector } from "./vectorMatch.js";

/**
 * Per-question lookups, built once before reranking the candidates: what answer typing reads
 * (TypeContext: the measure, the role's holder, the toll, the destination, the place within
 * another, the origin…), and what reading a candidate needs besides.
 */
export interface RerankContext extends TypeContext {
  library: Library;
  /** Term → the concepts it stands for and how much each match counts. */
  termConcepts: Map<string, { concept: number; credit: number }[]>;
  /** Each concept's weight for coverage: its idf times its question weight. */
  conceptWeight: number[];
  totalWeight: number;
  /** Concepts (indices) naming the question's topic: its own words, not framing ones. */
  topicConcepts: number[];
  /** The topic's names (indices): "Rubio" of "how many children does Rubio have"; not "TV", a common noun's capitals. */
  askedNames: number[];
  /** For "how many children…", the concept counted, when it says more than a figure (figureCounts.ts's countedUnit; −1 for none). */
  countedUnit: number;
  /** The question asks where someone was at the time of an event (placeType.ts's asksWhereAtTime). */
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

/** A question about what is to come: "when is the next round", "what will be set up", "when'll it be signed". */
const FUTURE_QUESTION = /\b(?:will|upcoming|going\s+to|next(?!\s+to\b))\b|['’]ll\b/iu;
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
    dimension: dimensionAsked(question),
    size: sizeAsked(question),
    holder: asksForHolder(question),
    howMany,
    howMuch: HOW_MUCH.test(question.read),
    tollAsked: howMany ? tollAsked(question.concepts.flatMap((c) => (c.isName ? [] : [c.term]))) : null,
    roleSense: roleSenseConcept(question),
    destination: asksDestination(question),
    within: askedWithin(question, lexicon),
    countedUnit: howMany ? countedUnit(question, lexicon) : -1,
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
export function addHolderTerms(context: RerankContext, scored: readonly ScoredSentence[]): void {
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
