/**
 * compareArticles(library, topic): what each article says about one topic, side by side.
 *
 * The topic goes through the same engine as a question — analysis, the one BM25 retrieval call
 * (`retrieve`), the reranker and the confidence bar — once per article, restricted to that
 * article. Each article keeps its best one or two sentences that clear the bar (a second only
 * when it says something the first does not); articles are ordered by their best sentence.
 * Articles with nothing that clears the bar are listed as not mentioning the topic, so a topic
 * the articles don't cover yields no quotes at all rather than ones that merely share a word.
 */
import type { Article } from "../article.js";
import type { Library } from "../library.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import {
  MAX_UNKNOWN_NAME_SHARE,
  rankCandidates,
  readQuestion,
  retrieve,
  unknownNameShare,
  type Quote,
} from "./answer.js";
import { typeMatchOf } from "./confidence.js";
import { contextSentence } from "./context.js";
import { claimTerms, sameClaim } from "./corroborate.js";
import { findDisagreement, type Disagreement, type FigureQuote } from "./disagreement.js";
import { rerank, rerankContext, type Candidate, type RerankContext } from "./rerank.js";

/** One article's say on the topic. */
export interface ArticleView {
  article: Article;
  /** Its best sentences on the topic, best first (verbatim, as in an answer). */
  quotes: Quote[];
  /** The best sentence's reranked score: how the articles are ordered. */
  score: number;
  /** How sure the engine is that the best sentence is on the topic (0…1, as for an answer). */
  confidence: number;
}

export interface Comparison {
  /** The topic as analysed (invisible characters out, whitespace collapsed). */
  topic: string;
  /** Articles with something on the topic, most relevant first. */
  articles: ArticleView[];
  /** Articles with nothing on it, in library order. */
  unmentioned: Article[];
  /** Why no article is compared, when none is. */
  reason: "empty-topic" | "unknown-names" | "no-match" | null;
  /** Articles giving different figures for the topic, when they do. */
  disagreement: Disagreement | null;
  note: string | null;
}

export interface CompareOptions {
  /** Sentences per article at most (1 or 2; default 2). */
  perArticle?: number;
}

export const DEFAULT_PER_ARTICLE = 2;
/**
 * A second sentence from the same article is shown only when it scores at least this share of
 * the first: otherwise it is a passing mention next to the article's real say on the topic.
 */
const SECOND_QUOTE_SHARE = 0.5;
/**
 * The confidence bar a sentence must clear to stand for its article, above an answer's
 * (MIN_CONFIDENCE). A topic is a few words, and a sentence on it holds most of them (a
 * paraphrase counting for less): one holding only one word of two ("secure" of "security
 * guarantees", 0.43 on the seeds) is about something else; the on-topic sentences of the seed
 * topics tried score 0.69 and up.
 */
export const MIN_TOPIC_CONFIDENCE = 0.6;
/** A figure counts as the topic's figure only right next to the topic (answerType's nearness 1). */
const FIGURE_NEARNESS = 1;

export function compareArticles(library: Library, topic: string, options: CompareOptions = {}): Comparison {
  const perArticle = Math.max(1, Math.min(options.perArticle ?? DEFAULT_PER_ARTICLE, DEFAULT_PER_ARTICLE));
  const analyzed = readQuestion(library, topic);
  const none = (reason: Comparison["reason"]): Comparison => ({
    topic: analyzed.text,
    articles: [],
    unmentioned: [...library.articles],
    reason,
    disagreement: null,
    note: null,
  });
  if (analyzed.concepts.length === 0) return none("empty-topic");
  const context = rerankContext(library, analyzed);
  if (unknownNameShare(context) > MAX_UNKNOWN_NAME_SHARE) return none("unknown-names");

  const views: { view: ArticleView; picked: Candidate[] }[] = [];
  const unmentioned: Article[] = [];
  library.articles.forEach((article, a) => {
    const picked = bestInArticle(library, context, a, perArticle);
    const first = picked[0];
    if (!first) {
      unmentioned.push(article);
      return;
    }
    const quotes = picked.map((candidate) => quoteOf(article, candidate, picked));
    views.push({
      view: { article, quotes, score: first.final, confidence: onTopic(first) },
      picked,
    });
  });
  if (views.length === 0) return none("no-match");
  views.sort((x, y) => y.view.score - x.view.score);

  const disagreement = analyzed.concepts.some((c) => c.isName)
    ? findDisagreement(figureQuotes(library, analyzed, context, views))
    : null;
  return {
    topic: analyzed.text,
    articles: views.map((v) => v.view),
    unmentioned,
    reason: null,
    disagreement,
    note: disagreement?.note ?? null,
  };
}

