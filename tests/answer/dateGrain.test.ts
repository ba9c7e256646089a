import { describe, expect, it } from "vitest";
import { answer, rankCandidates, retrieve } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { rerankContext } from "../../src/answer/rerank.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { articleLibrary } from "./seedLibrary.js";

const sentenceOf = (text: string) => parseArticle({ file: "s.txt", text: `Title\n\n${text}` }).sentences[0];

describe("a date of the grain asked for: what year, what day, what time", () => {
  const hospital = articleLibrary("hospital.txt", "Ransomware at the hospital", [
    "The ransomware attack on the hospital network was first noticed on a Sunday, its director said.",
    "The attack was first noticed at around 3:40, when screens on the wards went dark.",
    "The network's oldest hospital opened on the site in 1998, the director said.",
    "The oldest hospital was renovated and opened again on Monday after the attack.",
  ]);

  it("GIVEN a clock time THEN the parser reads it as a time", () => {
    const sentence = sentenceOf("The attack was first noticed at around 3:40, the director said.");
    expect(sentence?.entitySpans?.find((s) => s.text === "3:40")?.type).toBe("TIME");
  });

  it("GIVEN 'at what time' THEN the sentence with a time of day answers, not the one with the day", () => {
    expect(
      answer(hospital, "At what time was the ransomware attack first noticed?").quotes[0]?.text,
    ).toContain("3:40");
  });

  it("GIVEN 'what year' THEN the sentence with a year answers, not the one with a weekday", () => {
    expect(answer(hospital, "What year did the oldest hospital open?").quotes[0]?.text).toContain("1998");
  });

  it("GIVEN a live report's time stamp THEN it says when only where no other time does", () => {
    const blog = articleLibrary("blog.txt", "Live: the recount", [
      "14:05 — The commission has voted to order a full recount, and the recount began.",
      "The recount of the ballots began at 08:00 on Thursday, officials said.",
    ]);
    expect(answer(blog, "When did the recount begin?").quotes[0]?.text).toContain("08:00 on Thursday");
    const question = analyzeQuestion("When did the recount begin?", undefined, blog.names);
    const ranked = rankCandidates(rerankContext(blog, question, false), retrieve(blog, question));
    const stamped = ranked.find((c) => c.sentence.text.startsWith("14:05"));
    expect(stamped?.features.typeDate).toBeGreaterThan(0);
    expect(stamped?.features.typeDate).toBeLessThan(0.5);
    expect(answer(blog, "When did the commission vote to order a recount?").quotes[0]?.text).toContain(
      "14:05",
    );
  });
});

describe("a span of time counted from now says when", () => {
  const inquiry = articleLibrary("inquiry.txt", "Engine failure inquiry", [
    "The investigators met the families of the passengers on Tuesday.",
    "The investigators said their final report on the engine failure was expected within twelve months.",
    "The engine failure lasted for twelve minutes, the investigators said.",
  ]);

  it("GIVEN 'when' of something to come THEN 'within twelve months' answers it", () => {
    const reply = answer(inquiry, "When will the final report on the engine failure come out?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toContain("within twelve months");
  });

  it("GIVEN a span of time not counted from now ('for twelve minutes') THEN it does not say when", () => {
    const reply = answer(inquiry, "When did the engine failure happen?");
    expect(reply.quotes.map((q) => q.text).join(" ")).not.toContain("twelve minutes");
  });
});

describe("a what-question focused on a date noun asks for a date", () => {
  const deal = articleLibrary("deal.txt", "The minerals deal", [
    "Economy Minister Yulia Svyrydenko signed the memorandum on the minerals deal with Treasury Secretary Scott Bessent.",
    "The goal is to finalise the minerals deal by April 26, the ministry said.",
    // (A library holding "target": of a question mostly in words no article has, the confidence
    // model is wary.)
    "Officials in Kyiv called the target ambitious.",
  ]);

  it("GIVEN 'what's the target date' THEN it is read as a date question, not one for a person", () => {
    // WordNet has a date as a companion too: read as a class, the focus asked for a person.
    expect(analyzeQuestion("What's the target date for the minerals deal?").kind).toBe("date");
    expect(analyzeQuestion("what was the closing day of the sale").kind).toBe("date");
    expect(analyzeQuestion("What kind of day was it for the deal?").kind).not.toBe("date");
  });

  it("GIVEN 'what's the target date' THEN the sentence with the date answers, not the one naming people", () => {
    expect(answer(deal, "What's the target date for the minerals deal?").quotes[0]?.text).toContain(
      "by April 26",
    );
  });
});
