/**
 * A year the question names ("How many people were killed in 2024?", "Who won the 2020
 * election?") holds it to that year, as a name holds it to that name: an article that neither
 * mentions the year nor was written in it does not answer.
 */
import type { Library } from "../library.js";
import { articleHasTerm } from "../index/sentenceIndex.js";
import { countsNounAfter, type AnalyzedToken } from "../nlp/wink.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";

/** The years a question can name: four digits, 1000 to 2099. */
const YEAR = /^(?:1\d|20)\d\d$/u;

/**
 * Whether the question's token at `i` is a year: four digits the tagger reads as a date, not a
 * count ("the 1500 soldiers": a plural noun after it).
 */
export function isYearToken(tokens: readonly AnalyzedToken[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.pos !== "NUM" || token.entity !== "DATE" || !YEAR.test(token.text)) return false;
  return !countsNounAfter(tokens, i);
}

/** The years the question itself names (not ones carried from an earlier question), as index terms. */
export function askedYears(question: AnalyzedQuestion): string[] {
  return question.concepts.flatMap((concept) =>
    concept.year && concept.source === "question" ? [concept.term] : [],
  );
}

/**
 * Whether the article mentions each year asked, or was written in it (its date). One that does
 * neither cannot show that what it says is of that year, even of no date and no year at all
 * ("Tamsworth, a town of about 41,000 people" for "What was its population in 2020?").
 */
export function articleHoldsYears(library: Library, article: number, years: readonly string[]): boolean {
  const date = library.articles[article]?.date ?? null;
  return years.every((year) => date?.startsWith(year) || articleHasTerm(library.index, article, year));
}
