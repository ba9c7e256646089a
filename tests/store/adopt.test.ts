// LibraryService.adopt(): a second process (a shard) serving the store another one rebuilt.
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LibraryService, ReloadError } from "../../src/store/libraryService.js";
import { scratchLibrary } from "../helpers.js";

const NEW_ARTICLE = "Quenby Ferry\n\nThe Quenby ferry leaves from pier nine at dawn every Sunday.\n";

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

/** Two services over one store, as two shards are: `a` reloads, `b` adopts. */
async function twoShards() {
  const lib = await scratchLibrary();
  cleanups.push(lib.cleanup);
  const options = { articlesDir: lib.articlesDir, dbPath: lib.dbPath };
  const a = new LibraryService(options);
  await a.open();
  const b = new LibraryService(options);
  await b.open();
  return { ...lib, a, b };
}

describe("adopting a store another process rebuilt", () => {
  it("GIVEN shard a reloaded a new file THEN b adopts it from the index, same version, without parsing", async () => {
    const { a, b, articlesDir } = await twoShards();
    await writeFile(join(articlesDir, "zz_ferry.txt"), NEW_ARTICLE);
    const reloaded = await a.reload();
    // A sharded reload waits for the derived index before the other shards adopt (shardReload.ts).
    await a.idle();
    expect(reloaded.added).toEqual(["zz_ferry.txt"]);
    expect(b.library.byId.has("zz_ferry")).toBe(false);
    const adopted = await b.adopt();
    expect(adopted).toMatchObject({ adopted: true, source: "index", version: reloaded.version, articles: 6 });
    expect(b.library.byId.has("zz_ferry")).toBe(true);
    expect(b.library.version).toBe(a.library.version);
    // b now knows the store it serves: its own reload finds nothing to do and writes nothing.
    expect(await b.reload()).toMatchObject({
      added: [],
      changed: [],
      removed: [],
      store: { written: false },
    });
  });

  it("GIVEN b already serves the store's generation THEN adopt reads nothing and keeps its library", async () => {
    const { b } = await twoShards();
    const before = b.library;
    expect(await b.adopt()).toMatchObject({ adopted: false, source: "current" });
    expect(b.library).toBe(before);
  });

  it("GIVEN the derived index is gone THEN adopt reads db.json instead", async () => {
    const { a, b, articlesDir } = await twoShards();
    await writeFile(join(articlesDir, "zz_ferry.txt"), NEW_ARTICLE);
    await a.reload();
    await a.idle();
    await rm(a.indexPath);
    expect(await b.adopt()).toMatchObject({ adopted: true, source: "store", articles: 6 });
  });

  it("GIVEN the store is unreadable THEN adopt says so and b serves its old library", async () => {
    const { b, dbPath } = await twoShards();
    const before = b.library;
    await writeFile(dbPath, "{ not json");
    await expect(b.adopt()).rejects.toBeInstanceOf(ReloadError);
    expect(b.library).toBe(before);
  });

  it("GIVEN two adopts at once THEN both end on the newest store", async () => {
    const { a, b, articlesDir } = await twoShards();
    await writeFile(join(articlesDir, "zz_ferry.txt"), NEW_ARTICLE);
    await a.reload();
    await a.idle();
    const [first, second] = await Promise.all([b.adopt(), b.adopt()]);
    expect([first.adopted, second.adopted]).toEqual([true, false]);
    expect(b.library.version).toBe(a.library.version);
  });
});
