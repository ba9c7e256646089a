import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/nlp/wink.js";
import { findDates } from "../../src/overview/findDates.js";
import { resolveDate } from "../../src/overview/resolveDate.js";
import { easterSunday, isoOfDay, orthodoxEasterSunday } from "../../src/overview/calendar.js";
import { parseArticle } from "../../src/parse/parseArticle.js";

/** Each date expression of a sentence as "phrase → date precision" against an article date. */
function dates(sentence: string, articleDate: string | null): string[] {
  const tokens = analyzeText(sentence).flatMap((s) => s.tokens);
  return findDates(tokens, sentence).map((found) => {
    const resolved = resolveDate(found.form, found.tense, articleDate);
    return `${found.phrase} → ${resolved ? `${resolved.date} ${resolved.precision}` : "undated"}`;
  });
}

// 2025-04-16 is a Wednesday.
const WEDNESDAY = "2025-04-16";

describe("weekdays: the verb's tense decides the one before or after", () => {
  it("GIVEN a past verb THEN the weekday is the one before the article", () => {
    expect(dates("A Russian strike Sunday on Sumy killed 34 people.", WEDNESDAY)).toEqual([
      "Sunday → 2025-04-13 day",
    ]);
    expect(dates("The talks were held on Friday in Oman.", WEDNESDAY)).toEqual(["Friday → 2025-04-11 day"]);
  });

  it("GIVEN a future verb THEN the weekday is the next one", () => {
    expect(dates("The deal will be signed on Thursday.", WEDNESDAY)).toEqual(["Thursday → 2025-04-17 day"]);
    expect(dates("Talks are scheduled for Monday in London.", WEDNESDAY)).toEqual([
      "Monday → 2025-04-21 day",
    ]);
    expect(dates("The envoy is expected to arrive Saturday.", WEDNESDAY)).toEqual([
      "Saturday → 2025-04-19 day",
    ]);
    expect(dates("Kyiv said it would sign the memorandum on Friday.", WEDNESDAY)).toEqual([
      "Friday → 2025-04-18 day",
    ]);
  });

  it("GIVEN the article's own weekday THEN it is the article's day", () => {
    expect(dates("Kyiv said Wednesday that it had made progress.", WEDNESDAY)).toEqual([
      "Wednesday → 2025-04-16 day",
    ]);
  });

  it("GIVEN last, next or this THEN the week is fixed whatever the tense", () => {
    expect(dates("Last Sunday's strike was the deadliest this year.", WEDNESDAY)).toEqual([
      "Last Sunday → 2025-04-13 day",
      "this year → 2025-01-01 year",
    ]);
    expect(dates("He said last Wednesday that talks had stalled.", WEDNESDAY)).toEqual([
      "last Wednesday → 2025-04-09 day",
    ]);
    expect(dates("They will meet next Thursday.", WEDNESDAY)).toEqual(["next Thursday → 2025-04-24 day"]);
    expect(dates("They meet this Friday evening.", WEDNESDAY)).toEqual([
      "this Friday evening → 2025-04-18 day",
    ]);
  });

  it("GIVEN a weekday inside a holiday's name THEN it is the holiday", () => {
    expect(dates("Missiles killed 34 during Palm Sunday celebrations.", "2025-04-18")).toEqual([
      "Palm Sunday → 2025-04-13 day",
    ]);
    expect(dates("Services were held on Good Friday.", "2025-04-22")).toEqual([
      "Good Friday → 2025-04-18 day",
    ]);
  });
});

describe("days of the month, months and years", () => {
  it("GIVEN a full date THEN it is that day, with or without an article date", () => {
    expect(dates("Officials met in Paris on April 17, 2025, to discuss peace.", null)).toEqual([
      "April 17, 2025 → 2025-04-17 day",
    ]);
    expect(dates("The memorandum was dated 17 April 2025 and 2025-04-18.", null)).toEqual([
      "17 April 2025 → 2025-04-17 day",
      "2025-04-18 → 2025-04-18 day",
    ]);
  });

  it("GIVEN a day of the month without a year THEN the nearest such day to the article", () => {
    expect(dates("Another round is scheduled for April 19.", WEDNESDAY)).toEqual([
      "April 19 → 2025-04-19 day",
    ]);
    expect(dates("Some 20 people died on April 4th.", WEDNESDAY)).toEqual(["April 4th → 2025-04-04 day"]);
    expect(dates("The ceasefire began on December 28.", "2025-01-05")).toEqual([
      "December 28 → 2024-12-28 day",
    ]);
  });

  it("GIVEN a month alone THEN the latest such month, or the next one in the future tense", () => {
    expect(dates("Negotiations had stalled in February.", WEDNESDAY)).toEqual([
      "February → 2025-02-01 month",
    ]);
    expect(dates("Talks broke down in November.", WEDNESDAY)).toEqual(["November → 2024-11-01 month"]);
    expect(dates("Elections will be held in September.", WEDNESDAY)).toEqual([
      "September → 2025-09-01 month",
    ]);
    expect(dates("The truce was rejected in March 2025.", null)).toEqual(["March 2025 → 2025-03-01 month"]);
  });

  it("GIVEN May the verb, a march, or a number of things THEN no date", () => {
    expect(dates("America may move on from the talks.", WEDNESDAY)).toEqual([]);
    expect(dates("Thousands joined a march in Kyiv.", WEDNESDAY)).toEqual([]);
    expect(dates("Russia sent 2025 drones and 1,500 troops.", WEDNESDAY)).toEqual([]);
    expect(dates("Rows of Easter cakes stood in the bakery.", WEDNESDAY)).toEqual([]);
  });

  it("GIVEN a year THEN that year, in any article", () => {
    expect(dates("Russia invaded Ukraine in 2022.", null)).toEqual(["2022 → 2022-01-01 year"]);
    expect(dates("The conflict sparked by Russia's 2022 invasion goes on.", null)).toEqual([
      "2022 → 2022-01-01 year",
    ]);
    expect(dates("Aid delivered since early 2022 and mid-2024.", null)).toEqual([
      "early 2022 → 2022-01-01 year",
      "mid-2024 → 2024-01-01 year",
    ]);
  });
});

