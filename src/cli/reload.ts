/** `npm run --silent reload -- [--json] [--articles DIR] [--db FILE]`: re-parse the folder, print the report. */
import { reloadReply } from "../reply/reloadReply.js";
import { LibraryService } from "../store/libraryService.js";
import { progressReporter } from "../terminal/progress.js";
import { renderText } from "../terminal/renderText.js";
import { storeScriptArgs } from "./storeScriptArgs.js";

const USAGE = "usage: npm run --silent reload -- [--json] [--articles DIR] [--db FILE]";

async function main(): Promise<void> {
  const { json, articlesDir, dbPath } = storeScriptArgs(USAGE, 0);
  const service = new LibraryService({ articlesDir, dbPath });
  // Progress of a long reload goes to stderr, never into stdout (and so never into --json output).
  const report = await service.open(progressReporter(process.stderr, { tty: Boolean(process.stderr.isTTY) }));
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`${renderText(reloadReply(report))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`reload: ${(error as Error).message}\n`);
  process.exit(1);
});
