/**
 * How sure the engine is that the articles answer the question, 0…1: a logistic model fit on
 * answerable against unanswerable questions (`npm run train`), over what the best candidate
 * covers of the question, how it stands against the next one, whether plain BM25 ranks it first
 * too, and whether it holds the kind of answer asked for. A question asked of one article
 * (`/ask article:`) is judged by a model of its own, fit on such questions
 * (src/rank/confidenceFit.ts). Below the threshold chosen on the dev sets, the articles don't say.
 */
import { confidenceModels, judgingModel, linearScore, sigmoid, trainedModels } from "../rank/model.js";
import type { Candidate, RerankContext } from "./rerank.js";
import type { AnswerKind } from "./questionKind.js";

/** One confidence feature per kind of question: how often the articles leave a question unanswered differs by kind. */
const KIND_FEATURES = {
  identity: "kindIdentity",
  person: "kindPerson",
  date: "kindDate",
  number: "kindNumber",
  duration: "kindDuration",
  place: "kindPlace",
  reason: "kindReason",
  speech: "kindSpeech",
  definition: "kindDefinition",
  expansion: "kindExpansion",
  material: "kindMaterial",
  meaning: "kindMeaning",
  name: "kindName",
  fact: "kindFact",
} as const satisfies Record<AnswerKind, string>;
type KindFeature = (typeof KIND_FEATURES)[AnswerKind];

export const CONFIDENCE_FEATURES = [
  /** The ranker's score of the best candidate, its lead over the second, and its share of the softmax over all of them. */
  "score",
  "margin",
  "share",
  /** How many candidates may answer (log): a kind's answer type may leave one, or a few. */
  "candidates",
  /** The best candidate's coverage of the question, and with its article's lead (see rerank.ts); the lead's alone. */
  "coverage",
  "articleCoverage",
  "leadCoverage",
  "exactCoverage",
  "wordnetCoverage",
  "nameCoverage",
  "wordCoverage",
  "missingNames",
  "proximity",
  /**
   * Its standing by plain BM25, as the ranker reads it: its retrieval score over the best
   * retrieved sentence's, and its BM25 over the question's concepts over the best candidate's
   * (1 where BM25 ranks it first too). Where the fitted ranker and BM25 agree, the answer is
   * likelier right (round 94: more unanswerable questions refused at as many right first, on
   * every seed and every group of sets).
   */
  "retrievalShare",
  "relevanceShare",
  /** Its answer-type match for the question's kind (0 for a kind without one), and whether the kind has one. */
  "typeMatch",
  "typed",
  "focusClass",
  /**
   * Share of the question's weight in words no article has, and its square: a word or two the
   * articles lack may be a slip or a paraphrase; most of the question is another subject.
   */
  "unknownWords",
  "unknownSquared",
  /** How many concepts the question has (log). */
  "concepts",
  /**
   * Asked of one article (`/ask article:`): the asker says the article is on the subject, so a
   * sentence matching less of the question may still answer; and the coverage for such a question.
   * The library's model, fit on every question, reads them; the one-article model, fit on such
   * questions alone, does not (ONE_ARTICLE_FEATURES).
   */
  "restricted",
  "restrictedCoverage",
  ...Object.values(KIND_FEATURES),
] as const;

export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];
export type ConfidenceFeatures = Record<ConfidenceFeature, number>;

/**
 * The one-article model's features: all but how the question was asked, a constant among its
 * questions; the coverage for such a question, the coverage again (a copy halves the penalty its
 * weight pays); and the unknown share's square: fit on the fewer questions asked that way, its
 * weights for the share and the square came out the other way round (round 84), a convex fit of
 * a handful of questions, not a reading of what unknown words say. Nor how many candidates may
 * answer, which among one article's few sentences says less: with it (round 86) the one-article
 * threshold fell from 0.15 to 0.12 and the one-article sets refused 16 unanswerable questions
 * fewer (fit, choose and measure-only), while the library's model gained.
 */
export const ONE_ARTICLE_FEATURES: readonly ConfidenceFeature[] = CONFIDENCE_FEATURES.filter(
  (name) =>
    name !== "restricted" &&
    name !== "restrictedCoverage" &&
    name !== "unknownSquared" &&
    name !== "candidates",
);

