import { describe, expect, it } from "vitest";
import type { Group, RunLine } from "./compareRuns.js";
import { scoresOf } from "./measure.js";
import { formatStudy, seedChanges, sharedGroups, summarize } from "./seedStudy.js";

const line = (set: string, first: number[], refused: number[]): RunLine => ({
  set,
  case: "as-written",
  engine: scoresOf([]),
  sweep: {
    thresholds: first.map((_, i) => 0.1 * (i + 1)),
    first,
    unanswerableRefused: refused,
    answerableRefused: first.map(() => 0),
  },
});
const groupOf = (set: string): Group => (set.endsWith("-fit") ? "fit" : "measure-only");

describe("a change measured over refits with several seeds", () => {
  it("GIVEN a later engine refusing more at some levels of first answers THEN its mean over those levels", () => {
    const before = [line("a-fit", [10, 9, 8], [1, 2, 3])];
    const after = [line("a-fit", [10, 9, 8], [1, 4, 6])];
    expect(seedChanges(7, before, after, groupOf)).toEqual([
      { seed: 7, group: "fit", case: "as-written", mean: (0 + 2 + 3) / 3, levels: 3 },
    ]);
  });

  it("GIVEN two runs with no level of first answers in common THEN no mean, and the seed is left out of the mean over seeds", () => {
    const before = [line("b", [10, 9], [1, 2])];
    const apart = [line("b", [5, 4], [8, 9])];
    const same = [line("b", [10, 9], [2, 3])];
    const rows = summarize([
      ...seedChanges(3, before, apart, groupOf),
      ...seedChanges(2, before, same, groupOf),
    ]);
    expect(rows).toEqual([
      {
        group: "measure-only",
        case: "as-written",
        bySeed: [
          { seed: 2, mean: 1 },
          { seed: 3, mean: null },
        ],
        mean: 1,
      },
    ]);
    expect(formatStudy(rows)[1]).toMatch(
      /^measure-only \(as-written\)\s+seed 2 \+1 · seed 3 none\s+mean \+1$/u,
    );
  });

  it("GIVEN groups and cases in any order THEN fit, choose, measure-only, each as written, lower-cased, in capitals", () => {
    const change = (group: Group, form: string) => ({ seed: 1, group, case: form, mean: 0, levels: 1 });
    const rows = summarize([
      change("measure-only", "upper"),
      change("fit", "lower"),
      change("measure-only", "as-written"),
      change("choose", "as-written"),
      change("fit", "as-written"),
    ]);
    expect(rows.map((r) => `${r.group} ${r.case}`)).toEqual([
      "fit as-written",
      "fit lower",
      "choose as-written",
      "measure-only as-written",
      "measure-only upper",
    ]);
  });

  it("GIVEN a set the later run fit on and the earlier did not THEN it is left out, and the sets both hold alike are compared", () => {
    // The later engine, which learnt from "new", refuses four more of its unanswerable questions.
    const before = [line("a-fit", [10, 9, 8], [1, 2, 3]), line("new", [10, 9, 8], [1, 2, 3])];
    const after = [line("a-fit", [10, 9, 8], [1, 2, 3]), line("new", [10, 9, 8], [5, 6, 7])];
    const groupOf = sharedGroups({ fit: ["a-fit"], choose: [] }, { fit: ["a-fit", "new"], choose: [] });
    expect([groupOf("a-fit"), groupOf("new"), groupOf("other")]).toEqual(["fit", null, "measure-only"]);
    expect(seedChanges(1, before, after, groupOf)).toEqual([
      { seed: 1, group: "fit", case: "as-written", mean: 0, levels: 3 },
    ]);
  });

  it("GIVEN no seed in both folders THEN it says so", () => {
    expect(formatStudy([])).toEqual(["no seed was run and swept in both folders"]);
  });
});
