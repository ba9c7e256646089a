/**
 * `npm run bench [-- --sizes 100,1000] [--full] [--seed N] [--keep DIR]`: for each article-set
 * size, generates the set (generate-articles.ts, seeded), then measures in separate processes:
 *
 * - ingest: a full build of the store from the files (articles/s, words/s), the store's size;
 * - cold start: process start → store loaded → first answer ready (median of 3);
 * - reload: one file changed, then changed back, three times (median and max), then nothing changed;
 * - answers: the question set six times in one process (first pass = fresh process, the five
 *   after = warm, also shown alone for the first of them), p50 / p99 / max, heap held by the
 *   library, peak RSS;
 * - retrieval alone, like for like (phases.ts): the same sentences as the same terms (this
 *   engine's own index terms) in this engine's BM25 index, MiniSearch and wink-bm25-text-search,
 *   each asked for the fewest results its API allows: query p50 / p99, results per query, whether
 *   its top 3 is the engine's BM25 top 3, build time, heap and peak RSS.
 *
 * Prints a table per size, then the README's Benchmark table and Scaling figures for the largest
 * size (the rows as the README shows them), and writes tests/bench/results/latest.json (and a
 * dated copy). `--report FILE` prints those tables again from a saved JSON, measuring nothing.
 * The default run is 100 and 1,000 articles; --full adds 10,000. It prints how long it took.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { generateArticleSet, writeFiles } from "./generate-articles.js";
import { readmeBenchmark } from "./readme-table.js";
import { overviewPhase, overviewRows } from "./overview-bench.js";
import { exitWithUsage, orUsage, positiveInteger, scriptOptions } from "../../src/cli/cliArgs.js";

const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const PHASES = join(ROOT, "tests/bench/phases.ts");
const RESULTS = join(ROOT, "tests/bench/results");

const USAGE =
  "usage: npm run bench -- [--sizes 100,1000,10000] [--full] [--seed N] [--keep DIR] [--no-compare] | --report FILE.json";
const values = scriptOptions(
  process.argv.slice(2),
  {
    sizes: { type: "string" },
    full: { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
    keep: { type: "string" },
    "no-compare": { type: "boolean", default: false },
    report: { type: "string" },
  },
  USAGE,
);
const sizes = values.sizes
  ? values.sizes.split(",").map((s) => Number(s.trim().replace(/k$/iu, "000")))
  : values.full
    ? [100, 1000, 10000]
    : [100, 1000];
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  exitWithUsage(`--sizes should be whole numbers of articles, instead found "${values.sizes}"`, USAGE);
const seed = orUsage(() => positiveInteger(values.seed, "--seed", 2 ** 31), USAGE) ?? 1;

type Json = Record<string, unknown>;

/** Runs one phase in its own process; resolves with its JSON line and the wall time from spawn. */
function phase(name: string, args: string[]): Promise<{ result: Json; wallMs: number }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", PHASES, name, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    let wallMs = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (!wallMs && out.includes("\n")) wallMs = performance.now() - started;
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (code !== 0 || !line) fail(new Error(`phase ${name} failed (exit ${code}): ${err.slice(-2000)}`));
      else done({ result: JSON.parse(line) as Json, wallMs: Math.round(wallMs) });
    });
  });
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

interface SizeResult extends Json {
  articles: number;
  sentences: number;
  words: number;
  distinctWords: number;
  bytes: number;
  ingest: Json;
  store: { dbBytes: number; indexBytes: number };
  cold: Json;
  reload: Json;
  answers: Json;
  engineBm25?: Json;
  overview?: Json;
  minisearch?: Json;
  winkBm25?: Json;
  /** Wall time of this size's whole measurement (generating the set included), in seconds. */
  seconds: number;
}

