/**
 * /reload in a sharded bot. Every shard serves from the same store (DB_PATH). The shard whose
 * moderator asked rebuilds it once, holding the store lock so no other shard writes meanwhile;
 * then every other shard adopts the new store (reads it, never re-parses) through
 * `client.shard.broadcastEval`. The reply says which shards serve the new set.
 */
import { randomUUID } from "node:crypto";
import type { Client, ShardClientUtil } from "discord.js";
import type { Reloader } from "../app.js";
import { log } from "../log.js";
import type { ShardsSwapped } from "../reply/reloadReply.js";
import type { AdoptReport, LibraryService } from "../store/libraryService.js";
import { withStoreLock } from "../store/storeLock.js";

/**
 * Longest a shard may take to adopt: reading the store index, which is most of a cold start
 * (`npm run bench -- --full` times it at 10,000 articles), with room for a busy machine.
 */
const ADOPT_TIMEOUT_MS = 60_000;

interface AdoptRequest {
  /** Makes each broadcast unique: discord.js shares the result of identical evals in flight. */
  id: string;
  from: number[];
}

interface Adopted extends AdoptReport {
  shard: number[];
}

type AdoptHook = (request: AdoptRequest) => Promise<Adopted>;

/**
 * Runs inside the other shard's process: discord.js sends the function's source and calls it
 * there, so it may use nothing from this module, only the hook that process registered.
 */
const adoptOnShard = async (_client: Client, request: AdoptRequest): Promise<Adopted | null> => {
  const hooks = globalThis as unknown as Record<symbol, AdoptHook | undefined>;
  const hook = hooks[Symbol.for("talksbot.adoptStore")];
  return hook ? hook(request) : null;
};

/** Lets other shards make this process serve the store they rebuilt (see adoptOnShard). */
export function registerStoreAdoption(service: LibraryService, shardIds: readonly number[]): void {
  const hook: AdoptHook = async (request) => {
    const report = await service.adopt();
    log.info("articles adopted", { from: request.from, ...report });
    return { ...report, shard: [...shardIds] };
  };
  const hooks = globalThis as unknown as Record<symbol, AdoptHook | undefined>;
  hooks[Symbol.for("talksbot.adoptStore")] = hook;
}

/** The reload of a shard process: rebuild under the store lock, then swap every other shard. */
export function shardedReloader(shard: ShardClientUtil, service: LibraryService): Reloader {
  return async (onProgress) => {
    const report = await withStoreLock(service.options.dbPath, async () => {
      // Another shard may have reloaded since this one last read the store: start from its result.
      // (A store that cannot be read is no obstacle: the reload writes it again.)
      try {
        await service.adopt();
      } catch (error) {
        log.warn("store not adopted before reloading", { error: errorMessage(error) });
      }
      const reloaded = await service.reload(onProgress);
      // The other shards adopt the store through its index: it is written before they are asked.
      await service.idle();
      return reloaded;
    });
    return { ...report, shards: await swapOtherShards(shard, report.version) };
  };
}

/** Asks every other shard to adopt the store, each on its own so one failing names only itself. */
export async function swapOtherShards(shard: ShardClientUtil, version: string): Promise<ShardsSwapped> {
  const own = shard.ids;
  const others = Array.from({ length: shard.count }, (_, id) => id).filter((id) => !own.includes(id));
  const request: AdoptRequest = { id: randomUUID(), from: [...own] };
  const results = await Promise.allSettled(
    others.map((id) =>
      withTimeout(shard.broadcastEval(adoptOnShard, { shard: id, context: request }), ADOPT_TIMEOUT_MS),
    ),
  );
  const swapped: ShardsSwapped = { total: shard.count, serving: [...own], failed: [] };
  results.forEach((result, i) => {
    const id = others[i] as number;
    const reason =
      result.status === "rejected"
        ? errorMessage(result.reason)
        : result.value === null
          ? "not started yet"
          : result.value.version !== version
            ? `serves version ${result.value.version}, not ${version}`
            : null;
    if (reason === null) swapped.serving.push(id);
    else swapped.failed.push({ shard: id, reason });
  });
  swapped.serving.sort((a, b) => a - b);
  if (swapped.failed.length) log.warn("shards did not swap", { version, failed: swapped.failed });
  return swapped;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
