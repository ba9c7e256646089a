import { afterEach, describe, expect, it } from "vitest";
import { ablate } from "../../src/answer/ablation.js";
import { minConfidence } from "../../src/answer/confidence.js";
import type { Answer } from "../../src/answer/answer.js";
import { countsOf, type Group, type RunLine } from "./compareRuns.js";
import { engineOutcomes, scoresOf, type QuestionOutcome } from "./measure.js";
import { loadSet } from "./sets.js";
import { compareSweeps, formatSweeps, sweepOf, SWEEP_THRESHOLDS, type Sweep } from "./thresholdSweep.js";

/** An outcome as the eval's run gives it, with only what the sweep reads. */
function outcome(answerable: boolean, firstHit: number | null, confidence: number, abstained = false) {
  return {
    question: { id: "q", q: "?", answerable, isAnswer: () => false },
    firstHit,
    abstained,
    answer: { confidence } as Answer,
    ranking: [],
  } satisfies QuestionOutcome;
}

describe("the counts at each confidence threshold", () => {
  afterEach(() => ablate([]));

  it("GIVEN answers with their confidence THEN each threshold refuses those below it, and what was refused otherwise stays refused", () => {
    const outcomes = [
      outcome(true, 1, 0.5), // right first: refused from 0.6
      outcome(true, 2, 0.3), // answered, not first: refused (wrongly) from 0.4
      outcome(false, 1, 0.2), // unanswerable: refused from 0.25
      outcome(true, null, 0, true), // refused for its kind: at every threshold
    ];
    expect(sweepOf(outcomes, [0.1, 0.25, 0.4, 0.6])).toEqual({
      thresholds: [0.1, 0.25, 0.4, 0.6],
      first: [1, 1, 1, 0],
      unanswerableRefused: [0, 1, 1, 1],
      answerableRefused: [1, 1, 2, 3],
    });
    expect(SWEEP_THRESHOLDS).toHaveLength(29);
    expect([SWEEP_THRESHOLDS[0], SWEEP_THRESHOLDS[8], SWEEP_THRESHOLDS.at(-1)]).toEqual([0.04, 0.2, 0.6]);
  });

  it("GIVEN a set answered with no threshold THEN at the committed threshold it counts what the engine does", () => {
    // news6 is asked of the whole library: its threshold is the whole-library one.
    const set = loadSet("news6");
    const counts = countsOf(scoresOf(engineOutcomes(set)));
    ablate(["confidence"]);
    const sweep = sweepOf(engineOutcomes(set), [minConfidence(false)]);
    expect({
      first: sweep.first[0],
      unanswerableRefused: sweep.unanswerableRefused[0],
      answerableRefused: sweep.answerableRefused[0],
    }).toEqual(counts);
  });

  it("GIVEN two runs' sweeps THEN each group's change at the thresholds both hold, with its range", () => {
    const sweep = (first: number[], unanswerable: number[], answerable: number[]): Sweep => ({
      thresholds: [0.1, 0.2, 0.3],
      first,
      unanswerableRefused: unanswerable,
      answerableRefused: answerable,
    });
    const line = (set: string, s: Sweep): RunLine => ({
      set,
      case: "as-written",
      engine: scoresOf([]),
      sweep: s,
    });
    const before = [
      line("a-fit", sweep([10, 9, 8], [1, 2, 3], [0, 1, 2])),
      line("other", sweep([5, 5, 5], [0, 0, 0], [0, 0, 0])),
    ];
    const after = [
      line("a-fit", sweep([11, 11, 8], [1, 1, 4], [0, 1, 2])),
      line("other", { ...sweep([6, 5, 5], [0, 0, 0], [0, 0, 0]), thresholds: [0.1, 0.25, 0.3] }),
    ];
    const groupOf = (set: string): Group => (set === "a-fit" ? "fit" : "measure-only");
    const changes = compareSweeps(before, after, groupOf);
    expect(changes.map((c) => [c.group, c.thresholds, c.change.map((x) => x.first)])).toEqual([
      ["fit", [0.1, 0.2, 0.3], [1, 2, 0]],
      // 0.25 is in only one run: left out.
      ["measure-only", [0.1, 0.3], [1, 0]],
    ]);
    const lines = formatSweeps(changes);
    expect(lines[1]).toMatch(
      /^fit \(as-written\)\s+over 0\.10–0\.30: first 0 to \+2, unanswerable refused -1 to \+1, answerable refused 0$/u,
    );
    expect(lines[2]).toContain("at 0.10 +1 / 0 / 0 · 0.20 +2 / -1 / 0 · 0.30 0 / +1 / 0");
    expect(
      formatSweeps(
        compareSweeps(
          before,
          before.map(({ sweep: _, ...rest }) => rest),
          groupOf,
        ),
      ),
    ).toEqual([]);
  });
});
