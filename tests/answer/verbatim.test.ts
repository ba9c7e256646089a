import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import type { Article, Sentence } from "../../src/article.js";
import { collapseWhitespace } from "../../src/text/normalize.js";
import { evalQuestions, seedLibrary, seedTexts } from "./seedLibrary.js";

const library = seedLibrary();
const { eval: evalSet, dev } = evalQuestions();

/** A sentence is verbatim when it is the file's own text at its offsets, whitespace collapsed. */
function expectVerbatim(article: Article, sentence: Sentence): void {
  const file = seedTexts.get(article.file) as string;
  expect(article.sentences[sentence.n - 1]).toBe(sentence);
  expect(collapseWhitespace(file.slice(sentence.start, sentence.end))).toBe(sentence.text);
}

describe("every answer quotes the articles verbatim", () => {
  it.each([...evalSet, ...dev].map((q) => [q.id, q.q] as const))(
    "%s: %s — quotes, corroborations and context are sentences of the cited articles",
    (_id, question) => {
      const reply = answer(library, question);
      for (const quote of reply.quotes) {
        expect(quote.text).toBe(quote.sentence.text);
        expectVerbatim(quote.article, quote.sentence);
        for (const other of quote.alsoReportedBy ?? []) {
          expectVerbatim(other.article, other.sentence);
          expect(other.article).not.toBe(quote.article);
        }
        if (quote.contextSentence) {
          expectVerbatim(quote.article, quote.contextSentence);
          expect(quote.context).toBe(quote.contextSentence.text);
          expect(quote.contextSentence.n).toBe(quote.sentence.n - 1);
        } else {
          expect(quote.context ?? null).toBeNull();
        }
      }
      expect(new Set(reply.quotes.map((q) => q.text)).size).toBe(reply.quotes.length);
    },
  );
});
