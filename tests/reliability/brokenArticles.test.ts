import { mkdir, readdir, readFile, rm, symlink, unlink, writeFile } from "node:fs/promises";
import type * as FsPromises from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scratchServices } from "../helpers.js";

const scratch = scratchServices();

/**
 * Reads that fail on purpose: a file's path → the error its read throws, as Node throws it. File
 * modes cannot do this everywhere (root, as in CI, reads a chmod 000 file), so the read is made
 * to fail instead; every other read goes through.
 */
const failingReads = vi.hoisted(() => new Map<string, { code: string; message: string }>());
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const readFile = ((path: unknown, ...rest: unknown[]) => {
    const failure = typeof path === "string" ? failingReads.get(path) : undefined;
    if (failure)
      return Promise.reject(Object.assign(new Error(failure.message), { code: failure.code, path }));
    return (fs.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, readFile, default: { ...fs, readFile } };
});
afterEach(() => failingReads.clear());

const EACCES = (path: string) => ({ code: "EACCES", message: `EACCES: permission denied, open '${path}'` });

describe("broken article files", () => {
  it("GIVEN a 20 MB file THEN it is refused by name with a reason and the rest is served", async () => {
    const { service, articlesDir } = await scratch();
    await writeFile(
      join(articlesDir, "huge.txt"),
      "Words and more words. ".repeat(Math.ceil((20 * 1024 * 1024) / 22)),
    );
    const report = await service.open();
    expect(report.failed).toEqual([
      { file: "huge.txt", reason: expect.stringMatching(/too large \(20\.0 MB/u) },
    ]);
    expect(report.articles).toBe(5);
  });

  it("GIVEN a file deleted between listing and reading (a dangling link) THEN it is reported, not fatal", async () => {
    const { service, articlesDir } = await scratch();
    await symlink(join(articlesDir, "gone.txt"), join(articlesDir, "vanished.txt"));
    const report = await service.open();
    expect(report.failed).toEqual([
      { file: "vanished.txt", reason: "the file disappeared while it was being read" },
    ]);
    expect(report.articles).toBe(5);
  });

  it("GIVEN a link loop THEN it is reported with the system's reason", async () => {
    const { service, articlesDir } = await scratch();
    await symlink(join(articlesDir, "b.txt"), join(articlesDir, "a.txt"));
    await symlink(join(articlesDir, "a.txt"), join(articlesDir, "b.txt"));
    const report = await service.open();
    expect(report.failed.map((f) => f.file).sort()).toEqual(["a.txt", "b.txt"]);
    expect(report.failed[0]?.reason).toMatch(/ELOOP|symbolic links/u);
  });

  it("GIVEN a file the system refuses to read (EACCES) THEN it is reported as permission denied and the rest is served", async () => {
    const { service, articlesDir } = await scratch();
    const file = join(articlesDir, "secret.txt");
    await writeFile(file, "A secret sentence about the harbour.\n");
    failingReads.set(file, EACCES(file));
    const report = await service.open();
    expect(report.failed).toEqual([{ file: "secret.txt", reason: "permission denied" }]);
    expect(report.articles).toBe(5);
    expect(service.library.byId.has("secret")).toBe(false);
  });

  it("GIVEN a read failing with an I/O error (EIO) THEN it is reported with the system's reason and the rest is served", async () => {
    const { service, articlesDir } = await scratch();
    const file = join(articlesDir, "bad-sector.txt");
    await writeFile(file, "A sentence on a failing disk.\n");
    failingReads.set(file, { code: "EIO", message: "EIO: i/o error, read" });
    const report = await service.open();
    expect(report.failed).toEqual([{ file: "bad-sector.txt", reason: "EIO: i/o error, read" }]);
    expect(report.articles).toBe(5);
  });

  it("GIVEN a served file that becomes unreadable when only its sidecar entry changed THEN the re-read reports permission denied", async () => {
    const { service, articlesDir } = await scratch();
    await service.open();
    const name = (await readdir(articlesDir)).find((f) => f.startsWith("002")) as string;
    // Same size and time, so the scan only stats it; the new sidecar entry makes the reload read it again.
    await writeFile(
      join(articlesDir, "sources.json"),
      JSON.stringify({ [name]: { outlet: "Example Wire" } }),
    );
    const file = join(articlesDir, name);
    failingReads.set(file, EACCES(file));
    const report = await service.reload();
    expect(report.failed).toEqual([{ file: name, reason: "permission denied" }]);
    expect(report.articles).toBe(4);
  });

  it("GIVEN a file changed after one reload THEN the next reload parses it again and serves the new text", async () => {
    const { service, articlesDir } = await scratch();
    await service.open();
    const file = (await readdir(articlesDir)).find((f) => f.startsWith("004")) as string;
    const text = await readFile(join(articlesDir, file), "utf8");
    await writeFile(join(articlesDir, file), text.replace("April 26", "April 30"));
    const report = await service.reload();
    expect(report.changed).toEqual([file]);
    const sentences = service.library.byId.get(file.replace(".txt", ""))?.sentences.map((s) => s.text) ?? [];
    expect(sentences).toContain("The goal is to finalize the deal by April 30.");
  });

  it("GIVEN the article folder disappears THEN reload fails politely and the last good set is still served", async () => {
    const { service, articlesDir } = await scratch();
    await service.open();
    const before = service.library;
    await rm(articlesDir, { recursive: true });
    await expect(service.reload()).rejects.toThrow(/could not be read/u);
    expect(service.library).toBe(before);
    await mkdir(articlesDir);
  });

  it("GIVEN every file broken THEN the bot serves an empty set and says why", async () => {
    const { service, articlesDir } = await scratch();
    for (const f of await readdir(articlesDir)) await unlink(join(articlesDir, f));
    await writeFile(join(articlesDir, "empty.md"), "");
    const report = await service.open();
    expect(report.articles).toBe(0);
    expect(report.failed).toEqual([{ file: "empty.md", reason: "empty file" }]);
  });
});
