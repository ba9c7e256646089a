/**
 * `npm run --silent report -- [--json] [--articles DIR] [--db FILE]`: what the question log and
 * votes (feedback.json beside the store) say — the questions most often unanswered, the answers
 * most voted down, the articles never quoted. Reads only.
 */
import { loadDotEnv, readConfig } from "../config.js";
import { feedbackPathFor, readFeedback } from "../feedback/feedbackLog.js";
import { buildReport } from "../feedback/report.js";
import { setLogLevel } from "../log.js";
import { reportReply } from "../reply/reportReply.js";
import { LibraryService } from "../store/libraryService.js";
import { progressReporter } from "../terminal/progress.js";
import { renderText } from "../terminal/renderText.js";
import { exitWithUsage, parseCli, UsageError } from "./cliArgs.js";

const USAGE = "usage: npm run --silent report -- [--json] [--articles DIR] [--db FILE]";

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
  const dbPath = parsed.values.db ?? config.dbPath;
  const service = new LibraryService({ articlesDir: parsed.values.articles ?? config.articlesDir, dbPath });
  await service.open(progressReporter(process.stderr, { tty: Boolean(process.stderr.isTTY) }));
  const report = buildReport(
    await readFeedback(feedbackPathFor(dbPath), undefined, { setAside: false }),
    service.library.articles,
  );
  if (parsed.values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`${renderText(reportReply(report))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`report: ${(error as Error).message}\n`);
  process.exit(1);
});
