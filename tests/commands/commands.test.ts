import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App, type Conversation } from "../../src/app.js";
import type { CommandUser, Exchange } from "../../src/commands/command.js";
import { commandShapeProblem, COMMANDS_DIR, loadCommands } from "../../src/commands/registry.js";
import type { Reply } from "../../src/reply/reply.js";
import { renderText } from "../../src/terminal/renderText.js";
import { scratchLibrary } from "../helpers.js";

const member: CommandUser = { id: "u1", name: "member", isModerator: false };
const moderator: CommandUser = { id: "m1", name: "mod", isModerator: true };

let app: App;
let articlesDir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const lib = await scratchLibrary();
  cleanup = lib.cleanup;
  articlesDir = lib.articlesDir;
  ({ app } = await startApp({
    articlesDir: lib.articlesDir,
    dbPath: lib.dbPath,
    cooldown: { questions: 3, windowMs: 60_000 },
  }));
});
afterAll(() => cleanup());

function run(command: string, args: Record<string, string | number | undefined> = {}, user = member) {
  return app.run({ command, args, user });
}

function expectKind<K extends Reply["kind"]>(reply: Reply, kind: K): Extract<Reply, { kind: K }> {
  expect(reply.kind).toBe(kind);
  return reply as Extract<Reply, { kind: K }>;
}

describe("command modules", () => {
  it("every module in commands/ has the Command shape", async () => {
    const loaded = await loadCommands(COMMANDS_DIR);
    expect(loaded.problems).toEqual([]);
    expect(loaded.commands.map((c) => c.name).sort()).toEqual(
      [
        "add",
        "article",
        "ask",
        "compare",
        "help",
        "reload",
        "remove",
        "report",
        "search",
        "source",
        "sources",
        "summary",
        "timeline",
      ].sort(),
    );
  });

  it("a module that doesn't fit the shape is named, not loaded", () => {
    expect(commandShapeProblem({ name: "Bad Name", description: "x", options: [], execute() {} })).toMatch(
      /name/u,
    );
    expect(commandShapeProblem({ name: "ok", description: "", options: [], execute() {} })).toMatch(
      /description/u,
    );
    expect(
      commandShapeProblem({
        name: "ok",
        description: "d",
        options: [{ name: "q", description: "d", type: "bool" }],
        execute() {},
      }),
    ).toMatch(/type/u);
    expect(commandShapeProblem({ name: "ok", description: "d", options: [] })).toMatch(/execute/u);
  });
});

