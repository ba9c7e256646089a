/**
 * Who speaks in a question and in a sentence: a verb of saying that says what kind is part of the
 * question; the speaker is named before the verb, or after it once what was said comes first, or
 * after "according to"; a quotation is its speaker's; an honorific or a transcript's label starts
 * another person's words. (Split from answerKinds.test.ts, which keeps the question's kinds.)
 */
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { answerableFor, featureReader, libraryOf } from "./answerTypingHelpers.js";
import { articleLibrary, seedLibrary } from "./seedLibrary.js";

describe("a verb of saying that says what kind ('describe', 'warn') is part of the question", () => {
  const library = seedLibrary();

  it("GIVEN 'describe' THEN only 'say', 'tell' and the like are framing: 'describe' stays a topic word", () => {
    const term = (question: string, start: string) =>
      analyzeQuestion(question).concepts.find((c) => c.term.startsWith(start));
    expect(term("How did Rubio describe the Paris talks?", "describ")?.framing).toBe(false);
    expect(term("What did Rubio tell reporters about the talks?", "tell")?.framing).toBe(true);
  });

  it.each([
    ["How did Rubio describe the Paris talks?", /described the talks in Paris on Thursday as productive/u],
    ["What did Rubio warn about?", /Rubio warned that/u],
  ])("GIVEN %s THEN the sentence with that verb comes first", (question, expected) => {
    expect(answer(library, question).quotes[0]?.text).toMatch(expected);
  });
});

describe("who speaks in a sentence: the name before the verb, or after it once what was said comes first", () => {
  const talks = libraryOf([
    "A Varnian diplomatic source said Kessler and Varnia's Foreign Minister Anna Holt would discuss the ceasefire.",
    "Varnian Foreign Minister Anna Holt hailed the ceasefire talks as a breakthrough for the region.",
    "“The ceasefire talks went well,” said Holt after the meeting.",
    "Kessler told Holt that the ceasefire talks could resume in May.",
  ]);
  const speech = featureReader(talks, "typeSpeech");

  it("GIVEN a title and a name before the verb THEN that person speaks, however long the name", () => {
    const question = "What did the Varnian foreign minister say about the ceasefire talks?";
    expect(speech(question, "Varnian Foreign Minister")).toBeGreaterThanOrEqual(0.7);
  });

  it("GIVEN a name after 'told', or after 'said' with its subject before THEN no speech of theirs", () => {
    const question = "What did Holt say about the ceasefire talks?";
    expect(speech(question, "“The ceasefire talks went well")).toBe(1);
    expect(speech(question, "Varnian Foreign Minister")).toBeGreaterThanOrEqual(0.7);
    expect(speech(question, "Kessler told Holt")).toBeLessThan(0.7);
    expect(speech(question, "A Varnian diplomatic source")).toBeLessThan(0.7);
  });
});

describe("'according to' gives the speaker after it, never the name before it", () => {
  const visits = libraryOf([
    "Kessler has met Holt three times since March, according to Marlow.",
    "Holt said the meetings with Kessler had been useful.",
  ]);
  const speech = featureReader(visits, "typeSpeech");

  it("GIVEN 'X has met Holt…, according to Marlow' THEN Marlow says so and Holt says nothing there", () => {
    expect(
      speech("What did Marlow say about the meetings with Kessler?", "Kessler has met Holt"),
    ).toBeGreaterThanOrEqual(0.7);
    expect(speech("What did Holt say about the meetings with Kessler?", "Kessler has met Holt")).toBeLessThan(
      0.7,
    );
    expect(answerableFor(visits, "What did Holt say about the meetings with Kessler?")).toEqual([
      "Holt said the meetings with Kessler had been useful.",
    ]);
  });
});

