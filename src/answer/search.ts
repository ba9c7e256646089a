/** Keyword search: every sentence that contains the words, ranked by BM25, no abstention. */
import type { Article, Sentence } from "../article.js";
import type { Library } from "../library.js";
import { sentenceAt } from "../index/sentenceIndex.js";
import { topSentences } from "../index/topSentences.js";
import { analyzeTokens } from "../nlp/wink.js";
import { termsOf } from "../text/terms.js";

export interface SearchHit {
  article: Article;
  sentence: Sentence;
  score: number;
}

/** At most this many hits are ranked; enough for 20 pages of results. */
const MAX_HITS = 100;

export function searchSentences(library: Library, text: string): SearchHit[] {
  const terms = [...new Set(termsOf(analyzeTokens(text)).map((t) => t.term))].map((term) => ({
    term,
    weight: 1,
  }));
  return topSentences(library.index, terms, MAX_HITS).flatMap((scored) => {
    const ref = sentenceAt(library.index, scored.doc);
    const article = ref && library.articles[ref.article];
    const sentence = ref && article?.sentences[ref.sentence];
    return article && sentence ? [{ article, sentence, score: scored.score }] : [];
  });
}
