import { describe, expect, it } from "vitest";
import { chooseQuoteGap, isWeakQuote, MIN_ANSWER_SHARE, QUOTE_GAPS } from "../../src/rank/quoteGap.js";
import { modelDifferences, trainedModels } from "../../src/rank/model.js";

/** `n` later quotes at `gap` below the first, `answers` of them answers. */
const at = (gap: number, n: number, answers = 0) =>
  Array.from({ length: n }, (_, i) => ({ gap, answers: i < answers }));

describe("how far below the first quote a later one is shown (quoteGap.ts)", () => {
  it("GIVEN later quotes that answer less often the further below the first THEN the gap is where they fall under 1 in 20", () => {
    // At 2 below: 3 answers of 10. At 4 and 6 below: 1 of 20, then none of 20.
    const quotes = [...at(2, 10, 3), ...at(4, 20, 1), ...at(6, 20)];
    // From 4 on, 1 of 40 answers (2.5%); from 2.5 on too; from 2, 4 of 50 (8%).
    expect(chooseQuoteGap(quotes)).toBe(2.5);
    expect(MIN_ANSWER_SHARE).toBe(1 / 20);
  });

  it("GIVEN later quotes far below the first that still answer often THEN every quote is shown", () => {
    expect(chooseQuoteGap([...at(2, 10, 1), ...at(12, 10, 5)])).toBeNull();
  });

  it("GIVEN a gap that would hide answers further down THEN the gap is past them (share under 1 in 20 for every larger gap)", () => {
    // From 3 on: 1 answer of 40; but from 8 on: 1 of 2, so nothing before 8.5 qualifies.
    const quotes = [...at(3, 38), ...at(8, 2, 1)];
    expect(chooseQuoteGap(quotes)).toBe(8.5);
  });

  it("GIVEN the gap THEN a later quote at or past it is weak, one within it is not, and none is without a gap", () => {
    expect(isWeakQuote(9.5, 4.7, 3.5)).toBe(true);
    expect(isWeakQuote(9.5, 6, 3.5)).toBe(true);
    expect(isWeakQuote(9.5, 6.1, 3.5)).toBe(false);
    expect(isWeakQuote(9.5, -20, null)).toBe(false);
    expect(isWeakQuote(9.5, -20, undefined)).toBe(false);
  });

  it("GIVEN the committed weights THEN their gap is one training chooses from, and train --check sees it change", () => {
    const models = trainedModels();
    expect(QUOTE_GAPS).toContain(models.quoteGap);
    expect(modelDifferences(models, { ...models, quoteGap: (models.quoteGap ?? 0) + 0.5 })).toMatch(
      /quote gap/u,
    );
    expect(modelDifferences(models, { ...models, quoteGap: null })).toMatch(/quote gap/u);
  });
});
