/**
 * The summary's properties on a generated 1,000-article set (tests/bench/generate-articles.ts):
 * outlets' boilerplate, credit lines and promotion everywhere, sentences built from a few dozen
 * shapes, so a summary that repeats itself or quotes furniture would show.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticleSet } from "../bench/generate-articles.js";
import type { Library } from "../../src/library.js";
import { LibraryService } from "../../src/store/libraryService.js";
import { summarize } from "../../src/overview/summary.js";
import { timeline } from "../../src/overview/timeline.js";
import { cosine, libraryTerms, sentenceIds, vectorOf } from "../../src/overview/vectors.js";
import { articleTerms, termName } from "../../src/index/sentenceIndex.js";
import { expectReadableSummary } from "./summaryChecks.js";

let root = "";
let library: Library;
const texts = new Map<string, string>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "talksbot-overview-"));
  const articlesDir = join(root, "articles");
  await mkdir(articlesDir);
  const set = generateArticleSet({ count: 1000 });
  for (const file of set.files) {
    texts.set(file.name, file.text);
    await writeFile(join(articlesDir, file.name), file.text);
  }
  const service = new LibraryService({ articlesDir, dbPath: join(root, "db.json") });
  await service.open();
  library = service.library;
}, 180_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The content terms in the most articles: what the set is mostly about. */
function widespreadTerms(count: number): string[] {
  const articlesWith = new Map<number, number>();
  for (const article of library.articles) {
    for (const id of new Set(articleTerms(article).ids))
      articlesWith.set(id, (articlesWith.get(id) ?? 0) + 1);
  }
  return [...articlesWith]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([id]) => termName(id));
}

describe("summary of a generated 1,000-article set", () => {
  it.each([null, "ceasefire", "minerals deal"])(
    "GIVEN the topic %j THEN 4–7 verbatim cited sentences from several articles, no boilerplate, no near-duplicates",
    async (topic) => {
      const summary = summarize(library, topic);
      expect(summary.answered).toBe(true);
      expect(summary.quotes.length).toBeGreaterThanOrEqual(4);
      const articles = expectReadableSummary(library, summary.quotes, (file) => texts.get(file) ?? "");
      expect(articles.size).toBeGreaterThanOrEqual(3);
      if (topic)
        for (const quote of summary.quotes) expect(quote.text.toLowerCase()).toContain(topic.split(" ")[0]);
      // No two quotes are one sentence with other names in it.
      const terms = libraryTerms(library);
      const vectors = summary.quotes.map((q) =>
        vectorOf(
          sentenceIds(library, terms, library.articles.indexOf(q.article), q.sentence.n - 1),
          terms.idf,
        ),
      );
      for (let i = 0; i < vectors.length; i++) {
        for (let j = i + 1; j < vectors.length; j++) {
          const a = vectors[i];
          const b = vectors[j];
          if (a && b)
            expect(cosine(a, b), `${summary.quotes[i]?.text}\n${summary.quotes[j]?.text}`).toBeLessThan(0.5);
        }
      }
      await expect(
        readFile(join(root, "articles", summary.quotes[0]?.article.file ?? ""), "utf8"),
      ).resolves.toContain(summary.quotes[0]?.text.slice(0, 20));
    },
  );

  it("GIVEN no topic THEN its sentences carry what the set is mostly about", () => {
    const top = widespreadTerms(12);
    const quoted = new Set(summarize(library, null).quotes.flatMap((q) => q.sentence.terms));
    expect(top.filter((term) => quoted.has(term)).length, top.join(", ")).toBeGreaterThanOrEqual(3);
  });

  it("GIVEN the timeline THEN events in date order, every date from a dated article or a full date", () => {
    const { events, undated } = timeline(library, null);
    expect(events.length).toBeGreaterThan(1000);
    expect(undated).toBeGreaterThan(0);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const event of events) {
      if (event.article.date === null) expect(event.phrase, event.article.id).toMatch(/\d{4}/u);
    }
  });
});
