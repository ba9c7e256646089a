import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { followUpContext } from "../../src/answer/followUp.js";
import { seedLibrary } from "./seedLibrary.js";

const library = seedLibrary();

describe("follow-up questions", () => {
  it("GIVEN 'who is the French foreign minister' THEN a follow-up 'what did he say' is about Barrot", () => {
    const first = answer(library, "Who is the French foreign minister?");
    expect(first.topicNames).toContain("barrot");
    const followUp = answer(library, "What did he say about the talks?", {
      previous: { question: "Who is the French foreign minister?", answer: first },
    });
    expect(followUp.quotes[0]?.text).toContain("Barrot hailed the talks as a breakthrough");
  });

  it("GIVEN a follow-up with a pronoun and only the previous question (no answer) THEN its names are carried", () => {
    const reply = answer(library, "What did he say about the European negotiators?", {
      previous: { question: "Where did Rubio speak to reporters?" },
    });
    expect(reply.quotes[0]?.text).toMatch(/Rubio/u);
  });

  it("GIVEN a question that names its own subject THEN nothing is carried", () => {
    const alone = answer(library, "What did Peskov say?");
    const after = answer(library, "What did Peskov say?", { previous: { question: "Who is Rubio?" } });
    expect(after.quotes.map((q) => q.text)).toEqual(alone.quotes.map((q) => q.text));
  });

  it("GIVEN an elliptical follow-up ('What about the London meeting?') THEN it keeps the previous question's kind", () => {
    const reply = answer(library, "What about the London meeting?", {
      previous: { question: "When did the Paris talks take place?" },
    });
    expect(reply.quotes[0]?.text).toMatch(/London (?:early )?next week|following week in London/u);
    const context = followUpContext({ question: "How many people were injured in Kharkiv?" });
    const elliptical = analyzeQuestion("And in Sumy?", context);
    expect(elliptical.kind).toBe("number");
    expect(elliptical.concepts.map((c) => c.term)).toContain("sumi");
    expect(elliptical.concepts.map((c) => c.term)).not.toContain("kharkiv");
    expect(analyzeQuestion("And in Sumy?").kind).toBe("fact");
  });
});
