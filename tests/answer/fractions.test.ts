/**
 * A fraction written in words ("a quarter of the city", "as much as half", "two-thirds of his
 * sentence") is a share, as "25%" is: it answers how much of something, and what share; a word
 * that only looks like one ("the third quarter", "half an hour", "a half-length portrait") is not.
 */
import { describe, expect, it } from "vitest";
import { answerableFor, libraryOf, sentenceOf } from "./answerTypingHelpers.js";

/** The shares a sentence's figures read as, as written. */
function sharesOf(text: string): string[] {
  return (sentenceOf(text)?.entitySpans ?? []).filter((s) => s.type === "PERCENT").map((s) => s.text);
}

describe("fractions written in words", () => {
  it("GIVEN one part, half, or a number of parts THEN each is read as a share", () => {
    expect(sharesOf("By dawn water covered about a quarter of the city.")).toEqual(["a quarter"]);
    expect(sharesOf("Varnossa had asked for half.")).toEqual(["half"]);
    expect(sharesOf("The flow has fallen by as much as half since the spring.")).toEqual(["half"]);
    expect(sharesOf("He may be freed after serving two-thirds of his sentence.")).toEqual(["two-thirds"]);
    expect(sharesOf("They won three quarters of the vote.")).toEqual(["three quarters"]);
    expect(sharesOf("About one-fifth of all the fresh water is there.")).toEqual(["About one-fifth"]);
    expect(sharesOf("A fourth of the budget went to defence.")).toEqual(["A fourth"]);
  });

  it("GIVEN a time, a period or a word joined by a hyphen THEN it is no share", () => {
    expect(sharesOf("Profits rose in the third quarter.")).toEqual([]);
    expect(sharesOf("In the second half of 2024 sales fell.")).toEqual([]);
    expect(sharesOf("The meeting lasted half an hour.")).toEqual([]);
    expect(sharesOf("It is a half-length portrait of a woman.")).toEqual([]);
    expect(sharesOf("The baker lit the ovens at half past two.")).toEqual([]);
    expect(sharesOf("They held a Fourth of July parade.")).toEqual([]);
  });

  it("GIVEN a how-much-of question THEN the sentence giving the fraction answers it", () => {
    const flood = libraryOf([
      "The river burst its banks on Monday, and the levee gave way before dawn.",
      "By dawn water covered about a quarter of the city.",
    ]);
    expect(answerableFor(flood, "How much of the city ended up under water?")[0]).toMatch(
      /a quarter of the city/u,
    );
  });

  it("GIVEN a what-share question THEN a fraction answers it as a percentage would", () => {
    const river = libraryOf([
      "Talks over the river resumed in Kessaly on Monday.",
      "Varnossa had asked for half of the river's water, officials said.",
    ]);
    expect(answerableFor(river, "What share of the river's water was Varnossa asking for?")[0]).toMatch(
      /asked for half/u,
    );
  });
});
