/**
 * One benchmark phase per process (run by run-bench.ts), so per-process figures — start-up
 * time, peak RSS — belong to that phase alone. Prints one JSON line on stdout.
 *
 *   node --import tsx tests/bench/phases.ts PHASE --articles DIR --db FILE [--questions FILE.json]
 *
 * Phases: ingest (full build from the files), cold (process start → store loaded → first answer),
 * reload (one changed file), answer (the question set, once, then five times warm),
 * engine-bm25 / minisearch / wink-bm25 (retrieval alone: the same terms in this engine's index
 * and in those libraries).
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { answer } from "../../src/answer/answer.js";
import { prepareEngine } from "../../src/answer/prepare.js";
import { topSentences } from "../../src/index/topSentences.js";
import { analyzeTokens, warmUpNlp } from "../../src/nlp/wink.js";
import { LibraryService } from "../../src/store/libraryService.js";
import { storeIndexPath } from "../../src/store/storeIndex.js";
import { setLogLevel } from "../../src/log.js";
import { termStrings } from "../../src/text/terms.js";

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
  // As the bot does at start (app.ts), before any moderator can reload.
  prepareEngine();
  const service = new LibraryService({ articlesDir, dbPath });
  await service.open();
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const times: number[] = [];
  let changed = 0;
  const timed = async () => {
    // A bot reloads long after it started: let the last reload's index write finish and collect
    // what earlier work left behind first, so the reload is not charged for someone else's work.
    await service.idle();
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
  await service.idle();
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

/**
 * Warm passes over the question set after the first: the warm figures are over all their answers.
 * One pass's p99 (200 questions) is its second-slowest answer, so one collection or one stall of
 * the machine moves it; over five, the slowest 1% are questions, not accidents. The first warm
 * pass alone is printed too.
 */
const WARM_PASSES = 5;

async function answers(): Promise<void> {
  warmUpNlp();
  const before = heapMb();
  const service = new LibraryService({ articlesDir, dbPath });
  await service.open();
  const heap = heapMb() - before;
  const list = await questions();
  const passes: number[][] = [];
  let answered = 0;
  for (let pass = 0; pass < 1 + WARM_PASSES; pass++) {
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
    warm: stats(passes.slice(1).flat()),
    warmPasses: WARM_PASSES,
    warmFirstPass: stats(passes[1] as number[]),
    heapMb: heap,
    heapAfterMb: heapAfter,
    articlesRead: decoded,
    rssMb: rssMb(),
  });
}

// ——— the same retrieval in bare search libraries ———

/**
 * Like for like: every library indexes the same sentences as the same terms — each sentence's
 * own index terms, exactly as this engine's index holds them (stop words out, lemma stems,
 * aliases folded, phrase terms) — and is asked with the same question terms (the question's own
 * index terms, once each: no paraphrases, no follow-up). Each returns the smallest result set its
 * API allows, and only that call is timed, on a second pass over the questions (the first warms
 * up), as the engine's warm answers are. BM25 parameters are set to the engine's (k1 1.2, b 0.6,
 * plain BM25), so the top 3 can be compared too.
 */
const TERM_SEPARATOR = "\u0000";

interface Retrieval {
  /** The sentences' index terms, by the engine's sentence number (its index's doc id). */
  docs: string[][];
  /** Each question's own index terms, once each. */
  queries: string[][];
  /** The engine's BM25 top 3 for each question (doc ids), to compare each library's with. */
  engineTop3: number[][];
}

async function openLibrary(): Promise<LibraryService["library"]> {
  const service = new LibraryService({ articlesDir, dbPath });
  await service.open();
  return service.library;
}

async function questionTerms(): Promise<string[][]> {
  return (await questions()).map((q) => [...new Set(termStrings(analyzeTokens(q)))]);
}

/** What a library needs; the engine's own library is let go before the library under test is built. */
async function retrieval(): Promise<Retrieval> {
  const library = await openLibrary();
  const docs = library.articles.flatMap((article) => article.sentences.map((s) => s.terms));
  const queries = await questionTerms();
  const engineTop3 = queries.map((terms) => engineTopK(library, terms, 3).map((s) => s.doc));
  return { docs, queries, engineTop3 };
}

