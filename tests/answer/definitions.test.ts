import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
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
});
