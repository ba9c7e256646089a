import { describe, expect, it } from "vitest";
import { devScore, mostRegularised } from "../../src/rank/regularisation.js";

describe("choosing the ranker's L2 penalty on the dev sets", () => {
  /** Two choose sets of 41 and 78 answerable questions, with `a` and `b` of them right first (MRR alike). */
  const sets = (a: number, b: number) => [
    { p1: a / 41, mrr: a / 41, answerable: 41 },
    { p1: b / 78, mrr: b / 78, answerable: 78 },
  ];

  it("GIVEN one question won on a small set and one lost on a large set THEN it is a tie, and the more regularised ranker is kept", () => {
    const chosen = mostRegularised([
      { l2: 1, score: devScore(sets(32, 64)) },
      { l2: 3, score: devScore(sets(31, 65)) },
    ]);
    expect(chosen?.l2).toBe(3);
  });

  it("GIVEN a less regularised ranker right first on two more questions THEN it is chosen", () => {
    const chosen = mostRegularised([
      { l2: 1, score: devScore(sets(33, 65)) },
      { l2: 3, score: devScore(sets(31, 65)) },
      { l2: 10, score: devScore(sets(30, 64)) },
    ]);
    expect(chosen?.l2).toBe(1);
  });
});
