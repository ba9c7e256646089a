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

interface ArticleJson {
  id: string;
  title: string;
  date: string | null;
  outlet: string | null;
  url: string | null;
  file: string;
}

describe("the summary CLI", () => {
  it("prints {topic, answered, quotes} with the same quote objects as ask", async () => {
    const { code, stdout } = await cli("summary", ["--json", ...where()]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { topic: null; answered: boolean; quotes: Record<string, unknown>[] };
    expect(json).toMatchObject({ topic: null, answered: true });
    expect(json.quotes.length).toBeGreaterThanOrEqual(4);
    for (const quote of json.quotes) {
      expect(Object.keys(quote).sort()).toEqual(["article", "context", "score", "sentence", "text", "weak"]);
      const article = quote.article as ArticleJson;
      expect(Object.keys(article).sort()).toEqual(["date", "file", "id", "outlet", "title", "url"]);
      expect(article.file).toBe(relative(ROOT, join(lib.articlesDir, `${article.id}.txt`)));
    }
  });

  it("takes the rest of the line as the topic", async () => {
    const { stdout } = await cli("summary", ["--json", ...where(), "minerals", "deal"]);
    const json = JSON.parse(stdout) as { topic: string; quotes: { text: string }[] };
    expect(json.topic).toBe("minerals deal");
    for (const quote of json.quotes) expect(quote.text).toMatch(/mineral/iu);
    const none = JSON.parse((await cli("summary", ["--json", ...where(), "Tokyo"])).stdout) as Record<
      string,
      unknown
    >;
    expect(none).toMatchObject({ topic: "Tokyo", answered: false, quotes: [], reason: "unknown-names" });
  });
});

describe("the timeline CLI", () => {
  it("prints {topic, events: [{date, precision, phrase, text, sentence, article}], undated}", async () => {
    const { code, stdout } = await cli("timeline", ["--json", ...where()]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      topic: null;
      undated: number;
      events: {
        date: string;
        precision: string;
        phrase: string;
        text: string;
        sentence: number;
        article: ArticleJson;
      }[];
    };
    expect(json.topic).toBeNull();
    expect(json.undated).toBe(12);
    expect(json.events.length).toBeGreaterThan(15);
    expect(json.events.map((e) => e.date)).toEqual(json.events.map((e) => e.date).sort());
    for (const event of json.events) {
      expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(["day", "week", "month", "year"]).toContain(event.precision);
      expect(event.text).toContain(event.phrase);
      expect(event.sentence).toBeGreaterThan(0);
      expect(event.article.id).toMatch(/^00\d_/u);
    }
    expect(json.events.find((e) => e.phrase === "Last Sunday")).toMatchObject({
      date: "2025-04-13",
      precision: "day",
      article: { id: "001_30adab4a3c73e80a", date: "2025-04-18" },
    });
  });

  it("GIVEN a topic THEN only its events", async () => {
    const json = JSON.parse((await cli("timeline", ["--json", ...where(), "Sumy"])).stdout) as {
      topic: string;
      events: { text: string }[];
    };
    expect(json.topic).toBe("Sumy");
    expect(json.events.length).toBeGreaterThan(0);
    for (const event of json.events) expect(event.text).toMatch(/Sumy/u);
  });
});

describe("usage errors", () => {
  it.each([
    ["summary", ["--bogus"]],
    ["timeline", ["--db"]],
    ["timeline", ["--json", "--", "--top"]],
  ] as const)("%s %j: usage on stderr, nothing on stdout, exit 2", async (script, args) => {
    const { code, stdout, stderr } = await cli(script, [...args]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`usage: npm run --silent ${script} -- \\[--json\\]`, "u"));
  });
});
