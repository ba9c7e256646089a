import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { articleLibrary } from "./seedLibrary.js";
import { typedCandidates } from "./answerTypingHelpers.js";

describe("a what-is-the-name-of question is answered only by a sentence holding a name it lacks", () => {
  const storm = articleLibrary("storm.txt", "Ship lost in the storm", [
    "The ship sank in the storm off the coast, the coastguard said.",
    "Rescuers pulled twelve sailors from the water before dawn.",
  ]);

  it("GIVEN no sentence names the ship THEN no sentence may answer, and no quote", () => {
    expect(analyzeQuestion("What was the name of the ship that sank?").kind).toBe("name");
    expect(typedCandidates(storm, "What was the name of the ship that sank?", 0.01)).toEqual([]);
    const reply = answer(storm, "What was the name of the ship that sank?");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN a sentence naming it THEN that sentence is the one that may answer", () => {
    const named = articleLibrary("storm.txt", "Ship lost in the storm", [
      "The ship sank in the storm off the coast, the coastguard said.",
      "The cargo ship, the Marivet Star, had left port on Friday with a crew of fourteen.",
    ]);
    const typed = typedCandidates(named, "What was the name of the ship that sank?", 0.01);
    expect(typed.map((candidate) => candidate.sentence.text)).toEqual([
      "The cargo ship, the Marivet Star, had left port on Friday with a crew of fourteen.",
    ]);
  });
});

describe("what something is or will be called, and whose name is asked", () => {
  it("GIVEN 'what will X be called' THEN it asks for a name, not for what was said or a figure", () => {
    expect(analyzeQuestion("What will the new fund be called?").kind).toBe("name");
    expect(analyzeQuestion("What is the reconstruction investment fund going to be called?").kind).toBe(
      "name",
    );
    const fund = articleLibrary("fund.txt", "A fund for reconstruction", [
      "A reconstruction fund will be created under the memorandum, officials said.",
    ]);
    const reply = answer(fund, "What will the new fund be called?");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN the name of a kind of person ('Macron's wife's name', 'the night-shift worker') THEN a person is asked for", () => {
    expect(analyzeQuestion("What's Macron's wife's name?").kind).toBe("person");
    expect(
      analyzeQuestion("What's the name of the night-shift worker who first spotted the cracks?").kind,
    ).toBe("person");
    expect(analyzeQuestion("What is the company's name?").kind).toBe("name");
  });
});

describe("the name of a title the articles capitalise asks for its holder", () => {
  const visit = articleLibrary("visit.txt", "The prime minister's visit", [
    "Ukraine's Prime Minister is set to visit Washington next week to finalise the deal.",
    "Foreign Minister Andriy Sibiha said the talks in Paris had been useful.",
  ]);

  it("GIVEN 'the name of' a capitalised title THEN the question asks for a person", () => {
    expect(analyzeQuestion("What is the name of Ukraine's Prime Minister?").kind).toBe("person");
    expect(analyzeQuestion("what is the name of the Foreign Minister").kind).toBe("person");
    expect(analyzeQuestion("What was the name of the Titanic?").kind).toBe("name");
  });

  it("GIVEN no sentence names the Prime Minister THEN it is refused, not answered by a place", () => {
    const reply = answer(visit, "What is the name of Ukraine's Prime Minister?");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN a sentence naming the holder THEN that sentence answers", () => {
    const named = articleLibrary("visit.txt", "The prime minister's visit", [
      "Ukraine's Prime Minister is set to visit Washington next week to finalise the deal.",
      "Prime Minister Denys Shmyhal said Ukraine would sign the deal in Washington.",
    ]);
    const reply = answer(named, "What is the name of Ukraine's Prime Minister?");
    expect(reply.quotes[0]?.text).toContain("Denys Shmyhal");
  });
});

describe("what someone said: only a sentence where they are the one speaking", () => {
  const briefing = articleLibrary("briefing.txt", "After the Paris talks", [
    "Rubio spoke to reporters at the airport on Friday.",
    "He said he had informed Russia's foreign minister, Sergey Lavrov, about the outlines of the plan.",
    "Rostropovich will play one of two cello concertos written especially for him by Shostakovich.",
  ]);

  it("GIVEN the person asked about only as the one told THEN no sentence reports their words, and no quote", () => {
    const reply = answer(briefing, "what did lavrov say when rubio briefed him?");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN a sentence where they speak THEN that sentence answers", () => {
    const said = articleLibrary("briefing.txt", "After the Paris talks", [
      "He said he had informed Russia's foreign minister, Sergey Lavrov, about the outlines of the plan.",
      '"We will study the outlines carefully," Lavrov said on Saturday after Rubio briefed him.',
    ]);
    expect(answer(said, "what did lavrov say when rubio briefed him?").quotes[0]?.text).toContain(
      "We will study the outlines",
    );
  });

  it("GIVEN a passive verb with the person as its agent THEN the sentence is theirs", () => {
    const reply = answer(briefing, "What did Shostakovich write for Rostropovich?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toContain("written especially for him by Shostakovich");
  });
});
