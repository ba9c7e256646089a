import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { createLibrary } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";

// Pages hyphenate long words with soft hyphens (&shy;) and join them with zero-width characters:
// a reader sees one word, and so must the index; the quote stays the article's own text.
describe("a word written with invisible characters inside it", () => {
  const text =
    "Harbour fire\n\nA fire broke out at the har\u00ADbour on Sunday. Three peo\u00ADple were hu\u200Brt in Kyi\u00ADv\u2019s port district.\n\nThe cause is unknown.\n";
  const article = parseArticle({ file: "fire.txt", text });

  it("GIVEN soft hyphens and zero-width spaces THEN the words are indexed whole and a question on them answers", () => {
    const hurt = article.sentences[1];
    expect(hurt?.terms).toEqual(expect.arrayContaining(["peopl", "hurt", "kyiv", "port"]));
    const reply = answer(createLibrary([article]), "how many people were hurt?");
    expect(reply.quotes[0]?.text).toBe(
      "Three peo\u00ADple were hu\u200Brt in Kyi\u00ADv\u2019s port district.",
    );
    expect(answer(createLibrary([article]), "where did the fire break out?").quotes[0]?.text).toBe(
      "A fire broke out at the har\u00ADbour on Sunday.",
    );
  });

  it("GIVEN invisible characters THEN every sentence's offsets still point at its text as written", () => {
    for (const sentence of article.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(article.sentences.map((s) => s.text)).toEqual([
      "A fire broke out at the har\u00ADbour on Sunday.",
      "Three peo\u00ADple were hu\u200Brt in Kyi\u00ADv\u2019s port district.",
      "The cause is unknown.",
    ]);
  });
});
