/**
 * `npm start`: with DISCORD_TOKEN set, the Discord bot; without it, the terminal chat. With SHARDS
 * set (or `--sharded`, `npm run start:sharded`) it runs the shard manager instead, which starts
 * this same file once per shard.
 */
import { ConfigError, loadDotEnv, readConfig } from "./config.js";
import { startApp } from "./app.js";
import { log, redact, setLogContext, setLogLevel } from "./log.js";
import { runChat } from "./terminal/chat.js";

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  redact(config.discord.token);
  redact(config.logSalt);
  setLogLevel(config.logLevel);
  const sharded = process.argv.includes("--sharded");
  const shards = sharded ? (config.shards ?? "auto") : config.shards;
  if (shards !== null && config.discord.token) {
    const { runShardManager } = await import("./discord/sharding.js");
    await runShardManager(config, shards);
    return;
  }
  if (sharded) throw new ConfigError("config: DISCORD_TOKEN should be set to run the bot sharded");
  if (config.discord.token) {
    // Shards share the manager's stderr: every line says which shard wrote it.
    if (config.shard)
      setLogContext({ shard: config.shard.ids.length === 1 ? config.shard.ids[0] : config.shard.ids });
    const { runDiscordBot } = await import("./discord/bot.js");
    await runDiscordBot(config);
    return;
  }
  // The chat owns stdout; keep routine logs quiet unless asked for.
  if (config.logLevel === "info") setLogLevel("warn");
  const { app, report } = await startApp(config, { feedback: "terminal" });
  if (report.failed.length) {
    for (const failure of report.failed) process.stdout.write(`skipped ${failure.file}: ${failure.reason}\n`);
  }
  await runChat(app, {
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
  });
  await app.feedback?.flush();
}

// Through the log, so a crash is one JSON line with the token redacted, never a raw dump.
process.on("unhandledRejection", (reason: unknown) => log.error("unhandled rejection", { error: reason }));
process.on("uncaughtException", (error) => {
  log.error("uncaught exception", { error });
  process.exit(1);
});

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else log.error("talksbot stopped", { error });
  process.exit(1);
});
