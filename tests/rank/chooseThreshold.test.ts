import { describe, expect, it } from "vitest";
import { thresholdOf, type Judged } from "../../src/rank/triggering.js";

/** An answerable dev question answered rightly, at `confidence`. */
const answered = (confidence: number): Judged => ({
  confidence,
  answerable: true,
  right: true,
  scored: true,
  gated: false,
});
/** An unanswerable dev question, at `confidence`. */
const offTopic = (confidence: number): Judged => ({
  confidence,
  answerable: false,
  right: false,
  scored: true,
  gated: false,
});

/**
 * Six answerable questions (one may be refused: the allowance) and four unanswerable ones. The
 * best threshold within the bound refuses all four and the answerable question at 0.171; the one
 * at `protectedAt` is the next to go, so the bound stops the threshold below it.
 */
function devSet(protectedAt: number): Judged[] {
  return [...[0.9, 0.8, 0.7, 0.6, protectedAt, 0.171].map(answered), ...[0.1, 0.165, 0.2, 0.3].map(offTopic)];
}

describe("the confidence threshold training chooses (thresholdOf)", () => {
  it("GIVEN dev questions THEN it refuses every unanswerable one it can while refusing no more answerable ones than allowed, halfway between two confidences", () => {
    expect(thresholdOf([devSet(0.3505)])).toBeCloseTo((0.3 + 0.3505) / 2, 10);
  });

  it("GIVEN the protected question's confidence moving across a hundredth on a refit THEN the threshold moves as little, not a grid step", () => {
    const before = thresholdOf([devSet(0.3505)]);
    const after = thresholdOf([devSet(0.3495)]);
    expect(Math.abs(before - after)).toBeLessThan(0.001);
    // On a grid of hundredths the highest threshold below it went from 0.35 to 0.34.
    expect(Math.floor(0.3505 * 100)).not.toBe(Math.floor(0.3495 * 100));
  });

  it("GIVEN a second dev set whose bound binds lower down THEN the threshold stays below that set's protected question", () => {
    // `other` may lose one answerable question: the one at 0.22, whose first quote is wrong anyway.
    const wrong: Judged = { ...answered(0.22), right: false };
    const other = [...[0.9, 0.8, 0.25].map(answered), wrong, offTopic(0.05)];
    expect(thresholdOf([devSet(0.3505), other])).toBeCloseTo((0.22 + 0.25) / 2, 10);
  });

  it("GIVEN more answerable questions refused for holding no answer of the kind than allowed THEN it refuses least: below every confidence but the lowest", () => {
    const gated: Judged = { confidence: 0, answerable: true, right: false, scored: false, gated: true };
    const t = thresholdOf([[...devSet(0.3505), gated, gated]]);
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThan(0.1);
  });
});
