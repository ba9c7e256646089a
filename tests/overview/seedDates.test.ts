/**
 * Every date expression in seeds/, labelled by hand from the articles' text (not from the
 * code's output): the day, week (its Monday), month or year each names, and its precision.
 *
 * What counts as a date expression here follows TimeML's DATE: a phrase naming a calendar day,
 * week, month or year, directly or relative to the article's date. Durations and vague spans name
 * none and are not listed: "three days after holding his third meeting", "in the coming days",
 * "within days", "weeks of tensions", "months of efforts", "in just over a week", "less than a
 * week after", "in the near future", "now", "soon", "its fourth year", "since World War II";
 * nor "Easter cakes" (a kind of cake). Three articles have no date: their relative expressions
 * must stay without one (null), while full dates and years in them are still dates.
 */
import { describe, expect, it } from "vitest";
import type { DateMention } from "../../src/article.js";
import { seedLibrary } from "../answer/seedLibrary.js";

type Label = [sentence: number, phrase: string, date: string | null, precision: DateMention["precision"]];

const LABELS: Record<string, Label[]> = {
  // Dated 2025-04-16, a Wednesday.
  "000_cadcae6a0620e267": [
    [1, "Wednesday", "2025-04-16", "day"], // Rubio was headed Wednesday to Paris
    [2, "2022", "2022-01-01", "year"], // Russia's invasion in 2022
    [4, "Sunday", "2025-04-13", "day"], // a deadly Russian strike Sunday on Ukraine's Sumy showed …
    [5, "Monday", "2025-04-14", "day"], // Witkoff said Monday
    [6, "Wednesday", "2025-04-16", "day"], // Israel saying Wednesday
    [8, "Saturday", "2025-04-12", "day"], // were held Saturday in Oman
    [9, "April 19", "2025-04-19", "day"], // Another round is scheduled for April 19
    [10, "Wednesday", "2025-04-16", "day"], // Kyiv said Wednesday
    [19, "early 2022", "2022-01-01", "year"], // since Russia invaded Ukraine in early 2022
    [20, "Monday", "2025-04-14", "day"], // had said in Argentina on Monday
    [20, "this week", "2025-04-14", "week"], // could be signed as early as "this week"
  ],
  // Dated 2025-04-18, a Friday.
  "001_30adab4a3c73e80a": [
    [4, "next week", "2025-04-21", "week"], // A new meeting is expected next week at London
    [11, "Thursday", "2025-04-17", "day"], // Mr. Trump said Thursday
    [11, "Friday", "2025-04-18", "day"], // Ukraine's economy minister said Friday
    [12, "February", "2025-02-01", "month"], // had stalled in February
    [14, "Thursday", "2025-04-17", "day"], // Thursday's Paris talks
    [27, "Palm Sunday", "2025-04-13", "day"], // during Palm Sunday celebrations (Easter 2025 is April 20)
    [28, "early in the day", "2025-04-18", "day"], // Russia hit Kharkiv … early in the day
    [30, "Palm Sunday", "2025-04-13", "day"], // less than a week after the deadly Palm Sunday strike
    [32, "Last Sunday", "2025-04-13", "day"], // Last Sunday's strike on Sumy
    [33, "April 4", "2025-04-04", "day"], // died on April 4
  ],
  // Undated.
  "002_9cf57e1aec268059": [
    [1, "Friday", null, null], // stated on Friday
    [3, "the following week", null, null], // scheduled for the following week in London
    [8, "February", null, null], // had stalled in February
    [10, "Thursday", null, null], // the talks in Paris on Thursday
  ],
  // Undated.
  "003_0df8127b532af0cd": [
    [2, "April 17, 2025", "2025-04-17", "day"], // joined … officials in Paris on April 17, 2025
    [3, "2022", "2022-01-01", "year"], // Russia's 2022 invasion
    [6, "March 2025", "2025-03-01", "month"], // a US-proposed 30-day truce in March 2025
    [10, "early next week", null, null], // A follow-up meeting is scheduled in London early next week
    [11, "last month", null, null], // rejecting a full truce last month
    [19, "next week", null, null], // set to visit Washington next week
  ],
  // Undated.
  "004_eefa8b4fb922a760": [
    [5, "Thursday", null, null], // in Paris on Thursday
    [10, "April 26", null, null], // finalize the deal by April 26
    [13, "Thursday", null, null], // will be signed on Thursday...
    [13, "next Thursday", null, null], // ... next Thursday
    [20, "2022", "2022-01-01", "year"], // when it invaded in 2022
    [22, "last month", null, null], // at a summit of European leaders last month
  ],
};

function key(articleId: string, m: Pick<DateMention, "sentence" | "phrase">): string {
  return `${articleId} #${m.sentence} “${m.phrase}”`;
}

describe("date expressions in seeds/, against a hand-made list", () => {
  const library = seedLibrary();
  const found = new Map<string, DateMention>();
  for (const article of library.articles) {
    for (const mention of article.overview?.dates ?? []) found.set(key(article.id, mention), mention);
  }
  const labelled = Object.entries(LABELS).flatMap(([id, labels]) =>
    labels.map(([sentence, phrase, date, precision]) => ({ id, sentence, phrase, date, precision })),
  );

  it("GIVEN the labelled list THEN it names every seed article and sentences that exist", () => {
    expect(Object.keys(LABELS).sort()).toEqual(library.articles.map((a) => a.id).sort());
    for (const label of labelled) {
      const sentence = library.byId.get(label.id)?.sentences[label.sentence - 1];
      expect(sentence?.text, key(label.id, label)).toContain(label.phrase);
    }
    expect(labelled).toHaveLength(37);
  });

  it("GIVEN every labelled expression THEN ≥ 95% are found with the right date and precision, and nothing else is found", () => {
    const wrong: string[] = [];
    let right = 0;
    for (const label of labelled) {
      const mention = found.get(key(label.id, label));
      if (mention && mention.date === label.date && mention.precision === label.precision) right++;
      else
        wrong.push(
          `${key(label.id, label)}: expected ${label.date} ${label.precision}, got ${JSON.stringify(mention)}`,
        );
    }
    const expected = new Set(labelled.map((label) => key(label.id, label)));
    const spurious = [...found.keys()].filter((k) => !expected.has(k));
    // Something found that is not a date expression counts against the score as much as a miss.
    const accuracy = right / (labelled.length + spurious.length);
    expect(
      accuracy,
      [...wrong, ...spurious.map((s) => `not a date expression: ${s}`)].join("\n"),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it("GIVEN an article without a date THEN none of its relative expressions is given a date", () => {
    const undated = library.articles.filter((article) => article.date === null);
    expect(undated.map((a) => a.id.slice(0, 3))).toEqual(["002", "003", "004"]);
    const absolute = /^(?:early |late |mid-?)?\d{4}$|\b\d{4}$/u;
    for (const article of undated) {
      for (const mention of article.overview?.dates ?? []) {
        if (!absolute.test(mention.phrase)) expect(mention.date, key(article.id, mention)).toBeNull();
      }
    }
  });
});
