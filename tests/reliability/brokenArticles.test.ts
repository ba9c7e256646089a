import { chmod, mkdir, readdir, readFile, rm, symlink, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchServices } from "../helpers.js";

const scratch = scratchServices();

const isRoot = process.getuid?.() === 0;

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

  it.skipIf(isRoot)("GIVEN an unreadable file THEN it is reported as permission denied", async () => {
    const { service, articlesDir } = await scratch();
    const file = join(articlesDir, "secret.txt");
    await writeFile(file, "A secret sentence.\n");
    await chmod(file, 0o000);
    const report = await service.open();
    expect(report.failed).toEqual([{ file: "secret.txt", reason: "permission denied" }]);
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
