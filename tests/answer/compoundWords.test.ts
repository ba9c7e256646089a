import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { answer } from "../../src/answer/answer.js";
import { holdsTerm } from "../../src/library.js";
import { analyzeTokens } from "../../src/nlp/wink.js";
import { termStrings, wordTerm } from "../../src/text/terms.js";
import { articleLibrary } from "./seedLibrary.js";

const terms = (text: string) => termStrings(analyzeTokens(text));

/** One outlet's style: "ceasefire" in one word, "air strikes" in two, "cyber-attack" hyphenated. */
const library = articleLibrary("front.txt", "Truce talks stall as shelling goes on", [
  "Artillery fire continued along the river overnight, the army said.",
  "Mediators from Qatar proposed a ceasefire of 30 days on Monday.",
  "Four air strikes hit the port of Selvane before dawn, killing two dock workers.",
  "Two shells hit a grain store near the port on Tuesday.",
  "A cyber-attack took the regional water company offline on Sunday.",
  "Turnout in the local vote reached 61 percent.",
]);
const firstQuote = (question: string) => answer(library, question).quotes[0]?.text ?? "(refused)";
/** The terms a question is asked with, of the library given (the outlet's above by default). */
const conceptTerms = (question: string, of = library) =>
  analyzeQuestion(question, undefined, of.names, (term) => holdsTerm(of, term)).concepts.map((c) => c.term);

describe("compound words, written as one word, two or with a hyphen", () => {
  it("GIVEN a hyphenated word or compound THEN the joined word is among its terms, its own words kept", () => {
    expect(terms("co-pilot")).toEqual(terms("copilot"));
    expect(terms("an e-mail")).toEqual(terms("an email"));
    expect(terms("the cease-fire held")).toEqual(expect.arrayContaining(terms("ceasefire")));
    expect(terms("the cease-fire held")).toEqual(
      expect.arrayContaining([wordTerm("cease"), wordTerm("fire")]),
    );
    expect(terms("two air-strikes")).toContain(wordTerm("airstrike"));
  });

  it("GIVEN a hyphenated word whose joined stem would be another word's THEN it is not that word", () => {
    // "villagate" stems as "villag", the term of "village"; the gates of a villa are not one.
    expect(terms("the villa-gate was shut")).not.toContain(wordTerm("village"));
    expect(terms("protesters at the villa-gates")).not.toContain(wordTerm("village"));
    expect(terms("protesters at the villa-gates")).toEqual(
      expect.arrayContaining([wordTerm("villa"), wordTerm("gate")]),
    );
  });

  it("GIVEN a hyphen between names, figures or in a longer chain THEN nothing is joined", () => {
    expect(terms("the Russia-Ukraine talks")).not.toContain(wordTerm("russiaukraine"));
    expect(terms("a 20-year-old driver")).not.toContain(wordTerm("20yearold"));
    expect(terms("face-to-face talks")).not.toContain(wordTerm("facetoface"));
  });

  it("GIVEN a compound the articles write as one word WHEN a question writes it apart or hyphenated THEN the sentence with it answers", () => {
    for (const question of [
      "Who proposed a cease fire?",
      "who proposed a cease fire",
      "WHO PROPOSED A CEASE FIRE?",
      "Who proposed a cease-fire?",
    ])
      expect(firstQuote(question), question).toContain("proposed a ceasefire");
  });

  it("GIVEN a compound the articles hyphenate WHEN a question writes it as one word THEN it finds it", () => {
    expect(firstQuote("When did the cyberattack happen?")).toContain("cyber-attack");
  });

  it("GIVEN a word no article or dictionary has that is two of the articles' words run together THEN it is read apart", () => {
    expect(conceptTerms("How many airstrikes hit the port?")).toEqual(
      expect.arrayContaining([wordTerm("air"), wordTerm("strike")]),
    );
    expect(firstQuote("How many airstrikes hit the port?")).toContain("air strikes");
    expect(firstQuote("HOW MANY AIRSTRIKES HIT THE PORT?")).toContain("air strikes");
    // Opening the question, the word has its capital.
    expect(firstQuote("Airstrikes on the port: how many were there?")).toContain("air strikes");
    expect(firstQuote("Cease fire: who proposed one?")).toContain("proposed a ceasefire");
    // Its first part need not be in a dictionary ("cyber"), only its head ("attack").
    const apart = articleLibrary("grid.txt", "Hackers hit the grid", [
      "A cyber attack shut down the regional power grid for six hours on Sunday.",
      "Engineers restored power to most homes by the evening.",
    ]);
    expect(answer(apart, "When did the cyberattack happen?").quotes[0]?.text).toContain("cyber attack");
  });

  it("GIVEN two words that are a phrase, not a compound, or a name THEN they stay apart", () => {
    // "Turnout" is the articles' word, but "turn out" is a verb and its particle.
    expect(conceptTerms("how did the vote turn out")).toContain(wordTerm("turn"));
    expect(conceptTerms("how did the vote turn out")).not.toContain(wordTerm("turnout"));
    // A capital may start a name: "Cease Fire" in a cased question is read as written.
    expect(conceptTerms("What is Cease Fire?")).not.toContain(wordTerm("ceasefire"));
  });

  it("GIVEN two words whose joined word stems as another word of the articles THEN they stay apart", () => {
    // "villagate" stems as "villag", the term of "village": the gates of the villa are not a village.
    const estate = articleLibrary("estate.txt", "Farmers march on the villa", [
      "Protesters have gathered at the gates of the villa on Sunday.",
      "Water trucks reached two villages in the valley.",
    ]);
    const terms = conceptTerms("who gathered at the villa gates", estate);
    expect(terms).toEqual(expect.arrayContaining([wordTerm("villa"), wordTerm("gate")]));
    expect(terms).not.toContain(wordTerm("village"));
    expect(answer(estate, "who gathered at the villa gates").quotes[0]?.text).toContain("gates of the villa");
  });
});
