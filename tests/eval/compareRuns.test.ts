import { describe, expect, it } from "vitest";
import { compareRuns, countsOf, formatComparison, parseRun, type RunLine } from "./compareRuns.js";
import type { Scores } from "./measure.js";

/** A set's scores with these counts: 20 answerable, 10 unanswerable. */
function scores(first: number, unanswerableRefused: number, answerableRefused: number): Scores {
  return {
    questions: 30,
    answerable: 20,
    p1: first / 20,
    r3: 1,
    mrr: 1,
    map: 1,
    abstained: unanswerableRefused,
    falseAbstentions: answerableRefused,
    triggering: { precision: 1, recall: 1, f1: 1 },
  };
}
const line = (set: string, s: Scores, form = "as-written"): RunLine => ({ set, case: form, engine: s });
const SETS = { fit: ["a-fit"], choose: ["a-dev"] };

describe("comparing two eval runs", () => {
  it("GIVEN a P@1 over answerable questions THEN its count is the questions answered right first", () => {
    // 14 of 83 is 0.1686…, which times 83 is 13.999… in floating point: the count is still 14.
    const trec = { ...scores(0, 4, 1), answerable: 83, p1: 14 / 83 };
    expect(countsOf(trec)).toEqual({ first: 14, unanswerableRefused: 4, answerableRefused: 1 });
  });

  it("GIVEN two runs THEN each changed set is listed with its group, and each group's totals and change", () => {
    const before = [
      line("a-fit", scores(10, 5, 1)),
      line("a-dev", scores(12, 6, 0)),
      line("other", scores(8, 2, 2)),
    ];
    const after = [
      line("a-fit", scores(11, 5, 1)),
      line("a-dev", scores(12, 6, 0)),
      line("other", scores(7, 4, 3)),
    ];
    const c = compareRuns(before, after, SETS);
    expect(c.changed.map((s) => [s.set, s.group])).toEqual([
      ["a-fit", "fit"],
      ["other", "measure-only"],
    ]);
    expect(c.totals).toEqual([
      {
        group: "fit",
        case: "as-written",
        after: { first: 11, unanswerableRefused: 5, answerableRefused: 1 },
        change: { first: 1, unanswerableRefused: 0, answerableRefused: 0 },
      },
      {
        group: "choose",
        case: "as-written",
        after: { first: 12, unanswerableRefused: 6, answerableRefused: 0 },
        change: { first: 0, unanswerableRefused: 0, answerableRefused: 0 },
      },
      {
        group: "measure-only",
        case: "as-written",
        after: { first: 7, unanswerableRefused: 4, answerableRefused: 3 },
        change: { first: -1, unanswerableRefused: 2, answerableRefused: 1 },
      },
    ]);
    const printed = formatComparison(c).join("\n");
    expect(printed).toContain("other (as-written)");
    expect(printed).toMatch(/measure-only \(as-written\)\s+-1 \/ \+2 \/ \+1\s+now 7 \/ 4 \/ 3/u);
  });

  it("GIVEN the runs hold different sets or cases THEN the totals count only the shared ones, and the others are named", () => {
    const before = [line("a-fit", scores(10, 5, 1)), line("a-fit", scores(9, 5, 1), "lower")];
    const after = [line("a-fit", scores(10, 5, 1)), line("a-dev", scores(3, 3, 3))];
    const c = compareRuns(before, after, SETS);
    expect(c.totals.map((t) => t.group)).toEqual(["fit"]);
    expect(c.onlyBefore).toEqual(["a-fit (lower)"]);
    expect(c.onlyAfter).toEqual(["a-dev (as-written)"]);
    expect(formatComparison(c)).toContain("no set's counts changed");
  });

  it("GIVEN a saved run with other lines in it THEN only its set lines are read", () => {
    const text = [
      "",
      "> talksbot eval",
      JSON.stringify(line("a-fit", scores(10, 5, 1))),
      "{ not json",
      JSON.stringify({ compare: true }),
    ].join("\n");
    expect(parseRun(text).map((l) => l.set)).toEqual(["a-fit"]);
  });
});
