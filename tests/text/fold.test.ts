import { describe, expect, it } from "vitest";
import { analyzeTokens } from "../../src/nlp/wink.js";
import { foldWord } from "../../src/text/normalize.js";
import { termStrings } from "../../src/text/terms.js";

const terms = (text: string) => termStrings(analyzeTokens(text));

describe("folding words for matching", () => {
  it("GIVEN accents, full-width letters, curly quotes or a capital THEN a word folds to its plain lower-case form", () => {
    expect(foldWord("Noël")).toBe("noel");
    expect(foldWord("Ｋｙｉｖ")).toBe("kyiv");
    expect(foldWord("Kremlin’s")).toBe("kremlin's");
    expect(foldWord("NATO")).toBe("nato");
  });

  it("GIVEN two spellings of the same words THEN they are the same terms", () => {
    expect(terms("Jean-Noël Barrot met Zelenskyy")).toEqual(terms("Jean-Noel Barrot met Zelensky"));
    expect(terms("the “United States” said")).toEqual(terms('the "U.S." said'));
    // A word repeated is one term each time, stemmed once or many times alike.
    expect(terms("talks and more talks")).toEqual(["talk", "talk"]);
  });

  it("GIVEN a title newswire writes short before a name ('Sen.', 'Gen.', 'Dr.') THEN it is the title's own term", () => {
    expect(terms("Sen. Alan Brook")).toEqual(terms("Senator Alan Brook"));
    expect(terms("Gen. Colin Powell and Gov. Maria Lind")).toEqual(
      terms("General Colin Powell and Governor Maria Lind"),
    );
    expect(terms("Dr. Lind")).toContain(terms("doctor")[0]);
    // Written in lower case, it is no title.
    expect(terms("a 30 gen. sample")).not.toContain(terms("general")[0]);
  });

  it("GIVEN 'born' THEN it is its own term, not 'bear' (carry) as the lemmatiser reads it", () => {
    expect(terms("He was born in Kyiv")).toEqual(terms("born in Kyiv"));
    expect(terms("born")).not.toEqual(terms("bear"));
    expect(terms("The talks have yet to bear fruit")).not.toContain(terms("born")[0]);
  });

  it("GIVEN an ordinal in wink's stop list THEN it is a term, as 'first' is: it tells events and people apart", () => {
    expect(terms("Brenner came third")).toContain("third");
    expect(terms("the third-placed candidate")).toContain("third");
    expect(terms("the first round")).toContain("first");
  });

  it("GIVEN a verb in wink's stop list that says what happened ('become', 'used', 'show') THEN it is a term; a light verb is not", () => {
    expect(terms("when did she become mayor")).toContain(terms("became")[0]);
    expect(terms("Reyes became mayor")).toHaveLength(3);
    expect(terms("what is it used for")).toEqual(terms("use"));
    expect(terms("the polls show a lead")).toEqual(["poll", "show", "lead"]);
    // "take office", "give a speech": the light verb means little alone.
    expect(terms("take office")).toEqual(terms("office"));
    expect(terms("give a speech")).toEqual(terms("speech"));
  });
});
