import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { createLibrary } from "../../src/library.js";
import { parseArticle, validIsoDate, deriveTitle } from "../../src/parse/parseArticle.js";
import { SEEDS_DIR, seedFiles } from "../helpers.js";

async function loadSeed(prefix: string) {
  const file = (await seedFiles()).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  const text = readFileSync(join(SEEDS_DIR, file), "utf8");
  return { text, article: parseArticle({ file, text }) };
}

describe("parseArticle on the real seed files", () => {
  it("GIVEN a date prefix glued to the first sentence THEN the date is metadata, not part of a sentence", async () => {
    const { article } = await loadSeed("000");
    expect(article.date).toBe("2025-04-16");
    expect(
      article.sentences[0]?.text.startsWith("US Secretary of State Marco Rubio was headed Wednesday"),
    ).toBe(true);
    expect(article.sentences.some((s) => /\bdate\s+2025/u.test(s.text))).toBe(false);
  });

  it("GIVEN a headline line THEN it is the title and not an answer sentence", async () => {
    const { article } = await loadSeed("003");
    expect(article.title).toBe("US Seeks Ukraine Ceasefire Progress in Paris, Rubio Signals Possible Exit");
    expect(article.titleSource).toBe("headline");
    expect(article.sentences.some((s) => s.text.startsWith("US Seeks Ukraine Ceasefire"))).toBe(false);
  });

  it("GIVEN lines of bare markdown links THEN the URLs are metadata and never quoted", async () => {
    const { article } = await loadSeed("003");
    expect(article.links).toContain("https://www.bbc.co.uk/news/articles/c93g12g38n4o");
    expect(article.links.length).toBe(4);
    expect(article.sentences.some((s) => s.text.includes("](http"))).toBe(false);
  });

  it("GIVEN site boilerplate at the end THEN it is dropped", async () => {
    const { article } = await loadSeed("003");
    const all = article.sentences.map((s) => s.text).join("\n");
    for (const junk of ["Post a Comment", "Follow us on", "Click Here", "Contact form", "Previous Post"]) {
      expect(all).not.toContain(junk);
    }
  });

  it("GIVEN section headings THEN they are kept as headings, not answer sentences", async () => {
    const { article } = await loadSeed("003");
    expect(article.headings).toContain("Challenges and Tensions");
    expect(article.sentences.some((s) => s.text === "Challenges and Tensions")).toBe(false);
    const under = article.sentences.find((s) => s.text.startsWith("Parallel to the ceasefire talks"));
    expect(under?.heading).toBe("Minerals Deal and Sanctions Debate");
    const question = await loadSeed("004");
    expect(question.article.headings).toContain("Security guarantees for Ukraine?");
  });

  it("GIVEN no headline THEN the title is a short one derived from the first sentence", async () => {
    const { article } = await loadSeed("002");
    expect(article.titleSource).toBe("derived");
    expect(article.title.length).toBeLessThanOrEqual(81);
    expect(article.title.startsWith("U.S. Secretary of State Marco Rubio")).toBe(true);
    expect(article.date).toBeNull();
  });

  it("GIVEN every seed THEN each sentence's offsets point at its text in the file", async () => {
    for (const file of await seedFiles()) {
      const text = readFileSync(join(SEEDS_DIR, file), "utf8");
      const article = parseArticle({ file, text });
      expect(article.sentences.length).toBeGreaterThan(10);
      for (const sentence of article.sentences) {
        expect(text.slice(sentence.start, sentence.end).replace(/\s+/gu, " ").trim()).toBe(sentence.text);
      }
      expect(article.sentences.map((s) => s.n)).toEqual(article.sentences.map((_, i) => i + 1));
    }
  });

  it("GIVEN a sidecar entry THEN its title, outlet, url and date win", async () => {
    const { text } = await loadSeed("001");
    const article = parseArticle({
      file: "001_x.txt",
      text,
      meta: {
        title: "Rubio: US may move on",
        outlet: "Example News",
        url: "https://example.org/a",
        date: "2025-04-19",
      },
    });
    expect(article).toMatchObject({
      id: "001_x",
      title: "Rubio: US may move on",
      titleSource: "sidecar",
      outlet: "Example News",
      url: "https://example.org/a",
      date: "2025-04-19",
    });
  });

  it("GIVEN a headline or heading ending in a short parenthesis THEN it is not quoted as a sentence", () => {
    const article = parseArticle({
      file: "storm.txt",
      text: "Storm Ciarán (2023)\n\nThe storm hit the coast on Thursday.\n\nDamage and Recovery (update)\n\nRoads reopened on Friday.\n",
    });
    expect(article.title).toBe("Storm Ciarán (2023)");
    expect(article.headings).toEqual(["Damage and Recovery (update)"]);
    expect(article.sentences.map((s) => s.text)).toEqual([
      "The storm hit the coast on Thursday.",
      "Roads reopened on Friday.",
    ]);
  });

  it("GIVEN list entries whose parenthesis describes the name THEN they are sentences, not headings", () => {
    const article = parseArticle({
      file: "artists.txt",
      text: "Artists in the show\n\nFRANK GEHRY (American, born in 1929)\n\nGERHARD RICHTER (German, born in 1932)\n\nNew Work (photos, video)\n\nThe show opens in May.\n",
    });
    expect(article.sentences.map((s) => s.text)).toEqual([
      "FRANK GEHRY (American, born in 1929)",
      "GERHARD RICHTER (German, born in 1932)",
      "The show opens in May.",
    ]);
    expect(article.headings).toEqual(["New Work (photos, video)"]);
    const reply = answer(createLibrary([article]), "When was architect Frank Gehry born?");
    expect(reply.quotes[0]?.text).toBe("FRANK GEHRY (American, born in 1929)");
  });

  it("GIVEN odd text THEN the parser does not throw and dates are never guessed", () => {
    for (const text of ["", "   \n\n", "date 2025-13-45 Something happened.", "🙂🙂", "[](https://x.y)\n"]) {
      const article = parseArticle({ file: "odd.md", text });
      expect(article.date).toBeNull();
    }
    expect(validIsoDate("2025-02-30")).toBeNull();
    expect(deriveTitle(undefined, "abc.txt")).toBe("abc");
  });
});

