/**
 * `npm run --silent report -- [--json] [--articles DIR] [--db FILE]`: what the question log and
 * votes (feedback.json beside the store) say — the questions most often unanswered, the answers
 * most voted down, the articles never quoted. Reads only.
 */
import { feedbackPathFor, readFeedback } from "../feedback/feedbackLog.js";
import { buildReport } from "../feedback/report.js";
import { reportReply } from "../reply/reportReply.js";
import { LibraryService } from "../store/libraryService.js";
import { progressReporter } from "../terminal/progress.js";
import { renderText } from "../terminal/renderText.js";
import { storeScriptArgs } from "./storeScriptArgs.js";

const USAGE = "usage: npm run --silent report -- [--json] [--articles DIR] [--db FILE]";

async function main(): Promise<void> {
  const { json, articlesDir, dbPath } = storeScriptArgs(USAGE, 0);
  const service = new LibraryService({ articlesDir, dbPath });
  await service.open(progressReporter(process.stderr, { tty: Boolean(process.stderr.isTTY) }));
  const feedback = await readFeedback(feedbackPathFor(dbPath), undefined, { setAside: false });
  const report = buildReport(feedback, service.library.articles);
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`${renderText(reportReply(report))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`report: ${(error as Error).message}\n`);
  process.exit(1);
});
