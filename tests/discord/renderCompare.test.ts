import { describe, expect, it } from "vitest";
import { compareArticles } from "../../src/answer/compare.js";
import { fitQuote } from "../../src/discord/renderCompare.js";
import { renderDiscord } from "../../src/discord/renderDiscord.js";
import { compareReply } from "../../src/reply/compareReply.js";
import type { Citation, CompareReply } from "../../src/reply/reply.js";
import { seedLibrary } from "../answer/seedLibrary.js";
import { limitProblems, shown, type EmbedJson, type MessageJson } from "./discordChecks.js";

/** The rendered message as the JSON Discord receives (what the limits apply to). */
function json(reply: CompareReply): MessageJson & { embeds: EmbedJson[] } {
  const message = renderDiscord(reply);
  expect(message.allowedMentions).toEqual({ parse: [] });
  return { embeds: message.embeds as EmbedJson[] };
}

/** A field's sentences as shown, with their sentence numbers, and whether each was cut. */
function fieldQuotes(value: string): { text: string; sentence: number; cut: boolean }[] {
  return value
    .split("\n")
    .filter((line) => line.startsWith("> "))
    .map((line) => {
      const match = /^> (.*) \*\(sentence (\d+)\)\*$/u.exec(line);
      if (!match) throw new Error(`a quote line without its sentence number: ${line}`);
      const text = shown(match[1] ?? "");
      return { text, sentence: Number(match[2]), cut: text.endsWith("…") };
    });
}

function citation(n: number, extra: Partial<Citation> = {}): Citation {
  return {
    n,
    articleId: `${String(n).padStart(3, "0")}_article`,
    title: `A long headline about the Paris talks on ending the war, number ${n}, `.repeat(4),
    outlet: n % 3 ? null : `Outlet ${n}`,
    date: n % 4 ? "2025-04-18" : null,
    url: n % 2 ? `https://example.org/news/${"paris-talks-".repeat(20)}${n}` : null,
    ...extra,
  };
}

/** A sentence of about `length` characters, with markdown and mentions in it. */
function sentence(n: number, length: number): string {
  const start = `Quote ${n}: *delegates* met_in Paris @everyone <@&123456789012345678> and`;
  return (
    `${start} ${"talked at length about the ceasefire ".repeat(Math.ceil(length / 37))}`.slice(
      0,
      length - 1,
    ) + "."
  );
}

function bigReply(articles: number, length: number, unmentioned = 10): CompareReply {
  return {
    kind: "compare",
    topic: "ceasefire @here",
    articles: Array.from({ length: articles }, (_, i) => ({
      source: citation(i + 1),
      quotes: [
        {
          text: sentence(i + 1, length),
          context: i % 2 ? null : "He spoke in Paris. ".repeat(20),
          sentence: 3,
        },
        { text: sentence(i + 100, length), context: null, sentence: 9 },
      ],
    })),
    unmentioned: Array.from({ length: unmentioned }, (_, i) => citation(articles + i + 1)),
    note: "The reports give different figures: 98 vs more than 60.",
    empty: null,
  };
}

describe("renderDiscord: /compare", () => {
  it("GIVEN the seeds on Kharkiv injuries THEN a field per article, verbatim sentences, no-mention field, the note", () => {
    const library = seedLibrary();
    const reply = compareReply(compareArticles(library, "Kharkiv injuries"));
    const [embed] = json(reply).embeds;
    expect(embed?.title).toBe("Compare: Kharkiv injuries");
    expect(embed?.description).toBe(
      "2 of 5 articles mention it, most relevant first.\n\n⚠️ The reports give different figures: 98 vs more than 60.",
    );
    const fields = embed?.fields ?? [];
    expect(fields).toHaveLength(3);
    expect(fields[1]?.name).toBe(
      "We are now reaching a point where we need to decide whether this is even… · 2025-04-18",
    );
    expect(fields[2]?.name).toBe("No mention (3)");
    reply.articles.forEach((article, i) => {
      const quotes = fieldQuotes(fields[i]?.value ?? "");
      expect(quotes.length).toBe(article.quotes.length);
      const source = library.byId.get(article.source.articleId);
      for (const quote of quotes) {
        expect(quote.cut).toBe(false);
        expect(source?.sentences[quote.sentence - 1]?.text).toBe(quote.text);
      }
    });
  });

  it("GIVEN 40 articles with long sentences, titles and links THEN every Discord limit holds", () => {
    for (const length of [60, 400, 1500, 4000]) {
      const reply = bigReply(40, length);
      const message = json(reply);
      expect(limitProblems(message)).toEqual([]);
      const embed = message.embeds[0] as EmbedJson;
      expect(embed.fields).toHaveLength(25);
      expect(embed.fields?.at(-1)?.name).toBe("No mention (10)");
      expect(embed.footer?.text).toBe("16 more articles mention it");
      expect(JSON.stringify(embed)).not.toMatch(/@everyone|@here|<@&?\d+>/u);
      embed.fields?.slice(0, 24).forEach((field, i) => {
        const article = reply.articles[i];
        // The citation always stays: the field is named after the source, with its date.
        expect(field.name).toContain(article?.source.date ?? "undated");
        const quotes = fieldQuotes(field.value);
        expect(quotes.length).toBeGreaterThanOrEqual(1);
        quotes.forEach((quote, q) => {
          const original = article?.quotes[q]?.text ?? "";
          // Shown whole it is exact; cut, it is a prefix of the sentence, ending in an ellipsis.
          if (quote.cut) expect(original.startsWith(quote.text.slice(0, -1).trimEnd())).toBe(true);
          else expect(quote.text).toBe(original);
        });
      });
    }
  });

  it("GIVEN short sentences THEN they are shown whole, with the article's link", () => {
    const message = json(bigReply(3, 120, 0));
    const fields = message.embeds[0]?.fields ?? [];
    expect(fields).toHaveLength(3);
    for (const field of fields) for (const quote of fieldQuotes(field.value)) expect(quote.cut).toBe(false);
    expect(fields[0]?.value).toMatch(/\n<https:\/\/example\.org\/news\/.*1>$/u);
    // A quote's context (the sentence it refers back to) sits above it, outside the quote.
    expect(fields[0]?.value).toMatch(/^\*He spoke in Paris\. He spoke .*…\*\n> Quote 1: /u);
    expect(fields[1]?.value).not.toContain("https://");
  });

  it("GIVEN a topic the articles don't cover THEN the plain sentence and no fields", () => {
    const library = seedLibrary();
    const [embed] = json(
      compareReply(compareArticles(library, "price of bitcoin <@123456789012345678>")),
    ).embeds;
    expect(embed?.description).toBe(
      "The articles don't mention “price of bitcoin <\u200b@123456789012345678>”.",
    );
    expect(embed?.fields ?? []).toEqual([]);
  });

  it("fitQuote cuts at a word, never inside an escape or a surrogate pair, within the room", () => {
    const text = "Rubio said **the** deal_was @everyone close 🇺🇦🇺🇸 to done, officials said.";
    for (let room = 10; room < 120; room++) {
      const fitted = fitQuote(text, room);
      expect(fitted.length).toBeLessThanOrEqual(room);
      expect(fitted).not.toMatch(/\\…$|[\uD800-\uDBFF]…$/u);
      const plain = shown(fitted);
      if (plain.endsWith("…")) expect(text.startsWith(plain.slice(0, -1).trimEnd())).toBe(true);
      else expect(plain).toBe(text);
    }
  });
});
