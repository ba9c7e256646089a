import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeTokens } from "../../src/nlp/wink.js";
import { termStrings } from "../../src/text/terms.js";
import { articleLibrary, seedLibrary } from "./seedLibrary.js";
import { answerableFor } from "./answerTypingHelpers.js";

const library = seedLibrary();
const terms = (text: string) => termStrings(analyzeTokens(text));
const quotes = (question: string) =>
  answer(library, question)
    .quotes.map((q) => q.text)
    .join("\n");

describe("index terms fold what means the same", () => {
  it("GIVEN a demonym THEN it is its place's term", () => {
    expect(terms("French minister")).toEqual(terms("France's minister"));
    expect(terms("Ukrainians")).toEqual(terms("Ukraine"));
    expect(terms("American people")).toEqual(terms("US people"));
  });

  it("GIVEN spelling variants THEN they are one term", () => {
    expect(terms("Kiev")).toEqual(terms("Kyiv"));
    expect(terms("Zelenskyy")).toEqual(terms("Zelensky"));
    expect(terms("Yuliia")).toEqual(terms("Yulia"));
    expect(terms("Jean-Noël")).toEqual(terms("Jean-Noel"));
    expect(terms("criticised")).toEqual(terms("criticized"));
    expect(terms("said")).toEqual(terms("says"));
    // The world wars, as queries shorten them.
    expect(terms("in ww2")).toEqual(terms("in the Second World War"));
    expect(terms("after WWI")).toEqual(terms("after World War I"));
  });

  it("GIVEN a negation THEN it is kept as a term, whatever its form", () => {
    expect(terms("didn't")).toContain("not");
    expect(terms("no progress")).toEqual(terms("not progress"));
  });

  it("GIVEN a fixed phrase THEN it has its own term beside its words", () => {
    expect(terms("they walked away")).toContain("walk away");
    expect(terms("moving on")).toContain("move on");
  });
});

describe("questions find the articles' other wordings", () => {
  it("GIVEN 'killed' THEN sentences saying 'died' are found", () => {
    expect(quotes("How many people were killed in Kryvyi Rih?")).toContain("died on April 4");
  });

  it("GIVEN 'injured' THEN 'hurt' and 'injuries' are found", () => {
    const found = quotes("How many people were injured in Kharkiv?");
    expect(found).toContain("others were hurt");
    expect(found).toContain("98 injuries");
  });

  it("GIVEN 'walk away' THEN 'move on' and 'abandon' are found", () => {
    expect(quotes("Will the US walk away from the peace efforts?")).toMatch(/move on|moving on|abandon/u);
  });

  it("GIVEN a capital for its country THEN the country's sentences count", () => {
    expect(quotes("What conditions has Moscow set for a ceasefire?")).toMatch(
      /conditional on|conditioning it on/u,
    );
  });

  it("GIVEN 'criticised' THEN 'accused' and 'criticism' are found", () => {
    expect(quotes("Why was Witkoff criticised?")).toContain("accused US envoy Steve Witkoff");
  });
});

describe("a yes/no question is answered by a sentence saying the opposite", () => {
  const report = articleLibrary("talks.txt", "Talks in Marivet", [
    "The talks in Marivet will resume on Tuesday.",
    "The envoy warned that the talks would be difficult.",
  ]);

  it("GIVEN 'will it be easy' and a sentence saying it will be difficult THEN that sentence comes first", () => {
    expect(answer(report, "Will the talks be easy?").quotes[0]?.text).toBe(
      "The envoy warned that the talks would be difficult.",
    );
  });

  it("GIVEN a wh-question THEN the opposite does not stand for the word asked about", () => {
    const rescue = articleLibrary("mine.txt", "Rescue at Redstone", [
      "Rescuers said Tom Reyes was found dead.",
      "Rescuers said Ann Kerr was found.",
    ]);
    // (Whether it is sure enough to quote it is the confidence model's call: round 78's is not, at
    // 0.31 against 0.32.)
    expect(answerableFor(rescue, "Who was found alive?")[0]).toContain("Ann Kerr");
  });
});

describe("'how did X describe Y' finds the words a report characterises with", () => {
  const report = articleLibrary("talks.txt", "Talks in Marivet", [
    "Halvorsen met the envoys for talks in Marivet on Tuesday.",
    "Halvorsen called the talks constructive.",
    "Brask joined the talks on Wednesday.",
    "Brask hailed the talks as a breakthrough.",
  ]);

  it.each([
    ["How did Halvorsen describe the talks?", "Halvorsen called the talks constructive."],
    ["How did Brask characterize the talks?", "Brask hailed the talks as a breakthrough."],
  ])("GIVEN %s THEN the sentence characterising them comes first", (question, expected) => {
    expect(answer(report, question).quotes[0]?.text).toBe(expected);
  });
});

describe("a verb of saying in the question is matched by another in the sentence", () => {
  const depot = articleLibrary("depot.txt", "Depot to close", [
    "On Tuesday Halvorsen toured the Tamsworth depot, which is due to close.",
    "On Monday Halvorsen stated that the Tamsworth depot would close.",
  ]);

  it.each([
    "When did Halvorsen warn that the depot would close?",
    "when did halvorsen announce the depot would close",
  ])("GIVEN %s THEN the sentence reporting his words ('stated') comes first", (question) => {
    expect(answer(depot, question).quotes[0]?.text).toContain("Halvorsen stated");
  });
});

describe("an ordinal asked about is matched, as 'first' is", () => {
  it("GIVEN 'the third-placed candidate' asked about THEN the sentence naming the third-placed one comes first", () => {
    const poll = articleLibrary("poll.txt", "First round in Kestria", [
      "Brenner finished third in the first round with 14.1 percent.",
      "Dunai finished second in the first round with 35.7 percent.",
      "Kral finished fourth in the first round with 5.2 percent.",
    ]);
    expect(answer(poll, "What percentage did the third-placed candidate get?").quotes[0]?.text).toContain(
      "Brenner",
    );
  });
});

describe("starting an organisation is founding it", () => {
  const charity = articleLibrary("charity.txt", "Open Hands", [
    "Open Hands is a charity focused on clean water, with its headquarters in Leeds.",
    "It was founded in 1987 by the engineer Mary Oduya, who had worked on wells in Kenya.",
    "The charity is funded mainly by its members and does not accept money from governments.",
  ]);

  it("GIVEN 'who started X' THEN the sentence saying who founded it comes first", () => {
    expect(answer(charity, "who started open hands").quotes[0]?.text).toContain("founded in 1987");
    expect(answer(charity, "Who set up Open Hands?").quotes[0]?.text).toContain("founded in 1987");
  });
});