/**
 * The article's sentences that clear the confidence bar, best first: the best one, and a second
 * that states a different claim and scores at least SECOND_QUOTE_SHARE of the first.
 */
function bestInArticle(library: Library, context: RerankContext, article: number, max: number): Candidate[] {
  const candidates = rankCandidates(context, retrieve(library, context.question, article));
  const picked: Candidate[] = [];
  for (const candidate of candidates) {
    if (picked.length >= max) break;
    if (onTopic(candidate) < MIN_TOPIC_CONFIDENCE) continue;
    const first = picked[0];
    if (first) {
      if (onTopic(candidate) < onTopic(first) * SECOND_QUOTE_SHARE) break;
      if (candidate.sentence.text === first.sentence.text) continue;
      if (sameClaim(claimTerms(library, first.sentence), claimTerms(library, candidate.sentence))) continue;
    }
    picked.push(candidate);
  }
  return picked;
}

/**
 * How much of the topic a sentence holds in its own words or their paraphrases (borrowed context
 * counting for less). WordNet's relations are left out: a topic is a bare word or two, so nothing
 * says which of its senses is meant ("sanctions" the penalties, not "sanction" to approve). Nothing
 * when the sentence lacks one of the topic's names ("Rubio" of "Rubio sanctions").
 */
function onTopic(candidate: Candidate): number {
  return candidate.namesMatched ? candidate.features.coverage - candidate.wordnetCredit : 0;
}

/** The candidate as a quote, with the sentence it refers back to unless that is quoted too. */
function quoteOf(article: Article, candidate: Candidate, picked: readonly Candidate[]): Quote {
  const before = contextSentence(article.sentences, candidate.index);
  const previous = before && !picked.some((p) => p.sentence === before) ? before : null;
  return {
    text: candidate.sentence.text,
    score: Math.round(candidate.final * 1000) / 1000,
    article,
    sentence: candidate.sentence,
    context: previous?.text ?? null,
    contextSentence: previous,
  };
}

/**
 * Each article's figure for the topic, for the engine's disagreement check: the quotes are read
 * again as answers to a how-many question on the topic, and a figure counts only when it sits
 * right by the topic's words ("98 injuries" for "Kharkiv injuries") and the quote names all the
 * topic's names. A figure further off is about something else, not a different count; and a
 * topic that names no one and nowhere ("children") is not asked here at all, since its figures
 * may well count different events ("six children" hurt in Kharkiv, "nine children" killed in
 * Kryvyi Rih).
 */
function figureQuotes(
  library: Library,
  analyzed: AnalyzedQuestion,
  context: RerankContext,
  views: readonly { view: ArticleView; picked: readonly Candidate[] }[],
): FigureQuote[] {
  const figureContext =
    analyzed.kind === "number" ? context : rerankContext(library, { ...analyzed, kind: "number" });
  const figures: FigureQuote[] = [];
  for (const { view, picked } of views) {
    for (const candidate of picked) {
      const read = analyzed.kind === "number" ? candidate : rerank(figureContext, candidate);
      if (!read?.answerSpan || typeMatchOf(figureContext, read) < FIGURE_NEARNESS) continue;
      figures.push({
        article: view.article,
        sentence: read.sentence,
        figure: read.answerSpan.text,
        sameSubject: read.namesMatched,
        byUnit: read.answerByUnit,
        type: read.answerSpan.type,
      });
      break;
    }
  }
  return figures;
}
