import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { seedLibrary } from "./seedLibrary.js";

const library = seedLibrary();

describe("a question asking for a date, a figure, a place or a person is answered only by one", () => {
  it.each([
    // Names and words the articles have, but not what is asked about them.
    "When was the European Union founded?",
    "How much did the summit cost?",
    "How many soldiers has Russia lost?",
    "What did Macron say about sanctions?",
  ])("GIVEN %s THEN no quote", (question) => {
    const reply = answer(library, question);
    expect(reply.answered).toBe(false);
    expect(reply.quotes).toEqual([]);
  });

  it("GIVEN a when-question THEN the first quote holds a date", () => {
    const reply = answer(library, "When is the next meeting in London?");
    expect(reply.quotes[0]?.text).toMatch(/next week|following week/u);
  });

  it("GIVEN a who-question THEN the first quote names someone", () => {
    const first = answer(library, "Who hosted the summit in Paris?").quotes[0];
    expect(first?.text).toContain("Emmanuel Macron");
  });

  it("GIVEN a which-ministers question THEN it is answered with a minister", () => {
    const reply = answer(library, "Which ministers attended the Paris talks?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toMatch(/minister/iu);
  });

  it("GIVEN a refusal for lack of the kind asked for THEN the reason says so", () => {
    expect(answer(library, "When was the European Union founded?").reason).toMatch(
      /no-answer-of-kind|low-confidence|unknown-names/u,
    );
  });
});
