/** `npm run --silent timeline -- [--json] [--articles DIR] [--db FILE] [TOPIC]` */
import { performance } from "node:perf_hooks";
import { eventSentence, timeline, type EventRef } from "../overview/timeline.js";
import { TIMELINE_PAGE_SIZE, timelineReply } from "../reply/overviewReply.js";
import { renderText } from "../terminal/renderText.js";
import { articleJson } from "./answerJson.js";
import { openForOverview } from "./overviewCli.js";

const USAGE = "usage: npm run --silent timeline -- [--json] [--articles DIR] [--db FILE] [TOPIC]";

async function main(): Promise<void> {
  const run = await openForOverview(process.argv.slice(2), USAGE);
  if (!run) return;
  const started = performance.now();
  const result = timeline(run.library, run.topic);
  const ms = performance.now() - started;
  if (!run.json) {
    // Every page, one after another.
    const pages = Math.max(1, Math.ceil(result.events.length / TIMELINE_PAGE_SIZE));
    for (let page = 1; page <= pages; page++)
      process.stdout.write(`${renderText(timelineReply(run.library, result, page))}\n\n`);
    return;
  }
  const ref = (event: EventRef) => ({
    text: eventSentence(event).text,
    sentence: event.sentence,
    article: articleJson(event.article, run.articlesDir),
  });
  const json = {
    topic: result.topic,
    events: result.events.map((event) => {
      const { text, sentence, article } = ref(event);
      return {
        date: event.date,
        precision: event.precision,
        phrase: event.phrase,
        text,
        sentence,
        article,
        alsoReportedBy: event.alsoReportedBy.map(ref),
      };
    }),
    undated: result.undated,
    reason: result.reason,
    ms: Math.round(ms * 1000) / 1000,
  };
  process.stdout.write(`${JSON.stringify(json)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`timeline: ${(error as Error).message}\n`);
  process.exit(1);
});
