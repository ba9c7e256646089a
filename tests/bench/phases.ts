/**
 * One benchmark phase per process (run by run-bench.ts), so per-process figures — start-up
 * time, peak RSS — belong to that phase alone. Prints one JSON line on stdout.
 *
 *   node --import tsx tests/bench/phases.ts PHASE --articles DIR --db FILE [--questions FILE.json]
 *
 * Phases: ingest (full build from the files), cold (process start → store loaded → first answer),
 * reload (one changed file), answer (the question set, twice), minisearch / wink-bm25 (the same
 * sentences in those libraries).
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import model from "wink-eng-lite-web-model";
import { answer } from "../../src/answer/answer.js";
import { analyzeTokens, warmUpNlp } from "../../src/nlp/wink.js";
import { LibraryService } from "../../src/store/libraryService.js";
import { storeIndexPath } from "../../src/store/storeIndex.js";
import { setLogLevel } from "../../src/log.js";

setLogLevel("warn");

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: "string" },
    db: { type: "string" },
    questions: { type: "string" },
  },
});
const phase = positionals[0];
const articlesDir = values.articles as string;
const dbPath = values.db as string;

function rssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** A full collection, when run with --expose-gc. */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Heap in use after a full collection (run with --expose-gc), in MB. */
function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}

function stats(ms: number[]): { p50: number; p99: number; max: number; mean: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
  };
}

async function questions(): Promise<string[]> {
  return JSON.parse(await readFile(values.questions as string, "utf8")) as string[];
}