async function benchSize(count: number, base: string): Promise<SizeResult> {
  const dir = join(base, `articles-${count}`);
  const dbPath = join(base, `store-${count}`, "db.json");
  const questionsPath = join(base, `questions-${count}.json`);
  log(`\n— ${count.toLocaleString("en-US")} articles —`);
  const sizeStarted = performance.now();
  const set = generateArticleSet({ count, seed });
  const bytes = await writeFiles(dir, set.files);
  await writeFile(questionsPath, JSON.stringify(set.questions));
  let words = 0;
  const vocabulary = new Set<string>();
  for (const file of set.files) {
    const tokens = file.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    words += tokens.length;
    for (const token of tokens) vocabulary.add(token);
  }
  const args = ["--articles", dir, "--db", dbPath, "--questions", questionsPath];

  log("  ingest (full build)…");
  const ingest = (await phase("ingest", args)).result;
  const store = {
    dbBytes: await sizeOf(dbPath),
    indexBytes: await sizeOf(join(base, `store-${count}`, "db.index.bin")),
  };
  log("  cold start ×3…");
  const colds: (Json & { wallMs: number })[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await phase("cold", args);
    colds.push({ ...run.result, wallMs: run.wallMs });
  }
  const cold = {
    wallMs: median(colds.map((c) => c.wallMs)),
    readyMs: median(colds.map((c) => c.readyMs as number)),
    loadedMs: median(colds.map((c) => c.loadedMs as number)),
    rssMb: median(colds.map((c) => c.rssMb as number)),
    runs: colds,
  };
  log("  one-file reload…");
  const reload = (await phase("reload", args)).result;
  log("  answers…");
  const answers = (await phase("answer", args)).result;
  log("  summary and timeline…");
  const overview = await overviewPhase(args);
  const result: SizeResult = {
    articles: ingest.articles as number,
    sentences: ingest.sentences as number,
    words,
    distinctWords: vocabulary.size,
    bytes,
    ingest: {
      ...ingest,
      articlesPerS: Math.round(((ingest.articles as number) / (ingest.ms as number)) * 1000),
      wordsPerS: Math.round((words / (ingest.ms as number)) * 1000),
    },
    store,
    cold,
    reload,
    answers,
    seconds: 0,
    overview,
  };
  if (!values["no-compare"]) {
    log("  retrieval alone: this engine's BM25…");
    result.engineBm25 = (await phase("engine-bm25", args)).result;
    log("  MiniSearch…");
    result.minisearch = (await phase("minisearch", args)).result;
    log("  wink-bm25-text-search…");
    result.winkBm25 = (await phase("wink-bm25", args)).result;
  }
  result.seconds = Math.round((performance.now() - sizeStarted) / 1000);
  return result;
}

// ——— the table ———

const n0 = (n: unknown) =>
  typeof n === "number" ? n.toLocaleString("en-US", { maximumFractionDigits: 0 }) : "—";
const n1 = (n: unknown) =>
  typeof n === "number" ? n.toLocaleString("en-US", { maximumFractionDigits: 1 }) : "—";
const n2 = (n: unknown) => (typeof n === "number" ? n.toFixed(2) : "—");
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Json)[k] : undefined), o);

function table(results: SizeResult[]): string {
  const rows: [string, ...string[]][] = [
    ["articles", ...results.map((r) => n0(r.articles))],
    ["sentences", ...results.map((r) => n0(r.sentences))],
    ["words (input)", ...results.map((r) => n0(r.words))],
    ["distinct words", ...results.map((r) => n0(r.distinctWords))],
    ["ingest: full build (s)", ...results.map((r) => n1((r.ingest.ms as number) / 1000))],
    ["ingest: articles/s", ...results.map((r) => n0(r.ingest.articlesPerS))],
    ["ingest: tokens (words)/s", ...results.map((r) => n0(r.ingest.wordsPerS))],
    ["ingest: peak RSS (MB)", ...results.map((r) => n0(r.ingest.rssMb))],
    ["store on disk: db.json", ...results.map((r) => mb(r.store.dbBytes))],
    ["store on disk: db.index.bin", ...results.map((r) => mb(r.store.indexBytes))],
    ["cold start → first answer (ms, wall)", ...results.map((r) => n0(r.cold.wallMs))],
    ["  of which store loaded at (ms)", ...results.map((r) => n0(r.cold.loadedMs))],
    [
      "reload, one file changed: median / max of 6 (ms)",
      ...results.map((r) => `${n0(r.reload.changedMs)} / ${n0(r.reload.changedMaxMs)}`),
    ],
    ["reload, nothing changed (ms)", ...results.map((r) => n0(r.reload.unchangedMs))],
    ["answer p50 / p99 / max (ms), warm", ...results.map((r) => lat(get(r.answers, "warm")))],
    ["  the first warm pass alone", ...results.map((r) => lat(get(r.answers, "warmFirstPass")))],
    ["answer p50 / p99 / max (ms), 1st pass", ...results.map((r) => lat(get(r.answers, "first")))],
    [
      "answers: heap at start / after (MB)",
      ...results.map((r) => `${n0(r.answers.heapMb)} / ${n0(r.answers.heapAfterMb)}`),
    ],
    [
      "answers: articles read / peak RSS (MB)",
      ...results.map((r) => `${n0(r.answers.articlesRead)} / ${n0(r.answers.rssMb)}`),
    ],
    ...overviewRows(results),
  ];
  if (results.some((r) => r.engineBm25)) {
    const retrieval = (label: string, at: (r: SizeResult) => unknown) => {
      rows.push([
        `${label}: p50 / p99 (ms)`,
        ...results.map((r) => `${n2(get(at(r), "query", "p50"))} / ${n2(get(at(r), "query", "p99"))}`),
      ]);
      rows.push([`${label}: results per query`, ...results.map((r) => n1(get(at(r), "meanResults")))]);
    };
    retrieval("retrieval: this engine's BM25, top 3", (r) => r.engineBm25);
    retrieval("retrieval: wink-bm25 search(q, 3)", (r) => r.winkBm25?.top3);
    retrieval("retrieval: MiniSearch search(q), every match", (r) => r.minisearch?.all);
    retrieval("retrieval: MiniSearch search(q), top 3", (r) => r.minisearch?.top3);
    rows.push([
      "top 3 = the engine's BM25 top 3: wink-bm25 / MiniSearch",
      ...results.map(
        (r) => `${pct(get(r.winkBm25, "top3", "sameTop3"))} / ${pct(get(r.minisearch, "top3", "sameTop3"))}`,
      ),
    ]);
    for (const [label, key] of [
      ["MiniSearch", "minisearch"],
      ["wink-bm25", "winkBm25"],
    ] as const) {
      rows.push([
        `${label}: build (s) / its index's heap / process peak RSS (MB)`,
        ...results.map(
          (r) =>
            `${n1((get(r, key, "buildMs") as number) / 1000)} / ${n0(get(r, key, "heapMb"))} / ${n0(get(r, key, "rssMb"))}`,
        ),
      ]);
    }
    rows.push([
      "p99: MiniSearch top 3 ÷ our whole answer / ÷ our BM25",
      ...results.map(
        (r) =>
          `${ratio(get(r.minisearch, "top3", "query", "p99"), get(r.answers, "warm", "p99"))} / ${ratio(get(r.minisearch, "top3", "query", "p99"), get(r.engineBm25, "query", "p99"))}`,
      ),
    ]);
    rows.push([
      "p99: wink-bm25 top 3 ÷ our whole answer / ÷ our BM25",
      ...results.map(
        (r) =>
          `${ratio(get(r.winkBm25, "top3", "query", "p99"), get(r.answers, "warm", "p99"))} / ${ratio(get(r.winkBm25, "top3", "query", "p99"), get(r.engineBm25, "query", "p99"))}`,
      ),
    ]);
  }
  const header: [string, ...string[]] = ["", ...results.map((r) => `${n0(r.articles)} articles`)];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? "").length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function pct(share: unknown): string {
  return typeof share === "number" ? `${Math.round(share * 100)}%` : "—";
}

