/**
 * Parses many article files at once on every core: a pool of worker threads, started only for a
 * large reload (a first build, a new batch of files) and closed after it. Small reloads parse in
 * the calling thread, yielding to the event loop between files, as starting workers (each loads
 * the wink model) would cost more than it saves.
 */
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type { Article } from "../article.js";
import { parseArticle, type ArticleInput } from "../parse/parseArticle.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";

export type ParsedFile = { article: Article } | { error: string };

/** Below this many files to parse, the pool is not worth starting. */
export const POOL_MIN_FILES = 150;
/** Files per message to a worker: fewer, larger messages, while keeping all workers busy. */
const BATCH = 16;
/** Files parsed in-thread between yields to the event loop. */
const FILES_PER_SLICE = 25;

/**
 * Parses every input, in order. `onParsed(n)` reports how many are done so far. Never throws
 * for a bad file: its slot holds the error.
 */
export async function parseFiles(
  inputs: readonly ArticleInput[],
  onParsed?: (done: number) => void,
  options: {
    workers?: number;
    /** Fail rather than fall back to parsing in-thread (tests). */ poolRequired?: boolean;
  } = {},
): Promise<ParsedFile[]> {
  const workers = Math.min(options.workers ?? availableParallelism(), Math.ceil(inputs.length / BATCH), 8);
  if (inputs.length >= POOL_MIN_FILES && workers >= 2) {
    // The parser reads WordNet's lexicon (parse/openingNames.ts): built here first, when this
    // machine has none yet, so each worker reads the file rather than building its own.
    defaultLexicon();
    const pooled = await parseInWorkers(inputs, workers, onParsed).catch((error: unknown) => {
      if (options.poolRequired) throw error;
      return null;
    });
    if (pooled) return pooled;
  }
  return parseInThread(inputs, onParsed);
}

async function parseInThread(
  inputs: readonly ArticleInput[],
  onParsed?: (done: number) => void,
): Promise<ParsedFile[]> {
  const results: ParsedFile[] = [];
  for (const input of inputs) {
    if (results.length % FILES_PER_SLICE === 0) {
      onParsed?.(results.length);
      await yieldToEventLoop();
    }
    try {
      results.push({ article: parseArticle(input) });
    } catch (error) {
      results.push({ error: (error as Error).message });
    }
  }
  onParsed?.(results.length);
  return results;
}

/**
 * Starts a parse worker. Run from TypeScript sources, the worker loads its module through tsx,
 * as the main thread does. A worker that cannot start makes the caller parse in-thread.
 */
function startWorker(): Worker {
  const typescript = import.meta.url.endsWith(".ts");
  const url = new URL(`./parseWorker.${typescript ? "ts" : "js"}`, import.meta.url);
  if (!typescript) return new Worker(url);
  // tsx's tsImport (its ESM API); `--import tsx` in a worker's execArgv is not honoured by Node 20.
  const tsx = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(join(tsx, "dist/esm/api/index.mjs")).href;
  const module = JSON.stringify(url.href);
  return new Worker(
    `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${module}, ${module}));`,
    { eval: true, execArgv: [] },
  );
}

function parseInWorkers(
  inputs: readonly ArticleInput[],
  count: number,
  onParsed?: (done: number) => void,
): Promise<ParsedFile[]> {
  const results = new Array<ParsedFile>(inputs.length);
  const batches: { id: number; inputs: ArticleInput[] }[] = [];
  for (let from = 0; from < inputs.length; from += BATCH)
    batches.push({ id: from, inputs: inputs.slice(from, from + BATCH) });
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  return new Promise<ParsedFile[]>((resolve, reject) => {
    let finished = false;
    const finish = (error: Error | null) => {
      if (finished) return;
      finished = true;
      for (const worker of pool) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      const batch = batches[next++];
      if (batch) worker.postMessage(batch);
    };
    for (let w = 0; w < count; w++) {
      const worker = startWorker();
      pool.push(worker);
      worker.on("message", (reply: { id: number; results: ParsedFile[] }) => {
        reply.results.forEach((result, i) => (results[reply.id + i] = result));
        done += reply.results.length;
        onParsed?.(done);
        if (done === inputs.length) finish(null);
        else feed(worker);
      });
      worker.on("error", (error) => finish(error));
      worker.on("exit", (code) => {
        if (!finished) finish(new Error(`parse worker exited with code ${code}`));
      });
      // Two batches in flight per worker, so none waits on the main thread between batches.
      feed(worker);
      feed(worker);
    }
  });
}
