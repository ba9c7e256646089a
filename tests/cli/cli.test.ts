import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchLibrary } from "../helpers.js";
import { cli, ROOT } from "./runCli.js";

let lib: Awaited<ReturnType<typeof scratchLibrary>>;
beforeAll(async () => {
  lib = await scratchLibrary();
});
afterAll(() => lib.cleanup());

const where = () => ["--articles", lib.articlesDir, "--db", lib.dbPath];

describe("the ask CLI", () => {
  it("prints one JSON answer object with citations and the engine's time", async () => {
    const { code, stdout } = await cli("ask", ["--json", ...where(), "How many people died in Kryvyi Rih?"]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Record<string, unknown> & { quotes: Record<string, unknown>[] };
    expect(answer).toMatchObject({ question: "How many people died in Kryvyi Rih?", answered: true });
    expect(answer.quotes.length).toBeLessThanOrEqual(3);
    const first = answer.quotes[0] as {
      text: string;
      score: number;
      sentence: number;
      article: Record<string, unknown>;
    };
    expect(first.text).toContain("Some 20 people");
    expect(first.article).toMatchObject({
      id: "001_30adab4a3c73e80a",
      date: "2025-04-18",
      outlet: null,
      url: null,
      file: relative(ROOT, join(lib.articlesDir, "001_30adab4a3c73e80a.txt")),
    });
    expect(typeof first.score).toBe("number");
    expect(first.sentence).toBeGreaterThan(0);
    expect(typeof answer.ms).toBe("number");
  });

  it("keeps a later quote scoring far below the first in the JSON, marked weak, and leaves it out of the text", async () => {
    const json = await cli("ask", ["--json", ...where(), "who hosted the summit?"]);
    expect(json.code).toBe(0);
    const answer = JSON.parse(json.stdout) as { quotes: { text: string; weak: boolean }[] };
    expect(answer.quotes.map((q) => q.weak)).toEqual([false, true, true]);
    expect(answer.quotes[0]?.text).toMatch(/hosted by French President Emmanuel Macron/u);
    const text = await cli("ask", [...where(), "who hosted the summit?"]);
    expect(text.stdout).toMatch(/hosted by French President Emmanuel Macron/u);
    expect(text.stdout).not.toContain((answer.quotes[2] as { text: string }).text);
  });

  it("answers a batch, one JSON line per question, and --top limits quotes", async () => {
    const batch = join(lib.root, "questions.txt");
    await writeFile(batch, "Where is Sumy?\n\nWhat is the population of Canada?\n");
    const { code, stdout } = await cli("ask", ["--json", "--top", "1", ...where(), "--batch", batch]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { answered: boolean; quotes: unknown[] });
    expect(lines).toHaveLength(2);
    expect(lines[0]?.quotes).toHaveLength(1);
    expect(lines[1]).toMatchObject({ answered: false, quotes: [] });
  });

  it("GIVEN --article, or batch lines naming one, THEN only that article is quoted", async () => {
    const one = await cli("ask", ["--json", ...where(), "--article", "003", "Who hosted the summit?"]);
    expect(one.code).toBe(0);
    const answer = JSON.parse(one.stdout) as { quotes: { article: { id: string } }[] };
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(new Set(answer.quotes.map((q) => q.article.id))).toEqual(new Set(["003_0df8127b532af0cd"]));

    const batch = join(lib.root, "questions.jsonl");
    await writeFile(
      batch,
      [
        JSON.stringify({ question: "Who is Steve Witkoff?", article: "004_eefa8b4fb922a760" }),
        "Who is Steve Witkoff?",
        JSON.stringify({ question: "Who is Steve Witkoff?", article: "no-such-article" }),
        "{not json, so the line is the question",
      ].join("\n"),
    );
    const { code, stdout } = await cli("ask", ["--json", ...where(), "--batch", batch]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            question: string;
            answered: boolean;
            reason: string | null;
            quotes: { article: { id: string } }[];
          },
      );
    expect(lines).toHaveLength(4);
    expect(lines[0]?.quotes.length).toBeGreaterThan(0);
    expect(lines[0]?.quotes.every((q) => q.article.id === "004_eefa8b4fb922a760")).toBe(true);
    expect(new Set(lines[1]?.quotes.map((q) => q.article.id)).size).toBeGreaterThan(1);
    expect(lines[2]).toMatchObject({ answered: false, quotes: [], reason: "unknown-article" });
    expect(lines[3]?.question).toBe("{not json, so the line is the question");
  });

  it("GIVEN bad arguments THEN usage, exit code 2, and nothing written", async () => {
    const dbPath = join(lib.root, "never", "db.json");
    for (const args of [["--json"], ["--top", "0", "q"], ["--bogus", "q"], ["--batch", "x", "q"]]) {
      const { code, stderr } = await cli("ask", [...args, "--db", dbPath]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/usage:/u);
    }
    await expect(access(dbPath)).rejects.toThrow();
  });
});

describe("the reload CLI", () => {
  it("prints the reload report as JSON", async () => {
    await writeFile(
      join(lib.articlesDir, "extra.md"),
      "Talks will resume in Geneva next month, diplomats said.\n",
    );
    const { code, stdout } = await cli("reload", ["--json", ...where()]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ added: expect.arrayContaining(["extra.md"]), removed: [], failed: [] });
    expect(report.articles).toBe(6);
    expect(JSON.parse(await readFile(lib.dbPath, "utf8"))).toHaveProperty("schemaVersion");
    const bad = await cli("reload", ["--json", "extra-arg"]);
    expect(bad.code).toBe(2);
  });

  it("GIVEN a reload of many files THEN progress goes to stderr and stdout stays one JSON report", async () => {
    const many = await scratchLibrary({ copySeeds: false });
    try {
      await mkdir(many.articlesDir, { recursive: true });
      for (let i = 0; i < 150; i++) {
        await writeFile(
          join(many.articlesDir, `story-${i}.md`),
          `Negotiators met for round ${i} of the talks in Paris, officials said.\n`,
        );
      }
      const { code, stdout, stderr } = await cli("reload", [
        "--json",
        "--articles",
        many.articlesDir,
        "--db",
        many.dbPath,
      ]);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ articles: 150, failed: [] });
      // Not a terminal here, so plain lines rather than a redrawn bar.
      expect(stderr).toContain("reading 150/150 articles (100%)");
      expect(stderr).not.toContain("\r");
    } finally {
      await many.cleanup();
    }
  });
});
