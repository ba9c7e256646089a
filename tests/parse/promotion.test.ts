import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isPromotion } from "../../src/parse/lineKinds.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { analyzeText } from "../../src/nlp/wink.js";
import { SEEDS_DIR, seedFiles } from "../helpers.js";

/** Sentences a site adds to send the reader elsewhere, as scraped news files carry them. */
const PROMOTIONS = [
  "For the latest updates, visit News18 or follow developments on the Russia-Ukraine war.",
  "For more news, follow us on Telegram.",
  "For live coverage, head over to our live blog.",
  "To get the latest updates, subscribe to our newsletter.",
  "Follow us on X and Facebook for the latest.",
  "Follow our live blog for minute-by-minute updates.",
  "Follow the latest developments on our website.",
  "Follow Al Jazeera on Telegram.",
  "Subscribe to our daily briefing.",
  "Subscribe now and get 50% off.",
  "Subscribe:",
  "Sign up for our Europe Express newsletter.",
  "Sign up here to receive alerts.",
  "Read more: Rubio says the US may walk away.",
  "Read the full story on our site.",
  "Read our analysis of the minerals deal.",
  "Also read: What the minerals deal means for Kyiv",
  "ALSO READ | Zelensky in Paris",
  "Click here to read the memorandum.",
  "Download our app for breaking news.",
  "Don't miss our coverage of the talks.",
  "Stay tuned for more updates.",
  "Join us on WhatsApp.",
  "Get our breaking news alerts in your inbox.",
  "Latest updates: the talks resume on Monday.",
  "* Follow us on Instagram",
];

/** News sentences that only look like promotion at a glance: they must stay. */
const NEWS = [
  "Follow-up talks are expected in London next week.",
  "“Follow us on this path to peace,” Zelensky told the summit.",
  '"Join us," Macron said, urging Washington to stay in the talks.',
  "Subscribers to the state broadcaster saw the speech live.",
  "Ukraine signed up to a memorandum of intent on Friday.",
  "Read together, the two drafts show how far the sides have moved.",
  "More details on the plan emerged on Thursday.",
  "For more than a decade, the mines have stood idle.",
  "For months, officials said, the talks went nowhere.",
  "Like other European leaders, Macron backed the plan.",
  "Stay-at-home orders were lifted in Kyiv.",
  "Rubio said the US would follow developments closely.",
  "The latest updates from the front show heavy fighting.",
  "Clicking through the documents, reporters found a second draft.",
  "Watchers of the Kremlin said Peskov's words were chosen with care.",
];

describe("isPromotion", () => {
  it.each(PROMOTIONS)("GIVEN %j THEN it is promotion", (sentence) => {
    expect(isPromotion(sentence)).toBe(true);
  });

  it.each(NEWS)("GIVEN the news sentence %j THEN it is not promotion", (sentence) => {
    expect(isPromotion(sentence)).toBe(false);
  });

  it("GIVEN every sentence of every line of the seed articles THEN only the two promotions are caught", async () => {
    const caught: string[] = [];
    for (const file of await seedFiles()) {
      const text = readFileSync(join(SEEDS_DIR, file), "utf8");
      for (const line of text.split("\n")) {
        for (const sentence of analyzeText(line)) {
          const words = line.slice(sentence.start, sentence.end);
          if (isPromotion(words)) caught.push(words);
        }
      }
    }
    expect(caught).toEqual([
      "For the latest updates, visit News18 or follow developments on the Russia-Ukraine war.",
      "Follow us on TruthSocial, X-Twitter, Gettr, Gab, VK, Anonup, Facebook and Telegram for interesting and mysterious bonus content!",
    ]);
  });
});

describe("parseArticle drops promotion", () => {
  it("GIVEN the seed with a News18 promotion line THEN no sentence of it is kept, and the rest is", async () => {
    const file = (await seedFiles()).find((f) => f.startsWith("003")) as string;
    const text = readFileSync(join(SEEDS_DIR, file), "utf8");
    const article = parseArticle({ file, text });
    const all = article.sentences.map((s) => s.text);
    expect(all.some((s) => s.includes("For the latest updates"))).toBe(false);
    expect(all.at(-1)).toMatch(/^As the London meeting approaches/u);
  });

  it("GIVEN promotion sentences inside a paragraph THEN only they go, and every other sentence keeps its exact offsets", () => {
    const text = [
      "date 2025-04-18 Talks resumed in Paris on Thursday. Read more: why the talks matter. The sides met for five hours.",
      "",
      "Officials said progress was made. Subscribe to our newsletter for daily updates. A new round is planned next week. Follow us on Telegram.",
    ].join("\n");
    const article = parseArticle({ file: "promo.txt", text });
    expect(article.sentences.map((s) => s.text)).toEqual([
      "Talks resumed in Paris on Thursday.",
      "The sides met for five hours.",
      "Officials said progress was made.",
      "A new round is planned next week.",
    ]);
    for (const sentence of article.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(article.sentences.map((s) => s.n)).toEqual([1, 2, 3, 4]);
    expect(article.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });
});
