import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { unknownAcronyms, writeOutAcronyms } from "../../src/answer/acronyms.js";
import { holdsTerm } from "../../src/library.js";
import { articleLibrary } from "./seedLibrary.js";

const derailment = articleLibrary("derailment.txt", "Freight train derails in Tamsworth", [
  "A freight train carrying acrylonitrile derailed in Tamsworth on Monday night.",
  "The National Transportation Safety Board said a trackside detector had recorded the bearing's heat.",
  "The data show the detector worked as designed, said Paula Ferrante, who leads the investigation.",
  "Officials from NATO were not involved.",
]);
/** The question's concept terms no article holds, as answer() reads them. */
const unknown = (question: string) =>
  new Set(
    analyzeQuestion(question, undefined, derailment.names)
      .concepts.filter((c) => !c.framing && !holdsTerm(derailment, c.term))
      .map((c) => c.term),
  );
/** The question with the capitals the articles lack written out as the library's one article writes the name. */
const writeOut = (question: string) =>
  writeOutAcronyms(derailment, question, unknownAcronyms(question, unknown(question)), [0]);

describe("a question's capitals for a name the articles write out", () => {
  it("GIVEN capitals no article has and a name with those initials THEN the question reads the name", () => {
    expect(writeOut("What did the NTSB say about the detector?")).toBe(
      "What did the National Transportation Safety Board say about the detector?",
    );
  });

  it.each([
    // The articles have the capitals themselves.
    "What did NATO say?",
    // No name of theirs has these initials.
    "What did the FBI say?",
    // Typed in one case, a word the articles have, or an English one.
    "what did the nato say",
    "WHAT DID THE BOARD SAY",
    // Nor a stop word, which no article holds as a term either.
    "what did the board say",
  ])("GIVEN %s THEN the question is read as written", (question) => {
    expect(writeOut(question)).toBeNull();
  });

  it.each([
    ["what did the ntsb say", "what did the national transportation safety board say"],
    ["WHAT DID THE NTSB SAY", "WHAT DID THE NATIONAL TRANSPORTATION SAFETY BOARD SAY"],
  ])(
    "GIVEN %s, typed in one case THEN a word that is neither the articles' nor English is read as the name, in that case",
    (question, read) => {
      expect(writeOut(question)).toBe(read);
    },
  );

  it("GIVEN capitals with dots THEN they are read as the name too", () => {
    expect(writeOut("Did the N.T.S.B. find the cause?")).toBe(
      "Did the National Transportation Safety Board find the cause?",
    );
  });

  it("GIVEN capitals the articles only write out THEN the question is answered from the name written out", () => {
    const reply = answer(derailment, "What did the NTSB say about the detector?");
    expect(reply.answered).toBe(true);
    expect(reply.question).toBe("What did the NTSB say about the detector?");
    expect(reply.quotes[0]?.text).toContain("National Transportation Safety Board said");
  });

  it("GIVEN capitals no name of the articles has THEN it is refused as naming something unknown", () => {
    expect(answer(derailment, "What did the FBI say about the detector?").reason).toBe("unknown-names");
  });
});
