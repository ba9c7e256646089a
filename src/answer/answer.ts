/**
 * answer(library, question): the sentences that answer a question, ranked, each with its
 * citation, or an honest "the articles don't say".
 *
 * Per question: analyse it (type, answer kind, terms and paraphrases), retrieve the best
 * CANDIDATES sentences by BM25 through one call (`retrieve`), rerank that bounded list, decide
 * whether the best is good enough to quote, then shape the top quotes.
 */
import type { Article, Sentence } from "../article.js";
import type { Library } from "../library.js";
import { scoreSentences, type ScoredSentence } from "../index/sentenceIndex.js";
import { analyzeQuestion, type AnalyzedQuestion } from "./analyzeQuestion.js";
import { rerank, rerankContext, type Candidate, type RerankContext } from "./rerank.js";

export interface Quote {
  text: string;
  score: number;
  article: Article;
  sentence: Sentence;
}

export interface Answer {
  question: string;
  answered: boolean;
  quotes: Quote[];
  /** Why nothing was quoted, when nothing was. */
  reason: "empty-question" | "no-match" | "low-confidence" | "unknown-names" | null;
}

export interface AnswerOptions {
  /** How many quotes at most (default 3). */
  top?: number;
  /** Only quote this article. */
  articleId?: string;
}

export const DEFAULT_TOP = 3;
/** How many retrieved sentences are reranked: bounds the per-question work at any library size. */
const CANDIDATES = 100;
/** Below this share of the question's weight matched, the best sentence is a guess. */
const MIN_COVERAGE = 0.45;
/** Above this share of the question's weight in names no article contains, it is off-topic. */
const MAX_UNKNOWN_NAME_SHARE = 0.25;

export function answer(library: Library, question: string, options: AnswerOptions = {}): Answer {
  const top = Math.max(1, Math.min(options.top ?? DEFAULT_TOP, 25));
  const analyzed = analyzeQuestion(question);
  const base = { question: analyzed.text, answered: false, quotes: [] as Quote[] };
  if (analyzed.concepts.length === 0) return { ...base, reason: "empty-question" };

  const context = rerankContext(library, analyzed);
  if (unknownNameShare(context) > MAX_UNKNOWN_NAME_SHARE) return { ...base, reason: "unknown-names" };

  const articleFilter = options.articleId ? library.byId.get(options.articleId) : undefined;
  const articleIndex = articleFilter ? library.articles.indexOf(articleFilter) : -1;
  const scored = retrieve(library, analyzed).filter(
    (s) => articleIndex < 0 || library.index.refs[s.doc]?.article === articleIndex,
  );
  if (scored.length === 0) return { ...base, reason: "no-match" };

  const candidates = rankCandidates(context, scored);
  const best = candidates[0];
  if (!best || best.features.coverage < MIN_COVERAGE) return { ...base, reason: "low-confidence" };

  const quotes: Quote[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (quotes.length >= top) break;
    const article = library.articles[candidate.article];
    if (!article || seen.has(candidate.sentence.text)) continue;
    seen.add(candidate.sentence.text);
    quotes.push({
      text: candidate.sentence.text,
      score: round(candidate.final),
      article,
      sentence: candidate.sentence,
    });
  }
  return { ...base, answered: quotes.length > 0, quotes, reason: quotes.length ? null : "no-match" };
}

/**
 * The one retrieval call: every sentence holding a question term, BM25-scored. A top-k
 * retriever (MaxScore/WAND) returning the same shape can replace `scoreSentences` here.
 */
export function retrieve(library: Library, question: AnalyzedQuestion): ScoredSentence[] {
  return scoreSentences(library.index, question.terms);
}

/** The best CANDIDATES by BM25, reranked, best first. */
export function rankCandidates(context: RerankContext, scored: ScoredSentence[]): Candidate[] {
  return scored
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, CANDIDATES)
    .flatMap((s) => rerank(context, s) ?? [])
    .sort((a, b) => b.final - a.final || a.doc - b.doc);
}

/** Share of the question's weight in names that no sentence of the library contains. */
function unknownNameShare(context: RerankContext): number {
  const { library, question } = context;
  let unknown = 0;
  question.concepts.forEach((concept, i) => {
    if (concept.isName && !library.index.postings.has(concept.term))
      unknown += context.conceptWeight[i] as number;
  });
  return context.totalWeight > 0 ? unknown / context.totalWeight : 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
