/** The eval's question files and their scoring rule (shared/eval/README.md), as pure functions. */
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

const MAX_QUOTE = 500;

/** A quote is a hit when it contains one gold text, both normalised, quote cut at 500 chars. */
export function isHit(quote: string, gold: readonly GoldPiece[]): boolean {
  const normalized = normalizeForComparison(quote.slice(0, MAX_QUOTE));
  return gold.some((piece) => normalized.includes(normalizeForComparison(piece.text)));
}

export function parseQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalQuestion);
}