describe("parseArticle on a file the bot wrote (/add)", () => {
  it("GIVEN a headline line then a date prefix on the first paragraph THEN both are metadata, the offsets exact", () => {
    const text =
      "Talks Resume in Geneva\n\ndate 2025-04-20 Negotiators returned to Geneva on Sunday, officials said.\n\nThe delegations met for six hours.\n";
    const article = parseArticle({ file: "005_talks.txt", text });
    expect(article).toMatchObject({
      title: "Talks Resume in Geneva",
      titleSource: "headline",
      date: "2025-04-20",
    });
    expect(article.sentences.map((s) => s.text)).toEqual([
      "Negotiators returned to Geneva on Sunday, officials said.",
      "The delegations met for six hours.",
    ]);
    for (const sentence of article.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("GIVEN the date on a line of its own after the headline THEN it is the article's date, not a heading over every sentence", () => {
    const text =
      "Former Brennmark bosses convicted\n\ndate 2025-03-11\n\nA jury found the two men guilty on Tuesday.\n\nThey will be sentenced in April.\n";
    const article = parseArticle({ file: "k01.txt", text });
    expect(article).toMatchObject({ title: "Former Brennmark bosses convicted", date: "2025-03-11" });
    expect(article.headings).toEqual([]);
    expect(article.sentences.map((s) => [s.heading, s.text])).toEqual([
      [null, "A jury found the two men guilty on Tuesday."],
      [null, "They will be sentenced in April."],
    ]);
  });

  it("GIVEN a headline ending in a question mark right before the date line THEN it is the title, and the date is read", () => {
    const text =
      "Explainer: What is the Velmont Framework, and can it end the dispute?\n\ndate 2025-10-15 After a marathon day of talks, both sides have a draft.\n";
    const article = parseArticle({ file: "d03.txt", text });
    expect(article).toMatchObject({
      title: "Explainer: What is the Velmont Framework, and can it end the dispute?",
      titleSource: "headline",
      date: "2025-10-15",
    });
    expect(article.sentences.map((s) => s.text)).toEqual([
      "After a marathon day of talks, both sides have a draft.",
    ]);
    // Not before a date line, such a first line is the article's first sentence.
    const undated =
      "Explainer: What is the Velmont Framework, and can it end the dispute?\n\nBoth sides have a draft.\n";
    expect(parseArticle({ file: "q.txt", text: undated }).sentences).toHaveLength(2);
  });

  it("GIVEN a date prefix further down THEN it is text, never a date", () => {
    const text = "Talks Resume in Geneva\n\nThe delegations met.\n\ndate 2025-04-20 Talks went on.\n";
    expect(parseArticle({ file: "x.txt", text }).date).toBeNull();
  });
});

describe("parseArticle on markdown lists and headings", () => {
  it("GIVEN a list THEN each item is a sentence without its marker, however short, and the heading over it stays", () => {
    const text =
      "Deal reached\n\n## What the deal holds\n\nThe deal includes:\n\n- a ceasefire along the front line\n* 300 prisoners exchanged within a week\n• talks on the port\n2. A monitoring mission.\n\nBoth sides welcomed it.\n";
    const article = parseArticle({ file: "deal.md", text });
    expect(article.headings).toEqual(["What the deal holds"]);
    expect(article.sentences.map((s) => [s.heading, s.text])).toEqual([
      ["What the deal holds", "The deal includes:"],
      ["What the deal holds", "a ceasefire along the front line"],
      ["What the deal holds", "300 prisoners exchanged within a week"],
      ["What the deal holds", "talks on the port"],
      ["What the deal holds", "A monitoring mission."],
      ["What the deal holds", "Both sides welcomed it."],
    ]);
    for (const sentence of article.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    const reply = answer(createLibrary([article]), "how many prisoners will be exchanged?");
    expect(reply.quotes[0]?.text).toBe("300 prisoners exchanged within a week");
  });

  it("GIVEN a short line with a sentence ending inside it (an embedded post) THEN it is text, not a heading; 'Biden vs. Trump' and 'U.S. Policy Shifts' stay headings", () => {
    const text =
      "Reaction\n\nThe minister reacted online.\n\nThe port must stay open. — Anna Lind (@annalind) April 17, 2025\n\nBiden vs. Trump\n\nU.S. Policy Shifts\n\nOthers agreed.\n";
    const article = parseArticle({ file: "posts.md", text });
    expect(article.headings).toEqual(["Biden vs. Trump", "U.S. Policy Shifts"]);
    expect(article.sentences.map((s) => s.text)).toContain(
      "The port must stay open. — Anna Lind (@annalind) April 17, 2025",
    );
  });

  it("GIVEN markdown headings THEN their hashes are not their words, even on a heading ending like a sentence", () => {
    const text =
      "# Talks resume in Geneva.\n\nThe delegations met.\n\n### Why it matters.\n\nTalks went on.\n";
    const article = parseArticle({ file: "geneva.md", text });
    expect(article).toMatchObject({ title: "Talks resume in Geneva.", titleSource: "headline" });
    expect(article.headings).toEqual(["Why it matters."]);
    expect(article.sentences.map((s) => s.text)).toEqual(["The delegations met.", "Talks went on."]);
    // A hashtag is text.
    expect(
      parseArticle({ file: "tag.md", text: "Trending\n\n#Kyiv trended all day.\n" }).sentences,
    ).toHaveLength(1);
  });
});
