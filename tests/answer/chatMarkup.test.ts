import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import {
  isSingleCase,
  restoreApostrophes,
  stripAskedOf,
  plainOpening,
  stripSourceReference,
} from "../../src/answer/questionText.js";
import { stripMarkup } from "../../src/text/markup.js";
import { seedLibrary } from "./seedLibrary.js";

const library = seedLibrary();
const quotes = (question: string) => answer(library, question).quotes.map((q) => q.text);

/** `read` takes the question out of what was typed around it, and the answer is the question's own. */
function expectReadAs(read: (text: string) => string, typed: string, inner: string): void {
  expect(read(typed)).toBe(inner);
  expect(quotes(typed)).toEqual(quotes(inner));
  expect(quotes(typed).length).toBeGreaterThan(0);
}

describe("chat markup is not part of the question", () => {
  it.each([
    "@everyone who hosted the summit in Paris?",
    "@talksbot who hosted the summit in Paris?",
    "@TalksBot, @mods who hosted the summit in Paris?",
    "<@&123456789012345678> who hosted the summit in Paris?",
    "<@!123456789012345678> **who** hosted the _summit_ in Paris? <:flag_fr:123456789012345678>",
    "> who hosted the summit in Paris?",
    "||who hosted the summit in Paris?||",
  ])("GIVEN %s THEN the same quotes as the bare question", (question) => {
    expect(quotes(question)).toEqual(quotes("Who hosted the summit in Paris?"));
  });

  it("GIVEN a name written as a handle inside the question (what did @rubio say) THEN it is read as the name", () => {
    expect(stripMarkup("what did @rubio say about moving on")).toBe("what did rubio say about moving on");
    const bare = quotes("what did rubio say about moving on");
    expect(bare.length).toBeGreaterThan(0);
    expect(quotes("what did @rubio say about moving on")).toEqual(bare);
  });

  it.each([
    "hey bot, who hosted the summit in Paris?",
    "Hi there! Who hosted the summit in Paris?",
    "ok so who hosted the summit in Paris",
  ])("GIVEN a greeting before the question (%s) THEN the same quotes as the bare question", (question) => {
    expect(answer(library, question).answered).toBe(true);
    expect(quotes(question)).toEqual(quotes("Who hosted the summit in Paris?"));
  });

  it("GIVEN 'whats' or 'WHOS' typed without the apostrophe THEN it gets one, in the question's case", () => {
    expect(restoreApostrophes("whats the deal about")).toBe("what's the deal about");
    expect(restoreApostrophes("WHOS THE MAYOR OF KHARKIV")).toBe("WHO'S THE MAYOR OF KHARKIV");
    expect(isSingleCase(restoreApostrophes("WHOS THE MAYOR OF KHARKIV"))).toBe(true);
  });

  it.each([
    "How many people died in Kryvyi Rih according to these reports?",
    "According to the articles, how many people died in Kryvyi Rih?",
    "how many people died in kryvyi rih in these articles",
    "How many people died in Kryvyi Rih, going by the articles?",
    "per the reports how many people died in kryvyi rih",
    "Judging by the articles, how many people died in Kryvyi Rih?",
  ])(
    "GIVEN a reference to the articles themselves (%s) THEN the same quotes as the bare question",
    (question) => {
      expect(answer(library, question).answered).toBe(true);
      expect(quotes(question)).toEqual(quotes("How many people died in Kryvyi Rih?"));
    },
  );

  it("GIVEN the articles referred to as chat does ('going by', 'judging by', 'per') THEN the reference goes", () => {
    expect(stripSourceReference("How many people are in Gaza, going by the articles?")).toBe(
      "How many people are in Gaza?",
    );
    expect(stripSourceReference("judging from the reports, who hosted the summit")).toBe(
      "who hosted the summit",
    );
    expect(stripSourceReference("per the news who hosted the summit")).toBe("who hosted the summit");
  });

  it("GIVEN 'the article', or 'according to the report' ending a clause THEN that is the articles too", () => {
    expect(stripSourceReference("What did the talks achieve, according to the article?")).toBe(
      "What did the talks achieve?",
    );
    expect(stripSourceReference("What are European concerns growing about, according to the report?")).toBe(
      "What are European concerns growing about?",
    );
    expect(stripSourceReference("In this story, who hosted the summit?")).toBe("who hosted the summit?");
    // A report named or described stays: it is one the articles are about.
    expect(stripSourceReference("What did Washington ease, according to the Bloomberg report?")).toBe(
      "What did Washington ease, according to the Bloomberg report?",
    );
    expect(stripSourceReference("What was found according to the report on the crash?")).toBe(
      "What was found according to the report on the crash?",
    );
  });

  it("GIVEN 'according to the report' in a question THEN it asks for what the articles say, not for a quote", () => {
    const question = "What are European concerns growing about, according to the report?";
    expect(answer(library, question).quotes[0]?.text).toContain("European concerns about Trump’s approach");
  });

  it("GIVEN a report the articles are about THEN it stays in the question", () => {
    expect(stripSourceReference("what was in the accident report?")).toBe("what was in the accident report?");
    expect(stripSourceReference("what did the report say about the engines")).toBe(
      "what did the report say about the engines",
    );
    expect(stripSourceReference("according to the articles?")).toBe("according to the articles?");
  });

  it("GIVEN a reference between commas THEN its commas go with it, however many", () => {
    expect(stripSourceReference("who, according to the reports, hosted the summit?")).toBe(
      "who hosted the summit?",
    );
    expect(stripSourceReference(`according to the articles${",".repeat(20_000)} who hosted it?`)).toBe(
      "who hosted it?",
    );
  });

  it.each([
    ["can you tell me who hosted the summit in Paris?", "who hosted the summit in Paris?"],
    ["do you know who hosted the summit in Paris", "who hosted the summit in Paris"],
    ["did they say how many people died in Kryvyi Rih?", "how many people died in Kryvyi Rih?"],
    ["Any idea, where will the next meeting be held?", "where will the next meeting be held?"],
    ["remind me how many people died in Kryvyi Rih?", "how many people died in Kryvyi Rih?"],
  ])(
    "GIVEN %s, a question wrapped in one asked of the bot THEN it is read as the question inside",
    (wrapped, inner) => expectReadAs(stripAskedOf, wrapped, inner),
  );

  it("GIVEN a named asker ('did Rubio say when…') or no question inside THEN the question stays as asked", () => {
    expect(stripAskedOf("did Rubio say when the talks would resume?")).toBe(
      "did Rubio say when the talks would resume?",
    );
    expect(stripAskedOf("do you know Witkoff?")).toBe("do you know Witkoff?");
  });

  it("GIVEN only a greeting THEN it is not read as an empty question", () => {
    expect(plainOpening("Hello")).toBe("Hello");
    expect(plainOpening("hey bot, when is the London meeting")).toBe("when is the London meeting");
  });

  it.each([
    ["quick q: who hosted the summit in Paris?", "who hosted the summit in Paris?"],
    ["quick q who hosted the summit in Paris?", "who hosted the summit in Paris?"],
    ["random question but how many people died in Kryvyi Rih?", "how many people died in Kryvyi Rih?"],
    ["sorry noob question but where will the next meeting be held?", "where will the next meeting be held?"],
  ])("GIVEN %s, a chat message saying a question follows THEN the question after it is read", (chat, inner) =>
    expectReadAs(plainOpening, chat, inner),
  );

  it("GIVEN 'quick' or 'one' that are the question's own words THEN they stay", () => {
    expect(plainOpening("quick ones are fine who")).toBe("quick ones are fine who");
    expect(plainOpening("one question remains: who pays")).toBe("one question remains: who pays");
  });

  it("GIVEN a question with a mention THEN the answer still shows the question as typed", () => {
    expect(answer(library, "<@123> who hosted the summit?").question).toBe("<@123> who hosted the summit?");
  });

  it("GIVEN emoji typed by name (':thinking:') THEN they go, and the question after them is read", () => {
    expect(stripMarkup(":thinking: who hosted the summit? :eyes:").trim()).toBe("who hosted the summit?");
    expect(stripMarkup("talks at 10:30: who came")).toBe("talks at 10:30: who came");
    expect(quotes(":thinking: how many people died in Kryvyi Rih?")).toEqual(
      quotes("how many people died in Kryvyi Rih?"),
    );
  });

  it("stripMarkup keeps the words of bold, italics, code, spoilers and masked links", () => {
    expect(stripMarkup("**bold** *it* _it_ __u__ ~~s~~ `code` ||spoiler||").split(/\s+/u)).toEqual([
      "bold",
      "it",
      "it",
      "u",
      "s",
      "code",
      "spoiler",
    ]);
    expect(stripMarkup("[the article](https://example.org/a) said")).toBe("the article said");
    expect(stripMarkup("@here <#123> <t:1700000000:R> hi").trim()).toBe("hi");
  });
});
