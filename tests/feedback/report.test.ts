// The report: what members ask that the articles don't answer, answers voted down, articles never quoted.
import { describe, expect, it } from "vitest";
import {
  applyChanges,
  emptyFeedback,
  normalizeQuestion,
  type LoggedQuestion,
  type Vote,
} from "../../src/feedback/feedbackData.js";
import { buildReport } from "../../src/feedback/report.js";

let n = 0;
function question(text: string, outcome: Partial<LoggedQuestion> = {}): LoggedQuestion {
  n++;
  return {
    id: `a${n}`,
    at: `2025-05-0${Math.min(9, n)}T10:00:00.000Z`,
    via: "discord",
    command: "ask",
    user: `u${n}`,
    question: text,
    normalized: normalizeQuestion(text),
    answered: false,
    reason: "no-match",
    version: "v1",
    quotes: [],
    ...outcome,
  };
}

const vote = (q: LoggedQuestion, user: string, value: Vote["vote"]): Vote => ({
  answer: q.id,
  user,
  vote: value,
  at: q.at,
  question: q.question,
  quotes: q.quotes,
  version: q.version,
});

const ARTICLES = [
  { id: "000_a", title: "Rubio heads to Paris" },
  { id: "001_b", title: "Kryvyi Rih strike" },
  { id: "002_c", title: "Minerals deal" },
];

describe("the feedback report", () => {
  it("GIVEN questions, answers and votes THEN the most often unanswered, the most voted down, the never quoted", () => {
    const quoted = (article: string, sentence: number) => ({
      answered: true,
      reason: null,
      quotes: [{ article, sentence }],
    });
    const hosted1 = question("Who hosted the talks?", quoted("000_a", 3));
    const hosted2 = question("who hosted the talks", quoted("000_a", 3));
    const died = question("How many died in Kryvyi Rih?", quoted("001_b", 33));
    const questions = [
      question("What is the population of Canada?"),
      question("what is the population of canada"),
      question("What is the population of Canada ?", { reason: "low-confidence" }),
      question("Who won the 2025 Eurovision?"),
      hosted1,
      hosted2,
      died,
      question("Summary of the talks", { command: "summary", answered: true, reason: null }),
    ];
    const votes = [
      vote(hosted1, "x", "down"),
      vote(hosted2, "y", "down"),
      vote(hosted2, "z", "up"),
      vote(died, "x", "up"),
    ];
    const data = applyChanges(emptyFeedback(), [
      ...questions.map((entry) => ({ kind: "question" as const, entry })),
      ...votes.map((v) => ({ kind: "vote" as const, vote: v })),
    ]);
    const report = buildReport(data, ARTICLES);
    expect(report).toMatchObject({ questions: 8, answered: 4, unanswered: 4, votes: { up: 2, down: 2 } });
    expect(report.since).toBe(questions[0]?.at);
    expect(report.mostUnanswered.map((q) => [q.question, q.asked, q.reasons])).toEqual([
      ["what is the population of canada", 3, { "no-match": 2, "low-confidence": 1 }],
      ["who won the 2025 eurovision", 1, { "no-match": 1 }],
    ]);
    expect(report.mostUnanswered[0]?.example).toBe("What is the population of Canada ?");
    // Two members' answers to one question, with the same sentence, are one answer: 2 down, 1 up.
    expect(report.mostVotedDown).toEqual([
      {
        question: "Who hosted the talks?",
        quotes: [{ article: "000_a", sentence: 3 }],
        down: 2,
        up: 1,
        version: "v1",
      },
    ]);
    expect(report.neverQuoted).toEqual([{ id: "002_c", title: "Minerals deal" }]);
  });

  it("GIVEN an empty log THEN nothing asked, and every article never quoted", () => {
    const report = buildReport(emptyFeedback(), ARTICLES);
    expect(report).toMatchObject({ questions: 0, since: null, mostUnanswered: [], mostVotedDown: [] });
    expect(report.neverQuoted).toHaveLength(3);
  });
});
