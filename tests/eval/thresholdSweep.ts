/**
 * `npm run eval -- --sweep`: each set's counts at every confidence threshold of a grid, from one
 * run with the threshold switched off (the confidence still worked out), so that two engines can be
 * compared at the same thresholds. A refit moves the thresholds a grid step one way or the other
 * on a single dev question (README, "Answer quality"), and the counts at each engine's own
 * thresholds move with them; at the same thresholds what moves is the engine's.
 */
import {
  GROUPS,
  minus,
  plus,
  runKey,
  signed,
  totalLabel,
  ZERO,
  type Counts,
  type Group,
  type RunLine,
  type Way,
} from "./compareRuns.js";
import type { QuestionOutcome } from "./measure.js";

/** The thresholds a set is read at: 0.04 to 0.60 in steps of 0.02 (each set has one, by how it is asked). */
export const SWEEP_THRESHOLDS: readonly number[] = Array.from(
  { length: 29 },
  (_, i) => Math.round((0.04 + 0.02 * i) * 100) / 100,
);

/** A set's counts at each threshold (the optional `sweep` of a `--json` line). */
export interface Sweep {
  thresholds: number[];
  first: number[];
  unanswerableRefused: number[];
  answerableRefused: number[];
}

/**
 * What each threshold would answer and refuse, from outcomes answered with no threshold: a question
 * refused for another reason (no answer of its kind, names no article has) stays refused, and one
 * answered is refused below the threshold its confidence falls under.
 */
export function sweepOf(outcomes: readonly QuestionOutcome[], thresholds = SWEEP_THRESHOLDS): Sweep {
  const sweep: Sweep = {
    thresholds: [...thresholds],
    first: [],
    unanswerableRefused: [],
    answerableRefused: [],
  };
  for (const t of thresholds) {
    let first = 0;
    let unanswerableRefused = 0;
    let answerableRefused = 0;
    for (const o of outcomes) {
      const refused = o.abstained || (o.answer?.confidence ?? 0) < t;
      if (!o.question.answerable) unanswerableRefused += refused ? 1 : 0;
      else if (refused) answerableRefused++;
      else if (o.firstHit === 1) first++;
    }
    sweep.first.push(first);
    sweep.unanswerableRefused.push(unanswerableRefused);
    sweep.answerableRefused.push(answerableRefused);
  }
  return sweep;
}

/** A group's change at each threshold both runs were read at, for one case. */
export interface SweepChange {
  group: Group;
  case: string;
  /** Set for a change over the group's sets asked one way (compareRuns.ts, byWay). */
  way?: Way;
  thresholds: number[];
  change: Counts[];
}

const countsAt = (s: Sweep, i: number): Counts => ({
  first: s.first[i] ?? 0,
  unanswerableRefused: s.unanswerableRefused[i] ?? 0,
  answerableRefused: s.answerableRefused[i] ?? 0,
});

/** Whether a line's set and case has a sweep in both runs: what two runs' sweeps are compared over. */
function sweptInBoth(before: readonly RunLine[], after: readonly RunLine[]): (line: RunLine) => boolean {
  const swept = (lines: readonly RunLine[]) => new Set(lines.filter((l) => l.sweep).map(runKey));
  const inBefore = swept(before);
  const keys = new Set([...swept(after)].filter((key) => inBefore.has(key)));
  return (line) => keys.has(runKey(line));
}

/**
 * The later run's sweeps against the earlier's, totalled by group and case over the sets both swept
 * (sweepTotals) that `keep` accepts, at the thresholds both runs were read at.
 */
export function compareSweeps(
  before: readonly RunLine[],
  after: readonly RunLine[],
  groupOf: (set: string) => Group,
  keep: (line: RunLine) => boolean = () => true,
): SweepChange[] {
  return pairedSweepTotals(before, after, groupOf, keep).map(({ was, now }) => {
    const shared = [...now.at].filter(([t]) => was.at.has(t));
    return {
      group: now.group,
      case: now.case,
      thresholds: shared.map(([t]) => t),
      change: shared.map(([t, counts]) => minus(counts, was.at.get(t) as Counts)),
    };
  });
}

/**
 * Both runs' sweeps totalled by group and case over the sets both swept (sweepTotals) that `keep`
 * accepts, paired: the earlier run's total (`was`) and the later's (`now`) for each group and case
 * both have, in the later run's order. What compareSweeps and the matched comparison
 * (matchedFirst.ts) compare.
 */
