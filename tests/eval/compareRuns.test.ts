import { describe, expect, it } from "vitest";
import {
  byWay,
  compareRuns,
  countsOf,
  formatComparison,
  groupsOf,
  parseRun,
  wayOf,
  type RunLine,
  type Way,
} from "./compareRuns.js";
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

  it("GIVEN a set's questions THEN its way of asking says whether they name an article", () => {
    expect(wayOf([{}, {}])).toBe("library");
    expect(wayOf([{ article: "a" }, { article: "b" }])).toBe("one-article");
    expect(wayOf([{ article: "a" }, {}])).toBe("mixed");
  });

  it("GIVEN a group whose sets are asked two ways THEN its totals are also given for each way, and a group asked one way is not split", () => {
    const asked = (set: string, s: Scores, way: Way): RunLine => ({ ...line(set, s), asked: way });
    const sets = { fit: ["a-fit", "b-fit"], choose: ["a-dev"] };
    const before = [
      line("a-fit", scores(10, 5, 1)),
      line("b-fit", scores(12, 6, 0)),
      line("a-dev", scores(8, 2, 2)),
    ];
    // The earlier run was saved before runs said how their sets are asked: the later run's say it.
    const after = [
      asked("a-fit", scores(11, 5, 1), "library"),
      asked("b-fit", scores(12, 9, 1), "one-article"),
      asked("a-dev", scores(7, 2, 2), "library"),
    ];
    const c = compareRuns(before, after, sets);
    expect(c.totals.map((t) => [t.group, t.change])).toEqual([
      ["fit", { first: 1, unanswerableRefused: 3, answerableRefused: 1 }],
      ["choose", { first: -1, unanswerableRefused: 0, answerableRefused: 0 }],
    ]);
    expect(c.wayTotals.map((t) => [t.group, t.way, t.change])).toEqual([
      ["fit", "library", { first: 1, unanswerableRefused: 0, answerableRefused: 0 }],
      ["fit", "one-article", { first: 0, unanswerableRefused: 3, answerableRefused: 1 }],
    ]);
    const printed = formatComparison(c).join("\n");
    expect(printed).toMatch(/fit, library \(as-written\)\s+\+1 \/ 0 \/ 0\s+now 11 \/ 5 \/ 1/u);
    expect(printed).toMatch(/fit, one article \(as-written\)\s+0 \/ \+3 \/ \+1\s+now 12 \/ 9 \/ 1/u);
    expect(printed).not.toContain("choose, library");

    // Any comparison made again over each way's sets: only for the groups asked several ways.
    const groupOf = groupsOf(sets);
    const perWay = byWay(
      after,
      groupOf,
      (keep) => compareRuns(before.filter(keep), after.filter(keep), sets).totals,
    );
    expect(perWay.map((t) => [t.group, t.way, t.after.first])).toEqual([
      ["fit", "library", 11],
      ["fit", "one-article", 12],
    ]);
  });
});
