/**
 * The summary judged on what a reader would check: every quote verbatim and cited, several
 * articles, no claim said twice, no boilerplate, and the set's main claims there.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/answer/answer.js";
import { summarize } from "../../src/overview/summary.js";
import { SEEDS_DIR } from "../helpers.js";
import { seedLibrary } from "../answer/seedLibrary.js";
import { expectReadableSummary } from "./summaryChecks.js";

const seedText = (file: string) => readFileSync(join(SEEDS_DIR, file), "utf8");

/** Sentences of the seeds that state one claim in other words (rewrites of one report), by hand. */
const SAME_CLAIM: string[][] = [
  ["001#2", "002#1", "004#3"], // the US may move on within days without progress
  ["001#3", "002#2"],
  ["001#4", "002#3", "003#10"], // a new meeting next week in London
  ["001#8", "002#4"],
  ["001#9", "002#5", "003#14"], // a decision within days
  ["001#10", "002#6"],
  ["001#11", "002#7"], // Trump: "we have a minerals deal"; memorandum signed
  ["001#12", "002#8"], // the deal stalled in February
  ["001#14", "002#10"], // Rubio: the Paris talks constructive / productive
  ["001#17", "002#11"],
  ["001#18", "002#13", "003#7"], // the Europeans helpful
  ["001#20", "002#14"],
  ["001#21", "002#15"],
  ["001#22", "002#16"],
  ["001#23", "002#17"],
  ["001#24", "002#18"],
  ["001#25", "002#19"],
  ["001#27", "002#20"],
  ["001#28", "002#21"],
  ["001#30", "002#22"],
  ["001#32", "002#23"],
  ["003#4", "003#17"], // Ukraine pursuing / negotiating a minerals deal with the US
];

/** The set's main claims, as a reader would spot them in a quote. */
const MAIN_CLAIMS: Record<string, RegExp> = {
  "the US may move on": /move on|moving on|abandon|other priorities|within days|matter of days/iu,
  "talks in Paris": /\bParis\b/u,
  "the minerals deal": /mineral/iu,
  "Russian strikes go on": /\b(?:strikes?|attacks?|drones|missiles?)\b/iu,
  "a next meeting in London": /\bLondon\b/u,
  "Europe's part": /\bEurope|European/u,
};

function ref(quote: Quote): string {
  return `${quote.article.id.slice(0, 3)}#${quote.sentence.n}`;
}

function expectNoClaimTwice(quotes: readonly Quote[]) {
  const refs = quotes.map(ref);
  for (const group of SAME_CLAIM) {
    expect(
      refs.filter((r) => group.includes(r)),
      `one claim quoted twice: ${group.join(", ")}`,
    ).toHaveLength(Math.min(1, refs.filter((r) => group.includes(r)).length));
  }
}

describe("summary of the seed articles", () => {
  const library = seedLibrary();

  it("GIVEN no topic THEN 4–7 verbatim, cited sentences from at least three articles, none boilerplate", () => {
    const summary = summarize(library, null);
    expect(summary.answered).toBe(true);
    expect(summary.quotes.length).toBeGreaterThanOrEqual(4);
    const articles = expectReadableSummary(library, summary.quotes, seedText);
    expect(articles.size).toBeGreaterThanOrEqual(3);
  });

  it("GIVEN no topic THEN no claim is quoted twice, and claims several outlets made are cited as also reported", () => {
    const { quotes } = summarize(library, null);
    expectNoClaimTwice(quotes);
    expect(quotes.some((q) => (q.alsoReportedBy ?? []).length > 0)).toBe(true);
  });

  it("GIVEN no topic THEN at least four of the set's six main claims are there", () => {
    const texts = summarize(library, null).quotes.map((q) => q.text);
    const covered = Object.entries(MAIN_CLAIMS).filter(([, pattern]) => texts.some((t) => pattern.test(t)));
    expect(covered.map(([claim]) => claim).length, JSON.stringify(texts, null, 1)).toBeGreaterThanOrEqual(4);
  });

  it("GIVEN the most central claims THEN they come first", () => {
    const scores = summarize(library, null).quotes.map((q) => q.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each([
    ["minerals deal", /mineral/iu],
    ["Sumy", /\bSumy\b/u],
  ])(
    "GIVEN the topic %j THEN only sentences about it, from several articles, no claim twice",
    (topic, about) => {
      const summary = summarize(library, topic);
      expect(summary.topic).toBe(topic);
      expect(summary.quotes.length).toBeGreaterThanOrEqual(3);
      for (const quote of summary.quotes) expect(quote.text).toMatch(about);
      const articles = expectReadableSummary(library, summary.quotes, seedText);
      expect(articles.size).toBeGreaterThanOrEqual(3);
      expectNoClaimTwice(summary.quotes);
    },
  );

  it("GIVEN a topic no article mentions, or one without a word that means anything THEN no summary, and why", () => {
    expect(summarize(library, "Tokyo Olympics")).toMatchObject({
      answered: false,
      quotes: [],
      reason: "unknown-names",
    });
    expect(summarize(library, "the")).toMatchObject({ answered: false, reason: "empty-question" });
    expect(summarize(library, "volcanic eruption")).toMatchObject({ answered: false, reason: "no-match" });
  });

  it("GIVEN the question that asked for it THEN the summary answers that question", () => {
    const summary = summarize(library, null, "What happened?");
    expect(summary.question).toBe("What happened?");
    expect(summarize(library, null).question).toBe("Summary of the articles");
  });
});