/** The kind's answer-type feature value of a candidate (0 for "fact"). */
export function typeMatchOf(context: RerankContext, candidate: Candidate): number {
  const f = candidate.features;
  switch (context.question.kind) {
    case "identity":
      return f.typeIdentity;
    case "person":
      // "Who is the mayor of Kharkiv" asks for the holder's name; "who announced the trip" may
      // be answered by a body or a role ("his office said").
      return context.holder ? f.typePerson : Math.max(f.typePerson, f.focusClass);
    case "date":
      return f.typeDate;
    case "number":
      // "How much did it cost": an amount of money, not any figure ("a 30-day truce"); "how old":
      // an age; "what percentage": a figure in per cent.
      return context.measure === "money" || context.measure === "age" || context.measure === "percent"
        ? f.typeCountsUnit
        : f.typeNumber;
    case "duration":
      return f.typeDuration;
    case "place":
      // "Where is Sumy" wants Sumy placed; "where did the talks happen", a place (any kind of location).
      // "Where was Rubio when he warned…" wants him placed at the time ("stating at Le Bourget
      // airport"), not any place the sentence names ("abandon mediating between Russia and Ukraine").
      return asksWhereNameIs(context) || context.whereAtTime
        ? f.typePlace
        : Math.max(f.typePlace, f.focusClass);
    case "reason":
      return f.typeReason;
    case "speech":
      return f.typeSpeech;
    case "definition":
      return f.typeDefinition;
    case "expansion":
      return f.acronym;
    case "material":
      return f.typeMaterial;
    case "meaning":
      return f.typeMeaning;
    case "name":
      return f.typeName;
    case "fact":
      return f.focusClass;
  }
}

/** "Where is X" for a name X: the question's own topic is names only (not "where is X from"). */
function asksWhereNameIs(context: RerankContext): boolean {
  const topic = context.question.concepts.filter((c) => !c.framing && c.source === "question");
  return topic.length > 0 && topic.every((c) => c.isName) && !context.origin;
}

/** Share of the question's weight in words (not names) that no sentence of the library holds. */
export function unknownWordShare(context: RerankContext): number {
  let unknown = 0;
  context.question.concepts.forEach((concept, i) => {
    if (!concept.isName && !concept.framing && !context.library.index.postings.has(concept.term))
      unknown += context.conceptWeight[i] as number;
  });
  return context.totalWeight > 0 ? unknown / context.totalWeight : 0;
}

/** @param ranked the candidates that may answer, best first (at least one). */
export function confidenceFeatures(context: RerankContext, ranked: readonly Candidate[]): ConfidenceFeatures {
  const best = ranked[0] as Candidate;
  const second = ranked[1];
  const f = best.features;
  let total = 0;
  for (const c of ranked) total += Math.exp(c.final - best.final);
  const unknown = unknownWordShare(context);
  return {
    score: best.final,
    margin: second ? best.final - second.final : 1,
    share: 1 / total,
    candidates: Math.log1p(ranked.length),
    coverage: f.coverage,
    articleCoverage: f.articleCoverage,
    leadCoverage: best.leadCoverage,
    exactCoverage: f.exactCoverage,
    wordnetCoverage: f.wordnetCoverage,
    nameCoverage: f.nameCoverage,
    wordCoverage: f.wordCoverage,
    missingNames: f.missingNames,
    proximity: f.proximity,
    retrievalShare: f.retrievalShare,
    relevanceShare: f.relevanceShare,
    typeMatch: typeMatchOf(context, best),
    typed: context.question.kind === "fact" && !context.question.focus ? 0 : 1,
    focusClass: f.focusClass,
    unknownWords: unknown,
    unknownSquared: unknown * unknown,
    concepts: Math.log1p(context.question.concepts.length),
    restricted: context.restricted ? 1 : 0,
    restrictedCoverage: context.restricted ? f.coverage : 0,
    ...kindFeatures(context.question.kind),
  };
}

/** 1 for the question's kind, 0 for the others. */
function kindFeatures(kind: AnswerKind): Record<KindFeature, number> {
  const features = {} as Record<KindFeature, number>;
  for (const [k, name] of Object.entries(KIND_FEATURES)) features[name] = k === kind ? 1 : 0;
  return features;
}

/**
 * The probability that the articles answer the question, judging by `ranked`: the fitted confidence
 * model for a question asked of the whole library, or of one article (`/ask article:`).
 */
export function confidenceOf(context: RerankContext, ranked: readonly Candidate[]): number {
  const model = judgingModel(confidenceModels(), context.restricted);
  return sigmoid(linearScore(model, confidenceFeatures(context, ranked)));
}

/**
 * The confidence below which the engine says the articles don't say (chosen by `npm run train`),
 * for a question asked of the whole library or of one article.
 */
export function minConfidence(restricted = false): number {
  const models = trainedModels();
  return restricted ? (models.restrictedThreshold ?? models.threshold) : models.threshold;
}

/**
 * How much of its predicate a date, figure or place must come with to answer (chosen by `npm run
 * train`), for a question asked of the whole library or of one article.
 */
export function minPredicateShare(restricted = false): number {
  const models = trainedModels();
  const library = models.predicateShare ?? 0.5;
  return restricted ? (models.restrictedPredicateShare ?? library) : library;
}
