import { describe, expect, it } from "vitest";
import { answer, rankCandidates, retrieve } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { rerankContext } from "../../src/answer/rerank.js";
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

describe("where a named place is", () => {
  it("GIVEN 'where is X' THEN a direction or another place says where, a kind of place alone less", () => {
    const library = articleLibrary("mine.txt", "Mine rescue", [
      "Mayor Dale Pitkanen said the Garnet Falls town council had cancelled all public events.",
      "Garnet Falls lies about 190 kilometres north of Sudbury, and the mine is its largest employer.",
      "The Garnet Falls District Hospital said it had cleared beds for the miners.",
    ]);
    const context = rerankContext(library, analyzeQuestion("Where is Garnet Falls?"));
    const typed = rankCandidates(context, retrieve(library, context.question)).map((c) => [
      c.sentence.text.slice(0, 20),
      c.features.typePlace,
    ]);
    expect(Object.fromEntries(typed)).toMatchObject({
      "Garnet Falls lies ab": 1,
      "Mayor Dale Pitkanen ": 0.5,
    });
  });
});

describe("a place in a sentence that points back", () => {
  it("GIVEN 'It rises in the Valdai Hills' after a sentence naming the river THEN its place answers 'where', as a figure would", () => {
    const library = articleLibrary("volga.txt", "Volga", [
      "The Volga is the longest river in Europe, flowing through central Russia.",
      "It rises in the Valdai Hills north-west of Moscow.",
      "The river holds a central place in Russian culture.",
    ]);
    const question = analyzeQuestion("where does the volga river start", undefined, library.names);
    const context = rerankContext(library, question, true);
    const ranked = rankCandidates(context, retrieve(library, question, 0));
    const rises = ranked.find((c) => c.sentence.text.startsWith("It rises"));
    expect(rises?.features.typePlace).toBeGreaterThan(0);
  });
});

describe("where someone was when something happened", () => {
  it("GIVEN 'where was X when he warned…' THEN a sentence placing him answers, not one naming places he spoke of", () => {
    const library = articleLibrary("mediation.txt", "Mediation", [
      "The country will stop mediating between Peru and Chile within days if there is no progress, Foreign Minister Hal Brenner warned on Friday.",
      "Brenner, speaking to reporters at Jorge Chavez airport in Lima, said patience was running out.",
      "Delegations from both sides are expected to meet again next month.",
    ]);
    const reply = answer(library, "Where was Brenner when he warned the country could stop mediating?");
    expect(reply.quotes[0]?.text).toContain("in Lima");
    // Asked where the talks are, any place they are named with still answers.
    expect(answer(library, "Where were the mediation talks between Peru and Chile?").answered).toBe(true);
  });
});

describe("which place of a kind", () => {
  const library = articleLibrary("talks.txt", "Talks", [
    "Negotiators met for a second day on Tuesday, after earlier rounds were held in Oman.",
    "Ministers from France and Germany joined the talks in Paris, officials said.",
    "The next round is expected later this month.",
  ]);

  it("GIVEN only countries besides the city asked about WHEN asked which building THEN no place of theirs answers", () => {
    const reply = answer(library, "which building in paris were the negotiators meeting in");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN a place of the kind asked for, or one WordNet does not know THEN it answers", () => {
    expect(answer(library, "which countries sent ministers to the talks in paris").quotes[0]?.text).toContain(
      "France and Germany",
    );
    const palace = articleLibrary("talks.txt", "Talks", [
      "Negotiators met for a second day on Tuesday at the Vellor Palace in Paris.",
      "Ministers from France and Germany joined the talks, officials said.",
    ]);
    expect(
      answer(palace, "which building in paris were the negotiators meeting in").quotes[0]?.text,
    ).toContain("Vellor Palace");
  });
});

describe("a place within another", () => {
  const library = articleLibrary("water.txt", "Water talks", [
    "Water talks between Arland and Brevia were held on Saturday in Paris, and Italy will host the next round.",
    "A follow-up meeting on the water dispute will be held next week in London, officials said.",
    "Delegates said the talks had been constructive.",
  ]);

  it("GIVEN only a city WordNet places elsewhere WHEN asked for a place in a country or a city THEN it does not answer", () => {
    // Paris is a city, but in France: not the Italian city, nor a place in London.
    for (const question of [
      "which italian city hosted the water talks on saturday",
      "Where in London will the follow-up meeting on the water dispute be held?",
    ]) {
      const reply = answer(library, question);
      expect(reply.answered).toBe(false);
      expect(reply.reason).toBe("no-answer-of-kind");
    }
    const oman = articleLibrary("water.txt", "Water talks", [
      "Water talks between Arland and Brevia were held on Saturday in Oman, as Paris hosted a separate meeting on the dispute.",
      "Delegates said the talks had been constructive.",
    ]);
    expect(answer(oman, "Which city in Oman hosted the water talks?").answered).toBe(false);
  });

  it("GIVEN a city WordNet places in the place asked about, or one it does not know THEN it answers", () => {
    expect(answer(library, "which french city hosted the water talks on saturday").quotes[0]?.text).toContain(
      "in Paris",
    );
    // Muscat is in Oman; WordNet has no Vellor, which may be anywhere.
    for (const city of ["Muscat", "Vellor"]) {
      const oman = articleLibrary("water.txt", "Water talks", [
        `The next round of the water talks will be held in ${city}, Oman, later this month.`,
        "Delegates said the talks had been constructive.",
      ]);
      expect(
        answer(oman, "Which city in Oman will host the next round of the water talks?").quotes[0]?.text,
      ).toContain(city);
    }
  });
});
