import { describe, expect, it } from "vitest";
import { fitListwise, fitLogistic, linearModel, solve, standardization } from "../../src/rank/fit.js";
import { linearScore, sigmoid } from "../../src/rank/model.js";
import { seededRandom } from "../eval/trecqa.js";

describe("fitting linear models", () => {
  it("solve solves a symmetric positive-definite system", () => {
    const x = solve(
      [
        [4, 1],
        [1, 3],
      ],
      [1, 2],
    );
    expect(x[0]).toBeCloseTo(1 / 11, 10);
    expect(x[1]).toBeCloseTo(7 / 11, 10);
  });

  it("GIVEN labels that follow the first feature THEN logistic regression weighs it, not the noise", () => {
    const random = seededRandom(7);
    const examples = Array.from({ length: 400 }, () => {
      const signal = random() * 2 - 1;
      const noise = random() * 2 - 1;
      return { x: [signal, noise], y: (signal + 0.2 * (random() - 0.5) > 0 ? 1 : 0) as 0 | 1 };
    });
    const { weights, bias } = fitLogistic(examples, 2, 0.1);
    expect(weights[0]).toBeGreaterThan(5);
    expect(Math.abs(weights[1] as number)).toBeLessThan(1);
    expect(Math.abs(bias)).toBeLessThan(1);
  });

  it("GIVEN lists whose answers have the higher first feature THEN the listwise ranker ranks them first", () => {
    const random = seededRandom(3);
    const lists = Array.from({ length: 60 }, () => {
      const rows = Array.from({ length: 8 }, () => [random(), random()]);
      const best = rows.reduce(
        (b, r, i) => ((r[0] as number) > ((rows[b] as number[])[0] as number) ? i : b),
        0,
      );
      return { rows, answers: rows.map((_, i) => i === best) };
    });
    const w = fitListwise(lists, 2, 0.01);
    expect(w[0]).toBeGreaterThan(3);
    expect(Math.abs(w[1] as number)).toBeLessThan(Math.abs(w[0] as number) / 4);
    // The same data give the same weights.
    expect(fitListwise(lists, 2, 0.01)).toEqual(w);
  });

  it("GIVEN a model THEN scores read features by name, standardised, and ignore unknown ones", () => {
    const standard = standardization(
      [
        [1, 10],
        [3, 10],
      ],
      2,
    );
    expect(standard).toEqual({ mean: [2, 10], scale: [1, 1] });
    const model = linearModel(["a", "b"], standard, { weights: [2, 5], bias: 0.5 });
    expect(linearScore(model, { a: 3, b: 10, c: 100 })).toBeCloseTo(2.5, 10);
    expect(sigmoid(linearScore(model, { a: 2, b: 10 }))).toBeCloseTo(sigmoid(0.5), 10);
  });
});
