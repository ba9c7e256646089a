// Reload fan-out between shards, without processes: a stand-in for client.shard that runs the
// broadcast function from its source text, as discord.js does in the other shard's process.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ShardClientUtil } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { registerStoreAdoption, shardedReloader, swapOtherShards } from "../../src/discord/shardReload.js";
import { setLogSink } from "../../src/log.js";
import { reloadReply } from "../../src/reply/reloadReply.js";
import { LibraryService } from "../../src/store/libraryService.js";
import { scratchLibrary } from "../helpers.js";

type Answer = (shard: number, run: () => Promise<unknown>) => Promise<unknown>;

/** client.shard of shard `id` of `count`; `answer` decides what each other shard replies. */
function shardUtil(id: number, count: number, answer: Answer): ShardClientUtil {
  const broadcastEval = (fn: unknown, options: { shard: number; context: unknown }) =>
    answer(options.shard, async () => {
      // What ShardClientUtil sends and Client#_eval runs: only the function's source survives.
      const script = `(${String(fn)})(this, ${JSON.stringify(options.context)})`;
      return (new Function(`return ${script}`) as () => unknown).call({});
    });
  return { ids: [id], count, broadcastEval } as unknown as ShardClientUtil;
}

const EMPTY_REPORT = {
  added: [],
  changed: [],
  removed: [],
  failed: [],
  unchanged: 5,
  articles: 5,
  sentences: 130,
  version: "n3wn3wn3wn3w",
  store: { written: false, rebuiltBecause: null, problem: null },
  ms: 1,
};

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for("talksbot.adoptStore")];
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

describe("swapping the other shards after a reload", () => {
  it("GIVEN shard 1 registered its adoption THEN shard 0's broadcast, from its source alone, swaps it", async () => {
    const lib = await scratchLibrary();
    cleanups.push(lib.cleanup);
    const options = { articlesDir: lib.articlesDir, dbPath: lib.dbPath };
    const [shard0, shard1] = [new LibraryService(options), new LibraryService(options)];
    await shard0.open();
    await shard1.open();
    registerStoreAdoption(shard1, [1]);
    await writeFile(
      join(lib.articlesDir, "zz_pier.txt"),
      "Pier Nine\n\nThe ferry leaves from pier nine at dawn.\n",
    );
    const report = await shard0.reload();
    const swapped = await swapOtherShards(
      shardUtil(0, 2, (_shard, run) => run()),
      report.version,
    );
    expect(swapped).toEqual({ total: 2, serving: [0, 1], failed: [] });
    expect(shard1.library.byId.has("zz_pier")).toBe(true);
    expect(reloadReply({ ...report, shards: swapped }).fields).toContainEqual({
      name: "Shards",
      value: "All 2 shards serve this set.",
    });
  });

  it("GIVEN the store was deleted THEN a sharded reload still runs and writes it again", async () => {
    const lib = await scratchLibrary();
    cleanups.push(lib.cleanup);
    setLogSink(() => undefined);
    cleanups.push(async () => setLogSink((line) => process.stderr.write(`${line}\n`)));
    const service = new LibraryService({ articlesDir: lib.articlesDir, dbPath: lib.dbPath });
    await service.open();
    await rm(lib.dbPath);
    const reload = shardedReloader(
      shardUtil(0, 1, () => Promise.reject(new Error("no other shard"))),
      service,
    );
    const outcome = await reload();
    expect(outcome.store.written).toBe(true);
    expect(outcome.shards).toEqual({ total: 1, serving: [0], failed: [] });
    expect(JSON.parse(await readFile(lib.dbPath, "utf8"))).toHaveProperty("articles");
  });

  it("GIVEN shards not started, gone, or serving another set THEN each is named with its reason", async () => {
    const logged: string[] = [];
    setLogSink((line) => logged.push(line));
    cleanups.push(async () => setLogSink((line) => process.stderr.write(`${line}\n`)));
    const answers: Record<number, () => Promise<unknown>> = {
      1: async () => null, // its hook is not registered yet
      2: () => Promise.reject(new Error("Shard 2's process does not exist")),
      3: async () => ({ version: "0ld0ld0ld0ld" }),
    };
    const util = shardUtil(0, 4, (shard) => (answers[shard] as () => Promise<unknown>)());
    const swapped = await swapOtherShards(util, "n3wn3wn3wn3w");
    expect(swapped).toEqual({
      total: 4,
      serving: [0],
      failed: [
        { shard: 1, reason: "not started yet" },
        { shard: 2, reason: "Shard 2's process does not exist" },
        { shard: 3, reason: "serves version 0ld0ld0ld0ld, not n3wn3wn3wn3w" },
      ],
    });
    expect(logged.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(["shards did not swap"]);
    const field = reloadReply({ ...EMPTY_REPORT, shards: swapped }).fields.find((f) => f.name === "Shards");
    expect(field?.value).toBe(
      "1 of 4 shards serve this set; these did not swap:\n" +
        "shard 1: not started yet\n" +
        "shard 2: Shard 2's process does not exist\n" +
        "shard 3: serves version 0ld0ld0ld0ld, not n3wn3wn3wn3w",
    );
  });
});