function print(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ phase, ...result })}\n`);
}

async function ingest(): Promise<void> {
  await rm(dbPath, { force: true });
  await rm(storeIndexPath(dbPath), { force: true });
  const started = performance.now();
  const service = new LibraryService({ articlesDir, dbPath });
  const report = await service.open();
  const ms = performance.now() - started;
  print({
    ms: Math.round(ms),
    articles: report.articles,
    sentences: report.sentences,
    failed: report.failed.length,
    written: report.store.written,
    rssMb: rssMb(),
  });
}

async function cold(): Promise<void> {
  const service = new LibraryService({ articlesDir, dbPath });
  const report = await service.open();
  const loaded = performance.now();
  warmUpNlp();
  const [first = "Who is the president?"] = await questions();
  const reply = answer(service.library, first);
  // performance.now() counts from this process's start.
  print({
    loadedMs: Math.round(loaded),
    readyMs: Math.round(performance.now()),
    answered: reply.answered,
    storeWritten: report.store.written,
    rssMb: rssMb(),
  });
}

/** One file changed, then changed back, ROUNDS times (this machine is noisy: the median counts). */
const RELOAD_ROUNDS = 3;

async function reload(): Promise<void> {
  const service = new LibraryService({ articlesDir, dbPath });
  await service.open();
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const times: number[] = [];
  let changed = 0;
  const timed = async () => {
    // A bot reloads long after it started: collect what earlier work left behind first, so the
    // reload is not charged for someone else's garbage.
    settle();
    const started = performance.now();
    const report = await service.reload();
    times.push(performance.now() - started);
    changed += report.changed.length;
  };
  for (let round = 0; round < RELOAD_ROUNDS; round++) {
    const path = join(articlesDir, files[(round * 997 + 3) % files.length] as string);
    const original = await readFile(path, "utf8");
    await writeFile(path, `${original}\nThe negotiators met again on Tuesday in Geneva, officials said.\n`);
    await timed();
    await writeFile(path, original);
    await timed();
  }
  settle();
  const started = performance.now();
  const unchanged = await service.reload();
  const unchangedMs = performance.now() - started;
  const sorted = [...times].sort((a, b) => a - b);
  print({
    changedMs: Math.round(sorted[Math.floor((sorted.length - 1) / 2)] as number),
    changedMaxMs: Math.round(sorted.at(-1) as number),
    changedRuns: times.map(Math.round),
    unchangedMs: Math.round(unchangedMs),
    changed,
    unchanged: unchanged.unchanged,
    rssMb: rssMb(),
  });
}

async function answers(): Promise<void> {
  warmUpNlp();
  const before = heapMb();
  const service = new LibraryService({ articlesDir, dbPath });
  await service.open();
  const heap = heapMb() - before;
  const list = await questions();
  const passes: number[][] = [];
  let answered = 0;
  for (let pass = 0; pass < 2; pass++) {
    const ms: number[] = [];
    for (const question of list) {
      const started = performance.now();
      const reply = answer(service.library, question);
      ms.push(performance.now() - started);
      if (pass === 0 && reply.answered) answered++;
    }
    passes.push(ms);
  }
  // Sentences are read from the store on first use, so the heap grows as questions are answered.
  const heapAfter = heapMb() - before;
  const decoded = service.library.articles.filter(
    (article) => Object.getOwnPropertyDescriptor(article, "sentences")?.get === undefined,
  ).length;
  print({
    questions: list.length,
    answered,
    first: stats(passes[0] as number[]),
    warm: stats(passes[1] as number[]),
    heapMb: heap,
    heapAfterMb: heapAfter,
    articlesRead: decoded,
    rssMb: rssMb(),
  });
}

// ——— the same sentences in bare search libraries ———

const porter = model.addons.stem as (word: string) => string;
const stems = new Map<string, string>();
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) stems.set(word, (s = porter(word)));
  return s;
}

/** wink's own stop words, as it flags them in these sentences and questions. */
function winkStopWords(texts: readonly string[]): Set<string> {
  const stop = new Set<string>();
  for (const text of texts) for (const token of analyzeTokens(text)) if (token.stop) stop.add(token.normal);
  return stop;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

async function sentencesOf(): Promise<string[]> {
  const service = new LibraryService({ articlesDir, dbPath });
  await service.open();
  return service.library.articles.flatMap((article) => article.sentences.map((s) => s.text));
}

async function comparator(name: "minisearch" | "wink-bm25"): Promise<void> {
  const texts = await sentencesOf();
  const list = await questions();
  const stop = winkStopWords([...list, ...texts.slice(0, 3000)]);
  const terms = (text: string): string[] =>
    (text.toLowerCase().match(WORD) ?? []).filter((w) => !stop.has(w)).map(stem);
  (globalThis as { gc?: () => void }).gc?.();
  const before = heapMb();
  let search: (q: string) => unknown[];
  const started = performance.now();
  if (name === "minisearch") {
    const { default: MiniSearch } = await import("minisearch");
    const index = new MiniSearch<{ id: number; text: string }>({
      fields: ["text"],
      processTerm: (term) => (stop.has(term.toLowerCase()) ? null : stem(term.toLowerCase())),
    });
    index.addAll(texts.map((text, id) => ({ id, text })));
    search = (q) => index.search(q);
  } else {
    const { default: bm25 } = await import("wink-bm25-text-search");
    const engine = bm25();
    engine.defineConfig({ fldWeights: { text: 1 } });
    engine.definePrepTasks([terms]);
    texts.forEach((text, id) => engine.addDoc({ text }, id));
    engine.consolidate();
    search = (q) => engine.search(q, 100);
  }
  const buildMs = performance.now() - started;
  const heap = heapMb() - before;
  for (const q of list.slice(0, 10)) search(q);
  const ms: number[] = [];
  let hits = 0;
  for (const q of list) {
    const t = performance.now();
    hits += search(q).length;
    ms.push(performance.now() - t);
  }
  print({
    sentences: texts.length,
    buildMs: Math.round(buildMs),
    query: stats(ms),
    meanHits: Math.round(hits / list.length),
    heapMb: heap,
    rssMb: rssMb(),
  });
}

const phases: Record<string, () => Promise<void>> = {
  ingest,
  cold,
  reload,
  answer: answers,
  minisearch: () => comparator("minisearch"),
  "wink-bm25": () => comparator("wink-bm25"),
};

const run = phase ? phases[phase] : undefined;
if (!run || !articlesDir || !dbPath) {
  process.stderr.write(
    `usage: phases.ts ${Object.keys(phases).join("|")} --articles DIR --db FILE [--questions FILE]\n`,
  );
  process.exit(2);
}
await run();
