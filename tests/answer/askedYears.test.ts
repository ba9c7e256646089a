import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { isYearToken } from "../../src/answer/askedYears.js";
import { createLibrary } from "../../src/library.js";
import { analyzeTokens } from "../../src/nlp/wink.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { seedLibrary } from "./seedLibrary.js";

/** Whether the question's word `word` is read as a year. */
function readsAsYear(question: string, word: string): boolean {
  const tokens = analyzeTokens(question);
  return isYearToken(
    tokens,
    tokens.findIndex((token) => token.text === word),
  );
}

describe("a year in the question", () => {
  it.each([
    ["How many people were killed in 2024?", "2024"],
    ["Who won the 2020 election?", "2020"],
    ["WHAT HAPPENED IN KYIV IN 1991", "1991"],
  ])("GIVEN %s THEN %s is a year", (question, word) => {
    expect(readsAsYear(question, word)).toBe(true);
  });

  it.each([
    // A count of the noun after it, not a year.
    ["How many of the 1500 soldiers came home?", "1500"],
    ["How many people were killed in 24 strikes?", "24"],
  ])("GIVEN %s THEN %s is no year", (question, word) => {
    expect(readsAsYear(question, word)).toBe(false);
  });
});

describe("a question naming a year is answered only from an article of that year", () => {
  // Four of the five are dated 2025 and one is undated; they name 2022 (the invasion), never 2024.
  const seeds = seedLibrary();

  it("GIVEN the seeds, which never mention 2024 and were written in 2025 THEN a 2024 question gets no quote", () => {
    const reply = answer(seeds, "How many people were killed in Ukraine in 2024?");
    expect(reply.answered).toBe(false);
    expect(reply.quotes).toEqual([]);
  });

  it("GIVEN the same question for 2025, the year the articles were written THEN it is answered", () => {
    expect(answer(seeds, "How many people were killed in Ukraine in 2025?").answered).toBe(true);
  });

  const floods = createLibrary([
    parseArticle({
      file: "floods.txt",
      text: "Floods in Varno\n\nFloods killed 40 people in Varno in 2023, the regional governor said.\n",
    }),
    parseArticle({
      file: "storm.txt",
      text: "date 2024-11-02\nStorm hits Varno\n\nThe storm killed 12 people in Varno on Friday, police said.\n",
    }),
  ]);

  it.each([
    // The year in the sentence.
    [
      "How many people were killed in Varno in 2023?",
      "Floods killed 40 people in Varno in 2023, the regional governor said.",
    ],
    // The year of the article's date: "on Friday" of a report written in 2024.
    [
      "How many people were killed in Varno in 2024?",
      "The storm killed 12 people in Varno on Friday, police said.",
    ],
  ])(
    "GIVEN two reports of deaths in Varno, of 2023 and 2024, WHEN asked %s THEN the quote is that year's",
    (question, quote) => {
      const reply = answer(floods, question);
      expect(reply.quotes.map((q) => q.text)).toEqual([quote]);
    },
  );

  it("GIVEN neither report is of 2019 THEN a 2019 question gets no quote", () => {
    expect(answer(floods, "How many people were killed in Varno in 2019?").quotes).toEqual([]);
  });

  it("GIVEN no year asked THEN both reports may answer", () => {
    expect(answer(floods, "How many people were killed in Varno?").quotes.length).toBeGreaterThan(0);
  });
});
