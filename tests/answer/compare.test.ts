import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { compareArticles, MIN_TOPIC_CONFIDENCE, type Comparison } from "../../src/answer/compare.js";
import type { Article, Sentence } from "../../src/article.js";
import { collapseWhitespace } from "../../src/text/normalize.js";
import { seedLibrary, seedTexts } from "./seedLibrary.js";

const library = seedLibrary();
const ids = (articles: readonly Article[]) => articles.map((a) => a.id.slice(0, 3));
const compared = (comparison: Comparison) => ids(comparison.articles.map((v) => v.article));

/** A sentence is verbatim when it is the file's own text at its offsets, whitespace collapsed. */
function expectVerbatim(article: Article, sentence: Sentence): void {
  const file = seedTexts.get(article.file) as string;
  expect(article.sentences[sentence.n - 1]).toBe(sentence);
  expect(collapseWhitespace(file.slice(sentence.start, sentence.end))).toBe(sentence.text);
}

const TOPICS = [
  "minerals deal",
  "ceasefire",
  "Rubio",
  "sanctions",
  "Kharkiv injuries",
  "Sumy",
  "London talks",
];

describe("compareArticles: each article's say on a topic", () => {
  it("GIVEN a topic every article covers THEN each article is listed once, with 1–2 sentences of its own", () => {
    const comparison = compareArticles(library, "minerals deal");
    expect(comparison.reason).toBeNull();
    expect(compared(comparison).sort()).toEqual(["000", "001", "002", "003", "004"]);
    expect(comparison.unmentioned).toEqual([]);
    for (const view of comparison.articles) {
      expect(view.quotes.length).toBeGreaterThanOrEqual(1);
      expect(view.quotes.length).toBeLessThanOrEqual(2);
      for (const quote of view.quotes) {
        expect(quote.article).toBe(view.article);
        expect(quote.text).toMatch(/mineral/iu);
      }
    }
  });

  it.each(TOPICS)(
    "GIVEN %j THEN articles run best first, and each article's sentences best first",
    (topic) => {
      const comparison = compareArticles(library, topic);
      expect(comparison.articles.length).toBeGreaterThan(0);
      const scores = comparison.articles.map((v) => v.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const view of comparison.articles) {
        expect(view.quotes[0]?.score).toBeCloseTo(view.score, 2);
        const quoteScores = view.quotes.map((q) => q.score);
        expect(quoteScores).toEqual([...quoteScores].sort((a, b) => b - a));
        expect(view.confidence).toBeGreaterThanOrEqual(MIN_TOPIC_CONFIDENCE);
      }
      // Every article is either compared or listed as not mentioning the topic, never both.
      const all = [...compared(comparison), ...ids(comparison.unmentioned)].sort();
      expect(all).toEqual(ids(library.articles));
    },
  );

  it.each(TOPICS)(
    "GIVEN %j THEN every sentence (and its context) is the article's text at its offsets",
    (topic) => {
      const comparison = compareArticles(library, topic);
      expect(comparison.articles.length).toBeGreaterThan(0);
      for (const view of comparison.articles) {
        for (const quote of view.quotes) {
          expect(quote.text).toBe(quote.sentence.text);
          expectVerbatim(view.article, quote.sentence);
          if (quote.contextSentence) {
            expectVerbatim(view.article, quote.contextSentence);
            expect(quote.context).toBe(quote.contextSentence.text);
            // The context is never one of the article's own quotes shown again.
            expect(view.quotes.map((q) => q.sentence)).not.toContain(quote.contextSentence);
          }
        }
        expect(new Set(view.quotes.map((q) => q.text)).size).toBe(view.quotes.length);
      }
    },
  );

  it("GIVEN a topic only some articles cover THEN the others are listed as not mentioning it", () => {
    const sanctions = compareArticles(library, "sanctions");
    expect(compared(sanctions)).toEqual(["003"]);
    expect(ids(sanctions.unmentioned)).toEqual(["000", "001", "002", "004"]);
    const kharkiv = compareArticles(library, "Kharkiv");
    expect(compared(kharkiv).sort()).toEqual(["001", "002"]);
  });

  it("GIVEN an article that only shares one word of the topic THEN it is not quoted for it", () => {
    // "secure" stems like "security": 000 and 003 have it, but nothing on security guarantees.
    const comparison = compareArticles(library, "security guarantees");
    expect(compared(comparison).sort()).toEqual(["001", "002", "004"]);
    expect(ids(comparison.unmentioned)).toEqual(["000", "003"]);
    for (const view of comparison.articles) expect(view.quotes[0]?.text).toMatch(/security guarantees/u);
  });

  it("GIVEN the engine restricted to one article THEN its first sentence is the one /ask would quote there", () => {
    for (const topic of ["minerals deal", "Rubio", "ceasefire"]) {
      const views = compareArticles(library, topic).articles;
      expect(views.length).toBeGreaterThan(0);
      for (const view of views) {
        const asked = answer(library, topic, { articleId: view.article.id, top: 1 });
        expect(view.quotes[0]?.text).toEqual(expect.any(String));
        expect(view.quotes[0]?.text).toBe(asked.quotes[0]?.text);
      }
    }
  });

  it("GIVEN perArticle 1 THEN one sentence per article", () => {
    const comparison = compareArticles(library, "Rubio", { perArticle: 1 });
    expect(comparison.articles.length).toBe(5);
    for (const view of comparison.articles) expect(view.quotes).toHaveLength(1);
    expect(compareArticles(library, "Rubio").articles.some((v) => v.quotes.length === 2)).toBe(true);
  });

  it.each([
    ["population of Canada", "unknown-names"],
    // Two words side by side that no article has, typed in one case: a name the articles lack.
    ["bitcoin price", "unknown-names"],
    ["football", "no-match"],
    ["weather in Paris", "no-match"],
    ["the", "empty-topic"],
    ["what is it about", "empty-topic"],
  ] as const)("GIVEN %j, which the articles don't cover THEN no article is quoted (%s)", (topic, reason) => {
    const comparison = compareArticles(library, topic);
    expect(comparison.articles).toEqual([]);
    expect(comparison.unmentioned).toHaveLength(library.articles.length);
    expect(comparison.reason).toBe(reason);
    expect(comparison.note).toBeNull();
  });
});

describe("compareArticles: figures the articles disagree on", () => {
  it("GIVEN the Kharkiv strike, where 001 says more than 60 were hurt and 002 says 98 THEN the comparison says so", () => {
    for (const topic of [
      "Kharkiv injuries",
      "injured in Kharkiv",
      "How many people were injured in Kharkiv?",
    ]) {
      const comparison = compareArticles(library, topic);
      expect(compared(comparison).sort()).toEqual(["001", "002"]);
      expect(comparison.disagreement?.figures.map((f) => f.text).sort()).toEqual(["98", "more than 60"]);
      expect(comparison.disagreement?.figures.map((f) => f.article.id.slice(0, 3)).sort()).toEqual([
        "001",
        "002",
      ]);
      expect(comparison.note).toMatch(/^The reports give different figures: .*98.*/u);
    }
  });

  it.each(["Kharkiv", "children", "Rubio", "minerals deal", "Sumy strike", "Kryvyi Rih"])(
    "GIVEN %j, where no two articles count the same thing differently THEN no disagreement",
    (topic) => {
      const comparison = compareArticles(library, topic);
      expect(comparison.articles.length).toBeGreaterThan(0);
      expect(comparison.disagreement).toBeNull();
      expect(comparison.note).toBeNull();
    },
  );
});
