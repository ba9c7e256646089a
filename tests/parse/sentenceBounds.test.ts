import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { answer } from "../../src/answer/answer.js";
import { articleLibrary } from "../answer/seedLibrary.js";
import { analyzeText } from "../../src/nlp/wink.js";

const sentencesOf = (text: string) =>
  parseArticle({ file: "a.txt", text: `Report\n\n${text}` }).sentences.map((s) => s.text);

describe("a unit's letter and full stop after a figure end a sentence", () => {
  it("GIVEN '42k.', 'km/h.', 'EUR 2m.', '$5k.' or '3.5 pct.' before a capital THEN the sentence ends there (wink ran on)", () => {
    expect(sentencesOf("The town has about 42k. The council said so.")).toEqual([
      "The town has about 42k.",
      "The council said so.",
    ]);
    expect(sentencesOf("The train was doing 120 km/h. Police said so.")).toEqual([
      "The train was doing 120 km/h.",
      "Police said so.",
    ]);
    expect(sentencesOf("The fine was EUR 2m. It was the largest yet.")).toEqual([
      "The fine was EUR 2m.",
      "It was the largest yet.",
    ]);
    expect(sentencesOf("It cost $5k. Officials said so.")).toEqual(["It cost $5k.", "Officials said so."]);
    expect(sentencesOf("Prices rose 3.5 pct. Officials said so.")).toEqual([
      "Prices rose 3.5 pct.",
      "Officials said so.",
    ]);
  });

  it("GIVEN an initial in a name ('John F. Kennedy') or a unit mid-sentence THEN the sentence goes on", () => {
    expect(sentencesOf("John F. Kennedy was shot in 1963 in Dallas.")).toHaveLength(1);
    expect(sentencesOf("The train was doing 120 km/h. when it left the rails.")).toHaveLength(1);
  });

  it("GIVEN such a sentence WHEN asked about it THEN the quote is that sentence alone", () => {
    const library = articleLibrary("derail.txt", "Derailment near Lorrick", [
      "The train was travelling at 120 km/h. The speed limit on that stretch is 80 km/h.",
      "Investigators said the driver had braked too late.",
    ]);
    const reply = answer(library, "how fast was the train travelling?");
    expect(reply.quotes[0]?.text).toBe("The train was travelling at 120 km/h.");
  });
});

describe("a clock time's 'a.m.' or 'p.m.' ends a sentence before a capital, unless the time goes on", () => {
  it("GIVEN 'at about 3 p.m. Crews arrived' THEN two sentences; 'p.m. Tuesday', 'p.m. EST', 'a.m. Moscow time' stay one", () => {
    expect(sentencesOf("The fire started at about 3 p.m. Crews arrived quickly.")).toEqual([
      "The fire started at about 3 p.m.",
      "Crews arrived quickly.",
    ]);
    expect(sentencesOf("The verdicts came shortly after 11 a.m. Vashti stood still.")).toEqual([
      "The verdicts came shortly after 11 a.m.",
      "Vashti stood still.",
    ]);
    for (const one of [
      "The vote is at 3 p.m. Tuesday in the capital.",
      "It ends at 5 p.m. EST on Friday.",
      "Fighting stopped at 6 a.m. Moscow time.",
      "The summit opens at 10 a.m. April 3 in Oslo.",
    ])
      expect(sentencesOf(one)).toEqual([one]);
  });

  it("GIVEN such a sentence WHEN asked when the fire started THEN the quote is that sentence alone", () => {
    const library = articleLibrary("fire.txt", "Port fire", [
      "The fire started at about 3 p.m. Crews arrived quickly and the blaze was out by dusk.",
    ]);
    expect(answer(library, "when did the fire start?").quotes[0]?.text).toBe(
      "The fire started at about 3 p.m.",
    );
  });
});

describe("a parenthesis closing on an abbreviation goes on into the words after it", () => {
  it("GIVEN 'Rep. Adam Schiff (D-Calif.) said…' THEN one sentence, the speaker with the words", () => {
    expect(sentencesOf("Rep. Adam Schiff (D-Calif.) said the bill would pass. Others disagreed.")).toEqual([
      "Rep. Adam Schiff (D-Calif.) said the bill would pass.",
      "Others disagreed.",
    ]);
  });

  it("GIVEN a title ending in '!' then a comma ('Mamma Mia!, which opened…') THEN one sentence", () => {
    expect(
      sentencesOf(
        "Their songs formed the basis of the musical Mamma Mia!, which opened in London in 1999. It ran for years.",
      ),
    ).toEqual([
      "Their songs formed the basis of the musical Mamma Mia!, which opened in London in 1999.",
      "It ran for years.",
    ]);
  });
});

describe("a footnote mark closes the sentence before it", () => {
  it("GIVEN text copied from an encyclopedia ('…on Sunday.[1] Three…', '[citation needed]', '[3][4]') THEN each mark stays on its sentence, none is a sentence", () => {
    expect(
      sentencesOf("A fire broke out on Sunday.[1] Three people were hurt.[2] The cause is unknown.[3][4]"),
    ).toEqual([
      "A fire broke out on Sunday.[1]",
      "Three people were hurt.[2]",
      "The cause is unknown.[3][4]",
    ]);
    expect(sentencesOf("It has 10 million members.[citation needed] Its seat is London.")).toEqual([
      "It has 10 million members.[citation needed]",
      "Its seat is London.",
    ]);
    // A bracketed name opening a sentence is its own words.
    expect(sentencesOf("Talks resumed. [Reuters] Officials met.")).toEqual([
      "Talks resumed.",
      "[Reuters] Officials met.",
    ]);
  });

  it("GIVEN such a text WHEN asked how many were hurt THEN the quote opens with the sentence's own words", () => {
    const library = articleLibrary("fire.txt", "Port fire", [
      "A fire broke out at the port on Sunday.[1] Three people were hurt.[2] The cause is unknown.",
    ]);
    expect(answer(library, "how many people were hurt?").quotes[0]?.text).toBe("Three people were hurt.[2]");
  });
});

describe("a quoted question and the words after it in lower case are one sentence", () => {
  it("GIVEN '“What’s there to cheer about?” asked Greta Holm' THEN it is one sentence; a capital after the mark still opens one", () => {
    expect(sentencesOf("“What’s there to cheer about?” asked Greta Holm, 71. She went home.")).toEqual([
      "“What’s there to cheer about?” asked Greta Holm, 71.",
      "She went home.",
    ]);
    expect(sentencesOf('"Stop!" shouted the guard. Everyone froze.')).toEqual([
      '"Stop!" shouted the guard.',
      "Everyone froze.",
    ]);
    expect(sentencesOf("Why now? Nobody knows.")).toEqual(["Why now?", "Nobody knows."]);
  });

  it("GIVEN such a quote WHEN asked who said it THEN the quote names the speaker", () => {
    const library = articleLibrary("market.txt", "Market traders gloomy", [
      "Stallholders said trade had fallen by a third since the bridge closed.",
      "“What’s there to cheer about?” asked Greta Holm, 71, who has sold vegetables there since 1979.",
    ]);
    const reply = answer(library, "who asked what there is to cheer about?");
    // Split, the words were quoted without their speaker and the speaker without the words.
    expect(reply.quotes[0]?.text).toBe(
      "“What’s there to cheer about?” asked Greta Holm, 71, who has sold vegetables there since 1979.",
    );
  });

  it("GIVEN a chat message with a second question in lower case THEN its sentences stay apart", () => {
    expect(analyzeText("who hosted the summit? also when was it").length).toBe(2);
  });
});
