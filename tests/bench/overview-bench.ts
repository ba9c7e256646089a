/**
 * Summary and timeline latency, as a benchmark phase of its own process (run by run-bench.ts):
 * the store opened as the bot opens it (derived index, sentences read lazily), then
 *
 * - what is precomputed once per library at load (precompute.ts: the term table, the summary and
 *   timeline of everything);
 * - a summary and a timeline for each of 50 topics taken from the question set (every call
 *   computes: each topic is asked once), p50 / p99 / max;
 * - the summary and timeline of everything computed afresh (on a copy of the library);
 * - the same asked again (answered from the per-library cache);
 * - peak RSS.
 *
 *   node --import tsx tests/bench/overview-bench.ts --articles DIR --db FILE --questions FILE.json
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { setLogLevel } from "../../src/log.js";
import { warmUpNlp } from "../../src/nlp/wink.js";
import { precomputeOverview } from "../../src/overview/precompute.js";
import { summarize } from "../../src/overview/summary.js";
import { timeline } from "../../src/overview/timeline.js";
import { LibraryService } from "../../src/store/libraryService.js";

type Json = Record<string, unknown>;
const SELF = fileURLToPath(import.meta.url);
const TOPICS = 50;

/** Words that make a question a question, not a topic. */
const QUESTION_WORDS = new Set(
  "who what when where why how which whom whose did does do is are was were has have had will would can could should the a an of to in on at for by with about from and or that this it its their his her say said tell".split(
    " ",
  ),
);

/** A topic from a question: its first three content words ("Who hosted the Paris talks?" → "hosted Paris talks"). */
export function topicOf(question: string): string {
  const words = question.replace(/[?!.,"“”]/gu, " ").split(/\s+/u);
  return words
    .filter((w) => w && !QUESTION_WORDS.has(w.toLowerCase()))
    .slice(0, 3)
    .join(" ");
}

function stats(ms: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1] ?? 0) };
}

function time<T>(work: () => T): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

async function measure(articlesDir: string, dbPath: string, questionsPath: string): Promise<Json> {
  setLogLevel("warn");
  const service = new LibraryService({ articlesDir, dbPath });
  await service.open();
  const library = service.library;
  const questions = JSON.parse(await readFile(questionsPath, "utf8")) as string[];
  const topics = [...new Set(questions.map(topicOf).filter(Boolean))].slice(0, TOPICS);
  if (topics.length === 0) throw new Error("no topics in the question set");

  warmUpNlp();
  // What the bot works out once per library, right after a start or a reload (precompute.ts).
  const precomputeMs = time(() => precomputeOverview(library));
  const summaryMs: number[] = [];
  const timelineMs: number[] = [];
  let quotes = 0;
  let events = 0;
  for (const topic of topics) {
    summaryMs.push(time(() => (quotes += summarize(library, topic).quotes.length)));
    timelineMs.push(time(() => (events += timeline(library, topic).events.length)));
  }
  // And the whole set's, computed again on a copy of the library (what the precompute costs).
  const copy = { ...library };
  const wholeSummaryMs = time(() => summarize(copy, null));
  const wholeTimelineMs = time(() => timeline(copy, null));
  const cachedMs = [...topics, null].map((topic) => time(() => summarize(library, topic)));
  return {
    topics: topics.length,
    precomputeMs: Math.round(precomputeMs),
    wholeSummaryMs: Math.round(wholeSummaryMs),
    wholeTimelineMs: Math.round(wholeTimelineMs),
    summary: stats(summaryMs),
    timeline: stats(timelineMs),
    cached: stats(cachedMs),
    quotesPerSummary: Math.round((quotes / Math.max(1, topics.length)) * 10) / 10,
    eventsAll: timeline(library, null).events.length,
    eventsPerTopic: Math.round(events / Math.max(1, topics.length)),
    rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Runs the measurement in a fresh process (run-bench's `args`: --articles, --db, --questions). */
export function overviewPhase(args: string[]): Promise<Json> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", SELF, ...args], {
      cwd: resolve(SELF, "../../.."),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (code !== 0 || !line) fail(new Error(`overview phase failed (exit ${code}): ${err.slice(-2000)}`));
      else done(JSON.parse(line) as Json);
    });
  });
}

const ms = (v: unknown) => (typeof v === "number" ? v.toFixed(1) : "—");
const lat = (s: unknown) => {
  const o = (s ?? {}) as Json;
  return `${ms(o.p50)} / ${ms(o.p99)} / ${ms(o.max)}`;
};

/** The benchmark table's rows for these figures, one column per size. */
export function overviewRows(results: readonly { overview?: Json }[]): [string, ...string[]][] {
  return [
    ["summary p50 / p99 / max (ms), 50 topics", ...results.map((r) => lat(r.overview?.summary))],
    ["timeline p50 / p99 / max (ms), 50 topics", ...results.map((r) => lat(r.overview?.timeline))],
    [
      "summary / timeline of everything, computed afresh (ms)",
      ...results.map((r) => `${ms(r.overview?.wholeSummaryMs)} / ${ms(r.overview?.wholeTimelineMs)}`),
    ],
    ["  precomputed at load and reload, in all (ms)", ...results.map((r) => ms(r.overview?.precomputeMs))],
    [
      "summary asked again p99 (ms)",
      ...results.map((r) => ms((r.overview?.cached as Json | undefined)?.p99)),
    ],
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  const { values } = parseArgs({
    options: { articles: { type: "string" }, db: { type: "string" }, questions: { type: "string" } },
  });
  measure(values.articles as string, values.db as string, values.questions as string)
    .then((result) => process.stdout.write(`${JSON.stringify({ phase: "overview", ...result })}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`overview phase: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    });
}
