import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { refersBackToPlace } from "../../src/answer/placeNouns.js";
import { populationAt } from "../../src/answer/population.js";
import { defaultLexicon } from "../../src/lexicon/defaultLexicon.js";
import { sentenceOf } from "./answerTypingHelpers.js";
import { articleLibrary } from "./seedLibrary.js";

/** The sentence of a one-sentence text, parsed as an article's. */
const sentence = (text: string) => {
  const parsed = sentenceOf(text);
  if (!parsed) throw new Error(`no sentence in ${text}`);
  return parsed;
};

const blockade = articleLibrary("blockade.txt", "Aid to Vessaria blocked", [
  "Talks to end the Vessaria war have also stalled, with Korland saying Wednesday it would keep blocking humanitarian aid from entering Vessaria, where a long offensive has turned the province into a wasteland, according to a medical charity.",
  "Korland's defence minister said blocking aid to the besieged territory of 2.4 million people was a means of pressure on the rebels.",
  "Some 300 people attended a rally in Korland on Sunday, and the police counted 12 buses.",
]);

describe("a place the sentence refers back to with 'the territory', 'the city'", () => {
  it.each([
    ["He said blocking aid to the besieged territory of 2.4 million people was a means of pressure.", true],
    ["Shelling hit the city overnight, the mayor said.", true],
    ["The talks in the city of Sumy ended.", false],
    ["He said that the state of the dollar had allowed lower prices.", false],
    ["The future for us is customer loyalty.", false],
  ])("GIVEN '%s' THEN a place referred back to: %s", (text, expected) => {
    expect(refersBackToPlace(defaultLexicon(), sentence(text))).toBe(expected);
  });

  it("GIVEN why, of a place the answering sentence calls 'the besieged territory' THEN that sentence answers", () => {
    const reply = answer(blockade, "Why is Korland blocking aid to Vessaria?");
    expect(reply.quotes[0]?.text).toContain("means of pressure");
  });
});

describe("a population written as a figure of its place", () => {
  it.each([
    ["Kharkiv, a city of 1.4 million, was hit again.", "citi"],
    ["He said blocking aid to the besieged territory of 2.4 million people was wrong.", "territori"],
    ["The island is home to about 30,000 people.", "home"],
    ["The village has 2,000 inhabitants.", "inhabit"],
  ])("GIVEN '%s' THEN a population figure, of '%s'", (text, term) => {
    const parsed = sentence(text);
    expect(parsed.terms[populationAt(defaultLexicon(), parsed)]).toBe(term);
  });

  it.each(["A toll of 12 people was reported.", "The city grew by 4 per cent.", "The city of Sumy was hit."])(
    "GIVEN '%s' THEN no population figure",
    (text) => {
      expect(populationAt(defaultLexicon(), sentence(text))).toBe(-1);
    },
  );

  it.each(["How many people live in Vessaria?", "whats the population of vessaria"])(
    "GIVEN %s THEN the place written with its people counted answers",
    (question) => {
      const reply = answer(blockade, question);
      expect(reply.answered).toBe(true);
      expect(reply.quotes[0]?.text).toContain("2.4 million people");
    },
  );
});
