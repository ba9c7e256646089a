/**
 * Scoring a labelled set (sets.ts) the way every answer-quality figure in the README is
 * measured: the engine through `answer()` as the CLI calls it, and plain BM25 over the same
 * sentences in the same run.
 *
 * Per question the engine's quotes (up to RANKED of them, each quote's "also reported by"
 * sentences right after it) are read as its ranking. Selection: P@1 (the first quote answers),
 * R@3, MRR and MAP over answerable questions, an abstention counting as a miss. Triggering:
 * precision (answered and right, over answered) and recall (over answerable), and F1. Plain
 * BM25 ranks the question's own terms (no paraphrases) over the same sentences, ties ordered
 * against it, and never abstains.
 */
import type { Article, Sentence } from "../../src/article.js";
import { answer, type Answer } from "../../src/answer/answer.js";
import { scoreSentences, sentenceAt } from "../../src/index/sentenceIndex.js";
import { analyzeTokens } from "../../src/nlp/wink.js";
import { termsOf } from "../../src/text/terms.js";
import type { LabelledQuestion, LabelledSet } from "./sets.js";

/** Quotes asked for per question: enough for MRR and MAP to see past the third. */
export const RANKED = 10;

export interface Scores {
  questions: number;
  answerable: number;
  p1: number;
  r3: number;
  mrr: number;
  map: number;
  /** Unanswerable questions the engine refused, and answerable ones it refused. */
  abstained: number;
  falseAbstentions: number;
  triggering: { precision: number; recall: number; f1: number };
}

export interface QuestionOutcome {
  question: LabelledQuestion;
  /** 1-based rank of the first quote that answers it, or null. */
  firstHit: number | null;
  abstained: boolean;
  answer?: Answer;
  ranking: { article: Article; sentence: Sentence }[];
}

export type QuestionCase = "as-written" | "lower" | "upper";

export function recase(text: string, form: QuestionCase): string {
  return form === "lower" ? text.toLowerCase() : form === "upper" ? text.toUpperCase() : text;
}

/** How many sentences (in the question's article, if any) answer it: MAP's denominator. */
export function relevantCount(set: LabelledSet, question: LabelledQuestion): number {
  let n = 0;
  for (const article of set.library.articles) {
    if (question.article && article.id !== question.article) continue;
    for (const sentence of article.sentences) if (question.isAnswer(article, sentence)) n++;
  }
  return n;
}

function outcome(
  set: LabelledSet,
  question: LabelledQuestion,
  ranking: { article: Article; sentence: Sentence }[],
  extra: { abstained: boolean; answer?: Answer },
): QuestionOutcome & { ap: number } {
  const hits = ranking.map((r) => question.isAnswer(r.article, r.sentence));
  const first = hits.indexOf(true);
  let found = 0;
  let sum = 0;
  hits.forEach((hit, i) => {
    if (!hit) return;
    found++;
    sum += found / (i + 1);
  });
  const relevant = Math.min(relevantCount(set, question), RANKED);
  return {
    question,
    firstHit: first >= 0 ? first + 1 : null,
    ranking,
    ap: relevant > 0 ? sum / relevant : 0,
    ...extra,
  };
}

/** The engine's answer to each question, as its ranking of sentences. */
export function engineOutcomes(set: LabelledSet, form: QuestionCase = "as-written") {
  return set.questions.map((question) => {
    const reply = answer(set.library, recase(question.q, form), {
      top: RANKED,
      ...(question.article ? { articleId: question.article } : {}),
    });
    const ranking = reply.quotes.flatMap((quote) => [
      { article: quote.article, sentence: quote.sentence },
      ...(quote.alsoReportedBy ?? []),
    ]);
    return outcome(set, question, ranking, { abstained: !reply.answered, answer: reply });
  });
}

/** Plain BM25 over the same sentences: the question's own terms, ties ordered against it. */
export function bm25Outcomes(set: LabelledSet, form: QuestionCase = "as-written") {
  return set.questions.map((question) => {
    const terms = [...new Set(termsOf(analyzeTokens(recase(question.q, form))).map((t) => t.term))].map(
      (term) => ({
        term,
        weight: 1,
      }),
    );
    const articleIndex = question.article
      ? set.library.articles.findIndex((a) => a.id === question.article)
      : -1;
    const ranked = scoreSentences(set.library.index, terms)
      .flatMap((scored) => {
        const ref = sentenceAt(set.library.index, scored.doc);
        const article = ref && set.library.articles[ref.article];
        const sentence = ref && article?.sentences[ref.sentence];
        if (!ref || !article || !sentence || (articleIndex >= 0 && ref.article !== articleIndex)) return [];
        return [{ article, sentence, score: scored.score, label: question.isAnswer(article, sentence) }];
      })
      .sort((a, b) => b.score - a.score || Number(a.label) - Number(b.label))
      .slice(0, RANKED);
    return outcome(set, question, ranked, { abstained: ranked.length === 0 });
  });
}

export function scoresOf(outcomes: readonly (QuestionOutcome & { ap: number })[]): Scores {
  const answerable = outcomes.filter((o) => o.question.answerable);
  const share = (n: number, d: number) => (d ? n / d : 0);
  const answered = outcomes.filter((o) => !o.abstained);
  const right = answered.filter((o) => o.question.answerable && o.firstHit === 1).length;
  const precision = share(right, answered.length);
  const recall = share(right, answerable.length);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    p1: share(answerable.filter((o) => o.firstHit === 1).length, answerable.length),
    r3: share(answerable.filter((o) => o.firstHit !== null && o.firstHit <= 3).length, answerable.length),
    mrr: share(
      answerable.reduce((sum, o) => sum + (o.firstHit ? 1 / o.firstHit : 0), 0),
      answerable.length,
    ),
    map: share(
      answerable.reduce((sum, o) => sum + o.ap, 0),
      answerable.length,
    ),
    abstained: outcomes.filter((o) => !o.question.answerable && o.abstained).length,
    falseAbstentions: answerable.filter((o) => o.abstained).length,
    triggering: {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    },
  };
}
