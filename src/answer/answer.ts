/**
 * answer(library, question): the sentences that answer a question, ranked, each with its
 * citation, or an honest "the articles don't say".
 */
import type { Article, Sentence } from "../article.js";
import type { Library } from "../library.js";
import { idf, scoreSentences, type ScoredSentence } from "../index/sentenceIndex.js";
import { analyzeQuestion, type AnalyzedQuestion, type QuestionType } from "./analyzeQuestion.js";

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
const CANDIDATES = 60;
/** Below this share of the question's weight matched, the best sentence is a guess. */
const MIN_COVERAGE = 0.45;
/** Above this share of the question's weight in words no article contains, it is off-topic. */
const MAX_UNKNOWN_NAME_SHARE = 0.25;

/** Entity types that answer each kind of question. */
const EXPECTED_ENTITIES: Partial<Record<QuestionType, readonly string[]>> = {
  when: ["DATE", "TIME"],
  "how-many": ["CARDINAL", "MONEY", "PERCENT", "QUANTITY"],
  "how-long": ["DURATION", "DATE", "ORDINAL"],
};
const TYPE_BONUS = 0.25;

interface Candidate extends ScoredSentence {
  coverage: number;
  final: number;
}

export function answer(library: Library, question: string, options: AnswerOptions = {}): Answer {
  const top = Math.max(1, Math.min(options.top ?? DEFAULT_TOP, 25));
  const analyzed = analyzeQuestion(question);
  const base = { question: analyzed.text, answered: false, quotes: [] as Quote[] };
  if (analyzed.terms.length === 0) return { ...base, reason: "empty-question" };

  const { index } = library;
  const weightOf = (term: string, weight: number) => idf(index, term) * weight;
  const totalWeight = analyzed.terms.reduce((sum, t) => sum + weightOf(t.term, t.weight), 0);
  const unknownNameWeight = analyzed.terms
    .filter((t) => t.isName && !index.postings.has(t.term))
    .reduce((sum, t) => sum + maxIdf(library) * t.weight, 0);
  if (unknownNameWeight / (totalWeight + unknownNameWeight) > MAX_UNKNOWN_NAME_SHARE) {
    return { ...base, reason: "unknown-names" };
  }

  const articleFilter = options.articleId ? library.byId.get(options.articleId) : undefined;
  const articleIndex = articleFilter ? library.articles.indexOf(articleFilter) : -1;
  const scored = scoreSentences(index, analyzed.terms).filter(
    (s) => articleIndex < 0 || index.refs[s.doc]?.article === articleIndex,
  );
  if (scored.length === 0) return { ...base, reason: "no-match" };

  const candidates = scored
    .sort((a, b) => b.score - a.score)
    .slice(0, CANDIDATES)
    .map((s) => rerank(library, analyzed, s, totalWeight))
    .sort((a, b) => b.final - a.final);
  const best = candidates[0];
  if (!best || best.coverage < MIN_COVERAGE) return { ...base, reason: "low-confidence" };

  const quotes: Quote[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (quotes.length >= top) break;
    const ref = index.refs[candidate.doc];
    const article = ref && library.articles[ref.article];
    const sentence = ref && article?.sentences[ref.sentence];
    if (!article || !sentence || seen.has(sentence.text)) continue;
    seen.add(sentence.text);
    quotes.push({ text: sentence.text, score: round(candidate.final), article, sentence });
  }
  return { ...base, answered: quotes.length > 0, quotes, reason: quotes.length ? null : "no-match" };
}

function rerank(library: Library, question: AnalyzedQuestion, scored: ScoredSentence, total: number): Candidate {
  const { index } = library;
  let matchedWeight = 0;
  for (const t of question.terms) if (scored.matched.has(t.term)) matchedWeight += idf(index, t.term) * t.weight;
  const coverage = total > 0 ? matchedWeight / total : 0;
  const ref = index.refs[scored.doc];
  const sentence = ref && library.articles[ref.article]?.sentences[ref.sentence];
  const expected = EXPECTED_ENTITIES[question.type];
  const typeBonus = expected && sentence?.entities.some((e) => expected.includes(e)) ? TYPE_BONUS : 0;
  const final = scored.score * (0.25 + 0.75 * coverage * coverage) * (1 + typeBonus);
  return { ...scored, coverage, final };
}

const maxIdfCache = new WeakMap<Library, number>();
/** The idf of a word no sentence contains: how much an unknown name weighs. */
function maxIdf(library: Library): number {
  let value = maxIdfCache.get(library);
  if (value === undefined) {
    const n = library.index.refs.length;
    value = Math.log(1 + (n + 0.5) / 0.5);
    maxIdfCache.set(library, value);
  }
  return value;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
