/**
 * Two eval runs side by side (`npm run eval -- --compare FILE`): what changed per set and case,
 * and the totals of the sets the ranker is fit on, the sets its penalty and thresholds are chosen
 * on, and the sets that only measure — the three groups every change to the engine is judged by
 * (README, "Answer quality"). Counts, not rates: a first answer gained or lost is one question.
 * A group whose sets are asked in more than one way (of the whole library, of one article) is also
 * totalled for each way: the two ways are judged by confidence models of their own, each with its
 * own threshold, and a group's total mixes them.
 */
import { trainedModels } from "../../src/rank/model.js";
import type { Scores } from "./measure.js";
import type { Sweep } from "./thresholdSweep.js";

/** One line of `npm run eval -- --json` (the fields read here). */
export interface RunLine {
  set: string;
  case: string;
  engine: Scores;
  /** With --sweep: the counts at each confidence threshold of a grid (thresholdSweep.ts). */
  sweep?: Sweep;
  /** How the set's questions are asked (runs saved before it was written lack it). */
  asked?: Way;
}

/** How a set's questions are asked: of the whole library, of one article each (`/ask article:`), or some each way. */
export type Way = "library" | "one-article" | "mixed";

/** The ways in the order their totals are printed in. */
const WAYS: readonly Way[] = ["library", "one-article", "mixed"];

/** A way of asking as a total's label says it ("fit, one article (as-written)"). */
const WAY_WORDS: Record<Way, string> = {
  library: "library",
  "one-article": "one article",
  mixed: "both ways",
};

/** How a set's questions are asked, from whether each names an article. */
export function wayOf(questions: readonly { article?: string }[]): Way {
  const restricted = questions.filter((q) => q.article).length;
  return restricted === 0 ? "library" : restricted === questions.length ? "one-article" : "mixed";
}

/**
 * Each set's way of asking as a run's lines say it (the later run's, when two are compared: a
 * saved run may predate the field); undefined for a set the run does not say it of.
 */
function waysIn(run: readonly RunLine[]): (set: string) => Way | undefined {
  const ways = new Map(run.flatMap((line) => (line.asked ? [[line.set, line.asked] as const] : [])));
  return (set) => ways.get(set);
}

/**
 * The groups whose sets a run asks in more than one way, each with those ways (in WAYS' order):
 * the groups whose totals are also given for each way.
 */
function groupsAskedSeveralWays(run: readonly RunLine[], groupOf: (set: string) => Group): Map<Group, Way[]> {
  const ways = new Map<Group, Set<Way>>();
  for (const line of run) {
    if (!line.asked) continue;
    const group = groupOf(line.set);
    ways.set(group, (ways.get(group) ?? new Set<Way>()).add(line.asked));
  }
  return new Map(
    GROUPS.flatMap((group) => {
      const held = ways.get(group);
      return held && held.size > 1 ? [[group, WAYS.filter((w) => held.has(w))] as const] : [];
    }),
  );
}

/**
 * A comparison made again for each way of asking, over the sets asked that way, for each group
 * whose sets are asked several ways: `compare(keep)` compares the lines `keep` accepts (never
 * called when no group is, so a comparison may split itself this way). Ordered by group, case (as
 * in the later run), then way.
 */
export function byWay<T extends { group: Group; case: string }>(
  after: readonly RunLine[],
  groupOf: (set: string) => Group,
  compare: (keep: (line: RunLine) => boolean) => readonly T[],
): (T & { way: Way })[] {
  const split = groupsAskedSeveralWays(after, groupOf);
  if (split.size === 0) return [];
  const askedWay = waysIn(after);
  const cases = [...new Set(after.map((line) => line.case))];
  const rank = (c: T & { way: Way }) =>
    (GROUPS.indexOf(c.group) * cases.length + cases.indexOf(c.case)) * WAYS.length + WAYS.indexOf(c.way);
  return WAYS.flatMap((way) =>
    compare((line) => askedWay(line.set) === way)
      .filter((c) => split.get(c.group)?.includes(way))
      .map((c) => ({ ...c, way })),
  ).sort((a, b) => rank(a) - rank(b));
}

/** How a total is printed: its group, the way its sets are asked when it is one way's, and its case. */
export function totalLabel(group: Group, form: string, way?: Way): string {
  return `${group}${way ? `, ${WAY_WORDS[way]}` : ""} (${form})`;
}

/** What a set's run counts: answerable questions answered right first, unanswerable ones refused, answerable ones refused. */
export interface Counts {
  first: number;
  unanswerableRefused: number;
  answerableRefused: number;
}

export type Group = "fit" | "choose" | "measure-only";

export interface SetChange {
  set: string;
  case: string;
  group: Group;
  before: Counts;
  after: Counts;
}

export interface GroupTotal {
  group: Group;
  case: string;
  /** Set for a total over the group's sets asked one way (groupsAskedSeveralWays). */
  way?: Way;
  /** The later run's totals, and their change from the earlier run's over the same sets. */
  after: Counts;
  change: Counts;
}

export interface Comparison {
  /** Sets and cases whose counts differ, in the later run's order. */
  changed: SetChange[];
  totals: GroupTotal[];
  /** For each group whose sets are asked several ways, its totals for each way (by group, case, then way). */
  wayTotals: GroupTotal[];
  /** Sets and cases in only one of the two runs (left out of the totals). */
  onlyBefore: string[];
  onlyAfter: string[];
}

/**
 * The sets the models answering now (weights.json's `trainedOn`), or the models given (a refit's
 * weights file), were fit and chosen on: what groups a run's totals.
 */