function lat(s: unknown): string {
  return `${n2(get(s, "p50"))} / ${n2(get(s, "p99"))} / ${n2(get(s, "max"))}`;
}

function ratio(theirs: unknown, ours: unknown): string {
  if (typeof theirs !== "number" || typeof ours !== "number" || ours <= 0) return "—";
  const r = theirs / ours;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

function growth(results: SizeResult[]): Json | null {
  const small = results.find((r) => r.articles === 1000);
  const large = results.find((r) => r.articles === 10000);
  if (!small || !large) return null;
  const r = (key: "p50" | "p99") =>
    Math.round(
      ((get(large.answers, "warm", key) as number) / (get(small.answers, "warm", key) as number)) * 100,
    ) / 100;
  return {
    articles: 10,
    sentences: Math.round((large.sentences / small.sentences) * 10) / 10,
    p50: r("p50"),
    p99: r("p99"),
  };
}

/** The tables for a run's results: one per size, then the README's rows for the largest size. */
function printTables(
  report: { sizes: SizeResult[]; scaling: Json | null; seconds: number; machine?: Json },
  source: string,
) {
  const results = report.sizes;
  process.stdout.write(`\n${table(results)}\n`);
  const { scaling } = report;
  if (scaling)
    process.stdout.write(
      `\n1,000 → 10,000 articles (×${scaling.sentences as number} sentences): answer p50 ×${scaling.p50 as number}, p99 ×${scaling.p99 as number}\n`,
    );
  process.stdout.write(`\n${readmeBenchmark(report, source)}\n`);
  const load = get(report.machine, "loadAverage");
  process.stdout.write(
    `\n${report.seconds} s in all (1-minute load average at start / end: ${n1(get(load, "start"))} / ${n1(get(load, "end"))} on ${n0(get(report.machine, "cpus"))} CPUs); results in ${source}\n`,
  );
}

async function main(): Promise<void> {
  if (values.report) {
    const saved = JSON.parse(await readFile(values.report, "utf8")) as Parameters<typeof printTables>[0];
    printTables(saved, values.report);
    return;
  }
  const base = values.keep ? resolve(values.keep) : await mkdtemp(join(tmpdir(), "talksbot-bench-"));
  await mkdir(base, { recursive: true });
  const started = performance.now();
  // Other work on a shared machine slows every figure: the 1-minute load average says how busy it was.
  const loadAtStart = loadavg()[0] ?? 0;
  const results: SizeResult[] = [];
  try {
    for (const count of sizes) results.push(await benchSize(count, base));
  } finally {
    if (!values.keep) await rm(base, { recursive: true, force: true });
  }
  const scaling = growth(results);
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: availableParallelism(),
      model: cpus()[0]?.model ?? null,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: { start: round1(loadAtStart), end: round1(loadavg()[0] ?? 0) },
    },
    seed,
    sizes: results,
    scaling,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  await mkdir(RESULTS, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(join(RESULTS, "latest.json"), json);
  await writeFile(join(RESULTS, `${report.date.replace(/[:.]/gu, "-")}.json`), json);
  printTables(report, "tests/bench/results/latest.json");
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exit(1);
});
