/**
 * What a question asks for: its type (who / when / how many / …) and the weighted terms to
 * search with.
 */
import { analyzeTokens } from "../nlp/wink.js";
import { termsOf, type Term } from "../text/terms.js";
import { collapseWhitespace, foldWord, stripInvisible } from "../text/normalize.js";
import type { WeightedTerm } from "../index/sentenceIndex.js";

export type QuestionType =
  "who" | "when" | "where" | "how-many" | "how-long" | "why" | "how" | "yes-no" | "what";

export interface AnalyzedQuestion {
  /** The question as asked, tidied (invisible characters out, whitespace collapsed). */
  text: string;
  type: QuestionType;
  terms: (WeightedTerm & Pick<Term, "isName">)[];
}

const AUXILIARIES = new Set([
  "is",
  "are",
  "was",
  "were",
  "do",
  "does",
  "did",
  "has",
  "have",
  "had",
  "can",
  "could",
  "will",
  "would",
  "should",
  "shall",
  "may",
  "might",
  "must",
]);

/** The question type from its opening words. */
export function questionType(text: string): QuestionType {
  const words = foldWord(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  const [first = "", second = ""] = words;
  if (first === "who" || first === "whom" || first === "whose") return "who";
  if (first === "when" || (first === "what" && (second === "date" || second === "day" || second === "time")))
    return "when";
  if (first === "where") return "where";
  if (first === "why") return "why";
  if (first === "how") {
    if (second === "many" || second === "much") return "how-many";
    if (second === "long" || second === "soon") return "how-long";
    return "how";
  }
  if (AUXILIARIES.has(first)) return "yes-no";
  return "what";
}

/** Verbs that frame a question ("what did X say") rather than carry its topic. */
const FRAMING_TERMS = new Set(["say", "said", "tell", "told", "happen", "do", "mean"]);
const NAME_WEIGHT = 1.3;
const FRAMING_WEIGHT = 0.4;

export function analyzeQuestion(question: string): AnalyzedQuestion {
  const text = collapseWhitespace(stripInvisible(question));
  const terms = new Map<string, WeightedTerm & Pick<Term, "isName">>();
  for (const term of termsOf(analyzeTokens(text))) {
    const weight = FRAMING_TERMS.has(term.term) ? FRAMING_WEIGHT : term.isName ? NAME_WEIGHT : 1;
    const known = terms.get(term.term);
    if (!known || known.weight < weight)
      terms.set(term.term, { term: term.term, weight, isName: term.isName });
  }
  return { text, type: questionType(text), terms: [...terms.values()] };
}