export function trainedSets(models: { trainedOn?: unknown } = trainedModels()): {
  fit: string[];
  choose: string[];
} {
  const trainedOn = (models.trainedOn ?? {}) as { fit?: string[]; choose?: string[] };
  return { fit: trainedOn.fit ?? [], choose: trainedOn.choose ?? [] };
}

/** Which group a set is in, given the sets the committed weights were fit and chosen on. */
export function groupsOf(sets: {
  fit: readonly string[];
  choose: readonly string[];
}): (set: string) => Group {
  return (set) => (sets.fit.includes(set) ? "fit" : sets.choose.includes(set) ? "choose" : "measure-only");
}

/** A set's counts from its scores (P@1 is over the answerable questions, a refusal a miss). */
export function countsOf(s: Scores): Counts {
  return {
    first: Math.round(s.p1 * s.answerable),
    unanswerableRefused: s.abstained,
    answerableRefused: s.falseAbstentions,
  };
}

/** The lines of a `--json` run; anything that is not one (a blank line, a log line) is skipped. */
export function parseRun(text: string): RunLine[] {
  const lines: RunLine[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line.startsWith("{")) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    const o = parsed as Partial<RunLine>;
    if (typeof o.set === "string" && typeof o.case === "string" && o.engine) lines.push(o as RunLine);
  }
  return lines;
}

/** A set and case, as runs are matched and printed by. */
export const runKey = (line: { set: string; case: string }) => `${line.set} (${line.case})`;

/** a + sign × b, count by count. */
function combine(a: Counts, b: Counts, sign: 1 | -1): Counts {
  return {
    first: a.first + sign * b.first,
    unanswerableRefused: a.unanswerableRefused + sign * b.unanswerableRefused,
    answerableRefused: a.answerableRefused + sign * b.answerableRefused,
  };
}
export const minus = (a: Counts, b: Counts) => combine(a, b, -1);
export const plus = (a: Counts, b: Counts) => combine(a, b, 1);

export const ZERO: Counts = { first: 0, unanswerableRefused: 0, answerableRefused: 0 };
/** The groups in the order totals are printed in. */
export const GROUPS: readonly Group[] = ["fit", "choose", "measure-only"];

/**
 * The later run against the earlier one.
 * @param sets the sets the committed weights were fit and chosen on (weights.json's `trainedOn`)
 */
export function compareRuns(
  before: readonly RunLine[],
  after: readonly RunLine[],
  sets: { fit: readonly string[]; choose: readonly string[] },
): Comparison {
  const groupOf = groupsOf(sets);
  const earlier = new Map(before.map((line) => [runKey(line), line]));
  const later = new Set(after.map(runKey));
  const changed: SetChange[] = [];
  const totals = new Map<string, GroupTotal>();
  for (const line of after) {
    const old = earlier.get(runKey(line));
    if (!old) continue;
    const group = groupOf(line.set);
    const was = countsOf(old.engine);
    const now = countsOf(line.engine);
    const change = minus(now, was);
    if (change.first || change.unanswerableRefused || change.answerableRefused)
      changed.push({ set: line.set, case: line.case, group, before: was, after: now });
    const totalKey = `${group} ${line.case}`;
    const total = totals.get(totalKey) ?? { group, case: line.case, after: ZERO, change: ZERO };
    totals.set(totalKey, { ...total, after: plus(total.after, now), change: plus(total.change, change) });
  }
  const cases = [...new Set(after.map((line) => line.case))];
  return {
    changed,
    totals: GROUPS.flatMap((group) => cases.flatMap((form) => totals.get(`${group} ${form}`) ?? [])),
    // Over one way's sets no group is asked several ways, so these comparisons split no further.
    wayTotals: byWay(
      after,
      groupOf,
      (keep) => compareRuns(before.filter(keep), after.filter(keep), sets).totals,
    ),
    onlyBefore: before.map(runKey).filter((k) => !later.has(k)),
    onlyAfter: after.map(runKey).filter((k) => !earlier.has(k)),
  };
}

export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The comparison as the eval prints it. */
export function formatComparison(c: Comparison): string[] {
  const lines = [
    "== compared with the earlier run (first answers / unanswerable refused / answerable refused)",
  ];
  for (const s of c.changed) {
    const d = minus(s.after, s.before);
    lines.push(
      `${`${s.set} (${s.case})`.padEnd(34)} ${s.group.padEnd(12)} first ${signed(d.first)} (${s.after.first}), unanswerable refused ${signed(d.unanswerableRefused)} (${s.after.unanswerableRefused}), answerable refused ${signed(d.answerableRefused)} (${s.after.answerableRefused})`,
    );
  }
  if (c.changed.length === 0) lines.push("no set's counts changed");
  for (const t of [...c.totals, ...c.wayTotals])
    lines.push(
      `${totalLabel(t.group, t.case, t.way).padEnd(34)} ${signed(t.change.first)} / ${signed(t.change.unanswerableRefused)} / ${signed(t.change.answerableRefused)}   now ${t.after.first} / ${t.after.unanswerableRefused} / ${t.after.answerableRefused}`,
    );
  if (c.onlyBefore.length) lines.push(`only in the earlier run: ${listed(c.onlyBefore)}`);
  if (c.onlyAfter.length) lines.push(`only in this run: ${listed(c.onlyAfter)}`);
  return lines;
}

/** Sets and cases by name, the first few of a long list (a whole run against one set is most of it). */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, LISTED);
  return names.length > LISTED ? `${shown.join(", ")} and ${names.length - LISTED} more` : shown.join(", ");
}
const LISTED = 6;
