/** Turns a comparison into a reply: each article's citation beside its sentences on the topic. */
import type { Comparison } from "../answer/compare.js";
import { CitationList } from "./citations.js";
import type { CompareReply } from "./reply.js";

export const EMPTY_TOPIC =
  "That topic has only common words: name a subject, such as minerals deal or Rubio.";

/** What the reply says when no article has anything on the topic. */
export function notMentioned(topic: string): string {
  return `The articles don't mention “${topic}”.`;
}

export function compareReply(comparison: Comparison): CompareReply {
  const citations = new CitationList();
  return {
    kind: "compare",
    topic: comparison.topic,
    articles: comparison.articles.map((view) => ({
      source: citations.citation(view.article),
      quotes: view.quotes.map((quote) => ({
        text: quote.text,
        context: quote.context ?? null,
        sentence: quote.sentence.n,
      })),
    })),
    unmentioned: comparison.unmentioned.map((article) => citations.citation(article)),
    note: comparison.note,
    empty: comparison.articles.length
      ? null
      : comparison.reason === "empty-topic"
        ? EMPTY_TOPIC
        : notMentioned(comparison.topic),
  };
}
