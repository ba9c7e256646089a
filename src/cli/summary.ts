/** `npm run --silent summary -- [--json] [--articles DIR] [--db FILE] [TOPIC]` */
import { performance } from "node:perf_hooks";
import { summarize } from "../overview/summary.js";
import { summaryReply } from "../reply/overviewReply.js";
import { renderText } from "../terminal/renderText.js";
import { answerJson } from "./answerJson.js";
import { openForOverview } from "./overviewCli.js";

const USAGE = "usage: npm run --silent summary -- [--json] [--articles DIR] [--db FILE] [TOPIC]";

async function main(): Promise<void> {
  const run = await openForOverview(process.argv.slice(2), USAGE);
  if (!run) return;
  const started = performance.now();
  const summary = summarize(run.library, run.topic);
  const ms = performance.now() - started;
  if (run.json) {
    const { quotes, reason } = answerJson(summary, run.articlesDir, ms);
    const json = {
      topic: summary.topic,
      answered: summary.answered,
      quotes,
      reason,
      ms: Math.round(ms * 1000) / 1000,
    };
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } else process.stdout.write(`${renderText(summaryReply(run.library, summary))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`summary: ${(error as Error).message}\n`);
  process.exit(1);
});
