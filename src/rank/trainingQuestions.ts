/**
 * The labelled questions as `npm run train` (train.ts) fits on them: each question's candidates
 * read once as the engine reads them (`prepare`), then ranked by a candidate ranker with the typed
 * answers picked out (`rank`), and scored for selection (P@1, MRR).
 */
import {
  answerableCandidates,
  MAX_UNKNOWN_NAME_SHARE,
  readQuestion,
  retrieve,
  TRAINING_CANDIDATES,
  unknownNameShare,
} from "../answer/answer.js";
import {
  FEATURE_NAMES,
  readCandidates,
  rerankContext,
  type Candidate,
  type RerankContext,
} from "../answer/rerank.js";
import type { LabelledSet } from "../../tests/eval/sets.js";
import type { ListExample } from "./fit.js";
import { linearScore, type LinearModel } from "./model.js";
import type { SetSelection } from "./regularisation.js";

/** The predicate shares in force: for questions asked of the whole library, and of one article. */
export interface Shares {
  library: number;
  restricted: number;
}

/** One question's candidates as the engine sees them, before any model scores them. */
export interface Prepared {
  set: string;
  id: string;
  answerable: boolean;
  context: RerankContext;
  /** The question names things no article mentions: the engine refuses it before ranking. */
  unknownNames: boolean;
  candidates: Candidate[];
  labels: boolean[];
  x: number[][];
}

export function prepare(set: LabelledSet): Prepared[] {
  return set.questions.map((question) => {
    const analyzed = readQuestion(set.library, question.q);
    const article = question.article ? set.library.articles.findIndex((a) => a.id === question.article) : -1;
    const context = rerankContext(set.library, analyzed, article >= 0);
    const candidates = analyzed.concepts.length
      ? readCandidates(context, retrieve(set.library, analyzed, article, TRAINING_CANDIDATES))
      : [];
    return {
      set: set.name,
      id: question.id,
      answerable: question.answerable,
      context,
      unknownNames: analyzed.concepts.length > 0 && unknownNameShare(context) > MAX_UNKNOWN_NAME_SHARE,
      candidates,
      labels: candidates.map((c) => {
        const a = set.library.articles[c.article];
        return a ? question.isAnswer(a, c.sentence) : false;
      }),
      x: candidates.map((c) => FEATURE_NAMES.map((name) => c.features[name])),
    };
  });
}

/** Each question with an answer and a non-answer, as standardised candidate rows, weighted by its set. */
export function listExamples(
  questions: readonly Prepared[],
  standard: { mean: number[]; scale: number[] },
  setWeight: Readonly<Record<string, number>>,
): ListExample[] {
  const z = (row: number[]) =>
    row.map((v, j) => (v - (standard.mean[j] as number)) / (standard.scale[j] as number));
  return questions
    .filter((q) => q.labels.some(Boolean) && !q.labels.every(Boolean))
    .map((q) => ({ rows: q.x.map(z), answers: q.labels, weight: setWeight[q.set] ?? 1 }));
}

export interface Ranked {
  q: Prepared;
  /** Candidates that may answer, best first, with their labels. */
  order: { candidate: Candidate; label: boolean }[];
}

export function rank(q: Prepared, ranker: LinearModel, shares: Shares): Ranked {
  const scored = q.candidates.map((candidate, i) => {
    candidate.final = linearScore(ranker, candidate.features);
    return { candidate, label: q.labels[i] as boolean };
  });
  scored.sort((a, b) => b.candidate.final - a.candidate.final || a.candidate.doc - b.candidate.doc);
  const allowed = new Set(
    answerableCandidates(
      q.context,
      scored.map((s) => s.candidate),
      q.context.restricted ? shares.restricted : shares.library,
    ),
  );
  return { q, order: q.unknownNames ? [] : scored.filter((s) => allowed.has(s.candidate)) };
}

/** P@1 and MRR over answerable questions (selection, no abstention). */
export function selection(ranked: readonly Ranked[]): SetSelection {
  const answerable = ranked.filter((r) => r.q.answerable);
  let p1 = 0;
  let mrr = 0;
  for (const r of answerable) {
    const hit = r.order.findIndex((o) => o.label);
    if (hit === 0) p1++;
    if (hit >= 0) mrr += 1 / (hit + 1);
  }
  return {
    p1: p1 / Math.max(1, answerable.length),
    mrr: mrr / Math.max(1, answerable.length),
    answerable: answerable.length,
  };
}
