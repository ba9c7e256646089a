/** /summary, /timeline, and broad questions in /ask, through the command handlers. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App, type Conversation } from "../../src/app.js";
import type { CommandUser, Exchange } from "../../src/commands/command.js";
import type { Reply } from "../../src/reply/reply.js";
import { renderText } from "../../src/terminal/renderText.js";
import { scratchLibrary } from "../helpers.js";

const member: CommandUser = { id: "u1", name: "member", isModerator: false };

let app: App;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const lib = await scratchLibrary();
  cleanup = lib.cleanup;
  ({ app } = await startApp({
    articlesDir: lib.articlesDir,
    dbPath: lib.dbPath,
    cooldown: { questions: 99, windowMs: 1 },
  }));
});
afterAll(() => cleanup());

function run(
  command: string,
  args: Record<string, string | number | undefined> = {},
  conversation?: Conversation,
) {
  return app.run({ command, args, user: member, ...(conversation ? { conversation } : {}) });
}

function expectKind<K extends Reply["kind"]>(reply: Reply, kind: K): Extract<Reply, { kind: K }> {
  expect(reply.kind, JSON.stringify(reply).slice(0, 300)).toBe(kind);
  return reply as Extract<Reply, { kind: K }>;
}

describe("/summary", () => {
  it("GIVEN no topic THEN 4–7 quotes with numbered sources from at least three articles, titled as a summary", async () => {
    const reply = expectKind(await run("summary"), "answer");
    expect(reply.title).toBe("Summary of 5 articles");
    expect(reply.quotes.length).toBeGreaterThanOrEqual(4);
    expect(reply.quotes.length).toBeLessThanOrEqual(7);
    expect(new Set(reply.quotes.map((q) => q.source)).size).toBeGreaterThanOrEqual(3);
    for (const quote of reply.quotes) expect(reply.sources.map((s) => s.n)).toContain(quote.source);
    expect(reply.quotes.some((q) => q.alsoReportedBy.length > 0)).toBe(true);
    expect(renderText(reply)).toMatch(/^Summary of 5 articles\n {2}1\. “/u);
  });

  it("GIVEN a topic THEN only sentences about it; one the articles don't cover or with no meaning THEN says so", async () => {
    const reply = expectKind(await run("summary", { topic: "minerals deal" }), "answer");
    expect(reply.title).toBe("Summary: minerals deal");
    for (const quote of reply.quotes) expect(quote.text).toMatch(/mineral/iu);
    expect(expectKind(await run("summary", { topic: "Tokyo Olympics" }), "no-answer").text).toBe(
      "The articles don't mention “Tokyo Olympics”.",
    );
    expect(expectKind(await run("summary", { topic: "the" }), "error").text).toMatch(/only common words/u);
    expect(expectKind(await run("summary", { topic: "?!? \u200b" }), "error").text).toMatch(
      /^Please give a topic in words/u,
    );
  });
});

describe("/timeline", () => {
  it("GIVEN no topic THEN dated lines in date order, 8 a page, each with its source, and the undated counted", async () => {
    const first = expectKind(await run("timeline"), "list");
    expect(first.title).toBe("Timeline of 5 articles");
    expect(first.items).toHaveLength(8);
    expect(first.page).toMatchObject({ page: 1, command: "timeline", args: {} });
    expect(first.page?.pages).toBeGreaterThan(1);
    expect(first.items[0]?.label).toMatch(/^2022 · /u);
    for (const item of first.items) {
      expect(item.source).toBeGreaterThan(0);
      expect(item.detail).toMatch(/^from “/u);
    }
    expect(first.footer).toBe(
      "12 relative dates (“on Friday”, “next week”) left out: their articles have no date.",
    );
    const last = expectKind(await run("timeline", { page: first.page?.pages }), "list");
    expect(last.items.at(-1)?.label).toMatch(
      /^week of 2025-04-21 · A new meeting is expected next week at London/u,
    );
    const beyond = expectKind(await run("timeline", { page: 999 }), "list");
    expect(beyond.page?.page).toBe(first.page?.pages);
  });

  it("GIVEN a topic THEN its events, one event several outlets report as one line with also reported by", async () => {
    const reply = expectKind(await run("timeline", { topic: "Sumy" }), "list");
    expect(reply.title).toBe("Timeline: Sumy");
    expect(reply.page?.args).toEqual({ topic: "Sumy" });
    expect(reply.items.every((item) => item.label.startsWith("2025-04-13 (Sun) · "))).toBe(true);
    expect(reply.items.some((item) => /also reported by \[\d\]/u.test(item.detail ?? ""))).toBe(true);
    expect(expectKind(await run("timeline", { topic: "Tokyo" }), "no-answer").text).toBe(
      "The articles don't mention “Tokyo”.",
    );
  });
});

describe("broad questions in /ask", () => {
  it("GIVEN 'What happened at the Paris talks?' THEN the summary of the Paris talks, asked as the question", async () => {
    const reply = expectKind(await run("ask", { question: "What happened at the Paris talks?" }), "answer");
    expect(reply.question).toBe("What happened at the Paris talks?");
    expect(reply.title).toBeUndefined();
    expect(reply.quotes.length).toBeGreaterThanOrEqual(3);
    for (const quote of reply.quotes) expect(quote.text).toMatch(/\bParis\b/u);
    // Not the US–Iran talks in Oman that the engine alone put first.
    expect(reply.quotes.some((q) => /Oman/u.test(q.text))).toBe(false);
  });

  it("GIVEN 'Summarize the talks' and 'What is the latest news?' THEN summaries, never 'The articles don't say' or promotion", async () => {
    for (const question of ["Summarize the talks", "What is the latest news?"]) {
      const reply = expectKind(await run("ask", { question }), "answer");
      expect(reply.quotes.length).toBeGreaterThanOrEqual(4);
      expect(reply.quotes.some((q) => /latest updates|visit News18/u.test(q.text))).toBe(false);
    }
  });

  it("GIVEN 'Give me a timeline of events' or 'When did the Sumy strike happen?' THEN the timeline", async () => {
    expect(expectKind(await run("ask", { question: "Give me a timeline of events" }), "list").title).toBe(
      "Timeline of 5 articles",
    );
    const strike = expectKind(await run("ask", { question: "When did the Sumy strike happen?" }), "list");
    expect(strike.title).toBe("Timeline: the Sumy strike");
    expect(strike.items[0]?.label).toMatch(/^2025-04-13 \(Sun\) · /u);
  });

  it("GIVEN specific questions THEN the answer engine answers as before", async () => {
    const who = expectKind(await run("ask", { question: "Who hosted the Paris summit?" }), "answer");
    expect(who.quotes[0]?.text).toMatch(/hosted by French President Emmanuel Macron/u);
    // "What happened at …" on something one sentence covers: the engine's answer, not a one-line summary.
    const oval = expectKind(
      await run("ask", { question: "What happened at the Oval Office meeting in February?" }),
      "answer",
    );
    expect(oval.title).toBeUndefined();
    expect(oval.quotes[0]?.text).toMatch(/Oval Office/u);
    // /ask restricted to one article is always the engine's: quotes or none, never a summary.
    const one = await run("ask", { question: "Summarize the talks", article: "003" });
    expect(["answer", "no-answer"]).toContain(one.kind);
    expect(one.kind === "answer" ? one.title : undefined).toBeUndefined();
  });

  it("GIVEN a summary THEN it is the exchange a follow-up continues", async () => {
    const memory: { previous: Exchange | null } = { previous: null };
    const conversation: Conversation = {
      get previous() {
        return memory.previous;
      },
      remember(exchange) {
        memory.previous = exchange;
      },
    };
    await run("ask", { question: "What happened at the Paris talks?" }, conversation);
    expect(memory.previous?.question).toBe("What happened at the Paris talks?");
    expect(memory.previous?.answer.quotes.some((q) => /\bParis\b/u.test(q.text))).toBe(true);
    const next = expectKind(
      await run("ask", { question: "And what about the minerals deal?" }, conversation),
      "answer",
    );
    expect(next.quotes[0]?.text).toMatch(/mineral/iu);
  });
});

describe("odd topics", () => {
  it.each([
    "@everyone",
    "<@1100000000000000002>",
    "__proto__",
    "constructor",
    "🙂🙂",
    "Sumy".repeat(120),
    "[x](https://e.x)",
  ])(
    "GIVEN the topic %j THEN /summary and /timeline answer plainly, quoting only article sentences",
    async (topic) => {
      for (const command of ["summary", "timeline"]) {
        const reply = await run(command, { topic });
        expect(["answer", "no-answer", "list", "error"]).toContain(reply.kind);
        const text = renderText(reply);
        expect(text).not.toMatch(/at \S+\.ts:\d+/u);
        if (reply.kind === "answer")
          for (const quote of reply.quotes) expect(quote.text).not.toContain(topic);
      }
    },
  );
});

describe("/help", () => {
  it("lists /summary and /timeline with their optional topic", async () => {
    const help = expectKind(await run("help"), "info");
    const names = help.fields.map((f) => f.name);
    expect(names).toContain("/summary [topic]");
    expect(names).toContain("/timeline [topic] [page]");
  });
});
