/** What every summary must be, on any article set: the checks a reader would make. */
import { expect } from "vitest";
import type { Quote } from "../../src/answer/answer.js";
import type { Library } from "../../src/library.js";
import { isBoilerplate, isHeadingLine, isPromotion } from "../../src/parse/lineKinds.js";
import { overviewOf } from "../../src/overview/articleOverview.js";

/** Checks every summary must pass, on any article set; returns the quotes' articles. */
export function expectReadableSummary(
  library: Library,
  quotes: readonly Quote[],
  readFile: (file: string) => string,
) {
  expect(quotes.length).toBeGreaterThanOrEqual(1);
  expect(quotes.length).toBeLessThanOrEqual(7);
  const seen = new Set<string>();
  for (const quote of quotes) {
    // Verbatim and cited: the article's own sentence, at its offsets in the file.
    const text = readFile(quote.article.file);
    expect(quote.text).toBe(quote.sentence.text);
    expect(text.slice(quote.sentence.start, quote.sentence.end).replace(/\s+/gu, " ").trim()).toBe(
      quote.text,
    );
    expect(library.byId.get(quote.article.id)).toBe(quote.article);
    // Never boilerplate, a heading, a question, or a sentence that needs the one before it.
    expect(
      isBoilerplate(quote.text) || isPromotion(quote.text) || isHeadingLine(quote.text),
      quote.text,
    ).toBe(false);
    expect(quote.text.endsWith("?")).toBe(false);
    expect(overviewOf(quote.article).dependent).not.toContain(quote.sentence.n);
    expect(/\b(?:contributed|reporting by)\b/iu.test(quote.text), quote.text).toBe(false);
    // Each quote is quoted once, and "also reported by" names other articles, each once.
    expect(seen.has(quote.text)).toBe(false);
    seen.add(quote.text);
    const also = quote.alsoReportedBy ?? [];
    expect(also.every((ref) => ref.article !== quote.article)).toBe(true);
    expect(new Set(also.map((ref) => ref.article)).size).toBe(also.length);
  }
  return new Set(quotes.map((q) => q.article.id));
}
