// Curating from the terminal chat: its operator is a moderator; questions are logged there too.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCommands } from "../../src/commands/registry.js";
import type { AnyCommand } from "../../src/commands/command.js";
import type { FeedbackData } from "../../src/feedback/feedbackData.js";
import { parseChatLine } from "../../src/terminal/parseChatLine.js";
import { PAGES, startNewsSite, type NewsSite } from "../curation/newsSite.js";
import { scratchLibrary, startArgs } from "../helpers.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const NOTES = join(ROOT, "tests/curation/fixtures/site/field-notes.txt");

let lib: Awaited<ReturnType<typeof scratchLibrary>>;
let site: NewsSite;
let commands: AnyCommand[];
beforeAll(async () => {
  [lib, site, { commands }] = await Promise.all([scratchLibrary(), startNewsSite(), loadCommands()]);
});
afterAll(async () => {
  await Promise.all([lib.cleanup(), site.stop()]);
});

function chat(input: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ARTICLES_DIR: lib.articlesDir,
      DB_PATH: lib.dbPath,
      ALLOW_PRIVATE_URLS: "1",
      LOG_SALT: "terminal-test-salt",
    };
    delete env.DISCORD_TOKEN;
    const child = spawn(process.execPath, startArgs(), { cwd: lib.root, env });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout }));
    child.stdin.end(input);
  });
}

describe("reading a chat line's arguments", () => {
  it("GIVEN name:value pairs THEN each option; else the first option; a path THEN the file option", () => {
    expect(parseChatLine("/source id:005 title:Talks: the latest outlet:The Planet", commands)).toEqual({
      kind: "command",
      command: "source",
      args: { id: "005", title: "Talks: the latest", outlet: "The Planet" },
    });
    expect(parseChatLine("/ask What does the article: say?", commands)).toEqual({
      kind: "command",
      command: "ask",
      args: { question: "What does the article: say?" },
    });
    expect(parseChatLine("/add https://news.example/a", commands)).toMatchObject({
      args: { url: "https://news.example/a" },
    });
    expect(parseChatLine("/add ./notes/report.html", commands)).toMatchObject({
      args: { file: { name: "report.html", path: "./notes/report.html", size: null, contentType: null } },
    });
    expect(parseChatLine("/add file:/tmp/a b.md", commands)).toMatchObject({
      args: { file: { name: "a b.md", path: "/tmp/a b.md" } },
    });
  });
});

describe("the terminal chat's operator curates", () => {
  it("adds by link and by path, fixes a source, removes, reads the report; questions are logged with a hashed user", async () => {
    const { code, stdout } = await chat(
      [
        `/add ${site.url(PAGES.geneva)}`,
        `/add ${NOTES}`,
        "/source id:005 outlet:Planet Daily date:2025-05-05",
        "How many prisoners will each side exchange?",
        "What is the population of Canada?",
        "/report",
        "/remove 006",
        "/quit",
        "",
      ].join("\n"),
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Article added: 005_prisoner-exchange-agreed-at-geneva-talks");
    expect(stdout).toContain("Article added: 006_field-notes-from-the-dnipro-crossing");
    expect(stdout).toContain(
      "Now cited as: Planet Daily — Prisoner Exchange Agreed at Geneva Talks — 2025-05-05 — <https://www.dailyplanet.example/world/2025/05/04/geneva-prisoner-exchange>",
    );
    expect(stdout).toMatch(
      /“Negotiators from both countries agreed in Geneva on Sunday to exchange 212 prisoners each/u,
    );
    expect(stdout).toMatch(
      /Planet Daily — Prisoner Exchange Agreed at Geneva Talks — 2025-05-05 — https:\/\/www\.dailyplanet\.example/u,
    );
    expect(stdout).toContain("What the articles don't answer");
    // The engine says why it abstained (no-match, unknown-names …): the report groups by it.
    expect(stdout).toMatch(/Most often unanswered: 1× “What is the population of Canada\?” \([a-z-]+\)/u);
    expect(stdout).toContain("Article removed: 006_field-notes-from-the-dnipro-crossing");

    const log = JSON.parse(await readFile(join(lib.root, "data", "feedback.json"), "utf8")) as FeedbackData;
    expect(log.questions.map((q) => [q.via, q.question, q.answered])).toEqual([
      ["terminal", "How many prisoners will each side exchange?", true],
      ["terminal", "What is the population of Canada?", false],
    ]);
    expect(log.questions[0]?.quotes[0]).toEqual({
      article: "005_prisoner-exchange-agreed-at-geneva-talks",
      sentence: 1,
    });
    expect(log.questions.every((q) => q.user !== "terminal" && q.user.length === 22)).toBe(true);
  });
});
