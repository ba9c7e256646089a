/**
 * A news article's own headline, as index terms: what the whole article is about ("Thousands
 * evacuated as spillway collapses at Harrowmere Dam"), which its sentences need not repeat ("the
 * dam", "the town"). An article whose title is only its first sentence (titleSource "derived")
 * has none.
 */
import type { Article } from "../article.js";
import { analyzeTokens } from "../nlp/wink.js";
import { termStrings } from "../text/terms.js";

/** A headline's index terms, as its sentences' are made (termStrings), worked out once per article. */
const headlines = new WeakMap<Article, string[]>();
export function headlineTerms(article: Article): string[] {
  let terms = headlines.get(article);
  if (!terms) headlines.set(article, (terms = termStrings(analyzeTokens(article.title))));
  return terms;
}

/** Whether the article has a headline of its own that holds the term. */
export function headlineHolds(article: Article, term: string): boolean {
  return article.titleSource === "headline" && headlineTerms(article).includes(term);
}
