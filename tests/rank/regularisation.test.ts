import { describe, expect, it } from "vitest";
import { mostRegularised, questionScore, tieMargin } from "../../src/rank/regularisation.js";

describe("choosing the ranker's L2 penalty on the dev questions", () => {
  const RIGHT = questionScore(0); // 2: first right, reciprocal rank 1
  const SECOND = questionScore(1); // 0.5
  /** 119 dev questions all ranked second, but for the ones given as right first. */
  const scores = (rightFirst: readonly number[]) =>
    Array.from({ length: 119 }, (_, i) => (rightFirst.includes(i) ? RIGHT : SECOND));

  it("GIVEN one question won and another lost THEN it is a tie, and the more regularised ranker is kept", () => {
    const chosen = mostRegularised([
      { l2: 1, scores: scores([0, 1, 2]) },
      { l2: 3, scores: scores([0, 1, 50]) },
    ]);
    expect(chosen?.l2).toBe(3);
  });

  it("GIVEN a less regularised ranker right first on more questions than chance moves THEN it is chosen", () => {
    const many = Array.from({ length: 12 }, (_, i) => i);
    const chosen = mostRegularised([
      { l2: 1, scores: scores(many) },
      { l2: 3, scores: scores([0]) },
      { l2: 10, scores: scores([]) },
    ]);
    expect(chosen?.l2).toBe(1);
  });

  it("GIVEN three questions won and two lost THEN the margin is within chance, and the more regularised ranker is kept", () => {
    expect(tieMargin(scores([0, 1, 2]), scores([3, 4]))).toBeGreaterThan(1.5);
    const chosen = mostRegularised([
      { l2: 1, scores: scores([0, 1, 2]) },
      { l2: 10, scores: scores([3, 4]) },
    ]);
    expect(chosen?.l2).toBe(10);
  });
});
