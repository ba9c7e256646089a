import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeTokens } from "../../src/nlp/wink.js";
import { articleLibrary } from "../answer/seedLibrary.js";

const words = (text: string) => analyzeTokens(text).map((token) => token.text);

// wink keeps a word it has once read whole in its vocabulary for the life of the process, so each
// test uses names of its own: what one reads must not change what another sees.
describe("a possessive is read the same whatever the process read before", () => {
  it("GIVEN 'the choice is Dravia's.' or 'a Dravia's-backed plan' was read THEN 'Dravia's' is still the name and 's", () => {
    expect(words("Who is Dravia's envoy?")).toEqual(["Who", "is", "Dravia", "'s", "envoy", "?"]);
    words("In the end, the choice is Dravia's.");
    words("A Dravia’s-backed plan and Kelmor's-backed one.");
    expect(words("Who is Dravia's envoy?")).toEqual(["Who", "is", "Dravia", "'s", "envoy", "?"]);
    expect(words("Is Dravia’s envoy in Kelmor's capital?")).toEqual([
      "Is",
      "Dravia",
      "’s",
      "envoy",
      "in",
      "Kelmor",
      "'s",
      "capital",
      "?",
    ]);
  });

  it("GIVEN an article ending a sentence on a possessive ('the next move was France's.') THEN a question on France's minister still answers", () => {
    const library = articleLibrary("paris.txt", "Paris talks", [
      "France's foreign minister, Jean-Noel Barrot, said the talks would resume on Monday.",
      "Observers said the next move was France's.",
    ]);
    // "France" is an alias kept whole ("france"); read whole, "France's" stemmed to "franc", a
    // name no article has, and the question was refused for it.
    const reply = answer(library, "Who is France's foreign minister?");
    expect(reply.reason).toBeNull();
    expect(reply.quotes[0]?.text).toContain("Jean-Noel Barrot");
    // Quoted offsets still point at the words: each token's text is where it says it is.
    const text = "Observers said the next move was France's.";
    for (const token of analyzeTokens(text))
      expect(text.slice(token.start, token.start + token.text.length)).toBe(token.text);
  });
});
