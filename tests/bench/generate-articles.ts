/**
 * Deterministic generator of realistic news-article sets for the ingest/answer benchmark.
 *
 *   npx tsx tests/bench/generate-articles.ts --count 1000 --out /tmp/articles-1k [--seed 7] [--questions q.json]
 *
 * Articles imitate the seed files (seeds/*.txt): people with titles, countries, cities,
 * organisations, numbers, dates, quotes and reported speech, in 4–10 paragraphs of ~24
 * sentences, with the seeds' format quirks (date prefixes, headlines, headings, link lines,
 * boilerplate). The vocabulary is Zipf-distributed with a long tail of pseudo-words, so the
 * number of distinct words keeps growing with the set's size as it does in real news.
 *
 * The same (count, seed) always gives byte-identical output; article i is the same whatever
 * the count, so a 1,000-article set is the first tenth of the 10,000-article one.
 */
import { mkdir, readdir, unlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateArticle } from "./articles/layout.js";
import { mixSeed, mulberry32 } from "./articles/prng.js";
import { pickQuestions } from "./articles/questions.js";
import type { Fact } from "./articles/scene.js";
import { buildWorld } from "./articles/world.js";

export interface ArticleSetOptions {
  count: number;
  seed?: number;
}

export interface ArticleFile {
  name: string;
  text: string;
}

export interface ArticleSet {
  files: ArticleFile[];
  questions: string[];
}

export interface ArticleSetWithStats extends ArticleSet {
  sentences: number;
}

export interface WriteSummary {
  files: number;
  bytes: number;
  distinctWords: number;
}

export const DEFAULT_SEED = 1;
const STREAM_QUESTIONS = 0x9e5;

/** The set plus how many sentences it holds (for the CLI summary). Pure: no I/O. */
export function buildArticleSet(opts: ArticleSetOptions): ArticleSetWithStats {
  const count = Math.max(0, Math.floor(opts.count));
  const seed = (opts.seed ?? DEFAULT_SEED) >>> 0;
  const world = buildWorld(seed);
  const files: ArticleFile[] = [];
  const facts: Fact[] = [];
  let sentences = 0;
  for (let i = 0; i < count; i++) {
    const article = generateArticle(world, i);
    files.push({ name: article.name, text: article.text });
    for (const fact of article.facts) facts.push(fact);
    sentences += article.sentences;
  }
  const occurs = (name: string) => files.some((f) => f.text.includes(name));
  const questions = pickQuestions(mulberry32(mixSeed(seed, STREAM_QUESTIONS, count)), world, facts, occurs);
  return { files, questions, sentences };
}

/** `count` article files named like the seeds (`00042_<16 hex>.txt`) and questions about them. */
export function generateArticleSet(opts: ArticleSetOptions): ArticleSet {
  const { files, questions } = buildArticleSet(opts);
  return { files, questions };
}

/** Distinct case-folded words (runs of letters/digits), the way a search index would see them. */
export function countDistinctWords(texts: Iterable<string>): number {
  const words = new Set<string>();
  for (const text of texts)
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  return words.size;
}

/** Writes the files into `dir` (created if missing, its old .txt files removed first). */
export async function writeFiles(dir: string, files: readonly ArticleFile[]): Promise<number> {
  await mkdir(dir, { recursive: true });
  const stale = (await readdir(dir)).filter((name) => name.endsWith(".txt"));
  await Promise.all(stale.map((name) => unlink(join(dir, name))));
  let bytes = 0;
  const BATCH = 64; // bounded concurrency: 10,000 simultaneous writes would exhaust file handles
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    await Promise.all(batch.map((f) => writeFile(join(dir, f.name), f.text, "utf8")));
    for (const f of batch) bytes += Buffer.byteLength(f.text, "utf8");
  }
  return bytes;
}

export async function writeArticleSet(dir: string, opts: ArticleSetOptions): Promise<WriteSummary> {
  const { files } = generateArticleSet(opts);
  const bytes = await writeFiles(dir, files);
  return { files: files.length, bytes, distinctWords: countDistinctWords(files.map((f) => f.text)) };
}

// ——— CLI ———

interface CliArgs {
  count: number;
  out: string;
  seed: number;
  questions: string | null;
}

function parseArgs(argv: string[]): CliArgs {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(value("--count"));
  const out = value("--out");
  const seed = Number(value("--seed") ?? DEFAULT_SEED);
  if (!Number.isInteger(count) || count < 0 || !out || !Number.isInteger(seed)) {
    throw new Error("usage: generate-articles.ts --count N --out DIR [--seed S] [--questions FILE.json]");
  }
  return { count, out, seed, questions: value("--questions") ?? null };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const set = buildArticleSet({ count: args.count, seed: args.seed });
  const generatedMs = performance.now() - started;
  const bytes = await writeFiles(args.out, set.files);
  const writtenMs = performance.now() - started - generatedMs;
  const distinct = countDistinctWords(set.files.map((f) => f.text));
  if (args.questions) await writeFile(args.questions, `${JSON.stringify(set.questions, null, 2)}\n`, "utf8");
  console.log(
    `${set.files.length} articles (seed ${args.seed}) → ${args.out}: ${(bytes / 1e6).toFixed(1)} MB, ` +
      `${set.sentences.toLocaleString("en-US")} sentences, ${distinct.toLocaleString("en-US")} distinct words, ` +
      `${set.questions.length} questions; generated in ${(generatedMs / 1000).toFixed(2)} s, written in ${(writtenMs / 1000).toFixed(2)} s`,
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
