import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { scoreQuestion, summarize } from "../eval/scoring.js";
import { evalQuestions, seedLibrary } from "./seedLibrary.js";

const library = seedLibrary();
const sets = evalQuestions();

function run(questions: typeof sets.eval) {
  return summarize(
    questions.map((question) =>
      scoreQuestion(
        question,
        answer(library, question.q).quotes.map((quote) => ({
          text: quote.text,
          articleId: quote.article.id,
        })),
      ),
    ),
  );
}

describe("answer quality on the eval and on the held-out development set", () => {
  it("GIVEN the eval questions THEN P@1 ≥ 0.93, R@3 = 1, MRR ≥ 0.95, abstains on every unanswerable and on no answerable", () => {
    const summary = run(sets.eval);
    expect(summary.p1).toBeGreaterThanOrEqual(0.93);
    expect(summary.r3).toBe(1);
    expect(summary.mrr).toBeGreaterThanOrEqual(0.95);
    expect(summary.abstainedUnanswerable).toBe(summary.unanswerable);
    expect(summary.falseAbstentions).toBe(0);
  });

  it("GIVEN other questions of the same kinds (heldout-dev) THEN the same bar holds", () => {
    const summary = run(sets.dev);
    expect(summary.p1).toBeGreaterThanOrEqual(0.9);
    expect(summary.r3).toBeGreaterThanOrEqual(0.96);
    expect(summary.abstainedUnanswerable).toBe(summary.unanswerable);
    expect(summary.falseAbstentions).toBe(0);
  });
});
