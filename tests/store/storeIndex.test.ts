import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticleSet } from "../bench/generate-articles.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { createLibrary } from "../../src/library.js";
import { answer } from "../../src/answer/answer.js";
import { overviewOf } from "../../src/overview/articleOverview.js";
import type { StoredArticle } from "../../src/store/storeFile.js";
import { readStoreIndex, writeStoreIndex } from "../../src/store/storeIndex.js";
import { LibraryService } from "../../src/store/libraryService.js";
import { scratchLibrary, SEEDS_DIR, seedFiles } from "../helpers.js";

let dir: string;
let entries: StoredArticle[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "talksbot-index-"));
  const seeds = await Promise.all(
    (await seedFiles()).map(async (file) => ({ file, text: await readFile(join(SEEDS_DIR, file), "utf8") })),
  );
  const generated = generateArticleSet({ count: 12, seed: 3 }).files.map((f) => ({
    file: f.name,
    text: f.text,
  }));
  entries = [...seeds, ...generated].map((input, i) => ({
    file: input.file,
    hash: `h${i}`.padEnd(64, "0"),
    contentHash: `c${i}`.padEnd(64, "0"),
    size: input.text.length,
    mtimeMs: 1700000000000.25 + i,
    article: parseArticle(input),
  }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the derived store index (db.index.bin)", () => {
  it("gives back exactly what was stored: the same JSON, key order and all", async () => {
    const path = join(dir, "a.index.bin");
    await writeStoreIndex(path, "gen-1", entries);
    const back = (await readStoreIndex(path, "gen-1"))?.entries;
    expect(back).toBeDefined();
    expect(JSON.stringify(back)).toBe(JSON.stringify(entries));
  });

  it("carries sentence fields it does not know, of any kind", async () => {
    const path = join(dir, "b.index.bin");
    const odd = structuredClone(entries.slice(0, 2));
    const sentences = odd.flatMap((e) => e.article.sentences) as unknown as Record<string, unknown>[];
    sentences.forEach((s, i) => {
      s.score = i % 3 === 0 ? 0.5 : i; // mixed floats and integers: stored as JSON
      s.tags = i % 2 ? ["x", "y"] : [];
      if (i % 5 === 0) s.rare = { nested: [1, { deep: true }] };
    });
    await writeStoreIndex(path, "gen-2", odd);
    expect(JSON.stringify((await readStoreIndex(path, "gen-2"))?.entries)).toBe(JSON.stringify(odd));
  });

  it("reads sentences only when they are used: a library answers having decoded just the articles it quotes", async () => {
    const path = join(dir, "lazy.index.bin");
    await writeStoreIndex(path, "gen-lazy", entries);
    const back = (await readStoreIndex(path, "gen-lazy"))?.entries as StoredArticle[];
    const undecoded = () =>
      back.filter((e) => Object.getOwnPropertyDescriptor(e.article, "sentences")?.get !== undefined).length;
    expect(undecoded()).toBe(back.length);
    const library = createLibrary(back.map((e) => e.article));
    expect(library.sentenceCount).toBe(entries.reduce((n, e) => n + e.article.sentences.length, 0));
    expect(undecoded()).toBe(back.length);
    const reply = answer(library, "How many people died in Kryvyi Rih?");
    expect(reply.quotes[0]?.text).toContain("Kryvyi Rih");
    expect(undecoded()).toBeLessThan(back.length);
    // Once read, the sentences are a plain property holding what was stored.
    const first = back[0] as StoredArticle;
    expect(first.article.sentences).toEqual((entries[0] as StoredArticle).article.sentences);
    expect(Object.getOwnPropertyDescriptor(first.article, "sentences")?.value).toBe(first.article.sentences);
  });

  it("reads an article's overview (its dates and claims) only when a summary or timeline first needs it", async () => {
    const path = join(dir, "lazy-overview.index.bin");
    await writeStoreIndex(path, "gen-lazy-overview", entries);
    const back = (await readStoreIndex(path, "gen-lazy-overview"))?.entries as StoredArticle[];
    const unread = () =>
      back.filter((e) => Object.getOwnPropertyDescriptor(e.article, "overview")?.get !== undefined).length;
    const withOverview = entries.filter((e) => e.article.overview !== undefined).length;
    expect(withOverview).toBe(entries.length);
    expect(unread()).toBe(back.length);
    const library = createLibrary(back.map((e) => e.article));
    answer(library, "How many people died in Kryvyi Rih?");
    expect(unread()).toBe(back.length);
    const first = back[0] as StoredArticle;
    expect(overviewOf(first.article)).toEqual((entries[0] as StoredArticle).article.overview);
    expect(unread()).toBe(back.length - 1);
    expect(Object.getOwnPropertyDescriptor(first.article, "overview")?.value).toBe(first.article.overview);
  });

  it("GIVEN the index replaced on disk by a write (a new file renamed over it) THEN articles read before still decode their own sentences", async () => {
    const path = join(dir, "replaced.index.bin");
    await writeStoreIndex(path, "gen-old", entries);
    const back = (await readStoreIndex(path, "gen-old"))?.entries as StoredArticle[];
    // The next write: another article set, to a temporary file renamed over this one.
    const other = join(dir, "replaced.index.bin.tmp");
    await writeStoreIndex(other, "gen-new", [...entries].reverse().slice(0, 3));
    await rename(other, path);
    expect(JSON.stringify(back)).toBe(JSON.stringify(entries));
    expect((await readStoreIndex(path, "gen-new"))?.entries.map((e) => e.file)).toEqual(
      [...entries]
        .reverse()
        .slice(0, 3)
        .map((e) => e.file),
    );
  });

  it("GIVEN a chunk whose runs do not fit THEN the whole index is refused at load, never later", async () => {
    const path = join(dir, "bad.index.bin");
    const layout = await writeStoreIndex(path, "gen-bad", entries);
    const bytes = await readFile(path);
    // The first chunk's first run (its sentences' shapes) claims more ints than the chunk holds.
    const [start] = layout.chunks.get(entries[0] as StoredArticle) as [number, number];
    const head = new Int32Array(bytes.buffer, bytes.byteOffset + start, 4);
    const [metaLength = 0, overviewLength = 0, stringCount = 0, textLength = 0] = head;
    const pad = (n: number) => n + ((4 - (n % 4)) % 4);
    const intsAt = start + 16 + pad(metaLength) + pad(overviewLength) + stringCount * 4 + pad(textLength);
    bytes.writeInt32LE(1 << 30, intsAt);
    await writeFile(path, bytes);
    expect(await readStoreIndex(path, "gen-bad")).toBeNull();
  });

  it("is ignored when stale (another generation), damaged or missing", async () => {
    const path = join(dir, "c.index.bin");
    await writeStoreIndex(path, "gen-3", entries);
    expect(await readStoreIndex(path, "gen-4")).toBeNull();
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length >> 1));
    expect(await readStoreIndex(path, "gen-3")).toBeNull();
    expect(await readStoreIndex(join(dir, "none.bin"), "gen-3")).toBeNull();
  });

  it("serves the same answers as the articles it was made from", async () => {
    const path = join(dir, "d.index.bin");
    await writeStoreIndex(path, "gen-5", entries);
    const back = (await readStoreIndex(path, "gen-5"))?.entries as StoredArticle[];
    const fresh = createLibrary(entries.map((e) => e.article));
    const loaded = createLibrary(back.map((e) => e.article));
    for (const q of [
      "Who hosted the Paris summit?",
      "How many people died in Kryvyi Rih?",
      "What did Rubio say?",
    ])
      expect(JSON.stringify(answer(loaded, q))).toBe(JSON.stringify(answer(fresh, q)));
  });

  it("GIVEN a store THEN the next start loads the index, and a store rewritten behind its back is read instead", async () => {
    const lib = await scratchLibrary();
    try {
      await new LibraryService({ articlesDir: lib.articlesDir, dbPath: lib.dbPath }).open();
      const again = new LibraryService({ articlesDir: lib.articlesDir, dbPath: lib.dbPath });
      const report = await again.open();
      expect(report.store.written).toBe(false);
      expect(report.unchanged).toBe(5);
      // db.json replaced by an older writer (no generation): the index is stale, db.json wins.
      const db = JSON.parse(await readFile(lib.dbPath, "utf8")) as Record<string, unknown>;
      delete db.generation;
      (db.articles as StoredArticle[])[0]!.article.title = "Changed in db.json";
      await writeFile(lib.dbPath, JSON.stringify(db));
      const third = new LibraryService({ articlesDir: lib.articlesDir, dbPath: lib.dbPath });
      await third.open();
      expect(third.library.articles.some((a) => a.title === "Changed in db.json")).toBe(true);
    } finally {
      await lib.cleanup();
    }
  });
});

