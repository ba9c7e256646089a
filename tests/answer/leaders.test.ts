import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { LEADER_SENSE } from "../../src/answer/phrasalVerbs.js";
import { articleLibrary } from "./seedLibrary.js";

const senses = (question: string) => analyzeQuestion(question).concepts.map((c) => c.sense);

describe("who heads, runs or leads something: its leader, by any title of one", () => {
  const court = articleLibrary("court.txt", "The election ruling", [
    "Lawyer Petr Vanek said the constitutional court would rule on the complaint within weeks.",
    "Court President Dana Korbel read the judgment of the constitutional court on Wednesday.",
    "Pavel Kostrin worked on the campaign for Dunai in the north of the country.",
    "Dunai's campaign manager, Tereza Holub, said the ballots had been counted twice.",
  ]);

  it("GIVEN a verb of being in charge with its object THEN the question asks for a leader", () => {
    expect(senses("Who heads the constitutional court?")).toContain(LEADER_SENSE);
    expect(senses("who runs dunai's campaign")).toContain(LEADER_SENSE);
    expect(senses("who's heading up the inquiry")).toContain(LEADER_SENSE);
  });

  it("GIVEN a verb of going or of standing for office THEN it asks for no leader", () => {
    expect(senses("who is heading to Washington next week")).not.toContain(LEADER_SENSE);
    expect(senses("who ran for president in 2019")).not.toContain(LEADER_SENSE);
    expect(senses("when did the court head the inquiry")).not.toContain(LEADER_SENSE);
  });

  it("GIVEN 'who heads X' THEN the sentence naming X's president answers, not one naming someone else beside X", () => {
    expect(answer(court, "Who heads the constitutional court?").quotes[0]?.text).toContain("Dana Korbel");
  });

  it("GIVEN 'who runs X's campaign' THEN the campaign manager answers, not someone who worked on it", () => {
    expect(answer(court, "who runs dunai's campaign").quotes[0]?.text).toContain("Tereza Holub");
  });
});
