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

const landing = articleLibrary("landing.txt", "Flight diverted to Lorrick", [
  "A Kelvara Airways flight made an emergency landing at Lorrick Airport on Tuesday after an engine fire.",
  "Seven people were treated at the scene for minor injuries, and two were taken to Lorrick General Hospital.",
  "The airline said 64 passengers and four crew were on board.",
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
    // A port is a place of WordNet's, not a district or settlement: its people counted say so.
    ["Ushuaia, a port of about 60,000 people, sits on the Beagle Channel.", "port"],
  ])("GIVEN '%s' THEN a population figure, of '%s'", (text, term) => {
    const parsed = sentence(text);
    expect(parsed.terms[populationAt(defaultLexicon(), parsed)]).toBe(term);
  });

  it.each([
    "A toll of 12 people was reported.",
    "The city grew by 4 per cent.",
    "The city of Sumy was hit.",
    "The port handled a cargo of 300 tonnes.",
    "Seven people were treated at the scene, and two were taken to a hospital in Lorrick.",
  ])("GIVEN '%s' THEN no population figure", (text) => {
    expect(populationAt(defaultLexicon(), sentence(text))).toBe(-1);
  });

  it.each(["whats the population of lorrick", "How many people live in Lorrick?"])(
    "GIVEN %s, which the report does not give THEN no quote, though it counts people taken there",
    (question) => {
      const reply = answer(landing, question);
      expect(reply.answered).toBe(false);
      expect(reply.quotes).toEqual([]);
    },
  );

  it("GIVEN a port's population asked THEN the port of so many people answers, not a crowd counted there", () => {
    const port = articleLibrary("port.txt", "Cruise season opens in Ushuaia", [
      "Some 200 people gathered in Ushuaia on Monday to welcome the first cruise ship of the season.",
      "Ushuaia, a port of about 60,000 people, sits on the Beagle Channel.",
    ]);
    const reply = answer(port, "What is the population of Ushuaia?");
    expect(reply.quotes[0]?.text).toContain("a port of about 60,000 people");
    expect(reply.quotes.map((q) => q.text).join(" ")).not.toContain("200 people gathered");
  });

  it.each(["How many people live in Vessaria?", "whats the population of vessaria"])(
    "GIVEN %s THEN the place written with its people counted answers",
    (question) => {
      const reply = answer(blockade, question);
      expect(reply.answered).toBe(true);
      expect(reply.quotes[0]?.text).toContain("2.4 million people");
    },
  );
});
