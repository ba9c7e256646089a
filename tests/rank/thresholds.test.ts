import { describe, expect, it } from "vitest";
import { minConfidence, minPredicateShare } from "../../src/answer/confidence.js";
import { modelDifferences, trainedModels } from "../../src/rank/model.js";

describe("the fitted decision points (src/rank/weights.json)", () => {
  it("GIVEN a question asked of one article THEN its own threshold applies, else the library-wide one", () => {
    const models = trainedModels();
    expect(models.restrictedThreshold).toBeDefined();
    expect(minConfidence(true)).toBe(models.restrictedThreshold);
    expect(minConfidence(false)).toBe(models.threshold);
    for (const t of [minConfidence(true), minConfidence(false)]) {
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThan(1);
    }
  });

  it("GIVEN the typed answers THEN each predicate share is one of those training chooses from", () => {
    const models = trainedModels();
    expect(models.restrictedPredicateShare).toBeDefined();
    expect(minPredicateShare(false)).toBe(models.predicateShare);
    expect(minPredicateShare(true)).toBe(models.restrictedPredicateShare);
    for (const share of [minPredicateShare(false), minPredicateShare(true)])
      expect([0.67, 0.5, 0.34, 0.25, 0.01, 0]).toContain(share);
  });

  it("GIVEN two fits THEN train --check names where they differ, past rounding only", () => {
    const models = trainedModels();
    expect(modelDifferences(models, structuredClone(models))).toBeNull();
    const weights = [...models.ranker.weights];
    weights[0] = (weights[0] as number) + 1e-9;
    expect(modelDifferences(models, { ...models, ranker: { ...models.ranker, weights } })).toBeNull();
    weights[0] = (weights[0] as number) + 0.5;
    expect(modelDifferences(models, { ...models, ranker: { ...models.ranker, weights } })).toMatch(
      /^ranker weights of /u,
    );
    expect(modelDifferences(models, { ...models, threshold: models.threshold + 0.1 })).toMatch(
      /^threshold /u,
    );
  });
});
