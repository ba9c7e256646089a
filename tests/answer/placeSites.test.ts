import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { articleLibrary } from "./seedLibrary.js";

const sentenceOf = (text: string) => parseArticle({ file: "s.txt", text: `Title\n\n${text}` }).sentences[0];

describe("places written as common nouns", () => {
  it("GIVEN a noun after a locative THEN the parser marks it as a possible site", () => {
    const sentence = sentenceOf("Scuffles broke out near the parliament building as police held the line.");
    const sites = (sentence?.siteAt ?? []).map((at) => sentence?.terms[at]);
    expect(sites).toContain("build");
    expect(sites).not.toContain("polic");
  });

  it("GIVEN no named place WHEN asked where THEN a building, station or shelter answers", () => {
    const library = articleLibrary("protest.txt", "Protest night", [
      "Several hundred protesters gathered after the court's ruling on Friday, organisers said.",
      "Protesters clashed with riot police near the parliament building late on Friday.",
      "The trapped miners took shelter in a refuge station stocked with air, water and food.",
      "Police said 14 people were detained and that the protesters had been mostly peaceful.",
    ]);
    expect(answer(library, "Where did protesters clash with the police?").quotes[0]?.text).toContain(
      "parliament building",
    );
    expect(answer(library, "Where did the trapped miners take shelter?").quotes[0]?.text).toContain(
      "refuge station",
    );
  });
});
