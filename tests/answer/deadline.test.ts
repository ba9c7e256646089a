import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { deadlineAt } from "../../src/answer/deadline.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { articleLibrary } from "./seedLibrary.js";

const sentenceOf = (text: string) => {
  const sentence = parseArticle({ file: "s.txt", text: `Title\n\n${text}` }).sentences[0];
  if (!sentence) throw new Error("no sentence");
  return sentence;
};

/** The question is answered, and its first quote holds `text`. */
function expectFirstQuote(library: Parameters<typeof answer>[0], question: string, text: string): void {
  const reply = answer(library, question);
  expect(reply.answered, question).toBe(true);
  expect(reply.quotes[0]?.text, question).toContain(text);
}

describe("a deadline is a date something must happen by", () => {
  it("GIVEN a date after 'by', 'until' or 'no later than' THEN the sentence sets a limit there", () => {
    expect(
      deadlineAt(sentenceOf("The goal is to finalise the trade deal by April 26.")),
    ).toBeGreaterThanOrEqual(0);
    expect(
      deadlineAt(sentenceOf("The mediators gave the delegations until midnight on Wednesday to respond.")),
    ).toBeGreaterThanOrEqual(0);
    expect(
      deadlineAt(sentenceOf("Bids must arrive no later than Friday, the council said.")),
    ).toBeGreaterThanOrEqual(0);
  });

  it("GIVEN a length of time after 'within' or 'in the coming / next' THEN the sentence sets a limit there", () => {
    for (const text of [
      "The envoy said a decision on the truce was needed within days.",
      "Norland wants an answer within 48 hours, the ministry said.",
      "The envoy will walk away if there is no progress in the coming days.",
      "The envoy will walk away if there is no progress in the next few days.",
    ])
      expect(deadlineAt(sentenceOf(text)), text).toBeGreaterThanOrEqual(0);
  });

  it("GIVEN a length of time that only says how long something went on THEN it sets no limit", () => {
    for (const text of [
      "The talks on the truce went on for days.",
      "The envoy has worked on the truce in the past few days.",
      "The delegations met in the days after the strike.",
    ])
      expect(deadlineAt(sentenceOf(text)), text).toBe(-1);
  });

  it("GIVEN a date that only says when something happened THEN it sets no limit", () => {
    expect(deadlineAt(sentenceOf("The trade deal was signed on Thursday in Oslo."))).toBe(-1);
    expect(deadlineAt(sentenceOf("Talks on the trade deal began in 2023."))).toBe(-1);
  });

  it("GIVEN 'what is the deadline for…' THEN the question asks for a date, as 'when' does", () => {
    expect(analyzeQuestion("What is the deadline for the trade deal?").kind).toBe("date");
    expect(analyzeQuestion("whats the deadline for the trade deal").kind).toBe("date");
  });

  const talks = articleLibrary("trade.txt", "Trade talks", [
    "The trade deal between Norland and Vesta was discussed again on Monday in Oslo.",
    "Officials from Norland hope the trade deal will be signed on Thursday, a spokesman said.",
    "The negotiators want to finalise the deal by April 26, the ministry said.",
    "Farmers in Vesta oppose the trade deal.",
  ]);

  it("GIVEN a deadline question THEN the sentence setting the limit answers, not one dating something else", () => {
    for (const question of [
      "What is the deadline for the trade deal?",
      "whats the deadline for the trade deal",
      "When is the deadline for the trade deal?",
    ])
      expectFirstQuote(talks, question, "by April 26");
  });

  const ultimatum = articleLibrary("envoy.txt", "Truce talks", [
    "The envoy Arlo Brandt met the delegations in Oslo on Monday.",
    "Brandt said on Friday that Norland would walk away from the truce talks if there was no progress within days.",
    "Brandt praised the mediators, a spokesman said.",
  ]);

  it("GIVEN 'what is X's deadline' and a sentence giving the time within which X wants progress THEN that sentence answers", () => {
    for (const question of [
      "What is Brandt's deadline?",
      "whats brandts deadline",
      "what deadline did Brandt set",
    ])
      expectFirstQuote(ultimatum, question, "within days");
  });
});
