import { describe, expect, it } from "vitest";
import { answer, readQuestion } from "../../src/answer/answer.js";
import { holdsNameInOtherWords, namesWrittenOtherwise } from "../../src/answer/nameMeanings.js";
import { wordTerm } from "../../src/text/terms.js";
import { articleLibrary } from "./seedLibrary.js";

const films = articleLibrary("casablanca.txt", "Casablanca", [
  "Casablanca is a 1942 American romantic drama film directed by Michael Curtiz.",
  "Casablanca won three Academy Awards, including Best Picture.",
  "The film had its world premiere in New York City in November 1942.",
]);

describe("a name the articles write in other words", () => {
  it("GIVEN a question naming the Oscars, where the article writes 'Academy Awards' THEN it is no unknown name, cased or in one case", () => {
    for (const question of [
      "How many Oscars did Casablanca win?",
      "how many oscars did casablanca win",
      "HOW MANY OSCARS DID CASABLANCA WIN?",
    ]) {
      const reply = answer(films, question);
      expect(reply.reason).not.toBe("unknown-names");
      expect(reply.quotes[0]?.text).toBe("Casablanca won three Academy Awards, including Best Picture.");
    }
  });

  it("GIVEN the other name's words only apart ('academy' … 'award') THEN the name is not held in other words", () => {
    const apart = articleLibrary("school.txt", "School prize", [
      "The academy gave its best pupil an award for science in 1942.",
    ]);
    expect(holdsNameInOtherWords(apart, wordTerm("oscar"))).toBe(false);
    expect(holdsNameInOtherWords(films, wordTerm("oscar"))).toBe(true);
    expect(answer(apart, "How many Oscars did the academy win?").reason).toBe("unknown-names");
  });

  it("GIVEN a name WordNet relates to a word the articles hold ('Holland': 'Netherlands') THEN it is held in other words; a common word's senses are not", () => {
    const trade = articleLibrary("trade.txt", "Trade talks", [
      "The Netherlands agreed on Monday to cut tariffs on steel by a tenth.",
    ]);
    expect(holdsNameInOtherWords(trade, wordTerm("holland"))).toBe(true);
    expect(answer(trade, "What did Holland agree to cut?").reason).not.toBe("unknown-names");
    // "China" is porcelain too: not a name only, so no sense of it stands in for it.
    const pottery = articleLibrary("pottery.txt", "Pottery fair", ["The porcelain sold for a record sum."]);
    expect(holdsNameInOtherWords(pottery, wordTerm("china"))).toBe(false);
  });

  it("GIVEN a name of two words the articles write as WordNet's one-word name for it ('the Gaza Strip': 'Gaza') THEN none of its words is unknown; a name WordNet lacks still is", () => {
    const gaza = articleLibrary("gaza.txt", "Aid blocked", [
      "Israel said it would keep blocking aid to Gaza, a territory of 2.4 million people.",
      "The talks on a ceasefire resumed in Cairo on Monday.",
    ]);
    const reply = answer(gaza, "How many people live in the Gaza Strip?");
    expect(reply.reason).not.toBe("unknown-names");
    expect(reply.quotes[0]?.text).toContain("2.4 million people");
    expect(
      namesWrittenOtherwise(gaza, readQuestion(gaza, "How many people live in the Gaza Strip?")).size,
    ).toBe(2);
    // "Gaza Corridor" is no name WordNet has: its "Corridor" is still a name no article has.
    expect(answer(gaza, "How many people live in the Gaza Corridor?").reason).toBe("unknown-names");
    // Articles without Gaza hold neither name.
    expect(answer(films, "How many people live in the Gaza Strip?").reason).toBe("unknown-names");
  });
});
