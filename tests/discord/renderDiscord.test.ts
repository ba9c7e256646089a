import { describe, expect, it } from "vitest";
import { inert, renderDiscord } from "../../src/discord/renderDiscord.js";
import type { AnswerReply, Citation, InfoReply, ListReply, ReplyQuote } from "../../src/reply/reply.js";
import { limitProblems, quotedSentences, shown, type MessageJson } from "./discordChecks.js";

/** The rendered message as the JSON Discord receives (what the limits apply to). */
function json(message: ReturnType<typeof renderDiscord>): MessageJson {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds as MessageJson["embeds"],
  };
}

function citation(n: number, extra: Partial<Citation> = {}): Citation {
  return {
    n,
    articleId: `${String(n).padStart(3, "0")}_article`,
    title: `A long headline about the Paris talks on ending the war, number ${n}, `.repeat(3),
    outlet: n % 2 ? `Outlet ${n}` : null,
    date: "2025-04-18",
    url: `https://example.org/news/2025/04/18/paris-talks-${n}`,
    ...extra,
  };
}

/** A sentence of about `length` characters that ends like one, numbered so each is unique. */
function sentence(n: number, length: number): string {
  const words = `Quote ${n} says the delegations met in Paris and`;
  return (
    `${words} ${"talked at length about the ceasefire ".repeat(Math.ceil(length / 37))}`.slice(
      0,
      length - 1,
    ) + "."
  );
}

function quote(n: number, text: string, source = n): ReplyQuote {
  return { text, context: null, source, sentence: n, alsoReportedBy: [] };
}

function answer(
  quotes: ReplyQuote[],
  sources: Citation[],
  question = "What was said in Paris?",
): AnswerReply {
  return { kind: "answer", question, quotes, sources, note: null };
}

