/**
 * The CLI's JSON for one answer: a public contract (tests, the eval and benchmarks read it).
 * Extend it, never break it.
 */
import { relative, join } from "node:path";
import type { Answer, Quote } from "../answer/answer.js";

export interface AnswerJson {
  question: string;
  answered: boolean;
  quotes: {
    text: string;
    score: number;
    sentence: number;
    context: string | null;
    article: {
      id: string;
      title: string;
      date: string | null;
      outlet: string | null;
      url: string | null;
      file: string;
    };
  }[];
  reason: string | null;
  /** The engine's own time for this answer, in milliseconds. */
  ms: number;
}

export function answerJson(answer: Answer, articlesDir: string, ms: number): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    quotes: answer.quotes.map((quote: Quote & { context?: string | null }) => ({
      text: quote.text,
      score: quote.score,
      sentence: quote.sentence.n,
      context: quote.context ?? null,
      article: {
        id: quote.article.id,
        title: quote.article.title,
        date: quote.article.date,
        outlet: quote.article.outlet,
        url: quote.article.url,
        file: relative(process.cwd(), join(articlesDir, quote.article.file)),
      },
    })),
    reason: answer.reason,
    ms: Math.round(ms * 1000) / 1000,
  };
}
