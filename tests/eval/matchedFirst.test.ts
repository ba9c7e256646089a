import { describe, expect, it } from "vitest";
import { byWay, type Group, type RunLine } from "./compareRuns.js";
import { scoresOf } from "./measure.js";
import { compareAtMatchedFirst, formatMatched, mostRefused } from "./matchedFirst.js";
import { compareSweeps, formatSweeps, type Sweep } from "./thresholdSweep.js";

const sweep = (thresholds: number[], first: number[], unanswerable: number[]): Sweep => ({
  thresholds,
  first,
  unanswerableRefused: unanswerable,
  answerableRefused: first.map(() => 0),
});
const line = (set: string, s: Sweep): RunLine => ({
  set,
  case: "as-written",
  engine: scoresOf([]),
  sweep: s,
});
const groupOf = (set: string): Group => (set.endsWith("-fit") ? "fit" : "measure-only");

describe("two sweeps compared at matched first answers", () => {
  it("GIVEN thresholds THEN the most refused is the best any threshold keeping that many first answers gives", () => {
    const points = [
      { first: 10, unanswerableRefused: 1 },
      { first: 10, unanswerableRefused: 2 },
      { first: 8, unanswerableRefused: 5 },
    ];
    expect(mostRefused(points, 10)).toBe(2);
    expect(mostRefused(points, 9)).toBe(2);
    expect(mostRefused(points, 8)).toBe(5);
    expect(mostRefused(points, 11)).toBeNull();
  });

  it("GIVEN a refit that moved the confidence's scale THEN the same trade reads as no change where the same thresholds read as one", () => {
    // The later model refuses the same questions one grid step higher: at the same thresholds it
    // looks worse (fewer refused at 0.2), at matched first answers it is the same engine.
    const before = [line("a-fit", sweep([0.1, 0.2, 0.3], [10, 9, 8], [1, 2, 3]))];
    const after = [line("a-fit", sweep([0.1, 0.2, 0.3, 0.4], [10, 10, 9, 8], [0, 1, 2, 3]))];
    const [change] = compareAtMatchedFirst(before, after, groupOf);
    expect(change).toEqual({ group: "fit", case: "as-written", levels: [10, 9, 8], change: [0, 0, 0] });
  });

  it("GIVEN a better trade THEN more refused at the same first answers, by group, and printed with its range", () => {
    const before = [
      line("a-fit", sweep([0.1, 0.2, 0.3], [10, 9, 8], [1, 2, 3])),
      line("b", sweep([0.1, 0.2], [5, 4], [0, 1])),
      line("only-before", sweep([0.1], [3], [3])),
    ];
    const after = [
      line("a-fit", sweep([0.1, 0.2, 0.3], [10, 10, 8], [1, 3, 4])),
      line("b", sweep([0.1, 0.2], [5, 5], [0, 2])),
    ];
    const changes = compareAtMatchedFirst(before, after, groupOf);
    expect(changes.map((c) => [c.group, c.levels, c.change])).toEqual([
      ["fit", [10, 9, 8], [2, 1, 1]],
      // b's later run never answers only 4: the one level both reach is 5.
      ["measure-only", [5], [2]],
    ]);
    const lines = formatMatched(changes);
    expect(lines[1]).toMatch(/^fit \(as-written\)\s+8–10 first: unanswerable refused \+1 to \+2$/u);
    expect(lines[2]).toMatch(/at 10 \+2 · 9 \+1 · 8 \+1$/u);
    expect(lines[3]).toMatch(/^measure-only \(as-written\)\s+5–5 first: unanswerable refused \+2$/u);
    expect(formatMatched(compareAtMatchedFirst(before, [], groupOf))).toEqual([]);
  });

  it("GIVEN a later run right first more often at every threshold THEN it says so, with no level to compare at", () => {
    const before = [line("a-fit", sweep([0.1, 0.2], [10, 9], [1, 2]))];
    const after = [line("a-fit", sweep([0.1, 0.2], [13, 12], [0, 1]))];
    const changes = compareAtMatchedFirst(before, after, groupOf);
    expect(changes[0]?.ahead).toEqual({ run: "later", fewest: 12, most: 10 });
    expect(formatMatched(changes)[1]).toMatch(
      /^fit \(as-written\)\s+no level both reach: the later run puts more right first at every threshold \(its fewest 12, the other's most 10\)$/u,
    );
  });

  it("GIVEN a group whose sets are asked two ways THEN the same-threshold and matched comparisons are also made for each way, each labelled", () => {
    // Two models, two thresholds: the one-article set gains what the library set loses, and the
    // group's total shows nothing.
    const before = [
      line("a-fit", sweep([0.1, 0.2], [10, 9], [1, 2])),
      line("b-fit", sweep([0.1, 0.2], [10, 9], [1, 2])),
    ];
    const after = [
      { ...line("a-fit", sweep([0.1, 0.2], [10, 9], [2, 3])), asked: "library" as const },
      { ...line("b-fit", sweep([0.1, 0.2], [10, 9], [0, 1])), asked: "one-article" as const },
    ];
    expect(compareAtMatchedFirst(before, after, groupOf).map((c) => c.change)).toEqual([[0, 0]]);
    const matched = byWay(after, groupOf, (keep) => compareAtMatchedFirst(before, after, groupOf, keep));
    expect(matched.map((c) => [c.group, c.way, c.levels, c.change])).toEqual([
      ["fit", "library", [10, 9], [1, 1]],
      ["fit", "one-article", [10, 9], [-1, -1]],
    ]);
    expect(formatMatched(matched)[1]).toMatch(
      /^fit, library \(as-written\)\s+9–10 first: unanswerable refused \+1$/u,
    );
    const same = byWay(after, groupOf, (keep) => compareSweeps(before, after, groupOf, keep));
    expect(same.map((c) => [c.way, c.change.map((x) => x.unanswerableRefused)])).toEqual([
      ["library", [1, 1]],
      ["one-article", [-1, -1]],
    ]);
    expect(formatSweeps(same)[3]).toMatch(
      /^fit, one article \(as-written\)\s+over 0.10–0.20: first 0, unanswerable refused -1, answerable refused 0$/u,
    );
  });
});
