/** Test helpers: temporary article folders built from the real seed files. */
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { indexWritesDone, LibraryService } from "../src/store/libraryService.js";

export const SEEDS_DIR = new URL("../seeds/", import.meta.url).pathname;
const MAIN = new URL("../src/main.ts", import.meta.url).pathname;

/**
 * The arguments to `process.execPath` that run the bot as `npm start` does (package.json): one
 * process, `node --import tsx src/main.ts`, with tsx's loader resolved from the repo so it runs
 * from a scratch folder too.
 */
export function startArgs(): string[] {
  return ["--import", import.meta.resolve("tsx"), MAIN];
}

export async function seedFiles(): Promise<string[]> {
  return (await readdir(SEEDS_DIR)).filter((f) => /\.(txt|md)$/u.test(f)).sort();
}

/** A scratch folder holding a copy of the seeds (or nothing), plus a db path inside it. */
export async function scratchLibrary(options: { copySeeds?: boolean } = {}) {
  const root = await mkdtemp(join(tmpdir(), "talksbot-test-"));
  const articlesDir = join(root, "articles");
  if (options.copySeeds !== false) await cp(SEEDS_DIR, articlesDir, { recursive: true });
  return {
    root,
    articlesDir,
    dbPath: join(root, "data", "db.json"),
    // A reload's derived index may still be written into it (libraryService.ts): the folder goes
    // once that is done.
    cleanup: async () => {
      await indexWritesDone();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: `scratch()` gives a scratch library with a LibraryService over it; every one
 * is removed after each test.
 */
export function scratchServices() {
  let cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.map((cleanup) => cleanup()));
    cleanups = [];
  });
  return async function scratch() {
    const lib = await scratchLibrary();
    cleanups.push(lib.cleanup);
    return { ...lib, service: new LibraryService({ articlesDir: lib.articlesDir, dbPath: lib.dbPath }) };
  };
}
