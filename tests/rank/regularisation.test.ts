import { describe, expect, it } from "vitest";
import {
  lastTying,
  mostRefusingTie,
  mostRegularised,
  nearestToTie,
  questionScore,
  tieMargin,
  tieReport,
} from "../../src/rank/regularisation.js";

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

  it("GIVEN a penalty just short of a tie THEN the report says how far below the best it is and how far it may be to tie", () => {
    const many = Array.from({ length: 12 }, (_, i) => i);
    const report = tieReport([
      { l2: 1, scores: scores(many) },
      { l2: 10, scores: scores([0, 1]) },
    ]);
    expect(report.map((r) => r.l2)).toEqual([1, 10]);
    expect(report[0]).toMatchObject({ total: 119 * SECOND + 12 * (RIGHT - SECOND), below: 0, margin: 0 });
    // Ten questions lost from first to second place: 15 below, where chance moves about 4.5.
    expect(report[1]?.below).toBeCloseTo(10 * (RIGHT - SECOND));
    expect(report[1]?.margin).toBeCloseTo(tieMargin(scores(many), scores([0, 1])));
    expect(report[1]?.margin).toBeLessThan(report[1]?.below ?? 0);
    // Penalty 1 is kept; 10, more regularised, is what the last line of `npm run train` names.
    expect(nearestToTie(report, 1)).toEqual({
      l2: 10,
      short: (report[1]?.below ?? 0) - (report[1]?.margin ?? 0),
    });
    expect(nearestToTie(report, 10)).toBeNull();
  });
});

describe("choosing the predicate share on the dev questions", () => {
  /** 400 dev questions' outcomes, right (1) but for the ones given as wrong. */
  const outcomes = (wrong: readonly number[]) =>
    Array.from({ length: 400 }, (_, i) => (wrong.includes(i) ? 0 : 1));
  const shares = (wrong: Record<number, readonly number[]>) =>
    Object.entries(wrong)
      .map(([share, w]) => ({ share: Number(share), outcomes: outcomes(w) }))
      .sort((a, b) => b.share - a.share);

  it("GIVEN a larger share one question ahead THEN the smaller share, within chance of it, is kept", () => {
    const all = shares({ 0.25: [0, 1, 2], 0.01: [0, 1, 3, 4], 0: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14] });
    const best = all.find((s) => s.share === 0.25) ?? all[0]!;
    expect(lastTying(all, best, (s) => s.outcomes).share).toBe(0.01);
  });

  it("GIVEN a larger share ahead by more than chance moves THEN it is kept", () => {
    const all = shares({ 0.25: [], 0.01: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] });
    const best = all[0]!;
    expect(lastTying(all, best, (s) => s.outcomes).share).toBe(0.25);
  });

  it("GIVEN a smaller share that the caller's criteria rule out (refusing beyond the allowance) THEN it is not kept, however close", () => {
    const all = shares({ 0.25: [0], 0.01: [0, 1] });
    const best = all[0]!;
    expect(
      lastTying(
        all,
        best,
        (s) => s.outcomes,
        (s) => s.share !== 0.01,
      ).share,
    ).toBe(0.25);
  });
});

describe("choosing the confidence model's L2 penalty on the dev questions", () => {
  /** 200 dev questions, right (1) for the ones given, each model with how many unanswerable ones it refuses. */
  const model = (l2: number, right: readonly number[], refuses: number) => ({
    l2,
    refuses,
    outcomes: Array.from({ length: 200 }, (_, i) => (right.includes(i) ? 1 : 0)),
  });
  const pick = (all: ReturnType<typeof model>[], best: ReturnType<typeof model>) =>
    mostRefusingTie(
      all,
      best,
      (m) => m.outcomes,
      (m) => m.refuses,
    ).l2;

  it("GIVEN two models a question apart THEN the one refusing more unanswerable questions is kept", () => {
    const best = model(3, [0, 1, 2, 3], 40);
    expect(pick([model(1, [0, 1, 2], 45), best, model(10, [0, 1, 2], 38)], best)).toBe(1);
  });

  it("GIVEN a model right on more questions than chance moves THEN it is kept, though it refuses less", () => {
    const many = Array.from({ length: 30 }, (_, i) => i);
    const best = model(3, many, 40);
    expect(pick([model(1, [0], 60), best], best)).toBe(3);
  });

  it("GIVEN tying models refusing as many THEN the most regularised is kept", () => {
    const best = model(3, [0, 1], 40);
    expect(pick([model(1, [0, 1], 40), best, model(10, [0, 1], 40), model(30, [0, 1], 39)], best)).toBe(10);
  });
});
