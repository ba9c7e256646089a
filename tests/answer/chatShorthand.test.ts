import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { expandShorthand, parseShorthand } from "../../src/answer/chatShorthand.js";
import { holdsTerm } from "../../src/library.js";
import { analyzeTokens } from "../../src/nlp/wink.js";
import { wordTerm } from "../../src/text/terms.js";
import { articleLibrary, seedLibrary } from "./seedLibrary.js";

const blast = articleLibrary("blast.txt", "Tamsworth blast", [
  "The blast in Tamsworth hurt the town's economy for years, officials said on Monday.",
  "About 40 people were hurt in the blast, police said.",
  "The factory's owner, Halvorsen, said: \"I'm not going anywhere.\"",
]);

const conceptTerms = (text: string) =>
  analyzeQuestion(text, undefined, blast.names, (term) => holdsTerm(blast, term)).concepts.map((c) => c.term);

describe("'I'm' is the pronoun and a form of 'be', not a name", () => {
  it("GIVEN 'I'm', 'I’m' or 'I'M' THEN wink's one token is read as 'I' and ''m', both stop words, at their own offsets", () => {
    for (const text of [
      "I'm sure it was Halvorsen",
      "I’m sure it was Halvorsen",
      "I'M SURE IT WAS HALVORSEN",
    ]) {
      const tokens = analyzeTokens(text).slice(0, 2);
      expect(tokens.map((t) => [t.text.toLowerCase(), t.lemma, t.stop])).toEqual([
        ["i", "i", true],
        [text.slice(1, 3).toLowerCase(), "be", true],
      ]);
      for (const token of tokens)
        expect(text.slice(token.start, token.start + token.text.length)).toBe(token.text);
    }
  });

  it("GIVEN a quote saying \"I'm…\" in an article THEN 'i'm' is none of the articles' names", () => {
    expect([...blast.names].sort()).toEqual(["halvorsen", "tamsworth"]);
  });

  it("GIVEN a question opening 'I'm confused' or 'im confused' THEN it is answered, not refused as naming something no article has", () => {
    for (const question of [
      "I'm confused, who hosted the Paris talks?",
      "im confused, who hosted the paris talks",
    ]) {
      const reply = answer(seedLibrary(), question);
      expect(reply.reason).toBeNull();
      expect(reply.quotes[0]?.text).toContain("Emmanuel Macron");
    }
  });
});

describe("a question word's contraction wink reads whole ('when'll', 'when'd') is the word and an auxiliary", () => {
  it("GIVEN 'when'll', 'where'll' or 'When’d' THEN they are read as 'when' / 'where' and the auxiliary, both stop words, at their own offsets", () => {
    for (const [text, auxiliary] of [
      ["when'll the deal be signed", "will"],
      ["where'll they meet", "will"],
      ["When’d it start", "would"],
    ] as const) {
      const tokens = analyzeTokens(text).slice(0, 2);
      const word = text.slice(0, text.search(/['’]/u));
      expect(tokens.map((t) => [t.text, t.lemma, t.stop])).toEqual([
        [word, word.toLowerCase(), true],
        [text.slice(word.length, text.indexOf(" ")), auxiliary, true],
      ]);
      for (const token of tokens)
        expect(text.slice(token.start, token.start + token.text.length)).toBe(token.text);
    }
  });

  it("GIVEN 'when'll the deal be signed' THEN it is answered as 'when will the deal be signed', not refused for naming what no article has", () => {
    const written = answer(seedLibrary(), "when will the deal be signed");
    const contracted = answer(seedLibrary(), "when'll the deal be signed");
    expect(contracted.reason).toBeNull();
    expect(contracted.quotes[0]?.text).toBe(written.quotes[0]?.text);
  });
});

describe("chat shorthand is read as what it stands for", () => {
  it("GIVEN 'ppl', 'govt' or 'n' THEN the question's words are people, government, and", () => {
    expect(conceptTerms("how many ppl were hurt in the blast")).toContain(wordTerm("people"));
    expect(conceptTerms("what did the govt say about the blast")).toContain(wordTerm("government"));
    expect(conceptTerms("how many ppl n cars were hurt")).not.toContain("n");
  });

  it("GIVEN 'w' for 'with' THEN the phrase it ends is read ('sat down w' as 'sat down with': met)", () => {
    expect(expandShorthand("has witkoff sat down w putin")).toBe("has witkoff sat down with putin");
    const reply = answer(seedLibrary(), "how many times has witkoff actually sat down w putin");
    expect(reply.reason).toBeNull();
    expect(reply.quotes[0]?.text).toMatch(/three times|third meeting/u);
  });

  it("GIVEN 'presser' for a press conference THEN the question is read as asking about one", () => {
    expect(expandShorthand("who was trump doing the presser with")).toBe(
      "who was trump doing the press conference with",
    );
    const reply = answer(
      seedLibrary(),
      "who was trump doing the presser with when he talked up the minerals deal",
    );
    expect(reply.quotes[0]?.text).toContain("press conference with Italian leader Giorgia Meloni");
  });

  it("GIVEN fillers ('tbh', 'idk') THEN they go, and the question after them is answered", () => {
    const reply = answer(blast, "tbh idk how many people were hurt in the blast");
    expect(reply.reason).toBeNull();
    expect(reply.quotes[0]?.text).toBe("About 40 people were hurt in the blast, police said.");
    expect(expandShorthand("tbh, who hosted the talks")).toBe("who hosted the talks");
  });

  it("GIVEN a shouted question THEN the words written out stay in capitals, so it is still read as one case", () => {
    expect(expandShorthand("WHAT R PUTINS CONDITIONS")).toBe("WHAT ARE PUTINS CONDITIONS");
    expect(expandShorthand("Wat did ppl say")).toBe("What did people say");
    const reply = answer(seedLibrary(), "WHAT R PUTINS CONDITIONS FOR A PEACE DEAL");
    expect(reply.reason).toBeNull();
    expect(reply.quotes[0]?.text).toMatch(/Putin/u);
  });

  it("GIVEN a word the articles hold THEN it stays as typed; inside an abbreviation or a longer word it is no shorthand", () => {
    const table = parseShorthand({ words: { bc: "because", u: "you" } });
    expect(expandShorthand("what happened in 44 bc", (w) => w === "bc", table)).toBe(
      "what happened in 44 bc",
    );
    expect(expandShorthand("what happened in 44 bc", () => false, table)).toBe("what happened in 44 because");
    expect(expandShorthand("did the U.S. or u.n. say so", () => false, table)).toBe(
      "did the U.S. or u.n. say so",
    );
  });
});
