/**
 * Disagreement: outlets sometimes give different figures for one claim ("more than 60 others
 * were hurt" / "98 injuries"). Both stay quoted, and the answer says they differ rather than
 * silently picking one.
 */
import type { Article, Sentence } from "../article.js";
import { normalizeFigure } from "./corroborate.js";

export interface Figure {
  /** The figure as written ("more than 60"). */
  text: string;
  article: Article;
  sentence: Sentence;
}

export interface Disagreement {
  /** A one-line note for the reader. */
  note: string;
  /** One figure per outlet, in the order of the quotes. */
  figures: Figure[];
}

/** A quote that answers a how-many question with a figure about the question's own names. */
export interface FigureQuote {
  article: Article;
  sentence: Sentence;
  /** The figure nearest the question's topic, if the quote gives one. */
  figure: string | null;
  /** Whether the quote is about everything the question names (same place, same people). */
  sameSubject: boolean;
  /** Whether the figure counts the question's own unit ("six children") rather than its topic ("98 injuries"). */
  byUnit: boolean;
  /** What kind of figure it is (the entity's type: a count, an amount of money, a percentage, a span of time). */
  type: string | null;
}

/** Different figures from different outlets for the same subject, or null when they agree. */
export function findDisagreement(quotes: readonly FigureQuote[]): Disagreement | null {
  const figures: Figure[] = [];
  const seen = new Map<string, string>();
  // Figures are comparable only when found the same way: two counts of the unit, or two counts near the topic.
  const first = quotes.find((q) => q.figure && q.sameSubject);
  const basis = first?.byUnit;
  // …and only of one kind: a percentage or a sum of money is no other count of people.
  const kind = first?.type;
  for (const quote of quotes) {
    if (!quote.figure || !quote.sameSubject || quote.byUnit !== basis) continue;
    if (quote.type !== kind) continue;
    const value = normalizeFigure(quote.figure);
    if (!/^\d/u.test(value)) continue; // "dozens" does not contradict "20"
    if (figures.some((f) => f.article.id === quote.article.id)) continue;
    figures.push({ text: quote.figure, article: quote.article, sentence: quote.sentence });
    seen.set(quote.article.id, value);
  }
  if (new Set(seen.values()).size < 2) return null;
  const list = figures
    .map((f) => (f.article.outlet ? `${f.text} (${f.article.outlet})` : f.text))
    .join(" vs ");
  return { note: `The reports give different figures: ${list}.`, figures };
}
