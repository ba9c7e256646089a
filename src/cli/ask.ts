/**
 * `npm run --silent ask -- [--json] [--top N] [--articles DIR] [--db FILE] "QUESTION"`
 * or `--batch FILE` (one question per line in, one JSON object per line out).
 */
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { answer, type Answer } from "../answer/answer.js";
import { findArticle } from "../library.js";
import { readConfig, loadDotEnv } from "../config.js";
import { checkQuestion } from "../commands/questionInput.js";
import { answerReply } from "../reply/answerReply.js";
import { LibraryService } from "../store/libraryService.js";
import { progressReporter } from "../terminal/progress.js";
import { renderText } from "../terminal/renderText.js";
import { setLogLevel } from "../log.js";
import { answerJson } from "./answerJson.js";
import { parseBatchLine, type BatchLine } from "./batchLine.js";
import { prepareEngine } from "../answer/prepare.js";
import { orUsage, parseCli, positiveInteger, UsageError } from "./cliArgs.js";

const USAGE = `usage: npm run --silent ask -- [--json] [--top N] [--article ID] [--articles DIR] [--db FILE] "QUESTION"
       npm run --silent ask -- [--json] [--top N] [--article ID] [--articles DIR] [--db FILE] --batch FILE

--article ID   quote only this article (an id, a unique id prefix, or its title), as /ask's article option
--batch FILE   one question a line: plain text, or a JSON object {"question": "…", "article": "ID"}`;

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  setLogLevel(config.logLevel === "debug" ? "debug" : "warn");
  const { parsed, top } = orUsage(() => {
    const parsed = parseCli(process.argv.slice(2), {
      json: { type: "boolean" },
      top: { type: "string" },
      articles: { type: "string" },
      db: { type: "string" },
      batch: { type: "string" },
      article: { type: "string" },
      help: { type: "boolean", short: "h" },
    });
    const top = positiveInteger(parsed.values.top, "--top", 25);
    const hasQuestion = parsed.positionals.length > 0;
    if (!parsed.values.help && hasQuestion === Boolean(parsed.values.batch)) {
      throw new UsageError(hasQuestion ? "give a question or --batch, not both" : "no question given");
    }
    return { parsed, top };
  }, USAGE);
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { values, positionals } = parsed;
  const articlesDir = values.articles ?? config.articlesDir;
  const service = new LibraryService({ articlesDir, dbPath: values.db ?? config.dbPath });
  // Progress of a long build goes to stderr, never into stdout (and so never into --json output).
  await service.open(progressReporter(process.stderr, { tty: Boolean(process.stderr.isTTY) }));
  prepareEngine();

  const questions: BatchLine[] = values.batch
    ? (await readFile(values.batch, "utf8"))
        .split(/\r?\n/u)
        .filter((line) => line.trim() !== "")
        .map(parseBatchLine)
    : [{ question: positionals.join(" ") }];
  for (const line of questions) {
    const articleKey = line.article ?? values.article;
    const article = articleKey === undefined ? undefined : findArticle(service.library, articleKey);
    const checked = checkQuestion(line.question);
    const started = performance.now();
    let result: Answer;
    if (articleKey !== undefined && !article) result = unknownArticle(line.question);
    else if (!checked.ok)
      result = { question: line.question, answered: false, quotes: [], reason: "empty-question" };
    else
      result = answer(service.library, checked.question, {
        ...(top ? { top } : {}),
        ...(article ? { articleId: article.id } : {}),
      });
    const ms = performance.now() - started;
    if (values.json) process.stdout.write(`${JSON.stringify(answerJson(result, articlesDir, ms))}\n`);
    else process.stdout.write(`${renderText(answerReply(service.library, result))}\n\n`);
  }
}

/** The answer for a question restricted to an article the library doesn't have. */
function unknownArticle(question: string): Answer {
  return { question, answered: false, quotes: [], reason: "unknown-article" };
}

main().catch((error: unknown) => {
  process.stderr.write(`ask: ${(error as Error).message}\n`);
  process.exit(1);
});