function engineTopK(library: LibraryService["library"], terms: readonly string[], k: number) {
  return topSentences(
    library.index,
    terms.map((term) => ({ term, weight: 1 })),
    k,
  );
}

/** Times `search` over the questions (a warm-up pass, then the timed one) and counts what it returns. */
function timeQueries(
  queries: readonly string[][],
  search: (terms: readonly string[]) => number[],
  engineTop3: readonly number[][] | null,
) {
  for (const terms of queries) search(terms);
  const ms: number[] = [];
  let results = 0;
  let sameTop3 = 0;
  queries.forEach((terms, i) => {
    const t = performance.now();
    const ids = search(terms);
    ms.push(performance.now() - t);
    results += ids.length;
    const engine = engineTop3?.[i] ?? [];
    const top3 = new Set(ids.slice(0, 3));
    if (top3.size === engine.length && engine.every((id) => top3.has(id))) sameTop3++;
  });
  return {
    query: stats(ms),
    meanResults: Math.round((results / Math.max(1, queries.length)) * 10) / 10,
    sameTop3: engineTop3 ? Math.round((sameTop3 / Math.max(1, queries.length)) * 1000) / 1000 : null,
  };
}

/** The engine's own BM25 retrieval alone (MaxScore top-k), asked for 3, on the same terms. */
async function engineBm25(): Promise<void> {
  const library = await openLibrary();
  const queries = await questionTerms();
  const timed = timeQueries(queries, (terms) => engineTopK(library, terms, 3).map((s) => s.doc), null);
  print({ sentences: library.sentenceCount, ...timed, rssMb: rssMb() });
}

async function comparator(name: "minisearch" | "wink-bm25"): Promise<void> {
  const { docs, queries, engineTop3 } = await retrieval();
  const before = heapMb();
  const started = performance.now();
  const out: Record<string, unknown> = {};
  if (name === "minisearch") {
    const { default: MiniSearch } = await import("minisearch");
    const index = new MiniSearch<{ id: number; text: string }>({
      fields: ["text"],
      tokenize: (text) => text.split(TERM_SEPARATOR),
      processTerm: (term) => term,
      searchOptions: { bm25: { k: 1.2, b: 0.6, d: 0 } },
    });
    index.addAll(docs.map((terms, id) => ({ id, text: terms.join(TERM_SEPARATOR) })));
    out.buildMs = Math.round(performance.now() - started);
    out.heapMb = heapMb() - before;
    const search = (terms: readonly string[]) =>
      terms.length ? index.search(terms.join(TERM_SEPARATOR)).map((r) => r.id as number) : [];
    // MiniSearch has no limit: it scores, builds and sorts a result for every match. Timed as
    // people call it, and cut to its top 3 (the same work, then a slice).
    out.all = timeQueries(queries, search, engineTop3);
    out.top3 = timeQueries(queries, (terms) => search(terms).slice(0, 3), engineTop3);
  } else {
    const { default: bm25 } = await import("wink-bm25-text-search");
    const engine = bm25();
    engine.defineConfig({ fldWeights: { text: 1 }, bm25Params: { k1: 1.2, b: 0.6, k: 1 } });
    engine.definePrepTasks([(text) => text.split(TERM_SEPARATOR)]);
    docs.forEach((terms, id) => engine.addDoc({ text: terms.join(TERM_SEPARATOR) }, id));
    engine.consolidate();
    out.buildMs = Math.round(performance.now() - started);
    out.heapMb = heapMb() - before;
    // search(q, 3): the fewest it returns; it still scores and sorts every match first.
    out.top3 = timeQueries(
      queries,
      (terms) => (terms.length ? engine.search(terms.join(TERM_SEPARATOR), 3).map(([id]) => Number(id)) : []),
      engineTop3,
    );
  }
  print({ sentences: docs.length, ...out, rssMb: rssMb() });
}

const phases: Record<string, () => Promise<void>> = {
  ingest,
  cold,
  reload,
  answer: answers,
  "engine-bm25": engineBm25,
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
