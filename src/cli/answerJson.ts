/**
 * The CLI's JSON for one answer: a public contract (tests, the eval and benchmarks read it).
 * Extend it, never break it.
 */
import { relative, join } from "node:path";
import type { Answer, Quote } from "../answer/answer.js";
import type { Article } from "../article.js";

export interface AnswerJson {
  question: string;
  answered: boolean;
  quotes: {
    text: string;
    score: number;
    sentence: number;
    context: string | null;
    /** A quote after the first scoring far below it: the bot's reply leaves it out (answer.ts). */
    weak: boolean;
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

export type ArticleJson = AnswerJson["quotes"][number]["article"];

/** How the CLI's JSON names an article (its file relative to the working directory). */
export function articleJson(article: Article, articlesDir: string): ArticleJson {
  return {
    id: article.id,
    title: article.title,
    date: article.date,
    outlet: article.outlet,
    url: article.url,
    file: relative(process.cwd(), join(articlesDir, article.file)),
  };
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
      weak: quote.weak ?? false,
      article: articleJson(quote.article, articlesDir),
    })),
    reason: answer.reason,
    ms: Math.round(ms * 1000) / 1000,
  };
}
