/**
 * Magnitudes (a height, a depth, a range) asked for as "what is the X of Y" or in a search
 * engine's keywords ("machu picchu altitude"): a figure in a unit of measure answers them (how
 * such keywords are read: answerKinds.test.ts).
 */
import { describe, expect, it } from "vitest";
import { answerableCandidates, rankCandidates, retrieve } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { rerankContext } from "../../src/answer/rerank.js";
import { measureAsked } from "../../src/answer/figureType.js";
import { defaultLexicon } from "../../src/lexicon/defaultLexicon.js";
import { answerableFor, libraryOf } from "./answerTypingHelpers.js";

const citadel = libraryOf([
  "Machu Picchu is a 15th-century Inca citadel on a mountain ridge in southern Peru.",
  "It stands about 2,430 metres above sea level, between the peaks of Machu Picchu and Huayna Picchu.",
  "Machu Picchu was declared a World Heritage Site in 1983.",
]);

describe("a magnitude is given in a unit of measure", () => {
  it("GIVEN an altitude asked for THEN a figure in metres answers it (the metres are no count of altitudes)", () => {
    for (const question of ["What is the altitude of Machu Picchu?", "machu picchu altitude"])
      expect(answerableFor(citadel, question)[0], question).toMatch(/^It stands about 2,430 metres/u);
  });

  it("GIVEN a question asked of one article THEN a figure of a sentence that does not name its subject answers", () => {
    const penguin = libraryOf([
      "The emperor penguin is the tallest and heaviest of all living penguin species.",
      "Adults reach about 100 centimetres in height and weigh from 22 to 45 kilograms.",
    ]);
    expect(answerableFor(penguin, "What is the height of the emperor penguin?")[0]).toMatch(
      /^Adults reach about 100/u,
    );
  });

  it("GIVEN a magnitude asked for THEN a figure counting something else does not answer it", () => {
    const tower = libraryOf([
      "The Lotte Tower is a skyscraper in Seoul that opened in 2017.",
      "The Lotte Tower has 123 floors and 58 lifts.",
    ]);
    expect(answerableFor(tower, "What is the height of the Lotte Tower?")).toEqual([]);
  });

  it("GIVEN a sentence that opens with a pronoun THEN its figure is of what the sentence before named", () => {
    // Asked of the whole library, where a sentence must otherwise name what its figure is of.
    const radio = libraryOf(
      [
        "Bluetooth is a short-range wireless technology standard for exchanging data between devices.",
        "It has a range of about 10 metres, although stronger transmitters reach 100 metres.",
        "The first consumer Bluetooth device went on sale in 1999.",
      ],
      ["Wi-Fi is a family of wireless network protocols used for local area networking of devices."],
    );
    const question = analyzeQuestion("What is the range of Bluetooth?", undefined, radio.names);
    const context = rerankContext(radio, question, false);
    const typed = answerableCandidates(context, rankCandidates(context, retrieve(radio, question)));
    expect(typed[0]?.sentence.text).toMatch(/^It has a range of about 10 metres/u);
  });
});

describe("a size is given in a unit of its dimension", () => {
  const cactus = libraryOf([
    "The saguaro is a tree-like cactus native to the Sonoran Desert.",
    "It can grow to about 12 metres tall.",
    "A large saguaro can weigh up to about 2,200 kilograms when fully hydrated.",
  ]);
  const metres = "It can grow to about 12 metres tall.";
  const kilograms = "A large saguaro can weigh up to about 2,200 kilograms when fully hydrated.";

  it("GIVEN how tall or how deep THEN a length answers, not a weight", () => {
    expect(answerableFor(cactus, "How tall can a saguaro grow?")).toEqual([metres]);
    expect(answerableFor(cactus, "How deep do the roots of a saguaro go?")).not.toContain(kilograms);
  });

  it("GIVEN how heavy or how much something weighs THEN a weight answers, not a length", () => {
    for (const question of ["How heavy can a saguaro get?", "How much does a large saguaro weigh?"])
      expect(answerableFor(cactus, question), question).toEqual([kilograms]);
  });
});

