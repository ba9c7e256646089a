import { describe, expect, it } from "vitest";
import {
  averageModels,
  lastTying,
  penaltyShares,
  questionScore,
  tieMargin,
  tieReport,
} from "../../src/rank/regularisation.js";
import { linearScore, type LinearModel } from "../../src/rank/model.js";

describe("weighing the L2 penalties on the dev questions", () => {
  const RIGHT = questionScore(0); // 2: first right, reciprocal rank 1
  const SECOND = questionScore(1); // 0.5
  /** 119 dev questions all ranked second, but for the ones given as right first. */
  const scores = (rightFirst: readonly number[]) =>
    Array.from({ length: 119 }, (_, i) => (rightFirst.includes(i) ? RIGHT : SECOND));
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  it("GIVEN a penalty just short of the best THEN the report says how far below it is and one standard error of that", () => {
    const many = range(12);
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
  });

  it("GIVEN penalties one and two standard errors behind the best THEN they count 0.61 and 0.14 of it, the shares summing to 1", () => {
    const shares = penaltyShares([
      { below: 0, margin: 0 },
      { below: 3, margin: 3 },
      { below: 8, margin: 4 },
    ]);
    expect((shares[1] as number) / (shares[0] as number)).toBeCloseTo(Math.exp(-0.5), 6);
    expect((shares[2] as number) / (shares[0] as number)).toBeCloseTo(Math.exp(-2), 6);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 9);
  });

  it("GIVEN one dev question moving between two near-tied penalties THEN their shares move a little, where picking one would have flipped", () => {
    // Penalty 10 loses seven of penalty 3's first answers and wins three (then four) of its own.
    const three = scores(range(20));
    const reports = [
      [20, 21, 22],
      [20, 21, 22, 23],
    ].map((won) =>
      tieReport([
        { l2: 3, scores: three },
        { l2: 10, scores: scores([...range(20).slice(7), ...won]) },
      ]),
    );
    const [before, after] = reports.map((report) => ({ report, shares: penaltyShares(report) }));
    // The one-standard-error rule kept 3 before (10 more than one standard error behind) and 10 after.
    expect(before!.report[1]!.below).toBeGreaterThan(before!.report[1]!.margin);
    expect(after!.report[1]!.below).toBeLessThanOrEqual(after!.report[1]!.margin);
    for (const { shares } of [before!, after!]) {
      expect(shares[0]).toBeGreaterThan(0.5);
      expect(shares[1]).toBeGreaterThan(0.2);
    }
    expect(after!.shares[1]).toBeGreaterThan(before!.shares[1] as number);
    expect((after!.shares[1] as number) - (before!.shares[1] as number)).toBeLessThan(0.15);
  });

  it("GIVEN models fit on one standardisation THEN their average scores a candidate with the share-weighted average of their scores", () => {
    const model = (weights: number[], bias: number): LinearModel => ({
      features: ["a", "b"],
      mean: [1, 2],
      scale: [2, 4],
      weights,
      bias,
    });
    const models = [model([1, -2], 0.5), model([3, 0], -1), model([0, 1], 2)];
    const shares = [0.5, 0.3, 0.2];
    const x = { a: 4, b: -3 };
    const expected = models.reduce((sum, m, i) => sum + (shares[i] as number) * linearScore(m, x), 0);
    expect(linearScore(averageModels(models, shares), x)).toBeCloseTo(expected, 9);
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