describe("renderDiscord", () => {
  it("drops whole quotes that do not fit, never cutting one, and keeps every limit", () => {
    const texts = Array.from({ length: 8 }, (_, i) => sentence(i + 1, 1400));
    const sources = Array.from({ length: 8 }, (_, i) => citation(i + 1));
    const message = json(
      renderDiscord(
        answer(
          texts.map((t, i) => quote(i + 1, t)),
          sources,
        ),
      ),
    );
    expect(limitProblems(message)).toEqual([]);
    const embed = message.embeds?.[0];
    const shownQuotes = quotedSentences(embed?.description ?? "");
    expect(shownQuotes.length).toBeGreaterThanOrEqual(1);
    expect(shownQuotes.length).toBeLessThan(texts.length);
    // In order, each one whole.
    expect(shownQuotes.map((q) => q.text)).toEqual(texts.slice(0, shownQuotes.length));
    expect(embed?.footer?.text).toBe(`${texts.length - shownQuotes.length} more quotes did not fit`);
    // Source lines are whole too, and numbered.
    const lines = embed?.fields?.[0]?.value.split("\n") ?? [];
    expect(lines.length).toBeGreaterThan(0);
    lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^\\[${i + 1}\\] \\*\\*.*\\*\\* — `, "u")));
  });

  it("lists every source even when one has a huge link", () => {
    const sources = [citation(1, { url: `https://example.org/${"x".repeat(2000)}` }), citation(2)];
    const message = json(renderDiscord(answer([quote(1, "One."), quote(2, "Two.")], sources)));
    expect(limitProblems(message)).toEqual([]);
    const lines = message.embeds?.[0]?.fields?.[0]?.value.split("\n");
    expect(lines?.map((line) => line.slice(0, 4))).toEqual(["[1] ", "[2] "]);
    expect(lines?.[1]).toContain("<https://example.org/news/2025/04/18/paris-talks-2>");
  });

  it("says where to read a sentence too long for any embed instead of cutting it", () => {
    const huge = sentence(1, 5000);
    const message = json(renderDiscord(answer([quote(1, huge)], [citation(1)])));
    expect(limitProblems(message)).toEqual([]);
    const description = message.embeds?.[0]?.description ?? "";
    expect(description).toBe("The answering sentences are too long to show here: [1] sentence 1.");
    expect(description).not.toContain("talked at length");
  });

  it("keeps an answer's quotes, context and sources within limits with long everything", () => {
    const quotes = Array.from({ length: 3 }, (_, i) => ({
      ...quote(i + 1, sentence(i + 1, 900)),
      context: "About Marco Rubio, ".repeat(30),
      alsoReportedBy: [{ source: 4, sentence: 2 }],
    }));
    const message = json(
      renderDiscord(
        answer(
          quotes,
          Array.from({ length: 40 }, (_, i) => citation(i + 1)),
          "why ".repeat(200),
        ),
      ),
    );
    expect(limitProblems(message)).toEqual([]);
    expect(message.embeds?.[0]?.title?.endsWith("…")).toBe(true);
  });

  it("escapes markdown in the echoed question", () => {
    const question =
      "Did **Rubio** say _anything_ about `sanctions` or [this](https://evil.example)? # not a heading";
    const title = renderDiscord(answer([quote(1, "Rubio spoke.")], [citation(1)], question)).embeds[0]?.title;
    expect(title).not.toContain("**Rubio**");
    expect(title).toContain("\\*\\*Rubio\\*\\*");
    expect(title).toContain("\\_anything\\_");
    expect(title).toContain("\\`sanctions\\`");
    expect(title).toContain("\\[this](https://evil.example)"); // no masked link
    expect(shown(title ?? "")).toBe(`Q: ${question}`);
  });

  it("neutralises @everyone, @here and user, role and channel mentions everywhere", () => {
    const pings =
      "@everyone @here <@123456789012345678> <@!123456789012345678> <@&234567890123456789> <#345678901234567890>";
    const rendered = [
      renderDiscord(
        answer([quote(1, `He wrote ${pings}.`)], [citation(1, { title: pings, outlet: null })], pings),
      ),
      renderDiscord({
        kind: "no-answer",
        question: pings,
        text: "The articles don't say.",
        suggestions: [pings],
      }),
      renderDiscord({
        kind: "list",
        title: pings,
        items: [{ label: pings, detail: pings }],
        sources: [],
        page: null,
        footer: pings,
      } satisfies ListReply),
      renderDiscord({
        kind: "info",
        title: pings,
        text: pings,
        fields: [{ name: pings, value: pings }],
        url: null,
      } satisfies InfoReply),
      renderDiscord({ kind: "error", text: pings, ephemeral: true }),
    ];
    for (const message of rendered) {
      expect(message.allowedMentions).toEqual({ parse: [] });
      const text = JSON.stringify(message);
      expect(text).not.toMatch(/@(everyone|here)|<@!?&?\d+>|<#\d+>/u);
      expect(text).toContain("@\u200beveryone");
    }
    expect(inert("<@123456789012345678>")).toBe("<\u200b@123456789012345678>");
  });

  it("lists within limits, saying how many items did not fit", () => {
    const items = Array.from({ length: 60 }, (_, i) => ({
      label: `Article ${i + 1}: ${"a very long title ".repeat(12)}`,
      detail: `id_${i + 1} · 2025-04-18 · 42 sentences`,
    }));
    const reply: ListReply = {
      kind: "list",
      title: "Sources",
      items,
      sources: [],
      page: null,
      footer: "Use /article.",
    };
    const message = json(renderDiscord(reply));
    expect(limitProblems(message)).toEqual([]);
    const shownItems = (message.embeds?.[0]?.description ?? "").split("\n").filter((l) => /^\d+\. /u.test(l));
    expect(shownItems.length).toBeGreaterThan(0);
    expect(message.embeds?.[0]?.footer?.text).toBe(
      `Use /article. · ${60 - shownItems.length} more not shown`,
    );
  });

  it("gives paged lists ◀ ▶ buttons, disabled at the ends", () => {
    const reply: ListReply = {
      kind: "list",
      title: "Search: Rubio",
      items: [{ label: "Rubio spoke.", source: 1, sentence: 3 }],
      sources: [citation(1)],
      page: { page: 1, pages: 3, total: 12, command: "search", args: { terms: "Rubio" } },
      footer: null,
    };
    const [row] = renderDiscord(reply, "k1").components;
    const buttons = row?.components.map((b) => ("custom_id" in b ? [b.label, b.custom_id, b.disabled] : b));
    expect(buttons).toEqual([
      ["◀", "page:k1:0", true],
      ["1 / 3", "page:k1:current", true],
      ["▶", "page:k1:2", false],
    ]);
    expect(renderDiscord(reply).components).toEqual([]); // no key, no buttons
  });

  it("fits info fields into the embed's 6000 characters", () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `Field ${i}`, value: "x".repeat(2000) }));
    const reply: InfoReply = { kind: "info", title: "Big", text: "y".repeat(5000), fields, url: null };
    const message = json(renderDiscord(reply));
    expect(limitProblems(message)).toEqual([]);
    expect(message.embeds?.[0]?.fields?.length).toBeGreaterThan(0);
  });

  it("keeps error text short and ephemeral", () => {
    const message = renderDiscord({ kind: "error", text: "e".repeat(3000), ephemeral: true });
    expect(message.ephemeral).toBe(true);
    expect(message.content?.length).toBeLessThanOrEqual(2000);
    expect(message.embeds).toEqual([]);
  });
});