describe("/ask", () => {
  it("answers with verbatim sentences and numbered sources", async () => {
    const reply = expectKind(await run("ask", { question: "How many people died in Kryvyi Rih?" }), "answer");
    expect(reply.quotes[0]?.text).toContain("Some 20 people, including nine children");
    for (const quote of reply.quotes) {
      const source = reply.sources.find((s) => s.n === quote.source);
      expect(source).toBeDefined();
      const article = app.service.library.byId.get(source?.articleId ?? "");
      const file = await readFile(`${articlesDir}/${article?.file}`, "utf8");
      expect(file.replace(/\s+/gu, " ")).toContain(quote.text);
    }
  });

  it("says plainly when the articles don't answer", async () => {
    const reply = expectKind(
      await run("ask", { question: "What is the population of Canada?" }, moderator),
      "no-answer",
    );
    expect(reply.text).toBe("The articles don't say.");
  });

  it.each([
    [
      "a message of several sentences, chatter naming an outlet no article has",
      "<@123456789012345678> saw it on Garrowby News lol. Who hosted the Paris summit?",
    ],
    [
      "a lower-case question with a relative 'that' and an aside after it",
      "who hosted the summit that brought rubio to paris? doing a uni project on diplomacy",
    ],
  ])("answers %s: the question, not refused for the chatter's words", async (_, question) => {
    const reply = expectKind(await run("ask", { question }, moderator), "answer");
    expect(reply.quotes[0]?.text).toMatch(/hosted by French President Emmanuel Macron/u);
  });

  it("leaves out a later quote scoring far below the first, and keeps those near it", async () => {
    // "Negotiations have since resumed." and a Zelensky quote about "a summit of European leaders"
    // came second and third here, far below the one sentence that says who hosted it.
    const hosted = expectKind(await run("ask", { question: "who hosted the summit?" }), "answer");
    expect(hosted.quotes.map((q) => q.text)).toEqual([
      expect.stringMatching(/hosted by French President Emmanuel Macron/u),
    ]);
    expect(hosted.sources).toHaveLength(1);
    expect(renderText(hosted)).not.toMatch(/Negotiations have since resumed/u);
    // Three outlets' reports of the same warning score close together: all three are quoted.
    const warned = expectKind(
      await run("ask", { question: "When did Rubio say the US might walk away?" }),
      "answer",
    );
    expect(warned.quotes).toHaveLength(3);
  });

  it("notes differing figures only among the quotes it shows", async () => {
    // "met three times" (a weak quote, left out) is no other count of the strikes' four.
    const strikes = expectKind(
      await run("ask", { question: "How many times did cluster munitions strike the neighborhood?" }),
      "answer",
    );
    expect(strikes.quotes.map((q) => q.text)).toEqual([expect.stringMatching(/four times/u)]);
    expect(strikes.note).toBeNull();
    // Two outlets' counts of the Kharkiv injured, both shown, still differ.
    const hurt = expectKind(
      await run("ask", { question: "How many people were injured in Kharkiv?" }),
      "answer",
    );
    expect(hurt.quotes.map((q) => q.text)).toEqual([
      expect.stringMatching(/more than 60 others were hurt/u),
      expect.stringMatching(/98 injuries/u),
    ]);
    expect(hurt.note).toBe("The reports give different figures: more than 60 vs 98.");
  });

  it("limits the answer to one article when asked", async () => {
    const reply = expectKind(
      await run("ask", { question: "What did Rubio say?", article: "004" }, moderator),
      "answer",
    );
    expect(reply.sources.map((s) => s.articleId)).toEqual(["004_eefa8b4fb922a760"]);
    const unknown = expectKind(
      await run("ask", { question: "What did Rubio say?", article: "../../etc/passwd" }, moderator),
      "error",
    );
    expect(unknown.text).toMatch(/no such article/u);
  });

  it("refuses empty and overlong questions politely", async () => {
    expectKind(await run("ask", { question: "   " }, moderator), "error");
    expectKind(await run("ask", { question: "?!?" }, moderator), "error");
    const long = expectKind(await run("ask", { question: "why ".repeat(1500) }, moderator), "error");
    expect(long.text).toMatch(/under 500/u);
  });

  it("applies the per-user cooldown", async () => {
    const { app: limited } = await startApp(
      {
        articlesDir,
        dbPath: `${articlesDir}/../data/cooldown.json`,
        cooldown: { questions: 2, windowMs: 60_000 },
      },
      { cooldown: true },
    );
    const ask = (id: string) =>
      limited.run({ command: "ask", args: { question: "Where is Sumy?" }, user: { ...member, id } });
    expect((await ask("a")).kind).toBe("answer");
    expect((await ask("a")).kind).toBe("answer");
    const third = expectKind(await ask("a"), "error");
    expect(third.text).toMatch(/wait \d+ s/u);
    expect(third.ephemeral).toBe(true);
    expect((await ask("b")).kind).toBe("answer");
  });

  it("remembers the exchange for follow-up questions", async () => {
    let previous: Exchange | null = null;
    const conversation: Conversation = {
      get previous() {
        return previous;
      },
      remember: (exchange) => {
        previous = exchange;
      },
    };
    await app.run({
      command: "ask",
      args: { question: "Who is Dmitry Peskov?" },
      user: moderator,
      conversation,
    });
    expect((previous as Exchange | null)?.question).toBe("Who is Dmitry Peskov?");
  });
});

describe("/search, /sources, /article, /help", () => {
  it("/search pages ranked matches", async () => {
    const first = expectKind(await run("search", { terms: "minerals deal" }, moderator), "list");
    expect(first.items).toHaveLength(5);
    expect(first.page).toMatchObject({ page: 1, command: "search" });
    expect(first.page?.pages).toBeGreaterThan(1);
    const second = expectKind(await run("search", { terms: "minerals deal", page: 2 }, moderator), "list");
    expect(second.page).toMatchObject({ page: 2, pages: first.page?.pages });
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items[0]?.label).not.toBe(first.items[0]?.label);
    const none = expectKind(await run("search", { terms: "zzzqqq" }, moderator), "list");
    expect(none.footer).toMatch(/No sentence/u);
  });

  it("/sources lists every article with its date and sentence count", async () => {
    const reply = expectKind(await run("sources"), "list");
    expect(reply.items).toHaveLength(5);
    expect(reply.items[0]?.detail).toMatch(/2025-04-16 · 20 sentences/u);
  });

  it("/article shows one article's metadata and opening, by id prefix", async () => {
    const reply = expectKind(await run("article", { id: "003" }), "info");
    expect(reply.title).toBe("US Seeks Ukraine Ceasefire Progress in Paris, Rubio Signals Possible Exit");
    expect(reply.text).toMatch(/^Introduction: As the Russia-Ukraine war/u);
    expect(reply.fields.find((f) => f.name === "Links")?.value).toContain("<https://www.bbc.co.uk/");
    expectKind(await run("article", { id: "__proto__" }), "error");
  });

  it("article autocomplete matches titles and ids, at most 25", () => {
    const ask = app.command("ask");
    const choices = ask?.autocomplete?.({ library: app.service.library }, "article", "ceasefire") ?? [];
    expect(choices.map((c) => c.value)).toEqual(["003_0df8127b532af0cd"]);
    expect(ask?.autocomplete?.({ library: app.service.library }, "article", "")).toHaveLength(5);
  });

  it("/help hides moderator commands from members", async () => {
    const forMember = expectKind(await run("help"), "info");
    expect(forMember.fields.map((f) => f.name).join(" ")).toContain("/ask");
    expect(forMember.fields.map((f) => f.name).join(" ")).not.toContain("/reload");
    const forMod = expectKind(await run("help", {}, moderator), "info");
    expect(forMod.fields.map((f) => f.name).join(" ")).toContain("/reload");
  });
});

