/**
 * A toll's figures: the dead and the hurt told apart, "scores of" read as a figure, and people
 * never taken for a unit that measures something else.
 */
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { tollAsked, tollOfFigure } from "../../src/answer/tollKind.js";
import { stem } from "../../src/text/stem.js";
import { answerableFor, libraryOf, sentenceOf } from "./answerTypingHelpers.js";

/** Which kind of toll each figure of a sentence counts, by the figure as written. */
function tollsOf(text: string): Record<string, string | null> {
  const sentence = sentenceOf(text);
  return Object.fromEntries(
    (sentence?.entitySpans ?? [])
      .filter((span) => span.type === "CARDINAL")
      .map((span) => [span.text, tollOfFigure(text, span)]),
  );
}

describe("the dead and the hurt of a toll", () => {
  it("GIVEN a toll's verbs before or after its figures THEN each figure counts its own verb's kind", () => {
    expect(tollsOf("The strike killed 3 people and injured 30 others, police said.")).toEqual({
      "3": "dead",
      "30": "hurt",
    });
    expect(tollsOf("Officials said 74 people are confirmed dead and more than 600 injured.")).toMatchObject({
      "74": "dead",
    });
    expect(tollsOf("Missiles struck the city, killing at least 34 and wounding 117.")).toEqual({
      "at least 34": "dead",
      "117": "hurt",
    });
  });

  it("GIVEN a figure of either or neither kind THEN it counts no kind", () => {
    expect(tollsOf("The death toll rose to 34 on Monday.")).toEqual({ "34": null });
    expect(tollsOf("There were 12 casualties in the blast.")).toEqual({ "12": null });
    expect(tollsOf("The convoy carried 40 trucks of food.")).toEqual({ "40": null });
  });

  it("GIVEN a question's words THEN it asks for the dead, the hurt, or neither when it names both", () => {
    const asked = (text: string) => tollAsked(analyzeQuestion(text).concepts.map((c) => c.term));
    expect(asked("how many people died")).toBe("dead");
    expect(asked("how many lives were lost")).toBe("dead");
    expect(asked("how many were wounded")).toBe("hurt");
    expect(asked("how many dead and wounded")).toBeNull();
    expect(asked("how many casualties")).toBeNull();
  });

  const library = libraryOf([
    "The earthquake injured more than 600 people across the province, the emergency service said.",
    "Rescuers said 74 people had died in the earthquake by Wednesday evening.",
    "The earthquake destroyed 1,200 homes in the old town.",
  ]);

  it("GIVEN a how-many-died question THEN a figure of the injured does not answer it, and the other way round", () => {
    const died = answerableFor(library, "How many people died in the earthquake?");
    expect(died[0]).toMatch(/^Rescuers said 74/u);
    expect(died.some((text) => text.includes("600"))).toBe(false);
    const hurt = answerableFor(library, "How many people were injured in the earthquake?");
    expect(hurt[0]).toMatch(/^The earthquake injured more than 600/u);
    expect(hurt.some((text) => text.includes("74"))).toBe(false);
  });

  it("GIVEN a how-many question naming both or neither kind THEN figures of either answer", () => {
    const both = answerableFor(library, "How many were killed or injured in the earthquake?");
    expect(both.filter((text) => /600|74/u.test(text))).toHaveLength(2);
  });

  it("GIVEN 'nobody was hurt' or 'no one died' THEN it answers how many were, but not 'no one knows how many'", () => {
    const depot = libraryOf([
      "A storm hit the northern coast on Monday, officials said.",
      "Nobody was hurt when a tree fell on a bus in Ostby.",
      "No one died in the fire at the Kelmar depot, the fire service said.",
      "No one knows how many sheep drowned in the floods near Brell.",
    ]);
    expect(answerableFor(depot, "How many people were hurt when the tree fell on the bus?")[0]).toMatch(
      /^Nobody was hurt/u,
    );
    expect(answerableFor(depot, "how many people died in the depot fire")[0]).toMatch(/^No one died/u);
    expect(answerableFor(depot, "How many people drowned in the floods near Brell?")).toEqual([]);
  });
});

describe("figures written as words of a crowd", () => {
  it("GIVEN 'scores of civilians' THEN it is a figure counting the civilians; 'the scores of the matches' is none", () => {
    const scores = sentenceOf("Russia kept up its strikes, wounding scores of civilians in the east.");
    const span = scores?.entitySpans?.find((s) => s.text === "scores");
    expect(span?.type).toBe("CARDINAL");
    expect(scores?.terms[span?.counts ?? -1]).toBe(stem("civilians"));
    const matches = sentenceOf("The scores of the matches were posted on Sunday.");
    expect(matches?.entitySpans?.some((s) => s.text === "scores")).toBe(false);
  });

  it("GIVEN a how-many-wounded question THEN 'wounding scores of civilians' answers it", () => {
    const scores = libraryOf([
      "The strikes went on all week, officials said.",
      "Russia kept up its strikes, wounding scores of civilians in the east.",
    ]);
    expect(answerableFor(scores, "How many civilians were wounded in the strikes?")[0]).toMatch(
      /wounding scores of civilians/u,
    );
  });
});

describe("people are no unit of measure", () => {
  it("GIVEN a count of people two words before the question's unit THEN it does not count that unit", () => {
    const port = libraryOf([
      "Police detained 40 workers days after missiles struck the port.",
      "The port reopened on Friday.",
    ]);
    expect(answerableFor(port, "How many missiles struck the port?")).toEqual([]);
  });
});
