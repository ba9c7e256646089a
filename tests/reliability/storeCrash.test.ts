import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readStore } from "../../src/store/storeFile.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const WRITER = join(ROOT, "tests/reliability/fixtures/storeWriter.ts");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "talksbot-crash-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Starts the writer, lets it write for `ms` after its first complete write, then SIGKILLs it. */
function writeThenKill(path: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // node --import tsx: one process, so SIGKILL stops the writer itself (the tsx CLI would be a wrapper).
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, path], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.on("error", reject);
    child.stdout.once("data", () => setTimeout(() => child.kill("SIGKILL"), ms));
    child.on("exit", () => resolve());
  });
}

describe("a crash in the middle of a store write", () => {
  it("GIVEN the writer is SIGKILLed at random points, repeatedly, THEN the store is always the old or the new one", async () => {
    const path = join(dir, "db.json");
    const seen = new Set<string>();
    // Deterministic "random" kill points spread over a write's duration.
    for (const ms of [3, 17, 41, 66, 90, 123]) {
      await writeThenKill(path, ms);
      const read = await readStore(path);
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      expect(["version-a", "version-b"]).toContain(read.data.builtAt);
      const marker = read.data.builtAt;
      expect(read.data.articles).toHaveLength(40);
      expect(read.data.articles.every((a) => a.article.title === marker)).toBe(true);
      seen.add(marker);
    }
    expect(seen.size).toBeGreaterThan(0);
  }, 60_000);
});
