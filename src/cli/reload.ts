/** `npm run --silent reload -- [--json] [--articles DIR] [--db FILE]`: re-parse the folder, print the report. */
import { readConfig, loadDotEnv } from "../config.js";
import { reloadReply } from "../reply/reloadReply.js";
import { LibraryService } from "../store/libraryService.js";
import { progressReporter } from "../terminal/progress.js";
import { renderText } from "../terminal/renderText.js";
import { setLogLevel } from "../log.js";
import { exitWithUsage, parseCli, UsageError } from "./cliArgs.js";

const USAGE = "usage: npm run --silent reload -- [--json] [--articles DIR] [--db FILE]";

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  setLogLevel(config.logLevel === "debug" ? "debug" : "warn");
  let parsed;
  try {
    parsed = parseCli(process.argv.slice(2), {
      json: { type: "boolean" },
      articles: { type: "string" },
      db: { type: "string" },
    });
    if (parsed.positionals.length) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error.message, USAGE);
    throw error;
  }
  const service = new LibraryService({
    articlesDir: parsed.values.articles ?? config.articlesDir,
    dbPath: parsed.values.db ?? config.dbPath,
  });
  // Progress of a long reload goes to stderr, never into stdout (and so never into --json output).
  const report = await service.open(progressReporter(process.stderr, { tty: Boolean(process.stderr.isTTY) }));
  if (parsed.values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`${renderText(reloadReply(report))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`reload: ${(error as Error).message}\n`);
  process.exit(1);
});
