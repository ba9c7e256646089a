import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { analyzeTokens } from "../../src/nlp/wink.js";
import { opensText } from "../../src/parse/openingNames.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { answerableFor, libraryOf } from "../answer/answerTypingHelpers.js";

/** Whether the word `word` of the text opens it. */
function opens(text: string, word: string): boolean {
  const tokens = analyzeTokens(text);
  return opensText(
    tokens,
    tokens.findIndex((token) => token.text === word),
  );
}

/** The words of each sentence of the article that are read as names. */
function namesBySentence(...sentences: string[]): string[][] {
  const article = parseArticle({ file: "a.txt", text: `Report\n\n${sentences.join("\n\n")}` });
  return article.sentences.map((sentence) =>
    (sentence.nameAt ?? []).map((at) => sentence.terms[at] as string),
  );
}

describe("the word that opens a sentence", () => {
  it.each([
    ["Police estimate the crowd at 12,000.", "Police"],
    ["20:10 — Scuffles have broken out near the parliament.", "Scuffles"],
    ["9.30 am – Officials say the road is closed.", "Officials"],
    ["PARIS — Secretary Rubio says America may move on.", "Secretary"],
    ["KYIV (Reuters) — Officials said the strike hit a school.", "Officials"],
    ["“Negotiations are hard,” he said.", "Negotiations"],
  ])("GIVEN %s THEN %s opens it", (text, word) => {
    expect(opens(text, word)).toBe(true);
  });

  it.each([
    // A dash inside the sentence: the capital is the name's.
    ["The envoys — Witkoff and Rubio — met in Paris.", "Witkoff"],
    ["Talks ended on Friday - Officials said nothing more.", "Officials"],
    ["The talks were held in Paris.", "Paris"],
  ])("GIVEN %s THEN %s does not", (text, word) => {
    expect(opens(text, word)).toBe(false);
  });
});

describe("a capitalised common word opening a sentence is no name", () => {
  it("GIVEN common nouns opening sentences, one after a live report's time stamp THEN none is a name", () => {
    const names = namesBySentence(
      "Photos released by the agency showed rows of cakes inside a devastated bakery.",
      "20:10 — Scuffles have broken out near the parliament, where protesters pushed at a police cordon.",
      "Police estimate the crowd at 12,000.",
    );
    expect(names).toEqual([[], [], []]);
  });

  it("GIVEN names opening sentences THEN each stays a name: unknown to WordNet, only a name there, or written as one inside a sentence", () => {
    const names = namesBySentence(
      "Halas defends the decision on postal ballots.",
      "Russia launched 40 drones overnight.",
      "President Donald Trump spoke to reporters on Monday.",
      "Trump said a deal was close.",
    );
    expect(names[0]).toContain("hala");
    expect(names[1]).toContain("russia");
    expect(names[3]).toContain("trump");
  });
});

describe("what a user sees", () => {
  const library = libraryOf([
    "Mount Tessaly is a dormant volcano in the north of Varnia and the highest peak of the Varn range.",
    "Tens of thousands of people climb Mount Tessaly every year, and no technical climbing skills are needed.",
    "The first recorded ascent of the summit was made in 1871 by the Varnian surveyor Anton Relk and the guide Pavel Dorn.",
    "Photos released by the park showed crowds on the summit path.",
  ]);

  it.each([
    "Who was the first person to climb Mount Tessaly?",
    "who was the first person to climb mount tessaly",
  ])(
    "GIVEN %s THEN it is answered with the people who first climbed it, not with 'Tens of thousands' taken for a name",
    (question) => {
      const reply = answer(library, question);
      expect(reply.answered).toBe(true);
      expect(reply.quotes[0]?.text).toMatch(/^The first recorded ascent/u);
    },
  );

  it("GIVEN a sentence opening on people the question does not name ('Mediators from Qatar proposed…') THEN it answers 'who', as a name would", () => {
    const talks = libraryOf([
      "Mediators from Qatar proposed a ceasefire of 30 days on Monday.",
      "Scuffles broke out near the ceasefire talks in Doha on Monday.",
    ]);
    expect(answerableFor(talks, "Who proposed the ceasefire?")[0]).toMatch(/^Mediators/u);
    // Scuffles are no people: nothing in their sentence says who.
    expect(answerableFor(talks, "Who was near the ceasefire talks in Doha?")).not.toContainEqual(
      expect.stringMatching(/^Scuffles/u),
    );
  });

  it("GIVEN a question in lower case THEN a word the articles capitalise only to open a sentence is read as a word, not a name", () => {
    const question = analyzeQuestion("what did the photos from the park show", undefined, library.names);
    const photos = question.concepts.find((concept) => concept.term === "photo");
    expect(photos?.isName).toBe(false);
  });
});
