import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { patchFileInWorker } from "../../src/store/patchFileInWorker.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "talksbot-patch-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function fileAt(text: string) {
  const path = join(dir, "file.json");
  await writeFile(path, text);
  const info = await stat(path);
  return { path, expected: { size: info.size, mtimeMs: info.mtimeMs }, temp: join(dir, ".file.tmp") };
}

describe("patching a file in a worker thread", () => {
  it("GIVEN old ranges, new text, new bytes and a late tail THEN the new file is exactly them, in order", async () => {
    const job = await fileAt("[alpha,beta,gamma]");
    const written = await patchFileInWorker({
      ...job,
      pieces: ["[", [1, 6], ",délta,", Buffer.from("x,epsilon").subarray(2), [11, 17]],
      tail: new Promise((resolve) => setTimeout(() => resolve(["]"]), 20)),
    });
    const text = await readFile(job.path, "utf8");
    expect(text).toBe("[alpha,délta,epsilon,gamma]");
    expect(written.size).toBe(Buffer.byteLength(text));
    expect(await readdir(dir)).toEqual(["file.json"]);
  });

  it("GIVEN the file changed since the write was planned THEN it fails and leaves the file and no temp", async () => {
    const job = await fileAt("[alpha,beta]");
    await writeFile(job.path, "[alpha,beta,changed]");
    await expect(patchFileInWorker({ ...job, pieces: [[0, 6], "]"] })).rejects.toThrow(/changed/u);
    expect(await readFile(job.path, "utf8")).toBe("[alpha,beta,changed]");
    expect(await readdir(dir)).toEqual(["file.json"]);
  });

  it("GIVEN the tail cannot be made THEN nothing is renamed into place", async () => {
    const job = await fileAt("[alpha]");
    await expect(
      patchFileInWorker({ ...job, pieces: [[0, 6]], tail: Promise.reject(new Error("no footer")) }),
    ).rejects.toThrow(/no footer/u);
    expect(await readFile(job.path, "utf8")).toBe("[alpha]");
    expect(await readdir(dir)).toEqual(["file.json"]);
  });
});