describe("relative words", () => {
  it("GIVEN days, weeks, months and years relative to the article THEN each with its precision", () => {
    expect(dates("Yesterday's attack and today's talks precede tomorrow's vote.", WEDNESDAY)).toEqual([
      "Yesterday → 2025-04-15 day",
      "today → 2025-04-16 day",
      "tomorrow → 2025-04-17 day",
    ]);
    expect(dates("A deal could be signed this week, or early next week.", WEDNESDAY)).toEqual([
      "this week → 2025-04-14 week",
      "early next week → 2025-04-21 week",
    ]);
    expect(dates("Talks stalled last week and resume the following week.", WEDNESDAY)).toEqual([
      "last week → 2025-04-07 week",
      "the following week → 2025-04-21 week",
    ]);
    expect(
      dates("Putin rejected a truce last month; a deal is due by the end of the month.", WEDNESDAY),
    ).toEqual(["last month → 2025-03-01 month", "the end of the month → 2025-04-01 month"]);
    expect(dates("The economy shrank last year and will grow next year.", WEDNESDAY)).toEqual([
      "last year → 2024-01-01 year",
      "next year → 2026-01-01 year",
    ]);
    expect(dates("Drones struck Kharkiv early in the day.", WEDNESDAY)).toEqual([
      "early in the day → 2025-04-16 day",
    ]);
  });

  it("GIVEN the weekend THEN the week of the last one, or the next one in the future tense", () => {
    expect(dates("Talks were held over the weekend.", WEDNESDAY)).toEqual(["the weekend → 2025-04-07 week"]);
    expect(dates("Leaders will meet over the weekend.", WEDNESDAY)).toEqual([
      "the weekend → 2025-04-14 week",
    ]);
  });

  it("GIVEN durations and vague spans THEN no date: they name no day", () => {
    for (const sentence of [
      "Witkoff spoke three days after holding his third meeting.",
      "A decision is needed in the coming days, within days, not weeks.",
      "After months of efforts and weeks of tensions, the war enters its fourth year.",
      "It was the second attack in just over a week, less than a week after the first.",
      "Now the talks may resume soon, in the near future.",
      "It is the biggest challenge since World War II.",
      "Every Sunday, families gather at the church.",
    ]) {
      expect(dates(sentence, WEDNESDAY), sentence).toEqual([]);
    }
  });

  it("GIVEN an article without a date THEN every relative expression stays undated", () => {
    expect(
      dates("Rubio said Thursday that the talks of last week would resume on April 26 or next month.", null),
    ).toEqual(["Thursday → undated", "last week → undated", "April 26 → undated", "next month → undated"]);
  });
});

describe("parsed articles carry their dates", () => {
  it("GIVEN a sidecar date THEN the article's expressions are placed against it", () => {
    const text = "Talks were held in Paris on Thursday. A new round is planned for next week.";
    expect(parseArticle({ file: "a.txt", text }).overview?.dates.map((d) => d.date)).toEqual([null, null]);
    const dated = parseArticle({ file: "a.txt", text, meta: { date: "2025-04-18" } });
    expect(dated.overview?.dates).toMatchObject([
      { sentence: 1, phrase: "Thursday", date: "2025-04-17", precision: "day" },
      { sentence: 2, phrase: "next week", date: "2025-04-21", precision: "week" },
    ]);
  });
});

describe("calendar", () => {
  it("GIVEN known years THEN Easter falls where the church calendars put it", () => {
    expect([2024, 2025, 2026, 2027].map((y) => isoOfDay(easterSunday(y)))).toEqual([
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
    ]);
    expect([2024, 2025, 2026, 2027].map((y) => isoOfDay(orthodoxEasterSunday(y)))).toEqual([
      "2024-05-05",
      "2025-04-20",
      "2026-04-12",
      "2027-05-02",
    ]);
  });
});
