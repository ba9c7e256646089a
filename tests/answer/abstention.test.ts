import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { seedLibrary } from "./seedLibrary.js";

const library = seedLibrary();

describe("abstention means something", () => {
  it.each([
    "What is the capital of Australia?",
    "Who won the Champions League final?",
    "What did Pope Francis say about the war?",
    "How many soldiers has Russia lost?",
    "What did the Chinese president say?",
    "What did Macron say about sanctions?",
  ])("GIVEN a question the articles don't answer (%s) THEN no quote", (question) => {
    const reply = answer(library, question);
    expect(reply.answered).toBe(false);
    expect(reply.quotes).toEqual([]);
    expect(reply.reason).toMatch(/unknown-names|low-confidence|no-match|no-answer-of-kind/u);
  });

  it.each([
    "What is Rubio's job?",
    "When is the minerals agreement supposed to be finalized?",
    "What did Zelensky say about a truce without guarantees?",
    "Has Washington offered Kyiv security guarantees?",
  ])("GIVEN a question the articles answer in other words (%s) THEN it is answered", (question) => {
    expect(answer(library, question).answered).toBe(true);
  });

  it("GIVEN any question THEN confidence is in [0, 1] and an answered one is at least the threshold of an unanswered one", () => {
    const yes = answer(library, "Who is Dmitry Peskov?");
    const no = answer(library, "What did Macron say about sanctions?");
    expect(yes.confidence).toBeGreaterThan(no.confidence ?? 1);
    for (const reply of [yes, no]) {
      expect(reply.confidence).toBeGreaterThanOrEqual(0);
      expect(reply.confidence).toBeLessThanOrEqual(1);
    }
  });
});
