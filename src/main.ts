/**
 * `npm start`: with DISCORD_TOKEN set, the Discord bot; without it, the terminal chat.
 */
import { ConfigError, loadDotEnv, readConfig } from "./config.js";
import { startApp } from "./app.js";
import { log, redact, setLogLevel } from "./log.js";
import { runChat } from "./terminal/chat.js";

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  redact(config.discord.token);
  setLogLevel(config.logLevel);
  if (config.discord.token) {
    const { runDiscordBot } = await import("./discord/bot.js");
    await runDiscordBot(config);
    return;
  }
  // The chat owns stdout; keep routine logs quiet unless asked for.
  if (config.logLevel === "info") setLogLevel("warn");
  const { app, report } = await startApp(config);
  if (report.failed.length) {
    for (const failure of report.failed) process.stdout.write(`skipped ${failure.file}: ${failure.reason}\n`);
  }
  await runChat(app, {
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
  });
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
