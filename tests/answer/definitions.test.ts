import { describe, expect, it } from "vitest";
import { answer, rankCandidates, readQuestion, retrieve } from "../../src/answer/answer.js";
import { rerankContext } from "../../src/answer/rerank.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { articleLibrary } from "./seedLibrary.js";

const described = (text: string) => {
  const sentence = parseArticle({ file: "s.txt", text: `Title\n\n${text}` }).sentences[0];
  return (sentence?.describedAt ?? []).map((at) => sentence?.terms[at]);
};

describe("'what is X': a sentence saying what X is", () => {
  it.each([
    ["Acrylonitrile, a flammable liquid used to make plastics, ruptured.", "acrylonitril"],
    ["They reached a sealed refuge station, a steel-walled chamber stocked with air.", "station"],
    ["The Network and Information Security Directive, known as NIS2, covers hospitals.", "nis2"],
    ["The North Atlantic Treaty Organization (NATO) is a military alliance.", "nato"],
    ["A strike at the state postal operator Kestpost held up the envelopes.", "kestpost"],
  ])("GIVEN %j THEN the parser marks %s as described", (text, term) => {
    expect(described(text)).toContain(term);
  });

  it.each([
    ["It is now 1.2 metres below the lip of the emergency spillway, according to Corvane.", "spillway"],
    ["The deal, including royalties on new mines, was signed on Friday.", "deal"],
  ])("GIVEN %j (a participle that works as a preposition) THEN %s is not read as described", (text, term) => {
    expect(described(text)).not.toContain(term);
  });

  it("GIVEN a list after a comma THEN no apposition is read", () => {
    expect(described("Kestpost, the railways and the ports were on strike.")).not.toContain("kestpost");
  });

  it("GIVEN 'what is X' THEN the sentence saying what X is answers, not one only naming it", () => {
    const strike = articleLibrary("strike.txt", "Postal strike", [
      "Halas defended the decision on postal ballots because of the Kestpost strike.",
      "The envelopes were held up by a strike at the state postal operator Kestpost on September 11.",
      "Kestpost workers returned on Friday.",
    ]);
    expect(answer(strike, "what is kestpost").quotes[0]?.text).toContain("state postal operator Kestpost");
  });

  it("GIVEN 'what exactly is X' THEN it asks what X is, as 'what is X' does, and the sentence saying so answers", () => {
    const dam = articleLibrary("dam.txt", "Dam spillway gives way", [
      "The reservoir is now 1.2 metres below the lip of the emergency spillway, according to Corvane.",
      "A spillway is a channel that carries surplus water safely around a dam.",
      "Engineers inspected the spillway on Tuesday.",
    ]);
    for (const question of ["What exactly is a spillway?", "what actually is a spillway"]) {
      const analyzed = readQuestion(dam, question);
      expect(analyzed.kind).toBe("definition");
      expect(analyzed.focus).toBe("spillway");
      const context = rerankContext(dam, analyzed);
      const ranked = rankCandidates(context, retrieve(dam, analyzed));
      expect(ranked[0]?.sentence.text).toMatch(/^A spillway is a channel/u);
    }
  });
});