describe("a quotation is its speaker's: the person named right before the verb of saying", () => {
  const deal = libraryOf([
    "Kessler said Monday, three days after his third meeting with Holt, that he sees a ceasefire deal “emerging.”",
    "Trade Minister Anna Holt, who arrived in Varno on Wednesday after a week of talks, said the ceasefire deal was “the news we have all been praying for.”",
    "Holt, who flew home from the summit and met the press in Varno, said the ceasefire deal was “fragile.”",
  ]);
  const speech = featureReader(deal, "typeSpeech");

  it("GIVEN 'Kessler said …, after his meeting with Holt, … “emerging”' THEN the quotation is Kessler's, not Holt's", () => {
    const question = "What did Holt say about the ceasefire deal?";
    expect(speech(question, "Kessler said Monday")).toBeLessThan(0.6);
    expect(answerableFor(deal, question)).not.toContain(deal.articles[0]?.sentences[0]?.text);
    expect(
      speech("What did Kessler say about the ceasefire deal?", "Kessler said Monday"),
    ).toBeGreaterThanOrEqual(0.7);
  });

  it("GIVEN her verb of saying far after her name, and no one else named before it THEN the quotation is still hers", () => {
    const question = "What did Holt say about the ceasefire deal?";
    expect(speech(question, "Trade Minister Anna Holt")).toBeGreaterThanOrEqual(0.6);
    expect(answerableFor(deal, question)).toContain(deal.articles[0]?.sentences[1]?.text);
  });

  it("GIVEN a place right before her verb of saying THEN the quotation is still hers: no one else is named there", () => {
    expect(
      speech("What did Holt say about the ceasefire deal?", "Holt, who flew home"),
    ).toBeGreaterThanOrEqual(0.6);
  });
});

describe("an honorific starts another person's mention: the verb after it is theirs", () => {
  const visits = libraryOf([
    "Mr. Kessler has met three times with Mr. Holt, Mr. Marlow said.",
    "Mr. Holt said the meetings with Mr. Kessler had been useful.",
    "The Varnian spokesman, Mr. Holt, said the meetings were useful.",
  ]);
  const speech = featureReader(visits, "typeSpeech");

  it("GIVEN '…with Mr. Holt, Mr. Marlow said' THEN Marlow says it, not Holt", () => {
    expect(
      speech("What did Marlow say about the meetings with Kessler?", "Mr. Kessler has met"),
    ).toBeGreaterThanOrEqual(0.7);
    expect(speech("What did Holt say about the meetings with Kessler?", "Mr. Kessler has met")).toBeLessThan(
      0.7,
    );
    expect(
      speech("What did Holt say about the meetings with Kessler?", "Mr. Holt said"),
    ).toBeGreaterThanOrEqual(0.7);
  });

  it("GIVEN 'the Varnian spokesman, Mr. Holt, said' THEN the honorific names the title's holder, who speaks", () => {
    expect(
      speech("What did the Varnian spokesman say about the meetings?", "The Varnian spokesman"),
    ).toBeGreaterThanOrEqual(0.7);
  });
});

describe("a title written short ('Gen.', 'Dr.') is the title asked about", () => {
  it("GIVEN 'when did the general visit the base' THEN the visit of 'Gen. Brook' answers, not the doctor's", () => {
    const visits = articleLibrary("base.txt", "Base visits", [
      "Dr. Maria Lind visited the base on Friday.",
      "Gen. Alan Brook visited the base on Tuesday.",
    ]);
    expect(answer(visits, "When did the general visit the base?").quotes[0]?.text).toBe(
      "Gen. Alan Brook visited the base on Tuesday.",
    );
    expect(answer(visits, "When did the doctor visit the base?").quotes[0]?.text).toBe(
      "Dr. Maria Lind visited the base on Friday.",
    );
  });
});

describe("a transcript's speaker label says whose words follow", () => {
  it("GIVEN 'ZELENSKY: …' and 'Anna Holt: …' lines THEN they are the speaker's words, and answer what the speaker said", () => {
    const interview = articleLibrary("interview.txt", "Interview transcript", [
      "INTERVIEWER: What do you make of the ceasefire so far?",
      "ZELENSKY: The ceasefire is fragile, but it is holding.",
      "Anna Holt: The ceasefire talks will resume in May.",
    ]);
    expect(answer(interview, "what did Zelensky say about the ceasefire?").quotes[0]?.text).toBe(
      "ZELENSKY: The ceasefire is fragile, but it is holding.",
    );
    expect(answer(interview, "What did Holt say about the ceasefire talks?").quotes[0]?.text).toBe(
      "Anna Holt: The ceasefire talks will resume in May.",
    );
  });
});
