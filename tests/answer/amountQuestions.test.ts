import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { articleLibrary, seedLibrary } from "./seedLibrary.js";
import { createLibrary } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";

const townSentences = [
  "Tamsworth police say a train has derailed near the Fenwick Street crossing.",
  "Tamsworth, a town of about 41,000 people roughly 60 miles from the state capital, sits at the junction of two freight lines.",
  "The mayor of Tamsworth said the town council would meet on Friday.",
  "The railroad estimated cleanup costs at $38 million.",
];
const town = articleLibrary("town.txt", "Derailment in Tamsworth", townSentences);

describe("a what-question asking for an amount is answered by a figure, as 'how many' is", () => {
  it.each([
    ["What is the population of Tamsworth?", "popul"],
    ["whats the total cost of the cleanup", "cost"],
    ["What was the monetary value of the prize?", "valu"],
    ["What is the atomic number of helium?", "number"],
    // A revenue, an income, a profit: WordNet's sums of money.
    ["what was the airline's revenue", "revenu"],
    ["What is the company's income?", "incom"],
  ])("GIVEN %s THEN it asks for a figure counting its amount", (question, unit) => {
    const analyzed = analyzeQuestion(question);
    expect(analyzed.kind).toBe("number");
    expect(analyzed.concepts.filter((c) => c.unit).map((c) => c.term)).toContain(unit);
  });

  it.each([
    // Not amounts: a deadline and a term are WordNet quantities, a benefit a cost.
    "What is the deadline for the appeal?",
    "What benefits is the agreement expected to bring?",
    "What kind of number is it?",
  ])("GIVEN %s THEN it does not ask for a figure", (question) => {
    expect(analyzeQuestion(question).kind).not.toBe("number");
  });

  it("GIVEN a town's population asked THEN the sentence with its people counted answers, not one naming the town alone", () => {
    const reply = answer(town, "whats the population of tamsworth");
    expect(reply.quotes[0]?.text).toContain("41,000 people");
  });

  it.each(["What is the population of Paris?", "what is the population of kharkiv"])(
    "GIVEN %s, which the articles do not give THEN no quote, though they name the city and count its injured",
    (question) => {
      const reply = answer(seedLibrary(), question);
      expect(reply.answered).toBe(false);
    },
  );

  it("GIVEN a year in the question THEN a figure near the topic in an article of that year answers without it", () => {
    const dated = createLibrary([
      parseArticle({
        file: "town.txt",
        text: ["date 2020-06-01", "Derailment in Tamsworth", ...townSentences].join("\n\n"),
      }),
    ]);
    expect(dated.articles[0]?.date).toBe("2020-06-01");
    expect(answer(dated, "What was the population of Tamsworth in 2020?").quotes[0]?.text).toContain(
      "41,000 people",
    );
  });

  it("GIVEN a year in the question and an article that neither names it nor is dated THEN no quote: nothing shows the figure is of that year", () => {
    expect(answer(town, "What was the population of Tamsworth in 2020?").quotes).toEqual([]);
  });

  it("GIVEN the amount's describing word and a masked figure THEN a masked figure near the topic answers", () => {
    const prize = articleLibrary("prize.txt", "Prize", [
      "The prize committee met in Oslo to choose the winner.",
      "Each Nobel Prize is worth $<num>.",
    ]);
    expect(answer(prize, "What was the monetary value of the Nobel Prize in <num>?").quotes[0]?.text).toBe(
      "Each Nobel Prize is worth $<num>.",
    );
  });
});

describe("a who-question is not answered by a place", () => {
  it("GIVEN 'who did Rubio meet in Paris' THEN the first quote names who he met, not where the next meeting is", () => {
    const first = answer(seedLibrary(), "who did rubio meet with in paris").quotes[0];
    expect(first?.text).not.toMatch(/London/u);
    expect(first?.text).toMatch(/Macron|Witkoff|officials/u);
  });
});