describe("patching writes", () => {
  it("GIVEN the layout of the file on disk THEN db.json is rewritten byte for byte as JSON.stringify would, copying unchanged entries", async () => {
    const { readFile: read } = await import("node:fs/promises");
    const { writeStore, SCHEMA_VERSION } = await import("../../src/store/storeFile.js");
    const path = join(dir, "patch", "db.json");
    const data = {
      schemaVersion: SCHEMA_VERSION,
      generation: "g1",
      builtAt: "t1",
      articles: entries.slice(),
    };
    const layout = await writeStore(path, data);
    expect(await read(path, "utf8")).toBe(JSON.stringify(data));
    // One entry replaced, one removed; the rest are the same objects.
    const next = entries.slice(0, -1);
    next[2] = { ...(next[2] as StoredArticle), hash: "changed".padEnd(64, "0") };
    const second = { schemaVersion: SCHEMA_VERSION, generation: "g2", builtAt: "t2", articles: next };
    const patched = await writeStore(path, second, layout);
    expect(await read(path, "utf8")).toBe(JSON.stringify(second));
    // Proof that unchanged entries are copied, not re-serialised: a change made only in memory
    // to an entry the file already holds does not reach the file…
    const title = (next[0] as StoredArticle).article.title;
    (next[0] as StoredArticle).article.title = "only in memory";
    const third = { ...second, generation: "g3" };
    await writeStore(path, third, patched);
    expect(await read(path, "utf8")).not.toContain("only in memory");
    // …once the file changed behind its back (here: the write above), its old layout is not
    // trusted and everything is serialised…
    const fourth = { ...third, generation: "g4" };
    await writeStore(path, fourth, patched);
    expect(await read(path, "utf8")).toBe(JSON.stringify(fourth));
    // …and the same without a layout.
    await writeFile(path, "{}");
    await writeStore(path, { ...third, generation: "g5" });
    expect(await read(path, "utf8")).toContain("only in memory");
    (next[0] as StoredArticle).article.title = title;
  });

  it("GIVEN the layout of the index on disk THEN only new entries are encoded, and it reads back whole", async () => {
    const path = join(dir, "patch.index.bin");
    const layout = await writeStoreIndex(path, "g1", entries);
    const next = entries.slice(1);
    next.push({ ...(entries[0] as StoredArticle), file: "moved.txt" });
    const patched = await writeStoreIndex(path, "g2", next, { previous: layout });
    expect(JSON.stringify((await readStoreIndex(path, "g2"))?.entries)).toBe(JSON.stringify(next));
    const title = (next[0] as StoredArticle).article.title;
    (next[0] as StoredArticle).article.title = "only in memory";
    await writeStoreIndex(path, "g3", next, { previous: patched });
    expect(JSON.stringify((await readStoreIndex(path, "g3"))?.entries)).not.toContain("only in memory");
    await writeStoreIndex(path, "g4", next);
    expect(JSON.stringify((await readStoreIndex(path, "g4"))?.entries)).toContain("only in memory");
    (next[0] as StoredArticle).article.title = title;
  });
});
