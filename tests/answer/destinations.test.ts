import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { asksWhereTo } from "../../src/answer/questionForm.js";
import { articleLibrary } from "./seedLibrary.js";
import { sentenceOf } from "./answerTypingHelpers.js";

/** The words of a sentence the parser marks as where someone or something went. */
function destinations(text: string): string[] {
  const sentence = sentenceOf(text);
  return (sentence?.destinationAt ?? []).map((at) => sentence?.terms[at] as string);
}

describe("where someone or something went, in an article's sentence", () => {
  it("GIVEN a verb or noun of going before 'to', 'for' or a visit THEN the place after it is a destination", () => {
    expect(destinations("Marco Rubio was headed Wednesday to Paris for talks, his office said.")).toEqual([
      "pari",
    ]);
    expect(destinations("He flew to London on Monday and left for Kyiv a day later.")).toEqual([
      "london",
      "kyiv",
    ]);
    expect(destinations("Ukraine's prime minister is set to visit Washington next week.")).toContain(
      "washington",
    );
    expect(destinations("Officials said the train was traveling to a chemical yard in Redfield.")).toEqual(
      expect.arrayContaining(["yard", "redfield"]),
    );
  });

  it("GIVEN 'to' after a verb of speaking or sending, or a place only reached THEN nothing is a destination", () => {
    expect(destinations("Rubio spoke to Lavrov by phone on Thursday.")).toEqual([]);
    expect(destinations("He sent a letter to Putin last month.")).toEqual([]);
    expect(destinations("By the time the train reached Tamsworth, the axle had broken.")).toEqual([]);
    expect(destinations("Talks were held in Paris on Thursday.")).toEqual([]);
  });
});

describe("a where-question about going somewhere", () => {
  it("GIVEN a verb of going, or 'to' at the end THEN it asks where someone went; 'take place' and 'going to be' do not", () => {
    expect(asksWhereTo("where was the train going")).toBe(true);
    expect(asksWhereTo("where was rubio flying off to on wednesday?")).toBe(true);
    expect(asksWhereTo("Where were the rescued miners taken for care?")).toBe(true);
    expect(asksWhereTo("where is the next meeting going to be")).toBe(false);
    expect(asksWhereTo("where have the earlier rounds of negotiations taken place")).toBe(false);
    expect(asksWhereTo("where did the trapped miners take shelter")).toBe(false);
    expect(asksWhereTo("where was the last sensor the train went past")).toBe(false);
  });

  it("GIVEN 'where was X flying to' THEN the verb only frames it: the articles may say 'headed'", () => {
    const question = analyzeQuestion("where was rubio flying off to on wednesday?");
    const verb = question.concepts.find((c) => c.term.startsWith("fl"));
    expect(verb?.framing).toBe(true);
    // Asked where he met someone, the verb is what the question is about.
    expect(
      analyzeQuestion("where did rubio meet lavrov").concepts.find((c) => c.term === "meet")?.framing,
    ).toBe(false);
  });

  const library = articleLibrary("derailment.txt", "Freight train derails", [
    "A freight train derailed in Tamsworth early on Monday, spilling chemicals near the Fenwick Street crossing.",
    "The train had 94 cars and was headed to Redfield, the railroad said.",
    "Secretary Amos Dell was headed Tuesday to Lisbon for talks on the rail network, his office said.",
    "Dell later met rail executives in Porto.",
  ]);

  it("GIVEN one sentence placing the train and one saying where it was headed WHEN asked where it was going THEN the destination comes first", () => {
    expect(answer(library, "where was the train going").quotes[0]?.text).toContain("headed to Redfield");
  });

  it("GIVEN 'was headed Tuesday to Lisbon' WHEN asked where he was flying off to on Tuesday THEN that sentence answers", () => {
    const reply = answer(library, "where was dell flying off to on tuesday?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toContain("to Lisbon");
  });
});
