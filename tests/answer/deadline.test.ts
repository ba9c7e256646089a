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
    ]) {
      const reply = answer(talks, question);
      expect(reply.answered).toBe(true);
      expect(reply.quotes[0]?.text).toContain("by April 26");
    }
  });
});
