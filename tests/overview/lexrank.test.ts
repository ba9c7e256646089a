import { describe, expect, it } from "vitest";
import { lexRank } from "../../src/overview/lexrank.js";
import { cosine, vectorOf } from "../../src/overview/vectors.js";

/** Term ids → a unit vector, every term weighing 1. */
function v(...ids: number[]) {
  const vector = vectorOf(ids, new Float64Array(100).fill(1));
  if (!vector) throw new Error("empty vector");
  return vector;
}

describe("lexRank", () => {
  it("GIVEN one sentence like most others THEN it is the most central, and an outlier the least", () => {
    const vectors = [v(1, 2, 3), v(1, 2, 4), v(1, 3, 5), v(1, 2, 3, 6), v(7, 8, 9)];
    const { scores } = lexRank(vectors);
    const order = Array.from(scores.keys()).sort((a, b) => (scores[b] as number) - (scores[a] as number));
    expect(order[0]).toBe(0);
    expect(order.at(-1)).toBe(4);
    expect(Array.from(scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it("GIVEN a sentence as like another article's as its own article's THEN the other article's ranks higher", () => {
    // 0 and 2 are in one article, 1 in another; 1 and 2 are equally like 0.
    const vectors = [v(1, 2, 3), v(1, 2, 3, 10), v(1, 2, 3, 11)];
    const { scores } = lexRank(vectors, { groups: [0, 1, 0] });
    expect(scores[1]).toBeGreaterThan(scores[2] as number);
    const ungrouped = lexRank(vectors).scores;
    expect(ungrouped[1]).toBeCloseTo(ungrouped[2] as number, 9);
  });

  it("GIVEN a prior THEN jumps favour it; with none, symmetric sentences score alike", () => {
    const vectors = [v(1, 2), v(1, 3), v(1, 4)];
    const even = lexRank(vectors).scores;
    expect(even[0]).toBeCloseTo(even[1] as number, 9);
    const leaning = lexRank(vectors, { prior: [3, 1, 1] }).scores;
    expect(leaning[0]).toBeGreaterThan(leaning[1] as number);
  });

  it("GIVEN the similarity matrix THEN it is the cosine of each pair", () => {
    const vectors = [v(1, 2), v(2, 3), v(4)];
    const { similarity } = lexRank(vectors);
    expect(similarity[0 * 3 + 1]).toBeCloseTo(cosine(vectors[0]!, vectors[1]!), 12);
    expect(similarity[0 * 3 + 1]).toBeCloseTo(0.5, 12);
    expect(similarity[2 * 3 + 0]).toBe(0);
    expect(similarity[1 * 3 + 1]).toBe(1);
  });

  it("GIVEN no sentences THEN no scores", () => {
    expect(lexRank([]).scores).toHaveLength(0);
  });
});
