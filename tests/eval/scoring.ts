/** The eval's scoring rules (shared/eval/README.md), as pure functions. */
import { normalizeForComparison } from "../../src/text/normalize.js";

export interface GoldPiece {
  doc: string;
  text: string;
}

export interface EvalQuestion {
  id: string;
  q: string;
  gold: GoldPiece[];
}

export interface RankedQuote {
  text: string;
  /** The cited article's id (its file name without extension). */
  articleId: string;
}

export interface QuestionResult {
  id: string;
  q: string;
  answerable: boolean;
  abstained: boolean;
  /** 1-based rank of the first hit, or null. */
  firstHit: number | null;
  quotes: RankedQuote[];
}

export interface EvalSummary {
  answerable: number;
  unanswerable: number;
  p1: number;
  r3: number;
  mrr: number;
  abstainedUnanswerable: number;
  falseAbstentions: number;
}

const MAX_QUOTE = 500;

/** A quote is a hit when it contains one gold text, both normalised, quote cut at 500 chars. */
export function isHit(quote: string, gold: readonly GoldPiece[]): boolean {
  const normalized = normalizeForComparison(quote.slice(0, MAX_QUOTE));
  return gold.some((piece) => normalized.includes(normalizeForComparison(piece.text)));
}

export function scoreQuestion(question: EvalQuestion, quotes: RankedQuote[]): QuestionResult {
  const index = quotes.findIndex((quote) => isHit(quote.text, question.gold));
  return {
    id: question.id,
    q: question.q,
    answerable: question.gold.length > 0,
    abstained: quotes.length === 0,
    firstHit: index >= 0 ? index + 1 : null,
    quotes,
  };
}

export function summarize(results: readonly QuestionResult[]): EvalSummary {
  const answerable = results.filter((r) => r.answerable);
  const unanswerable = results.filter((r) => !r.answerable);
  const share = (n: number, d: number) => (d ? n / d : 0);
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    p1: share(answerable.filter((r) => r.firstHit === 1).length, answerable.length),
    r3: share(answerable.filter((r) => r.firstHit !== null && r.firstHit <= 3).length, answerable.length),
    mrr: share(
      answerable.reduce((sum, r) => sum + (r.firstHit ? 1 / r.firstHit : 0), 0),
      answerable.length,
    ),
    abstainedUnanswerable: unanswerable.filter((r) => r.abstained).length,
    falseAbstentions: answerable.filter((r) => r.abstained).length,
  };
}

export function parseQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalQuestion);
}
