import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeTokens, restoreSilentE } from "../../src/nlp/wink.js";
import { articleLibrary } from "../answer/seedLibrary.js";

const lemmas = (text: string) => analyzeTokens(text).map((token) => token.lemma);

describe("a verb ending in a silent e is read by its own lemma", () => {
  it("GIVEN 'fined', 'stared', 'coping' THEN their lemmas are 'fine', 'stare', 'cope' (wink read 'fin', 'star', 'cop')", () => {
    expect(lemmas("The regulator fined the airline.")).toContain("fine");
    expect(lemmas("Passengers stared at the engine.")).toContain("stare");
    expect(lemmas("Staff are coping with the backlog.")).toContain("cope");
    expect(lemmas("She spared the crew.")).toContain("spare");
  });

  it("GIVEN a verb that doubles its consonant, or one wink already reads right THEN its lemma is unchanged", () => {
    expect(restoreSilentE("starred", "star")).toBe("star");
    expect(restoreSilentE("stopped", "stop")).toBe("stop");
    expect(restoreSilentE("hoped", "hope")).toBe("hope");
    // Two syllables (the last unstressed), a final w / x / y, two vowels: no e to restore.
    expect(restoreSilentE("visited", "visit")).toBe("visit");
    expect(restoreSilentE("fixed", "fix")).toBe("fix");
    expect(restoreSilentE("rained", "rain")).toBe("rain");
    expect(restoreSilentE("fin", "fin")).toBe("fin");
  });

  it("GIVEN a report saying the airline was fined WHEN asked how much the fine was THEN it quotes the amount", () => {
    const library = articleLibrary("fine.txt", "Airline fined over maintenance", [
      "The Aviation Safety Directorate fined Kelvara 2.4 million euros for breaching maintenance rules.",
      "The airline said it would review its inspection schedule.",
    ]);
    // "fined" had been the term "fin", which "the fine" ("fine") does not match: refused.
    const reply = answer(library, "How much was the fine?");
    expect(reply.reason).toBeNull();
    expect(reply.quotes[0]?.text).toContain("2.4 million euros");
  });
});
