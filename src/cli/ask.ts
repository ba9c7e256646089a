/**
 * `npm run --silent ask -- [--json] [--top N] [--articles DIR] [--db FILE] "QUESTION"`
 * or `--batch FILE` (one question per line in, one JSON object per line out).
 */
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { answer } from "../answer/answer.js";
import { readConfig, loadDotEnv } from "../config.js";
import { checkQuestion } from "../commands/questionInput.js";
import { answerReply } from "../reply/answerReply.js";
import { LibraryService } from "../store/libraryService.js";
import { progressReporter } from "../terminal/progress.js";
import { renderText } from "../terminal/renderText.js";
import { setLogLevel } from "../log.js";
import { answerJson } from "./answerJson.js";
import { warmUpNlp } from "../nlp/wink.js";
import { exitWithUsage, parseCli, positiveInteger, UsageError } from "./cliArgs.js";

const USAGE = `usage: npm run --silent ask -- [--json] [--top N] [--articles DIR] [--db FILE] "QUESTION"
       npm run --silent ask -- [--json] [--top N] [--articles DIR] [--db FILE] --batch FILE`;

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  setLogLevel(config.logLevel === "debug" ? "debug" : "warn");
  let parsed;
  let top: number | undefined;
  try {
    parsed = parseCli(process.argv.slice(2), {
      json: { type: "boolean" },
      top: { type: "string" },
      articles: { type: "string" },
      db: { type: "string" },
      batch: { type: "string" },
      help: { type: "boolean", short: "h" },
    });
    top = positiveInteger(parsed.values.top, "--top", 25);
    if (parsed.values.help) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    const hasQuestion = parsed.positionals.length > 0;
    if (hasQuestion === Boolean(parsed.values.batch)) {
      throw new UsageError(hasQuestion ? "give a question or --batch, not both" : "no question given");
    }
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error.message, USAGE);
    throw error;
  }
  const { values, positionals } = parsed;
  const articlesDir = values.articles ?? config.articlesDir;
  const service = new LibraryService({ articlesDir, dbPath: values.db ?? config.dbPath });
  // Progress of a long build goes to stderr, never into stdout (and so never into --json output).
  await service.open(progressReporter(process.stderr, { tty: Boolean(process.stderr.isTTY) }));
  warmUpNlp();

  const questions = values.batch
    ? (await readFile(values.batch, "utf8")).split(/\r?\n/u).filter((line) => line.trim() !== "")
    : [positionals.join(" ")];
  for (const question of questions) {
    const checked = checkQuestion(question);
    const started = performance.now();
    const result = checked.ok
      ? answer(service.library, checked.question, top ? { top } : {})
      : { question, answered: false, quotes: [], reason: "empty-question" as const };
    const ms = performance.now() - started;
    if (values.json) process.stdout.write(`${JSON.stringify(answerJson(result, articlesDir, ms))}\n`);
    else process.stdout.write(`${renderText(answerReply(service.library, result))}\n\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`ask: ${(error as Error).message}\n`);
  process.exit(1);
});
