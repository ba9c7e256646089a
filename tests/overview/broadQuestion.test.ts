import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyBroadQuestion } from "../../src/overview/broadQuestion.js";

describe("classifyBroadQuestion", () => {
  it.each([
    ["What happened at the Paris talks?", "summary", "the Paris talks"],
    ["Summarize the talks", "summary", "the talks"],
    ["summarise", "summary", null],
    ["Can you sum up the minerals deal?", "summary", "the minerals deal"],
    ["Give me an overview of the minerals deal", "summary", "the minerals deal"],
    ["give me a quick summary", "summary", null],
    ["What's going on with Ukraine?", "summary", "Ukraine"],
    ["What is the latest news?", "summary", null],
    ["what's new?", "summary", null],
    ["What happened?", "summary", null],
    ["Tell me about Rubio", "summary", "Rubio"],
    ["Recap of the week, please", "summary", "the week"],
    ["Give me a timeline of events", "timeline", null],
    ["Give me a timeline", "timeline", null],
    ["timeline of the minerals deal", "timeline", "the minerals deal"],
    ["What is the chronology of the strikes?", "timeline", "the strikes"],
    ["what happened first?", "timeline", null],
    ["When did the Sumy strike happen?", "timeline", "the Sumy strike"],
    ["How did events unfold in Sumy?", "timeline", "Sumy"],
  ])("GIVEN %j THEN a %s about %j", (question, kind, topic) => {
    expect(classifyBroadQuestion(question)).toEqual({ kind, topic });
  });

  it.each([
    "Who hosted the Paris talks?",
    "When did Rubio go to Paris?",
    "When did the Paris talks take place?",
    "What is the minerals deal about?",
    "How many people died in Kryvyi Rih?",
    "What did Rubio say about sanctions?",
    "Is the US going to move on?",
    "",
    "?",
    "summary statistics of the casualties in Kharkiv compared to Sumy and Kryvyi Rih over the last three weeks of the war",
  ])("GIVEN the specific question %j THEN the answer engine answers it", (question) => {
    expect(classifyBroadQuestion(question)).toBeNull();
  });

  it("GIVEN the eval's questions THEN at most the one that asks what happened is broad", () => {
    const questions = ["questions.jsonl", "heldout-dev.jsonl"].flatMap((file) =>
      readFileSync(new URL(`../eval/${file}`, import.meta.url), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { q: string }).q),
    );
    expect(questions.length).toBeGreaterThan(90);
    expect(questions.filter((q) => classifyBroadQuestion(q) !== null)).toEqual([
      "What happened at the Oval Office meeting in February?",
    ]);
  });
});