export function pairedSweepTotals(
  before: readonly RunLine[],
  after: readonly RunLine[],
  groupOf: (set: string) => Group,
  keep: (line: RunLine) => boolean = () => true,
): { was: SweepTotal; now: SweepTotal }[] {
  const swept = sweptInBoth(before, after);
  const both = (line: RunLine) => swept(line) && keep(line);
  const earlier = new Map(sweepTotals(before, groupOf, both).map((t) => [`${t.group} ${t.case}`, t]));
  return sweepTotals(after, groupOf, both).flatMap((now) => {
    const was = earlier.get(`${now.group} ${now.case}`);
    return was ? [{ was, now }] : [];
  });
}

/** "+2", or "-1 to +3": the low and high of some changes. */
export function signedRange(xs: readonly number[]): string {
  const low = Math.min(...xs);
  const high = Math.max(...xs);
  return low === high ? signed(low) : `${signed(low)} to ${signed(high)}`;
}

/** Thresholds shown one by one (the range covers them all). */
const SHOWN = [0.1, 0.2, 0.3, 0.4, 0.5];

/** The comparison at the same thresholds, as the eval prints it. */
export function formatSweeps(changes: readonly SweepChange[]): string[] {
  if (changes.length === 0) return [];
  const lines = [
    "== at the same confidence thresholds (both runs with --sweep): the change in first answers / unanswerable refused / answerable refused",
  ];
  for (const c of changes) {
    const all = (pick: (x: Counts) => number) => signedRange(c.change.map(pick));
    const low = Math.min(...c.thresholds).toFixed(2);
    const high = Math.max(...c.thresholds).toFixed(2);
    lines.push(
      `${totalLabel(c.group, c.case, c.way).padEnd(34)} over ${low}–${high}: first ${all((x) => x.first)}, unanswerable refused ${all((x) => x.unanswerableRefused)}, answerable refused ${all((x) => x.answerableRefused)}`,
    );
    const shown = SHOWN.flatMap((t) => {
      const i = c.thresholds.indexOf(t);
      const x = c.change[i];
      return x
        ? [
            `${t.toFixed(2)} ${signed(x.first)} / ${signed(x.unanswerableRefused)} / ${signed(x.answerableRefused)}`,
          ]
        : [];
    });
    if (shown.length) lines.push(`${"".padEnd(34)} at ${shown.join(" · ")}`);
  }
  return lines;
}

/** A group's sweep totals for one case: its counts at each threshold, summed over its sets. */
export interface SweepTotal {
  group: Group;
  case: string;
  at: Map<number, Counts>;
}

/**
 * A run's sweeps totalled by group and case (groups in GROUPS' order), over its lines with a sweep
 * whose set and case `keep` accepts (every one by default).
 */
export function sweepTotals(
  run: readonly RunLine[],
  groupOf: (set: string) => Group,
  keep: (line: RunLine) => boolean = () => true,
): SweepTotal[] {
  const totals = new Map<string, SweepTotal>();
  for (const line of run) {
    const sweep = line.sweep;
    if (!sweep || !keep(line)) continue;
    const group = groupOf(line.set);
    const id = `${group} ${line.case}`;
    const total = totals.get(id) ?? { group, case: line.case, at: new Map<number, Counts>() };
    sweep.thresholds.forEach((t, i) => total.at.set(t, plus(total.at.get(t) ?? ZERO, countsAt(sweep, i))));
    totals.set(id, total);
  }
  return [...totals.values()].sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group));
}

/** A run's sweeps totalled by group and case, at the thresholds shown one by one, as the eval prints them. */
export function formatSweepTotals(run: readonly RunLine[], groupOf: (set: string) => Group): string[] {
  const totals = sweepTotals(run, groupOf);
  if (totals.length === 0) return [];
  const lines = [
    "== at each confidence threshold (--sweep): first answers / unanswerable refused / answerable refused",
  ];
  for (const total of totals) {
    const shown = [...total.at].filter(([t]) => SHOWN.includes(t));
    lines.push(
      `${`${total.group} (${total.case})`.padEnd(34)} ${shown.map(([t, c]) => `${t.toFixed(2)} ${c.first} / ${c.unanswerableRefused} / ${c.answerableRefused}`).join(" · ")}`,
    );
  }
  return lines;
}
