import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { answerableCandidates, rankCandidates, retrieve } from "../../src/answer/answer.js";
import {
  CONFIDENCE_FEATURES,
  ONE_ARTICLE_FEATURES,
  confidenceFeatures,
} from "../../src/answer/confidence.js";
import { rerankContext } from "../../src/answer/rerank.js";
import { holdsTerm } from "../../src/library.js";
import { confidenceModels, judgingModel, linearScore, trainedModels } from "../../src/rank/model.js";
import { seedLibrary } from "../answer/seedLibrary.js";

const library = seedLibrary();

/** Each L2 penalty's share of a committed model (train.ts): every penalty tried, shares summing to 1. */
function expectPenaltyShares(recorded: unknown): void {
  const shares = recorded as Record<string, number>;
  expect(Object.keys(shares)).toEqual(["1", "3", "10", "30", "100"]);
  for (const share of Object.values(shares)) expect(share).toBeGreaterThanOrEqual(0);
  expect(Object.values(shares).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 2);
}

/** The confidence features of a question's best candidates over the seed articles. */
function featuresOf(question: string) {
  const analyzed = analyzeQuestion(question, undefined, library.names, (term) => holdsTerm(library, term));
  const context = rerankContext(library, analyzed);
  return confidenceFeatures(context, rankCandidates(context, retrieve(library, analyzed)));
}

describe("the confidence model (answerable or not)", () => {
  it.each([
    ["When did Rubio travel to Paris?", "kindDate"],
    ["How many people were hurt in Kharkiv?", "kindNumber"],
    ["Who hosted the Paris talks?", "kindPerson"],
    ["Why did Rubio say the US could move on?", "kindReason"],
  ])("GIVEN %s THEN it knows the question's kind (%s) and no other", (question, feature) => {
    const features = featuresOf(question) as Record<string, number>;
    const kinds = Object.keys(features).filter((name) => /^kind[A-Z]/u.test(name));
    expect(kinds.length).toBeGreaterThan(10);
    expect(kinds.filter((name) => features[name] === 1)).toEqual([feature]);
    expect(kinds.reduce((sum, name) => sum + (features[name] as number), 0)).toBe(1);
  });

  it("GIVEN a best candidate plain BM25 ranks first too THEN the confidence reads that agreement; GIVEN one only word meanings found THEN it reads how far below BM25's first it stands", () => {
    const agreed = featuresOf("Who hosted the Paris talks?");
    expect(agreed.retrievalShare).toBe(1);
    expect(agreed.relevanceShare).toBe(1);
    // Off the articles' subject: no word of the question is in the sentence WordNet relates to it.
    const apart = featuresOf("What is the fastest land animal?");
    expect(apart.retrievalShare).toBeLessThan(0.5);
    expect(apart.relevanceShare).toBe(0);
  });

  it("GIVEN the committed fit THEN of two best candidates alike but for where plain BM25 ranks them, the one BM25 ranks first is judged likelier to answer", () => {
    const features = featuresOf("When did Rubio travel to Paris?") as Record<string, number>;
    for (const restricted of [false, true]) {
      const model = judgingModel(confidenceModels(), restricted);
      const score = (share: number) => linearScore(model, { ...features, retrievalShare: share });
      expect(score(1)).toBeGreaterThan(score(0.5));
    }
  });

  it("GIVEN a how-many question THEN it reads how many candidates hold a figure that may answer, fewer than were ranked", () => {
    const analyzed = analyzeQuestion(
      "How many people were hurt in Kharkiv?",
      undefined,
      library.names,
      (term) => holdsTerm(library, term),
    );
    const context = rerankContext(library, analyzed);
    const ranked = rankCandidates(context, retrieve(library, analyzed));
    const typed = answerableCandidates(context, ranked);
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.length).toBeLessThan(ranked.length);
    expect(confidenceFeatures(context, typed).candidates).toBeCloseTo(Math.log1p(typed.length));
    expect(confidenceFeatures(context, ranked).candidates).toBeCloseTo(Math.log1p(ranked.length));
  });

  it("GIVEN the committed fit THEN it weighs every feature, the kinds among them, with the L2 penalties weighed on the dev sets", () => {
    const { confidence, trainedOn } = trainedModels();
    expect(confidence.features).toEqual([...CONFIDENCE_FEATURES]);
    expect(confidence.features).toContain("kindDate");
    expectPenaltyShares(trainedOn.confidenceL2Shares);
    // A kind's weight is fit, not left at nothing: some kinds go unanswered more often than others.
    const kindWeights = confidence.features.flatMap((name, i) =>
      name.startsWith("kind") ? [confidence.weights[i] as number] : [],
    );
    expect(Math.max(...kindWeights) - Math.min(...kindWeights)).toBeGreaterThan(0.05);
  });

  it("GIVEN the committed fit THEN a question asked of one article has a model of its own, with its own penalties' shares, over the same features but how it was asked (a constant there), that coverage (a copy of the coverage there) and the unknown share's square", () => {
    const { confidence, restrictedConfidence, trainedOn } = trainedModels();
    expect(restrictedConfidence?.features).toEqual([...ONE_ARTICLE_FEATURES]);
    expect(restrictedConfidence?.features).not.toContain("restricted");
    expect(restrictedConfidence?.features).not.toContain("restrictedCoverage");
    expect(restrictedConfidence?.features).not.toContain("unknownSquared");
    expect(confidence.features).toContain("unknownSquared");
    expect(restrictedConfidence?.features).not.toContain("candidates");
    expect(confidence.features).toContain("candidates");
    expect(ONE_ARTICLE_FEATURES.length).toBe(CONFIDENCE_FEATURES.length - 4);
    expectPenaltyShares(trainedOn.restrictedConfidenceL2Shares);
    // Fit on other questions: its weights are its own, not the library model's.
    const weightOf = (model: typeof confidence, name: string) =>
      model.weights[model.features.indexOf(name)] as number;
    const differing = ONE_ARTICLE_FEATURES.filter(
      (name) =>
        restrictedConfidence &&
        Math.abs(weightOf(confidence, name) - weightOf(restrictedConfidence, name)) > 0.05,
    );
    expect(differing.length).toBeGreaterThan(ONE_ARTICLE_FEATURES.length / 2);
  });
});
