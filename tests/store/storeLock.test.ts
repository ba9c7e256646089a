// The store lock: one writer at a time across processes.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { ReloadError } from "../../src/store/libraryService.js";
import { storeLockPath, withStoreLock } from "../../src/store/storeLock.js";

let root = "";
afterEach(() => rm(root, { recursive: true, force: true }));

async function dbPath(): Promise<string> {
  root = await mkdtemp(join(tmpdir(), "talksbot-lock-"));
  return join(root, "data", "db.json");
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid as number;
}

describe("withStoreLock", () => {
  it("GIVEN two writers at once THEN the second starts only after the first is done", async () => {
    const db = await dbPath();
    const events: string[] = [];
    const writer = (name: string) =>
      withStoreLock(db, async () => {
        events.push(`${name} in`);
        await sleep(60);
        events.push(`${name} out`);
        return name;
      });
    expect(await Promise.all([writer("a"), writer("b")])).toEqual(["a", "b"]);
    // Either may win the race for the lock (a loaded machine decides); they must never overlap.
    const first = events[0]?.split(" ")[0] ?? "";
    const second = first === "a" ? "b" : "a";
    expect(events).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
  });

  it("GIVEN a lock held by this process THEN it holds our pid, and is gone afterwards (even after a throw)", async () => {
    const db = await dbPath();
    await withStoreLock(db, async () => {
      expect(await readFile(storeLockPath(db), "utf8")).toBe(`${process.pid}\n`);
    });
    await expect(withStoreLock(db, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(readFile(storeLockPath(db), "utf8")).rejects.toThrow(/ENOENT/u);
  });

  it("GIVEN a lock left by a crashed process THEN it is taken over at once", async () => {
    const db = await dbPath();
    await withStoreLock(db, async () => undefined); // creates data/
    await writeFile(storeLockPath(db), `${await deadPid()}\n`);
    // No waiting allowed: a live holder would make this throw at once (see the next test).
    expect(await withStoreLock(db, async () => "ran", { waitMs: 0 })).toBe("ran");
  });

  it("GIVEN a lock file without a pid (its writer killed as it took it) THEN taken over once it is old", async () => {
    const db = await dbPath();
    await withStoreLock(db, async () => undefined);
    await writeFile(storeLockPath(db), "");
    const past = new Date(Date.now() - 60_000);
    await utimes(storeLockPath(db), past, past);
    expect(await withStoreLock(db, async () => "ran", { waitMs: 5_000 })).toBe("ran");
    // A fresh empty one may be a writer between creating it and writing its pid: waited for.
    await writeFile(storeLockPath(db), "");
    await expect(withStoreLock(db, async () => "ran", { waitMs: 200 })).rejects.toThrow(ReloadError);
  });

  it("GIVEN a live holder that never finishes THEN a waiter gives up with a message for the moderator", async () => {
    const db = await dbPath();
    await withStoreLock(db, async () => undefined);
    await writeFile(storeLockPath(db), `${process.ppid}\n`); // alive, and not us
    const waiting = withStoreLock(db, async () => "ran", { waitMs: 200, pollMs: 20 });
    await expect(waiting).rejects.toBeInstanceOf(ReloadError);
    await expect(waiting).rejects.toThrow(/another reload \(process \d+\) is still writing the store/u);
  });
});
