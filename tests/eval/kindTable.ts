/**
 * `npm run eval -- --kinds`: the run's questions by the kind of answer the engine reads each as
 * asking for (a date, a figure, a reason …; analyzeQuestion's `kind`), over the sets the ranker is
 * fit and chosen on and over the sets that only measure: where the engine is weakest, by kind of
 * question rather than by set (the issue asks for kinds of questions, never one question).
 */
import type { Group } from "./compareRuns.js";

/** One question of the run, as the tally reads it. */
export interface KindRow {
  kind: string;
  group: Group;
  answerable: boolean;
  /** 1-based rank of the first quote that answers it, or null. */
  firstHit: number | null;
  abstained: boolean;
}

export type KindGroup = "fit and choose" | "measure-only";

export interface KindTally {
  kind: string;
  group: KindGroup;
  answerable: number;
  /** Answerable questions answered right first, with a right quote in the first three, refused. */
  first: number;
  top3: number;
  answerableRefused: number;
  unanswerable: number;
  unanswerableRefused: number;
}

/** The rows tallied by group (fit and choose first) and kind (most answerable questions first). */
export function tallyKinds(rows: readonly KindRow[]): KindTally[] {
  const tallies = new Map<string, KindTally>();
  for (const row of rows) {
    const group: KindGroup = row.group === "measure-only" ? "measure-only" : "fit and choose";
    const key = `${group}\u0000${row.kind}`;
    const t = tallies.get(key) ?? {
      kind: row.kind,
      group,
      answerable: 0,
      first: 0,
      top3: 0,
      answerableRefused: 0,
      unanswerable: 0,
      unanswerableRefused: 0,
    };
    if (row.answerable) {
      t.answerable++;
      if (row.firstHit === 1) t.first++;
      if (row.firstHit !== null && row.firstHit <= 3) t.top3++;
      if (row.abstained) t.answerableRefused++;
    } else {
      t.unanswerable++;
      if (row.abstained) t.unanswerableRefused++;
    }
    tallies.set(key, t);
  }
  const order: KindGroup[] = ["fit and choose", "measure-only"];
  return [...tallies.values()].sort(
    (a, b) =>
      order.indexOf(a.group) - order.indexOf(b.group) ||
      b.answerable - a.answerable ||
      a.kind.localeCompare(b.kind),
  );
}

const share = (n: number, of: number) => (of ? (n / of).toFixed(3) : "  -  ");

/** The tally as the eval prints it: one line a kind, per group. */
export function formatKinds(tallies: readonly KindTally[]): string[] {
  const lines: string[] = [];
  let group: KindGroup | null = null;
  for (const t of tallies) {
    if (t.group !== group) {
      group = t.group;
      lines.push(
        `== by kind of question, ${group} sets (answerable: P@1, R@3, refused · unanswerable: refused)`,
      );
    }
    lines.push(
      `${t.kind.padEnd(11)} ${String(t.answerable).padStart(4)} answerable  P@1 ${share(t.first, t.answerable)}` +
        `  R@3 ${share(t.top3, t.answerable)}  refused ${t.answerableRefused}` +
        `   ${String(t.unanswerable).padStart(4)} unanswerable, refused ${t.unanswerableRefused}`,
    );
  }
  return lines;
}
