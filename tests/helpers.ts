/** Test helpers: temporary article folders built from the real seed files. */
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SEEDS_DIR = new URL("../seeds/", import.meta.url).pathname;

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
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
