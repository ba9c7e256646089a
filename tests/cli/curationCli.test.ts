// The curation scripts' public JSON: add, remove, report (child processes, a loopback news site).
import { execFile } from "node:child_process";
import { access, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedbackLog, feedbackPathFor } from "../../src/feedback/feedbackLog.js";
import { scratchLibrary } from "../helpers.js";
import { PAGES, startNewsSite, type NewsSite } from "../curation/newsSite.js";

const run = promisify(execFile);
const ROOT = new URL("../..", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const FIXTURES = join(ROOT, "tests/curation/fixtures/site");

let lib: Awaited<ReturnType<typeof scratchLibrary>>;
let site: NewsSite;
beforeAll(async () => {
  [lib, site] = await Promise.all([scratchLibrary(), startNewsSite()]);
});
afterAll(async () => {
  await Promise.all([lib.cleanup(), site.stop()]);
});

async function cli(script: "add" | "remove" | "report", args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(TSX, [join(ROOT, `src/cli/${script}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "warn", ALLOW_PRIVATE_URLS: "1", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const where = () => ["--articles", lib.articlesDir, "--db", lib.dbPath];
const RELOAD_KEYS = [
  "added",
  "changed",
  "removed",
  "failed",
  "unchanged",
  "articles",
  "sentences",
  "version",
  "store",
  "ms",
];

describe("npm run add", () => {
  it("GIVEN a link THEN {added: {id, file, title, outlet, date, url}, reload: <reload report>}", async () => {
    const { code, stdout } = await cli("add", ["--json", ...where(), site.url(PAGES.geneva)]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { added: Record<string, unknown>; reload: Record<string, unknown> };
    expect(Object.keys(result)).toEqual(["added", "reload"]);
    expect(result.added).toEqual({
      id: "005_prisoner-exchange-agreed-at-geneva-talks",
      file: relative(ROOT, join(lib.articlesDir, "005_prisoner-exchange-agreed-at-geneva-talks.txt")),
      title: "Prisoner Exchange Agreed at Geneva Talks",
      outlet: "The Daily Planet",
      date: "2025-05-04",
      url: "https://www.dailyplanet.example/world/2025/05/04/geneva-prisoner-exchange",
    });
    expect(Object.keys(result.reload)).toEqual(RELOAD_KEYS);
    expect(result.reload).toMatchObject({
      added: ["005_prisoner-exchange-agreed-at-geneva-talks.txt"],
      articles: 6,
    });
  });

  it("GIVEN a file path THEN added the same way", async () => {
    const { code, stdout } = await cli("add", ["--json", ...where(), join(FIXTURES, "field-notes.txt")]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      added: { id: "006_field-notes-from-the-dnipro-crossing", date: "2025-05-07", outlet: null, url: null },
      reload: { articles: 7 },
    });
  });

  it("GIVEN a refusal THEN exit 1 and {error: <the sentence>} on stdout, nothing written", async () => {
    const store = await readFile(lib.dbPath, "utf8");
    const again = await cli("add", ["--json", ...where(), site.url(PAGES.genevaShared)]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe(
      `${JSON.stringify({ error: "That page is already in the set as `005_prisoner-exchange-agreed-at-geneva-talks`." })}\n`,
    );
    const strict = await cli("add", ["--json", ...where(), site.url(PAGES.grain)], {
      ALLOW_PRIVATE_URLS: "0",
    });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toEqual({
      error: "127.0.0.1 is a private or local address (127.0.0.1), which the bot does not fetch.",
    });
    const plain = await cli("add", [...where(), site.url(PAGES.image)]);
    expect(plain).toMatchObject({ code: 1, stdout: "" });
    expect(plain.stderr).toBe("That link is an image (image/png), not a web page or text.\n");
    expect(await readFile(lib.dbPath, "utf8")).toBe(store);
  });

  it("GIVEN bad arguments THEN usage, exit code 2, and nothing written", async () => {
    const dbPath = join(lib.root, "never", "db.json");
    for (const args of [
      ["--json", "a", "b"],
      ["--bogus", "x"],
    ]) {
      const { code, stderr } = await cli("add", [...args, "--db", dbPath]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/usage: npm run --silent add -- \[--json\]/u);
    }
    await expect(access(dbPath)).rejects.toThrow();
  });
});

describe("npm run remove", () => {
  it("GIVEN an id THEN {removed: {id, file, movedTo}, reload}; an unknown one THEN exit 1 with the sentence", async () => {
    const { code, stdout } = await cli("remove", ["--json", ...where(), "006"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      removed: Record<string, unknown>;
      reload: Record<string, unknown>;
    };
    expect(result.removed).toEqual({
      id: "006_field-notes-from-the-dnipro-crossing",
      file: relative(ROOT, join(lib.articlesDir, "006_field-notes-from-the-dnipro-crossing.txt")),
      movedTo: relative(
        ROOT,
        join(lib.articlesDir, ".removed", "006_field-notes-from-the-dnipro-crossing.txt"),
      ),
    });
    expect(Object.keys(result.reload)).toEqual(RELOAD_KEYS);
    expect(result.reload).toMatchObject({
      removed: ["006_field-notes-from-the-dnipro-crossing.txt"],
      articles: 6,
    });
    const unknown = await cli("remove", ["--json", ...where(), "no-such-article"]);
    expect(unknown).toMatchObject({ code: 1 });
    expect(JSON.parse(unknown.stdout)).toEqual({
      error: "There is no article “no-such-article”. `/sources` lists them.",
    });
  });
});

describe("npm run report", () => {
  it("GIVEN a question log THEN the report as JSON: unanswered, voted down, never quoted", async () => {
    const log = await FeedbackLog.open(feedbackPathFor(lib.dbPath), {
      via: "terminal",
      salt: "s",
      writeDelayMs: 1,
    });
    for (const question of ["What is the population of Canada?", "what is the population of Canada"]) {
      log.logAnswer({
        command: "ask",
        userId: "terminal",
        question,
        answered: false,
        reason: "no-match",
        version: "v",
        quotes: [],
      });
    }
    const answered = log.logAnswer({
      command: "ask",
      userId: "terminal",
      question: "How many prisoners?",
      answered: true,
      reason: null,
      version: "v",
      quotes: [{ article: "005_prisoner-exchange-agreed-at-geneva-talks", sentence: 1 }],
    });
    await log.vote(answered.id, "someone", "down");
    await log.flush();
    const { code, stdout } = await cli("report", ["--json", ...where()]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown> & { neverQuoted: { id: string }[] };
    expect(report).toMatchObject({
      questions: 3,
      answered: 1,
      unanswered: 2,
      votes: { up: 0, down: 1 },
      mostUnanswered: [
        { question: "what is the population of canada", asked: 2, reasons: { "no-match": 2 } },
      ],
      mostVotedDown: [{ question: "How many prisoners?", down: 1, up: 0 }],
    });
    expect(report.neverQuoted.map((a) => a.id)).toHaveLength(5);
    expect(report.neverQuoted.map((a) => a.id)).not.toContain("005_prisoner-exchange-agreed-at-geneva-talks");
  });
});
