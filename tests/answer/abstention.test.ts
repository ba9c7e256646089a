import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { articleLibrary, seedLibrary } from "./seedLibrary.js";

const library = seedLibrary();

describe("abstention means something", () => {
  it.each([
    "What is the capital of Australia?",
    "Who won the Champions League final?",
    "What did Pope Francis say about the war?",
    "How many soldiers has Russia lost?",
    "What did the Chinese president say?",
    "What did Macron say about sanctions?",
  ])("GIVEN a question the articles don't answer (%s) THEN no quote", (question) => {
    const reply = answer(library, question);
    expect(reply.answered).toBe(false);
    expect(reply.quotes).toEqual([]);
    expect(reply.reason).toMatch(/unknown-names|low-confidence|no-match|no-answer-of-kind/u);
  });

  // Most of the question in words no article has, matched by a word or two the articles do have
  // ("first", "invented"): another subject, not a paraphrase (the confidence model's
  // unknownSquared; 0.25 and 0.25, just above the threshold, before it).
  it.each(["Who invented the light bulb?", "Who was the first woman to fly across the ocean?"])(
    "GIVEN a question on another subject that shares a word with the articles (%s) THEN no quote",
    (question) => {
      const reply = answer(library, question);
      expect(reply.answered).toBe(false);
      expect(reply.quotes).toEqual([]);
    },
  );

  it.each([
    "What is Rubio's job?",
    "When is the minerals agreement supposed to be finalized?",
    "What did Zelensky say about a truce without guarantees?",
    "Has Washington offered Kyiv security guarantees?",
  ])("GIVEN a question the articles answer in other words (%s) THEN it is answered", (question) => {
    expect(answer(library, question).answered).toBe(true);
  });

  it("GIVEN any question THEN confidence is in [0, 1] and an answered one is at least the threshold of an unanswered one", () => {
    const yes = answer(library, "Who is Dmitry Peskov?");
    const no = answer(library, "What did Macron say about sanctions?");
    expect(yes.confidence).toBeGreaterThan(no.confidence ?? 1);
    for (const reply of [yes, no]) {
      expect(reply.confidence).toBeGreaterThanOrEqual(0);
      expect(reply.confidence).toBeLessThanOrEqual(1);
    }
  });

  describe("asked of one article (/ask article:)", () => {
    // An encyclopedia summary, as a moderator might add one and a member ask of it alone.
    const penguin = articleLibrary("penguin.md", "Emperor penguin", [
      "The emperor penguin is the tallest and heaviest of all living penguin species and is endemic to Antarctica.",
      "Adults reach about 100 centimetres in height and weigh from 22 to 45 kilograms.",
      "Emperor penguins breed in the coldest environment of any bird species, with air temperatures reaching minus 40 degrees Celsius.",
      "The female lays a single egg, which the male incubates on his feet for about 65 days while she returns to the sea to feed.",
      "They feed mainly on fish, but also eat krill and squid, and can dive to depths of more than 500 metres.",
    ]);
    const articleId = penguin.articles[0]?.id as string;

    it.each([
      ["how tall is an emperor penguin", /100 centimetres/u],
      ["what do emperor penguins eat", /fish/u],
      ["how long does the male incubate the egg", /65 days/u],
    ])(
      "GIVEN a question the article answers (%s) THEN it is answered with the sentence",
      (question, text) => {
        const reply = answer(penguin, question, { articleId });
        expect(reply.answered).toBe(true);
        expect(reply.quotes[0]?.text).toMatch(text);
      },
    );

    // Judged by the one-article confidence model: the library's answers each with a sentence on
    // the penguin that does not say (confidence 0.66, 0.66 and 0.51 against its 0.33).
    it.each(["emperor penguin lifespan", "emperor penguin predators", "who discovered the emperor penguin"])(
      "GIVEN a question on its subject the article leaves open (%s) THEN no quote",
      (question) => {
        const reply = answer(penguin, question, { articleId });
        expect(reply.answered).toBe(false);
        expect(reply.quotes).toEqual([]);
        expect(reply.reason).toBe("low-confidence");
      },
    );

    // "How fast" asks for a speed or the time taken: a depth in metres is neither.
    it("GIVEN how fast it swims, which the article leaves open THEN no quote: no sentence holds a speed", () => {
      const reply = answer(penguin, "how fast can an emperor penguin swim", { articleId });
      expect(reply.answered).toBe(false);
      expect(reply.quotes).toEqual([]);
      expect(reply.reason).toBe("no-answer-of-kind");
    });
  });
});
