import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { createLibrary } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { collapseWhitespace } from "../../src/text/normalize.js";
import { SEEDS_DIR } from "../helpers.js";
import { readdirSync } from "node:fs";

const files = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => ({ file, text: readFileSync(join(SEEDS_DIR, file), "utf8") }));
const library = createLibrary(files.map((f) => parseArticle(f)));
const textOf = new Map(files.map((f) => [f.file, collapseWhitespace(f.text)]));

/** Words from the articles mixed with arbitrary strings: questions that sometimes match. */
const articleWords = [...new Set(files.flatMap((f) => f.text.split(/\s+/u)))].slice(0, 400);
const questionArb = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.array(fc.constantFrom(...articleWords), { minLength: 1, maxLength: 12 }).map((w) => `${w.join(" ")}?`),
);

describe("engine properties", () => {
  it("for any question, answering never throws and every quote is a verbatim sentence of its cited article", () => {
    // Speed is the benchmark's to show (npm run bench); a hang fails this test by its timeout.
    let quoted = 0;
    fc.assert(
      fc.property(questionArb, (question) => {
        const result = answer(library, question);
        quoted += result.quotes.length;
        expect(result.quotes.length).toBeLessThanOrEqual(3);
        for (const quote of result.quotes) {
          expect(quote.text).toBe(quote.sentence.text);
          expect(textOf.get(quote.article.file)).toContain(quote.text);
        }
        if (!result.answered) expect(result.quotes).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // The verbatim checks ran on real quotes, not only on abstentions.
    expect(quoted).toBeGreaterThan(0);
  });
});

/** Article-like text: lines of words, odd prefixes, links, headings, unicode. */
const lineArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom(
    " date 2025-04-16 ",
    "Post a Comment",
    "[](https://example.org/x)",
    "Heading Without Period",
    "",
    "\r",
    "\t",
  ),
  fc.array(fc.constantFrom(...articleWords), { minLength: 1, maxLength: 30 }).map((w) => `${w.join(" ")}.`),
  // What the parser mends must keep every offset exact: invisible characters inside words, list
  // markers, markdown hashes, footnote marks, clock times, a parenthesis closing on a full stop.
  fc
    .tuple(
      fc.constantFrom("", "- ", "* ", "• ", "1. ", "## ", "ZELENSKY: "),
      fc.array(
        fc.tuple(
          fc.constantFrom(...articleWords),
          fc.constantFrom(
            "",
            "\u00AD",
            "\u200B",
            "\u2060",
            "\uFEFF",
            ".[1]",
            ".[citation needed]",
            "!,",
            ".",
            ";",
          ),
          fc.constantFrom(" ", " 3 p.m. ", " (D-Calif.) ", " next spring ", ""),
        ),
        { minLength: 1, maxLength: 25 },
      ),
    )
    .map(
      ([marker, words]) => `${marker}${words.map(([w, inside, after]) => `${w}${inside}${after}`).join("")}.`,
    ),
);
const articleArb = fc.array(lineArb, { maxLength: 30 }).map((lines) => lines.join("\n"));

/** Whether offset `at` falls between two letters or digits of one word. */
const inWord = (text: string, at: number) =>
  /[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[at] ?? "");

describe("parser properties", () => {
  it("for any article text the parser never throws and every sentence's offsets point at its text", () => {
    let sentences = 0;
    fc.assert(
      fc.property(articleArb, (text) => {
        const article = parseArticle({ file: "x.txt", text });
        sentences += article.sentences.length;
        for (const sentence of article.sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(0);
          expect(sentence.end).toBeLessThanOrEqual(text.length);
          expect(collapseWhitespace(text.slice(sentence.start, sentence.end))).toBe(sentence.text);
          // A sentence starts and ends between words, never inside one.
          expect(inWord(text, sentence.start)).toBe(false);
          expect(inWord(text, sentence.end)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
    expect(sentences).toBeGreaterThan(0);
  });
});
