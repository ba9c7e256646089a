/**
 * Two `--sweep` runs compared at matched first answers: for each group, the most unanswerable
 * questions a threshold refuses while the engine still puts a right quote first for at least F
 * answerable questions, for each F both runs reach. After a refit of the confidence model the same
 * threshold is not the same policy (the probabilities' scale moves with the penalty), so the
 * same-threshold comparison (thresholdSweep.ts) mixes the engine's change with the scale's; what a
 * threshold picks from is the trade between answering and refusing, and this compares the trades.
 */
import { signed, totalLabel, type Counts, type Group, type RunLine, type Way } from "./compareRuns.js";
import { pairedSweepTotals, signedRange } from "./thresholdSweep.js";

/**
 * A group's change at each level of first answers both runs reach (highest first), after minus
 * before. With no level both reach, `ahead` says which run puts more right first at every
 * threshold, with that run's fewest and the other's most.
 */
export interface MatchedChange {
  group: Group;
  case: string;
  /** Set for a change over the group's sets asked one way (compareRuns.ts, byWay). */
  way?: Way;
  levels: number[];
  change: number[];
  ahead?: { run: "later" | "earlier"; fewest: number; most: number };
}

/**
 * The most unanswerable questions refused at any threshold that keeps at least `atLeast` first
 * answers, or null when no threshold keeps that many.
 */
export function mostRefused(
  points: readonly Pick<Counts, "first" | "unanswerableRefused">[],
  atLeast: number,
): number | null {
  let most: number | null = null;
  for (const p of points)
    if (p.first >= atLeast && (most === null || p.unanswerableRefused > most)) most = p.unanswerableRefused;
  return most;
}

/** The later run's trades against the earlier's, by group and case, over the sets both swept that `keep` accepts. */
export function compareAtMatchedFirst(
  before: readonly RunLine[],
  after: readonly RunLine[],
  groupOf: (set: string) => Group,
  keep: (line: RunLine) => boolean = () => true,
): MatchedChange[] {
  const changes: MatchedChange[] = [];
  for (const { was: then, now: later } of pairedSweepTotals(before, after, groupOf, keep)) {
    const a = [...then.at.values()];
    const b = [...later.at.values()];
    const firsts = (points: Counts[]) => points.map((p) => p.first);
    const low = Math.max(Math.min(...firsts(a)), Math.min(...firsts(b)));
    const high = Math.min(Math.max(...firsts(a)), Math.max(...firsts(b)));
    const levels = [...new Set([...firsts(a), ...firsts(b)])]
      .filter((f) => f >= low && f <= high)
      .sort((x, y) => y - x);
    if (levels.length === 0) {
      const laterAhead = Math.min(...firsts(b)) > Math.max(...firsts(a));
      const ahead = laterAhead
        ? { run: "later" as const, fewest: Math.min(...firsts(b)), most: Math.max(...firsts(a)) }
        : { run: "earlier" as const, fewest: Math.min(...firsts(a)), most: Math.max(...firsts(b)) };
      changes.push({ group: then.group, case: then.case, levels, change: [], ahead });
      continue;
    }
    const change = levels.map((f) => (mostRefused(b, f) ?? 0) - (mostRefused(a, f) ?? 0));
    changes.push({ group: then.group, case: then.case, levels, change });
  }
  return changes;
}

/** How many levels are shown one by one: the highest, the lowest and three between. */
const SHOWN_LEVELS = 5;

/** The comparison at matched first answers, as the eval prints it. */
export function formatMatched(changes: readonly MatchedChange[]): string[] {
  if (changes.length === 0) return [];
  const lines = [
    "== at matched first answers (both runs with --sweep): the change in the most unanswerable questions refused while as many answerable ones are right first",
  ];
  for (const c of changes) {
    const label = totalLabel(c.group, c.case, c.way).padEnd(34);
    if (c.ahead) {
      lines.push(
        `${label} no level both reach: the ${c.ahead.run} run puts more right first at every threshold (its fewest ${c.ahead.fewest}, the other's most ${c.ahead.most})`,
      );
      continue;
    }
    const span = signedRange(c.change);
    const top = c.levels[0] as number;
    const bottom = c.levels.at(-1) as number;
    lines.push(`${label} ${bottom}–${top} first: unanswerable refused ${span}`);
    const picks = [
      ...new Set(
        Array.from({ length: SHOWN_LEVELS }, (_, k) =>
          Math.round((k * (c.levels.length - 1)) / (SHOWN_LEVELS - 1)),
        ),
      ),
    ];
    lines.push(
      `${"".padEnd(34)} at ${picks.map((i) => `${c.levels[i]} ${signed(c.change[i] as number)}`).join(" · ")}`,
    );
  }
  return lines;
}
