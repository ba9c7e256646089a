/**
 * `npm start` with DISCORD_TOKEN: logs in and serves the commands, mentions and DMs until
 * SIGINT/SIGTERM, then shuts down cleanly. Started by the shard manager (sharding.ts), it serves
 * its shards and reloads across all of them (shardReload.ts).
 */
import { Events, type Client } from "discord.js";
import type { Config } from "../config.js";
import { startApp, type App } from "../app.js";
import { log } from "../log.js";
import { createClient } from "./client.js";
import { ConversationMemory, PagedLists } from "./conversations.js";
import { handleInteraction, type DiscordDeps } from "./interactions.js";
import { handleMessage } from "./messages.js";
import { registerStoreAdoption, shardedReloader } from "./shardReload.js";

/** Longest a shutdown may take (answers in flight, a reload writing the store) before exiting anyway. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

export interface RunningBot {
  client: Client;
  app: App;
  /** Resolves with the close code if Discord ends the session for good (never on stop()). */
  disconnected: Promise<number>;
  /** Stops taking events, lets answers in flight finish, logs out and waits for store writes. */
  stop(): Promise<void>;
}

export async function startDiscordBot(config: Config): Promise<RunningBot> {
  const token = config.discord.token;
  if (!token) throw new Error("discord: DISCORD_TOKEN should be set to start the Discord bot");
  const { app, report } = await startApp(config, { cooldown: true, feedback: "discord" });
  log.info("articles loaded", {
    articles: report.articles,
    sentences: report.sentences,
    failed: report.failed,
  });
  const deps: DiscordDeps = {
    app,
    modRoleId: config.discord.modRoleId,
    progressEveryMs: config.discord.reloadProgressMs,
    memory: new ConversationMemory(),
    pages: new PagedLists(),
  };
  const inFlight = new Set<Promise<void>>();
  let accepting = true;
  const track = (work: () => Promise<void>): void => {
    if (!accepting) return;
    // The handlers answer their own failures; this only keeps a bug from becoming an unhandled rejection.
    const running = work()
      .catch((error: unknown) => log.error("event handler failed", { error }))
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  };

  const shard = config.shard;
  // Explicit, so discord.js never reads SHARDS itself: outside a shard process it is the
  // operator's setting (auto | N), not a shard id.
  const client = createClient(config.discord.apiUrl, {
    shards: shard?.ids ?? [0],
    shardCount: shard?.count ?? 1,
  });
  if (client.shard) {
    registerStoreAdoption(app.service, client.shard.ids);
    app.useReloader(shardedReloader(client.shard, app.service));
  }
  client.on(Events.InteractionCreate, (interaction) => track(() => handleInteraction(deps, interaction)));
  client.on(Events.MessageCreate, (message) => track(() => handleMessage(deps, message)));
  client.on(Events.Error, (error) => log.error("discord client error", { error }));
  client.on(Events.Warn, (message) => log.warn("discord client warning", { message }));
  // discord.js resumes after a dropped socket, a resumable close (4000, 4009 …) or op 7 RECONNECT,
  // and identifies again after a session Discord invalidated (op 9 false); these only log it.
  client.on(Events.ShardReconnecting, (shard) => {
    if (accepting) log.info("gateway reconnecting", { shard });
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info("gateway resumed", { shard, replayed }));
  client.on(Events.ShardError, (error, shard) => log.warn("gateway error", { shard, error }));
  // Only for close codes discord.js cannot recover from (a revoked token, disallowed intents …):
  // the bot can no longer hear anyone, so it says why and stops, for its supervisor to see.
  let lost: (code: number) => void = () => undefined;
  const disconnected = new Promise<number>((resolve) => (lost = resolve));
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (!accepting) return;
    log.error("gateway disconnected for good", { shard, code: event.code });
    lost(event.code);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  log.info("discord ready", {
    user: client.user?.tag,
    guilds: client.guilds.cache.size,
    ...(shard ? { shards: shard.ids, shardCount: shard.count } : {}),
  });
  return {
    client,
    app,
    disconnected,
    async stop() {
      accepting = false;
      await Promise.allSettled(inFlight);
      await client.destroy();
      await app.service.idle();
      await app.feedback?.flush();
    },
  };
}

/** Runs the bot until SIGINT/SIGTERM; exits 0 after a clean shutdown. */
export async function runDiscordBot(config: Config): Promise<void> {
  let bot: RunningBot | null = null;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals | "manager gone" | "gateway lost", exitCode = 0): void => {
    if (stopping) return;
    stopping = true;
    log.info("shutting down", { signal });
    setTimeout(() => {
      log.error("shutdown timed out", { ms: SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    // Before the bot is running there is nothing to finish: store writes are atomic (temp + rename).
    (bot?.stop() ?? Promise.resolve()).then(
      () => {
        log.info("stopped");
        process.exit(exitCode);
      },
      (error: unknown) => {
        log.error("shutdown failed", { error });
        process.exit(1);
      },
    );
  };
  // (Node passes the signal's number too: not an exit code.)
  process.on("SIGINT", (signal) => shutdown(signal));
  process.on("SIGTERM", (signal) => shutdown(signal));
  if (config.shard) {
    // A shard without its manager (killed, crashed) would serve on uncoordinated: stop with it.
    process.once("disconnect", () => shutdown("manager gone"));
    if (!process.connected) shutdown("manager gone");
  }
  bot = await startDiscordBot(config);
  void bot.disconnected.then(() => shutdown("gateway lost", 1));
}
