/**
 * `npm run start:sharded`, or `npm start` with SHARDS set: discord.js's ShardingManager runs each
 * shard as its own process of the normal bot (src/main.ts), which reads its shard id from the
 * environment the manager gives it. SIGINT/SIGTERM stop every shard cleanly, then the manager.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from "discord.js";
import type { Config } from "../config.js";
import { log } from "../log.js";

const BOT_ENTRY = fileURLToPath(new URL("../main.ts", import.meta.url));
/** Discord allows one IDENTIFY per 5 s in each max_concurrency bucket (shard id % max_concurrency). */
const IDENTIFY_SPACING_MS = 5_500;
/**
 * The first shard may build the store from scratch before it is ready: a full ingest (timed by
 * `npm run bench -- --full` at 10,000 articles), with a wide margin for larger sets and slow disks.
 */
const READY_TIMEOUT_MS = 15 * 60_000;
/** A shard finishes its answers in flight and store writes within its own 10 s limit. */
const STOP_TIMEOUT_MS = 15_000;

export interface GatewayBot {
  shards: number;
  maxConcurrency: number;
}

/**
 * GET /gateway/bot through DISCORD_API_URL: discord.js's own lookup for totalShards "auto" always
 * asks discord.com.
 */
export async function fetchGatewayBot(token: string, apiUrl: string | null): Promise<GatewayBot> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return { shards: info.shards, maxConcurrency: info.session_start_limit.max_concurrency };
}

/**
 * The pause after a shard is ready (it has identified) before the next one starts: two shards of
 * one IDENTIFY bucket (max_concurrency apart) then identify at least 5.5 s apart.
 */
export function spawnDelayMs(maxConcurrency: number): number {
  return Math.ceil(IDENTIFY_SPACING_MS / Math.max(1, maxConcurrency));
}

/** Runs the shards until SIGINT/SIGTERM; exits 0 once every shard stopped cleanly. */
export async function runShardManager(config: Config, shards: "auto" | number): Promise<void> {
  const token = config.discord.token;
  if (!token) throw new Error("sharding: DISCORD_TOKEN should be set to start the shards");
  const gateway = await fetchGatewayBot(token, config.discord.apiUrl);
  const totalShards = shards === "auto" ? gateway.shards : shards;
  const manager = new ShardingManager(BOT_ENTRY, {
    totalShards,
    shardList: Array.from({ length: totalShards }, (_, id) => id),
    token,
    mode: "process",
    respawn: true,
    // Shards run the TypeScript sources as `npm start` does, through tsx's loader (resolved here,
    // so it is found whatever the working directory).
    execArgv: ["--import", import.meta.resolve("tsx")],
  });
  let stopping = false;
  manager.on("shardCreate", (shard) => watchShard(shard, () => stopping));

  const stop = (reason: string, code: number): void => {
    if (stopping) return;
    stopping = true;
    log.info("stopping shards", { reason });
    manager.respawn = false;
    setTimeout(() => {
      log.error("shutdown timed out", { ms: STOP_TIMEOUT_MS + 5_000 });
      process.exit(1);
    }, STOP_TIMEOUT_MS + 5_000).unref();
    void Promise.all([...manager.shards.values()].map(stopShard)).then((clean) => {
      const killed = [...manager.shards.keys()].filter((_, i) => !clean[i]);
      if (killed.length) log.error("shards killed after the stop timeout", { shards: killed });
      log.info("stopped");
      process.exit(killed.length ? 1 : code);
    });
  };
  process.on("SIGINT", () => stop("SIGINT", 0));
  process.on("SIGTERM", () => stop("SIGTERM", 0));

  const delay = spawnDelayMs(gateway.maxConcurrency);
  log.info("starting shards", {
    shards: totalShards,
    recommended: gateway.shards,
    delayMs: delay,
    pid: process.pid,
  });
  try {
    // Not manager.spawn(): its delay runs from each start, not from each shard being ready.
    for (let id = 0; id < totalShards; id++) {
      if (id > 0) await sleep(delay);
      if (stopping) return;
      await manager.createShard(id).spawn(READY_TIMEOUT_MS);
    }
  } catch (error) {
    if (stopping) return;
    log.error("a shard did not start", { error });
    stop("a shard did not start", 1);
    return;
  }
  log.info("all shards ready", { shards: totalShards });
}

function watchShard(shard: Shard, stopping: () => boolean): void {
  // mode "process": the shard's child is shard.process while these events run.
  shard.on("spawn", () => {
    log.info("shard started", { shard: shard.id, pid: shard.process?.pid });
    // A shard the manager spawned (or respawned) while stopping: stop it too.
    if (stopping()) shard.process?.kill("SIGTERM");
  });
  shard.on("ready", () => log.info("shard ready", { shard: shard.id }));
  shard.on("death", () => {
    const child = shard.process;
    if (!stopping())
      log.error("shard exited", { shard: shard.id, code: child?.exitCode, signal: child?.signalCode });
  });
  shard.on("error", (error) => log.error("shard error", { shard: shard.id, error }));
}

/** SIGTERM, then the exit; true when it exited by itself, false when SIGKILL was needed. */
function stopShard(shard: Shard): Promise<boolean> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(false);
    }, STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
    child.kill("SIGTERM");
  });
}
