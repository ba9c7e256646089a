import { describe, expect, it } from "vitest";
import { featureReader, libraryOf } from "./answerTypingHelpers.js";

describe("proximity: the question's neighbouring words side by side in the sentence", () => {
  const library = libraryOf(
    ["The peace deal was signed in April, officials said."],
    ["Peace returned to the valley, and in April a deal on water was signed."],
    ["Court President Dana Korbel read the judgment on Wednesday."],
  );
  const proximity = featureReader(library, "proximity");
  const adjacency = featureReader(library, "adjacency");

  it("GIVEN a question word the sentence lacks THEN the words either side of it still count as neighbours", () => {
    // "minerals" is in no sentence: "peace deal … signed" keeps the question's order, one word out.
    expect(proximity("When was the peace deal on minerals signed?", "The peace deal")).toBeCloseTo(2 / 3);
    expect(adjacency("When was the peace deal on minerals signed?", "The peace deal")).toBeCloseTo(2 / 3);
    // The same words apart are no neighbours.
    expect(adjacency("When was the peace deal on minerals signed?", "Peace returned")).toBe(0);
  });

  it("GIVEN 'who heads the constitutional court' THEN the court's president stands beside the court", () => {
    expect(adjacency("Who heads the constitutional court?", "Court President")).toBeGreaterThan(0);
  });
});
