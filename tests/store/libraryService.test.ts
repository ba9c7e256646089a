import { readFile, readdir, rm, writeFile, mkdir, unlink } from "node:fs/promises";
import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LibraryService } from "../../src/store/libraryService.js";
import { readStore, SCHEMA_VERSION } from "../../src/store/storeFile.js";
import { readStoreGeneration, readStoreIndex } from "../../src/store/storeIndex.js";
import { answer } from "../../src/answer/answer.js";
import { scratchServices } from "../helpers.js";

const scratch = scratchServices();

describe("the store", () => {
  it("GIVEN no store THEN open builds it, with a schema version and a hash per article file", async () => {
    const { service, dbPath } = await scratch();
    const report = await service.open();
    expect(report.added).toHaveLength(5);
    expect(report.store).toMatchObject({ written: true, rebuiltBecause: "missing" });
    const stored = await readStore(dbPath);
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    expect(stored.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(stored.data.articles.map((a) => a.hash.length)).toEqual([64, 64, 64, 64, 64]);
  });

  it("GIVEN a fresh store THEN a second open reuses it without rewriting", async () => {
    const { service, dbPath, articlesDir } = await scratch();
    await service.open();
    const before = await readFile(dbPath, "utf8");
    const again = new LibraryService({ articlesDir, dbPath });
    const report = await again.open();
    expect(report).toMatchObject({ added: [], changed: [], removed: [], unchanged: 5 });
    expect(report.store.written).toBe(false);
    expect(await readFile(dbPath, "utf8")).toBe(before);
  });

  it("GIVEN a file added, one changed and one removed THEN reload reports each and serves the new set", async () => {
    const { service, articlesDir } = await scratch();
    await service.open();
    const oldVersion = service.library.version;
    const files = (await readdir(articlesDir)).sort();
    await writeFile(
      join(articlesDir, "new_article.md"),
      "The Eiffel Tower is 330 metres tall, officials said.\n",
    );
    await writeFile(
      join(articlesDir, files[0] as string),
      "date 2025-04-20 Talks resumed in Geneva on Sunday.\n",
    );
    await unlink(join(articlesDir, files[1] as string));
    const report = await service.reload();
    expect(report.added).toEqual(["new_article.md"]);
    expect(report.changed).toEqual([files[0]]);
    expect(report.removed).toEqual([files[1]]);
    expect(report.articles).toBe(5);
    expect(service.library.version).not.toBe(oldVersion);
    expect(answer(service.library, "How tall is the Eiffel Tower?").quotes[0]?.text).toContain("330 metres");
  });

  it("GIVEN a reload THEN it answers once db.json is written, and the derived index follows before idle() resolves", async () => {
    const { service, articlesDir, dbPath } = await scratch();
    await service.open();
    const indexBefore = statSync(service.indexPath).ino;
    await writeFile(
      join(articlesDir, "new_article.md"),
      "The Eiffel Tower is 330 metres tall, officials said.\n",
    );
    const report = await service.reload();
    // Read at once, before anything else may run: the moderator's reply does not wait for the
    // index (derived data), but the new set is served and db.json holds it.
    const indexAtReply = statSync(service.indexPath).ino;
    expect(report).toMatchObject({ added: ["new_article.md"], store: { written: true } });
    expect(service.library.byId.has("new_article")).toBe(true);
    expect(indexAtReply).toBe(indexBefore);
    await service.idle();
    expect(statSync(service.indexPath).ino).not.toBe(indexBefore);
    // Now the index on disk is the one of db.json's new generation, which the next start reads:
    // the same six articles, nothing re-parsed or rewritten.
    const generation = await readStoreGeneration(dbPath);
    expect(generation).not.toBeNull();
    expect(await readStoreIndex(service.indexPath, generation as string)).not.toBeNull();
    const again = new LibraryService({ articlesDir, dbPath });
    expect(await again.open()).toMatchObject({
      added: [],
      changed: [],
      unchanged: 6,
      store: { written: false },
    });
    expect(again.library.version).toBe(service.library.version);
  });

  it("GIVEN a corrupt store file THEN open rebuilds it from the articles", async () => {
    const { service, dbPath, articlesDir } = await scratch();
    await mkdir(join(dbPath, ".."), { recursive: true });
    await writeFile(dbPath, '{"schemaVersion": 1, "articles": [');
    const report = await service.open();
    expect(report.store.rebuiltBecause).toMatch(/unreadable/u);
    expect(report.articles).toBe(5);
    expect((await readStore(dbPath)).ok).toBe(true);
    await writeFile(dbPath, JSON.stringify({ schemaVersion: 0, articles: [] }));
    const old = await new LibraryService({ articlesDir, dbPath }).open();
    expect(old.store.rebuiltBecause).toMatch(/schema version 0/u);
    await writeFile(dbPath, JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: [{ nope: 1 }] }));
    const wrong = await new LibraryService({ articlesDir, dbPath }).open();
    expect(wrong.store.rebuiltBecause).toMatch(/wrong shape/u);
  });

  it("GIVEN broken article files THEN each is reported with a reason and the rest are served", async () => {
    const { service, articlesDir } = await scratch();
    await writeFile(join(articlesDir, "empty.txt"), "   \n");
    await writeFile(join(articlesDir, "binary.txt"), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    await writeFile(join(articlesDir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
    await mkdir(join(articlesDir, "folder.txt"));
    const seed = (await readdir(articlesDir)).find((f) => f.startsWith("000"));
    await writeFile(join(articlesDir, "copy.txt"), await readFile(join(articlesDir, seed as string)));
    await writeFile(join(articlesDir, "sources.json"), "{ not json");
    const report = await service.open();
    const reasons = Object.fromEntries(report.failed.map((f) => [f.file, f.reason]));
    expect(reasons["empty.txt"]).toBe("empty file");
    expect(reasons["binary.txt"]).toMatch(/binary/u);
    expect(reasons["latin1.txt"]).toMatch(/UTF-8/u);
    expect(reasons["folder.txt"]).toBe("not a regular file");
    expect(reasons["copy.txt"]).toMatch(/same text as 000_/u);
    expect(reasons["sources.json"]).toMatch(/not valid JSON/u);
    expect(report.articles).toBe(5);
  });

  it("GIVEN a sidecar THEN its metadata reaches the articles, and editing it counts as a change", async () => {
    const { service, articlesDir } = await scratch();
    const file = (await readdir(articlesDir)).find((f) => f.startsWith("002")) as string;
    await writeFile(
      join(articlesDir, "sources.json"),
      JSON.stringify({
        [file]: { outlet: "Example Wire", url: "https://example.org/002", date: "2025-04-18" },
      }),
    );
    await service.open();
    expect(service.library.byId.get(file.replace(".txt", ""))).toMatchObject({
      outlet: "Example Wire",
      url: "https://example.org/002",
      date: "2025-04-18",
    });
    await writeFile(join(articlesDir, "sources.json"), JSON.stringify({ [file]: { outlet: "Other Wire" } }));
    const report = await service.reload();
    expect(report.changed).toEqual([file]);
  });

  it("GIVEN a reload in progress THEN questions see the old library until the new one is complete", async () => {
    const { service, articlesDir } = await scratch();
    await service.open();
    const before = service.library;
    for (const f of await readdir(articlesDir)) await rm(join(articlesDir, f));
    await writeFile(join(articlesDir, "only.txt"), "Only one article remains here.\n");
    const pending = service.reload();
    expect(service.library).toBe(before);
    const second = service.reload();
    expect(second).toBe(pending);
    await pending;
    expect(service.library.articles.map((a) => a.id)).toEqual(["only"]);
    expect(before.articles).toHaveLength(5);
  });

  it("GIVEN a store write THEN it goes through a temp file and leaves no partial file behind", async () => {
    const { service, dbPath } = await scratch();
    await service.open();
    const dir = await readdir(join(dbPath, ".."));
    // The store and its derived index (db.index.bin), no temp file.
    expect(dir.sort()).toEqual(["db.index.bin", "db.json"]);
    JSON.parse(await readFile(dbPath, "utf8"));
  });

  it("GIVEN the store is deleted while the bot runs THEN the next reload writes it again", async () => {
    const { service, dbPath } = await scratch();
    await service.open();
    await rm(dbPath);
    await rm(service.indexPath);
    const report = await service.reload();
    expect(report.store).toMatchObject({ written: true, rebuiltBecause: "missing" });
    expect((await readStore(dbPath)).ok).toBe(true);
    // Its derived index follows (a reload does not wait for it).
    await service.idle();
    expect((await readdir(join(dbPath, ".."))).sort()).toEqual(["db.index.bin", "db.json"]);
    // And a fresh process starts from what was written, without re-parsing.
    const next = await new LibraryService(service.options).open();
    expect(next).toMatchObject({ unchanged: 5, added: [] });
    expect(next.store.written).toBe(false);
  });

  it("GIVEN several writers (bot, CLI, shards) rebuild the same store at once THEN it ends whole, never interleaved", async () => {
    const { articlesDir, dbPath } = await scratch();
    const writers = Array.from({ length: 4 }, () => new LibraryService({ articlesDir, dbPath }));
    const reports = await Promise.all(writers.map((w) => w.open()));
    // Each writer's file went in whole (a shared temp file would make one writer's rename fail).
    expect(reports.map((r) => r.store)).toEqual(
      writers.map(() => ({ written: true, rebuiltBecause: "missing", problem: null })),
    );
    const stored = await readStore(dbPath);
    expect(stored.ok).toBe(true);
    expect((await readdir(join(dbPath, ".."))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const next = await new LibraryService({ articlesDir, dbPath }).open();
    expect(next.unchanged).toBe(5);
  });

  it("GIVEN the store cannot be written THEN the bot still serves from memory and says so", async () => {
    const { articlesDir, root } = await scratch();
    const blocker = join(root, "blocker");
    await writeFile(blocker, "a file where a folder should be");
    const service = new LibraryService({ articlesDir, dbPath: join(blocker, "db.json") });
    const report = await service.open();
    expect(report.store.written).toBe(false);
    expect(report.store.problem).toMatch(/serving from memory/u);
    expect(service.library.articles).toHaveLength(5);
  });
});
