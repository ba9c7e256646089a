import { describe, expect, it } from "vitest";
import { answer, rankCandidates, retrieve } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { rerankContext } from "../../src/answer/rerank.js";
import { articleLibrary } from "./seedLibrary.js";

const talks = articleLibrary("talks.txt", "Nuclear talks", [
  "Discussions between the two governments on the nuclear programme were held Saturday in Oman.",
  "Another round is scheduled for April 19, also in Italy.",
  "Both delegations described the atmosphere as constructive.",
]);

describe("a question about what is to come", () => {
  it("GIVEN 'next' or 'will' in the question THEN a sentence saying what will be is marked, one reporting the past is not", () => {
    const question = analyzeQuestion("When's the next round of the nuclear talks?", undefined, talks.names);
    const ranked = rankCandidates(rerankContext(talks, question), retrieve(talks, question));
    const future = (start: string) => ranked.find((c) => c.sentence.text.startsWith(start))?.features.future;
    expect(future("Another round is scheduled")).toBe(1);
    expect(future("Discussions between")).toBe(0);
  });

  it("GIVEN 'when is the next round' THEN the round scheduled answers, not the one held", () => {
    expect(answer(talks, "When's the next round of the nuclear talks?").quotes[0]?.text).toBe(
      "Another round is scheduled for April 19, also in Italy.",
    );
  });

  it("GIVEN 'next to' (beside) THEN the question is not about what is to come", () => {
    const question = analyzeQuestion("Who was standing next to the minister?", undefined, talks.names);
    expect(rerankContext(talks, question).future).toBe(false);
  });
});