describe("/compare", () => {
  it("shows article by article what each says on the topic: citation, then its verbatim sentences", async () => {
    const reply = expectKind(await run("compare", { topic: "minerals deal" }, moderator), "compare");
    expect(reply.topic).toBe("minerals deal");
    expect(reply.empty).toBeNull();
    expect(reply.articles.map((a) => a.source.articleId).sort()).toEqual(
      app.service.library.articles.map((a) => a.id),
    );
    expect(reply.articles.map((a) => a.source.n)).toEqual([1, 2, 3, 4, 5]);
    for (const { source, quotes } of reply.articles) {
      const article = app.service.library.byId.get(source.articleId);
      expect(source).toMatchObject({ title: article?.title, date: article?.date, url: article?.url });
      const file = (await readFile(`${articlesDir}/${article?.file}`, "utf8")).replace(/\s+/gu, " ");
      expect(quotes.length).toBeGreaterThanOrEqual(1);
      expect(quotes.length).toBeLessThanOrEqual(2);
      for (const quote of quotes) {
        expect(file).toContain(quote.text);
        expect(article?.sentences[quote.sentence - 1]?.text).toBe(quote.text);
      }
    }
  });

  it("lists the articles that don't mention the topic, and notes figures that differ", async () => {
    const reply = expectKind(await run("compare", { topic: "Kharkiv injuries" }, moderator), "compare");
    expect(reply.articles.map((a) => a.source.articleId.slice(0, 3)).sort()).toEqual(["001", "002"]);
    expect(reply.unmentioned.map((c) => c.articleId.slice(0, 3))).toEqual(["000", "003", "004"]);
    expect(reply.unmentioned.map((c) => c.n)).toEqual([3, 4, 5]);
    expect(reply.note).toMatch(/different figures: .*98/u);
  });

  it("says plainly when the articles don't cover the topic, quoting nothing", async () => {
    const reply = expectKind(await run("compare", { topic: "population of Canada" }, moderator), "compare");
    expect(reply.articles).toEqual([]);
    expect(reply.empty).toBe("The articles don't mention “population of Canada”.");
    const common = expectKind(await run("compare", { topic: "the" }, moderator), "compare");
    expect(common.articles).toEqual([]);
    expect(common.empty).toMatch(/only common words/u);
  });

  it("refuses empty, wordless and overlong topics politely, as /ask does", async () => {
    expect(expectKind(await run("compare", { topic: "   " }, moderator), "error").text).toMatch(
      /^Please give a topic in words, e\.g\. `\/compare minerals deal`/u,
    );
    expect(expectKind(await run("compare", {}, moderator), "error").text).toMatch(/needs topic/u);
    const wordless = expectKind(await run("compare", { topic: "?!? \u200b" }, moderator), "error");
    expect(wordless.text).toMatch(/^Please give a topic in words/u);
    expect(wordless.ephemeral).toBe(true);
    const long = expectKind(await run("compare", { topic: "ceasefire ".repeat(60) }, moderator), "error");
    expect(long.text).toBe("That topic is 599 characters long; please keep it under 500.");
  });

  it("is defined like /ask: one required topic as long as a question, counted as a question", () => {
    const compare = app.command("compare");
    const ask = app.command("ask");
    expect(compare?.asksQuestion).toBe(true);
    expect(compare?.options).toEqual([
      expect.objectContaining({ name: "topic", type: "string", required: true, maxLength: 500 }),
    ]);
    expect(compare?.options[0]?.maxLength).toBe(ask?.options[0]?.maxLength);
  });

  it("draws as text in the terminal: each article's citation, its sentences, then those with no mention", async () => {
    const reply = await run("compare", { topic: "sanctions" }, moderator);
    const text = renderText(reply);
    expect(text).toMatch(/^Compare: sanctions — 1 of 5 articles mention it\n {2}\[1\] US Seeks Ukraine/u);
    expect(text).toContain("(003_0df8127b532af0cd)");
    expect(text).toMatch(
      /“Rubio also suggested that European nations consider lifting sanctions.*” \[sentence 20\]/u,
    );
    expect(text).toMatch(/No mention: \[2\] .*; \[5\] /u);
    expect(renderText(await run("compare", { topic: "football" }, moderator))).toBe(
      "The articles don't mention “football”.",
    );
  });

  it("/help lists it for everyone", async () => {
    const help = expectKind(await run("help"), "info");
    expect(help.fields.map((f) => f.name)).toContain("/compare <topic>");
  });
});

describe("/reload", () => {
  it("refuses members and changes nothing", async () => {
    const before = app.service.library;
    const reply = expectKind(await run("reload"), "error");
    expect(reply.text).toMatch(/Only moderators/u);
    expect(app.service.library).toBe(before);
  });

  it("reports the totals for moderators", async () => {
    const reply = expectKind(await run("reload", {}, moderator), "info");
    expect(reply.text).toMatch(/Now serving 5 articles/u);
  });

  it("unknown commands get a pointer to /help", async () => {
    expectKind(await run("nope"), "error");
  });
});
