/** Turns the engine's Answer into a reply: quotes with numbered sources, or a plain "not in the articles". */
import type { Answer, Quote } from "../answer/answer.js";
import type { Article, Sentence } from "../article.js";
import type { Library } from "../library.js";
import { CitationList } from "./citations.js";
import type { AnswerReply, NoAnswerReply } from "./reply.js";

/** Fields the answer engine may add to a quote. */
interface QuoteExtras {
  context?: string | null;
  alsoReportedBy?: readonly { article: Article; sentence: Sentence }[];
}

export const NOT_IN_ARTICLES = "The articles don't say.";

export function answerReply(library: Library, answer: Answer): AnswerReply | NoAnswerReply {
  if (!answer.answered) {
    return {
      kind: "no-answer",
      question: answer.question,
      text:
        answer.reason === "empty-question" ? "Please ask a question with some words in it." : NOT_IN_ARTICLES,
      suggestions: library.articles.slice(0, 5).map((article) => article.title),
      reason: answer.reason,
    };
  }
  const citations = new CitationList();
  // A quote far below the first is seldom an answer and only makes the reply harder to check.
  const shown = answer.quotes.filter((quote) => !quote.weak);
  const quotes = shown.map((quote: Quote & QuoteExtras) => ({
    text: quote.text,
    context: quote.context ?? null,
    source: citations.cite(quote.article),
    sentence: quote.sentence.n,
    alsoReportedBy: (quote.alsoReportedBy ?? []).map((other) => ({
      source: citations.cite(other.article),
      sentence: other.sentence.n,
    })),
  }));
  const note = (answer as { note?: string | null }).note ?? null;
  return { kind: "answer", question: answer.question, quotes, sources: citations.all, note };
}