describe("the noun a how-many question counts, however the tagger reads the verb after it", () => {
  it.each([
    ["how many travellers use lorrick airport each year", "travel"],
    ["how many bakery workers were hurt", "worker"],
    ["how many news reports mention it", "report"],
  ])("GIVEN %s THEN it counts %s", (question, unit) => {
    expect(
      analyzeQuestion(question)
        .concepts.filter((c) => c.unit)
        .map((c) => c.term),
    ).toEqual([unit]);
  });

  it("GIVEN a plural noun then a verb the tagger took for a noun THEN the figure of that noun answers", () => {
    const airport = articleLibrary("airport.txt", "Emergency landing at Lorrick", [
      "Staff at Lorrick Airport, a small regional airport that handles about 400,000 passengers a year, were praised for their response.",
      "Three passengers were taken to Lorrick General Hospital, where two were kept overnight.",
      "The airport reopened its runway on Wednesday afternoon.",
    ]);
    const reply = answer(airport, "How many travellers use Lorrick Airport each year?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toContain("400,000 passengers");
  });
});

describe("an amount in a currency the language model does not know is money", () => {
  const bridge = articleLibrary("bridge.txt", "The bridge repairs", [
    "The city council met on Tuesday to discuss the repairs to the old bridge, the mayor said.",
    "The council approved 12 million francs for the repairs to the old bridge.",
    "In Kyiv, the repairs to the river bridge cost 300 million hryvnias, officials said.",
  ]);

  it("GIVEN 'how much money' THEN the sentence with an amount in francs answers it", () => {
    const reply = answer(bridge, "How much money did the council approve for the bridge repairs?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toContain("12 million francs");
  });

  it("GIVEN 'how much did it cost' THEN an amount in hryvnias answers it", () => {
    const reply = answer(bridge, "how much did the river bridge repairs in Kyiv cost");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toContain("300 million hryvnias");
  });
});

describe("an amount of money is no size, in any currency", () => {
  const lake = articleLibrary("lake.txt", "Lake Varn", [
    "Lake Varn is the deepest lake in the region, divers say.",
    "Cleaning Lake Varn cost 300 million rubles last year, the ministry said.",
    "The dam at Lake Varn holds back 40 billion francs worth of water rights, owners claim.",
  ]);

  it("GIVEN 'how deep' and only a sum in rubles THEN no sentence holds a depth, and no quote", () => {
    const reply = answer(lake, "how deep is lake varn");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN 'how heavy' and only a sum in francs THEN no sentence holds a weight", () => {
    expect(answer(lake, "How heavy is the dam at Lake Varn?").reason).toBe("no-answer-of-kind");
  });

  it("GIVEN 'how much did it cost' THEN the same sum in rubles still answers", () => {
    const reply = answer(lake, "how much did cleaning lake varn cost");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toContain("300 million rubles");
  });
});

describe("an amount written with its currency's code ('EUR 4.5 million') is money", () => {
  const ransom = articleLibrary("ransom.txt", "Hospital ransomware attack", [
    "The attackers demanded a ransom of EUR 4.5 million, to be paid in bitcoin within four days.",
    "The hospital said 22 of its 40 servers had been encrypted.",
  ]);

  it("GIVEN 'EUR 4.5 million' WHEN asked how much the ransom is THEN it answers with that sentence, not 'no answer of the kind'", () => {
    const reply = answer(ransom, "how much is the ransom?");
    expect(reply.reason).toBeNull();
    expect(reply.quotes[0]?.text).toContain("EUR 4.5 million");
  });

  it("GIVEN a code that is also an English word in capitals ('ALL 22 miners') THEN it is no currency", () => {
    const shouted = articleLibrary("mine.txt", "Mine rescue", [
      "The rescue of ALL 22 miners was completed on Friday, the company said.",
    ]);
    expect(answer(shouted, "how much did the rescue of the miners cost?").reason).toBe("no-answer-of-kind");
  });
});
