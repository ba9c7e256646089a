/**
 * One store writer at a time across processes (the shards of one bot, a CLI reload): a lock file
 * beside the store (`data/db.json.lock`), created exclusively and holding its owner's pid. A lock
 * whose owner is gone (it crashed) is taken over. The store's writes are atomic either way; the
 * lock only keeps two reloads from parsing the same changes and racing their renames.
 */
import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ReloadError } from "./libraryService.js";

export interface StoreLockOptions {
  /** How long to wait for another writer before giving up (long enough for a full ingest of a large set). */
  waitMs?: number;
  pollMs?: number;
}

export function storeLockPath(dbPath: string): string {
  return `${dbPath}.lock`;
}

/** Runs `work` holding the store's lock, waiting for another holder to finish first. */
export async function withStoreLock<T>(
  dbPath: string,
  work: () => Promise<T>,
  { waitMs = 10 * 60_000, pollMs = 50 }: StoreLockOptions = {},
): Promise<T> {
  const path = storeLockPath(dbPath);
  await mkdir(dirname(path), { recursive: true });
  const owner = `${process.pid}\n`;
  const giveUp = Date.now() + waitMs;
  for (;;) {
    if (await takeLock(path, owner)) break;
    const holder = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
    if (Number.isInteger(holder) ? !isAlive(holder) : await leftEmpty(path)) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() >= giveUp) {
      throw new ReloadError(`another reload (process ${holder}) is still writing the store; try again later`);
    }
    await sleep(pollMs);
  }
  try {
    return await work();
  } finally {
    // Only our own lock: never one a later writer took over.
    if ((await readFile(path, "utf8").catch(() => "")) === owner) await unlink(path).catch(() => undefined);
  }
}

/**
 * Creates the lock file with its owner's pid in one step (a temp file linked into place), so a
 * writer killed while taking the lock never leaves a lock without a pid that no one could clear.
 */
async function takeLock(path: string, owner: string): Promise<boolean> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, owner);
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** A lock file with no pid, older than a moment: left by an older version killed as it took the lock. */
async function leftEmpty(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > 2_000;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