describe("a size is given as the size asked for, where the sentence says which it is", () => {
  const bridge = libraryOf([
    "The Kerrow Bridge is a suspension bridge over the Aller estuary.",
    "The Kerrow Bridge towers rise 152 metres above the water.",
    "The Kerrow Bridge deck is 2,410 metres long and 27 metres wide.",
    "The channel beneath the Kerrow Bridge has a depth of 38 metres at high tide.",
  ]);
  const towers = "The Kerrow Bridge towers rise 152 metres above the water.";
  const deck = "The Kerrow Bridge deck is 2,410 metres long and 27 metres wide.";
  const channel = "The channel beneath the Kerrow Bridge has a depth of 38 metres at high tide.";

  it("GIVEN how tall, how wide or how deep THEN only a figure written as that size answers", () => {
    expect(answerableFor(bridge, "How tall are the towers of the Kerrow Bridge?")).toEqual([towers]);
    expect(answerableFor(bridge, "How wide is the deck of the Kerrow Bridge?")).toEqual([deck]);
    expect(answerableFor(bridge, "How deep is the water under the Kerrow Bridge?")).toEqual([channel]);
  });

  it("GIVEN a figure given with a verb of its way THEN up or down is no width, along is no depth", () => {
    const river = libraryOf([
      "The Velna is a river in the north of Ostravel.",
      "The Velna flows for about 840 kilometres to the sea.",
      "At the Harn gorge the Velna drops about 60 metres in a series of falls.",
    ]);
    expect(answerableFor(river, "How deep is the Velna?")).not.toContain(
      "The Velna flows for about 840 kilometres to the sea.",
    );
    expect(answerableFor(river, "How wide is the Velna?")).not.toContain(
      "At the Harn gorge the Velna drops about 60 metres in a series of falls.",
    );
  });

  it("GIVEN a figure 'across' a place THEN it is no width: a bridge's length is written so", () => {
    const crossing = libraryOf([
      "The Kerrow Bridge stretches 2.4 kilometres across the Aller estuary.",
      "The Kerrow Bridge towers rise 152 metres above the water.",
      "The Aller crater nearby is 3 kilometres across.",
    ]);
    expect(answerableFor(crossing, "How long is the Kerrow Bridge?")).toContain(
      "The Kerrow Bridge stretches 2.4 kilometres across the Aller estuary.",
    );
    expect(answerableFor(crossing, "How long is the Kerrow Bridge?")).not.toContain(
      "The Kerrow Bridge towers rise 152 metres above the water.",
    );
    expect(answerableFor(crossing, "How deep is the Aller crater?")).not.toContain(
      "The Aller crater nearby is 3 kilometres across.",
    );
  });

  it("GIVEN how tall a dam is THEN the word dam is no decametre", () => {
    const dam = libraryOf([
      "A spillway is a channel that carries water around a dam, so the reservoir never rises too high.",
      "The Corran Dam stands 61 metres high.",
    ]);
    expect(answerableFor(dam, "How tall is the Corran Dam?")).toEqual([
      "The Corran Dam stands 61 metres high.",
    ]);
  });
});

describe("how fast: a speed or the time something took", () => {
  const cheetah = libraryOf([
    "The cheetah is a large cat native to Africa and central Iran.",
    "It can run at about 100 kilometres per hour in short bursts.",
    "A cheetah can run as far as 500 metres in a single chase before it tires.",
  ]);

  it("GIVEN how fast an animal runs THEN a figure in a unit per hour answers, not a distance", () => {
    expect(answerableFor(cheetah, "How fast can a cheetah run?")[0]).toMatch(
      /^It can run at about 100 kilometres per hour/u,
    );
    expect(answerableFor(cheetah, "How fast can a cheetah run?")).not.toContain(
      "A cheetah can run as far as 500 metres in a single chase before it tires.",
    );
  });

  it("GIVEN how fast something was done THEN the time it took answers", () => {
    const outage = libraryOf([
      "Hackers locked the computers of the Sambre hospital network on Sunday.",
      "The technician on duty disconnected the network from the internet within 20 minutes, limiting the damage.",
      "The network has 4,000 staff across 12 sites.",
    ]);
    expect(answerableFor(outage, "How fast did the technician disconnect the network?")).toEqual([
      "The technician on duty disconnected the network from the internet within 20 minutes, limiting the damage.",
    ]);
  });
});

describe("the measure a question asks for is read from the question, not from what is typed around it", () => {
  const asked = (question: string) => measureAsked(analyzeQuestion(question), defaultLexicon());

  it.each([
    ["<@123456789012345678> how old is the bridge?", "age"],
    ["hey bot, how fast can the train go?", "speed"],
    ["can you tell me how tall the tower is", "size"],
    ["@everyone what percentage of the vote did she get", "percent"],
  ])("GIVEN %s THEN it asks for %s, as the bare question does", (question, measure) => {
    expect(asked(question)).toBe(measure);
  });
});
