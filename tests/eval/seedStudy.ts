/**
 * A change to the engine measured over refits with several seeds (`npm run seed-study`): a refit
 * with another seed moves the weights and thresholds about as much as many a change does, so one
 * refit's comparison says little. For each seed both engines were refit with, each group's mean
 * change at matched first answers (matchedFirst.ts: the unanswerable questions refused while as
 * many answerable ones are right first, averaged over the levels both runs reach), then the mean
 * of those over the seeds.
 */
import { GROUPS, groupsOf, signed, type Group, type RunLine } from "./compareRuns.js";
import { compareAtMatchedFirst } from "./matchedFirst.js";

/** One seed's comparison for one group and case. */
export interface SeedChange {
  seed: number;
  group: Group;
  case: string;
  /** The mean change over the levels both runs reach; null when they reach none in common. */
  mean: number | null;
  levels: number;
}

/** The sets a run's models were fit and chosen on (its weights' `trainedOn`). */
export interface TrainedOn {
  fit: readonly string[];
  choose: readonly string[];
}

/**
 * A set's group where both runs' models put it in the same one, and null where one run fit or
 * chose on it and the other did not: a change that fits on a new set, or chooses on it, is
 * compared over the sets both runs hold alike, never over a set one of them learnt from.
 */
export function sharedGroups(before: TrainedOn, after: TrainedOn): (set: string) => Group | null {
  const [earlier, later] = [groupsOf(before), groupsOf(after)];
  return (set) => (earlier(set) === later(set) ? earlier(set) : null);
}

/**
 * The later run against the earlier at matched first answers, one mean per group and case (runs
 * with --sweep); a set whose group is null is left out.
 */
export function seedChanges(
  seed: number,
  before: readonly RunLine[],
  after: readonly RunLine[],
  groupOf: (set: string) => Group | null,
): SeedChange[] {
  const shared = (set: string): Group => groupOf(set) ?? "measure-only";
  const keep = (line: RunLine) => groupOf(line.set) !== null;
  return compareAtMatchedFirst(before, after, shared, keep).map((c) => ({
    seed,
    group: c.group,
    case: c.case,
    mean: c.change.length > 0 ? c.change.reduce((sum, x) => sum + x, 0) / c.change.length : null,
    levels: c.levels.length,
  }));
}

/** Each group and case's means, seed by seed, and their mean over the seeds that have one. */
export interface StudyRow {
  group: Group;
  case: string;
  bySeed: { seed: number; mean: number | null }[];
  mean: number | null;
}

export function summarize(changes: readonly SeedChange[]): StudyRow[] {
  const rows = new Map<string, StudyRow>();
  for (const c of changes) {
    const key = `${c.group} ${c.case}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { group: c.group, case: c.case, bySeed: [], mean: null }));
    row.bySeed.push({ seed: c.seed, mean: c.mean });
  }
  for (const row of rows.values()) {
    row.bySeed.sort((a, b) => a.seed - b.seed);
    const means = row.bySeed.flatMap((s) => (s.mean === null ? [] : [s.mean]));
    row.mean = means.length > 0 ? means.reduce((sum, x) => sum + x, 0) / means.length : null;
  }
  const caseOrder = ["as-written", "lower", "upper"];
  const rank = (row: StudyRow) =>
    GROUPS.indexOf(row.group) * 10 + (caseOrder.includes(row.case) ? caseOrder.indexOf(row.case) : 9);
  return [...rows.values()].sort((a, b) => rank(a) - rank(b));
}

const two = (n: number | null) => (n === null ? "none" : signed(Number(n.toFixed(2))));

/** The study as printed: a line per group and case, each seed's mean, then the mean over them. */
export function formatStudy(rows: readonly StudyRow[]): string[] {
  if (rows.length === 0) return ["no seed was run and swept in both folders"];
  return [
    "== at matched first answers, refit with each seed: mean change in unanswerable questions refused (later − earlier)",
    ...rows.map(
      (row) =>
        `${`${row.group} (${row.case})`.padEnd(26)} ${row.bySeed.map((s) => `seed ${s.seed} ${two(s.mean)}`).join(" · ")}   mean ${two(row.mean)}`,
    ),
  ];
}
