import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { defaultLexicon } from "../../src/lexicon/defaultLexicon.js";
import { wordTerm as t } from "../../src/text/terms.js";
import { articleLibrary } from "./seedLibrary.js";

describe("a question's word said in more general words: its nearest class in WordNet", () => {
  it("GIVEN WordNet's hypernyms THEN only the nearest is a parent", () => {
    const lexicon = defaultLexicon();
    expect(lexicon.hasParent(t("bakery"), t("shop"))).toBe(true);
    expect(lexicon.hasParent(t("singer"), t("musician"))).toBe(true);
    expect(lexicon.hasParent(t("quit"), t("leave"))).toBe(true);
    // Further up is a class, not a parent: "person" says too little of a singer.
    expect(lexicon.isA(t("singer"), t("person"))).toBe(true);
    expect(lexicon.hasParent(t("singer"), t("person"))).toBe(false);
    // And not the other way round.
    expect(lexicon.hasParent(t("shop"), t("bakery"))).toBe(false);
  });

  it("GIVEN 'the bakery' asked about and 'the shop' in a report THEN that sentence comes first", () => {
    const strike = articleLibrary("strike.txt", "Strikes on Market Street", [
      "A school on Market Street was hit on Sunday night.",
      "The shop on Market Street was hit on Monday morning.",
    ]);
    expect(answer(strike, "When was the bakery on Market Street hit?").quotes[0]?.text).toBe(
      "The shop on Market Street was hit on Monday morning.",
    );
  });
});
