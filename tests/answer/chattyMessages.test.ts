import { describe, expect, it } from "vitest";
import { answer, readQuestion } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { readMessage, splitMessage } from "../../src/answer/questionMessage.js";
import { opensAsQuestion } from "../../src/answer/questionKind.js";
import { seedLibrary } from "./seedLibrary.js";

describe("a chat message of several sentences is split into its question and the words around it", () => {
  it.each([
    "Did the U.S. sign the deal?",
    "What did Mr. Rubio say at 5 p.m. Friday?",
    "who hosted the talks",
    "How long did the talks last?",
  ])("GIVEN one sentence (%s), abbreviations and all THEN it is all question", (text) => {
    expect(splitMessage(text)).toEqual({ question: text, context: "" });
  });

  it.each([
    [
      "My cousin lives up there. What time did the quake hit?",
      "What time did the quake hit?",
      "My cousin lives up there.",
    ],
    [
      "How much aid did the US give Ukraine? Looking for a dollar figure.",
      "How much aid did the US give Ukraine?",
      "Looking for a dollar figure.",
    ],
    [
      "wait im confused. which city is hosting the next meeting? the thread above says both lol",
      "which city is hosting the next meeting?",
      "wait im confused. the thread above says both lol",
    ],
    [
      "Big week for diplomacy — where is the next meeting being held?",
      "where is the next meeting being held?",
      "Big week for diplomacy",
    ],
    ["so many rumours... who attended the Paris summit", "who attended the Paris summit", "so many rumours"],
    [
      "Rubio again. can you tell me who hosted the summit",
      "can you tell me who hosted the summit",
      "Rubio again.",
    ],
    [
      "Nobody says what the summit cost, I don't know how much. Who hosted the summit?",
      "Who hosted the summit?",
      "Nobody says what the summit cost, I don't know how much.",
    ],
  ])(
    "GIVEN %s THEN the question is the sentence that asks, the rest is context",
    (text, question, context) => {
      expect(readMessage(text)).toEqual({ question, context });
    },
  );

  it("GIVEN no sentence opening as a question THEN the first ending with a question mark asks", () => {
    expect(splitMessage("The London meeting. Any news on that one?")).toEqual({
      question: "Any news on that one?",
      context: "The London meeting.",
    });
  });

  it("GIVEN no sentence that asks THEN the message is all question, as before", () => {
    const text = "Tell me about the deal. The minerals one.";
    expect(readMessage(text)).toEqual({ question: text, context: "" });
  });

  it.each([
    [
      "I saw the US backed off asking Kyiv to repay the aid. Is that right?",
      "Is that right? I saw the US backed off asking Kyiv to repay the aid.",
    ],
    [
      "A bakery in Sumy got hit by drones. Did anyone die there?",
      "Did anyone die there? A bakery in Sumy got hit by drones.",
    ],
    ["Rubio gave the talks a deadline. Why?", "Why? Rubio gave the talks a deadline."],
    ["The ferry was still burning at noon. Who won?", "Who won? The ferry was still burning at noon."],
  ])(
    "GIVEN a question that points back to the sentence before it or says nothing of its own (%s) THEN the whole message is asked, question first",
    (text, question) => {
      expect(readMessage(text)).toEqual({ question, context: "" });
    },
  );

  it.each([
    [
      "how big was the rescue team that came in from abroad? doing a uni project on disaster aid",
      "how big was the rescue team that came in from abroad?",
      "doing a uni project on disaster aid",
    ],
    [
      "My prof mentioned one. Is there a fund for rebuilding Ukraine in the deal?",
      "Is there a fund for rebuilding Ukraine in the deal?",
      "My prof mentioned one.",
    ],
    [
      "What exactly is a spillway? I keep seeing the word in every article.",
      "What exactly is a spillway?",
      "I keep seeing the word in every article.",
    ],
  ])(
    "GIVEN %j (a relative 'that', an existential 'there', one word of its own that names a thing) THEN the question stands on its own",
    (text, question, context) => {
      expect(readMessage(text)).toEqual({ question, context });
    },
  );

  it.each([
    ["so who won", true],
    ["In which year did it start", true],
    ["did rubio go", true],
    ["I saw a headline", false],
    ["Looking for a dollar figure", false],
  ])("GIVEN %s THEN opening as a question is %s", (text, opens) => {
    expect(opensAsQuestion(text)).toBe(opens);
  });
});

describe("the words around a message's question", () => {
  it("GIVEN chatter after the question THEN its words count as context, for less, and the question's kind is the question's", () => {
    const analyzed = analyzeQuestion("Where is the next meeting being held? My cousin keeps asking me lol.");
    expect(analyzed.type).toBe("where");
    const cousin = analyzed.concepts.find((c) => c.term === "cousin");
    const meeting = analyzed.concepts.find((c) => c.term === "meet");
    expect(cousin?.source).toBe("context");
    expect(meeting?.source).toBe("question");
    expect(cousin?.weight).toBeLessThan(meeting?.weight as number);
  });

  it("GIVEN context before a question THEN the question's type is the question's, not the context's", () => {
    expect(analyzeQuestion("Big week for diplomacy. When will the next meeting take place?").type).toBe(
      "when",
    );
  });
});

describe("answers to chatty messages", () => {
  const library = seedLibrary();

  it("GIVEN a name no article has in the chatter around the question THEN the question is answered, not refused as asking about it", () => {
    const reply = answer(library, "Saw it on Garrowby News. Who hosted the Paris summit?");
    expect(reply.reason).toBeNull();
    expect(reply.quotes[0]?.text).toMatch(/Macron/u);
    // Asked about, the same unknown name is still refused.
    expect(answer(library, "Who did Garrowby meet in Paris?").reason).toBe("unknown-names");
  });

  it("GIVEN a misspelt name in the chatter around the question THEN it is read as the name, at the weight of context", () => {
    const analyzed = readQuestion(library, "Saw it on rubbio's feed lol. Who hosted the Paris summit?");
    const rubio = analyzed.concepts.find((c) => c.term === "rubio");
    const summit = analyzed.concepts.find((c) => c.term === "summit");
    expect(rubio?.source).toBe("context");
    expect(rubio?.weight).toBeLessThan(summit?.weight as number);
  });

  it("GIVEN a message whose question comes after its context THEN the question is answered as asked alone", () => {
    const alone = answer(library, "Where will the next meeting be held?").quotes[0]?.text;
    expect(alone).toMatch(/London/u);
    expect(
      answer(library, "I keep losing track of all these rounds. Where will the next meeting be held?")
        .quotes[0]?.text,
    ).toBe(alone);
  });
});
