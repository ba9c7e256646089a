/**
 * What a how-many question counts: "how many soldiers were killed" is answered only by a sentence
 * that holds soldiers (in any wording), not by a toll of people; a plain count (people, times, a
 * toll's victims) or a measure (hours, gallons) needs no such word.
 */
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { countedUnit } from "../../src/answer/figureCounts.js";
import { defaultLexicon } from "../../src/lexicon/defaultLexicon.js";
import { articleLibrary } from "./seedLibrary.js";

const counted = (question: string) => {
  const asked = analyzeQuestion(question);
  return asked.concepts[countedUnit(asked, defaultLexicon())]?.term ?? null;
};

describe("the thing a how-many question counts", () => {
  it("GIVEN a count of things THEN they are what is counted; people, times and measures are not", () => {
    expect(counted("How many eggs does an arctic tern lay?")).toBe("egg");
    expect(counted("how many soldiers were killed in the strike")).toBe("soldier");
    expect(counted("How many people were killed in the strike?")).toBeNull();
    expect(counted("How many lives were lost in the crash?")).toBeNull();
    expect(counted("How many victims did the strike have?")).toBeNull();
    expect(counted("how many casualties were there")).toBeNull();
    expect(counted("how many times did they meet")).toBeNull();
    expect(counted("How many hours did the rescue take?")).toBeNull();
    expect(counted("How many gallons leaked?")).toBeNull();
    expect(counted("How tall is the dam?")).toBeNull();
    expect(counted("When did the strike happen?")).toBeNull();
  });

  const library = articleLibrary("verlo.txt", "Strike on Verlo", [
    "Missiles struck the town of Verlo on Sunday, killing at least 34 during a festival, officials said.",
    "Six children were among the 80 injured, the regional governor said.",
    "The rescue of the last survivors from the rubble took three days.",
  ]);

  it("GIVEN only a toll of the dead WHEN asked how many soldiers, or children, were killed THEN it does not answer", () => {
    // The children of the second sentence were injured, not killed.
    for (const question of [
      "How many soldiers were killed in the strike on Verlo?",
      "How many children were killed in the Sunday strike on Verlo?",
    ]) {
      const reply = answer(library, question);
      expect(reply.answered).toBe(false);
      expect(reply.reason).toBe("no-answer-of-kind");
    }
  });

  it("GIVEN the things counted, people, or another unit of the measure THEN the figure answers", () => {
    expect(answer(library, "How many people were killed in the strike on Verlo?").quotes[0]?.text).toContain(
      "at least 34",
    );
    expect(answer(library, "How many children were injured in Verlo?").quotes[0]?.text).toContain(
      "Six children",
    );
    expect(answer(library, "How many hours did the rescue of the survivors take?").quotes[0]?.text).toContain(
      "three days",
    );
  });
});
