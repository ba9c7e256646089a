// SIGKILL in the middle of a write: the article folder, its sidecar, the store and the feedback file
// are each left whole — the old state or the new one — and the bot starts and serves from them.
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Curation } from "../../src/curation/curation.js";
import { emptyFeedback, feedbackShapeProblem, type FeedbackData } from "../../src/feedback/feedbackData.js";
import { scanArticleFolder } from "../../src/store/articleFolder.js";
import { LibraryService } from "../../src/store/libraryService.js";
import { parseSidecar } from "../../src/store/sidecar.js";
import { readStore } from "../../src/store/storeFile.js";
import { scratchLibrary } from "../helpers.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const FIXTURES = join(ROOT, "tests/curation/fixtures/site");
const ADDED = ["field-notes.txt", "kyiv-grain-corridor.html", "plain-page.html"].map((f) =>
  join(FIXTURES, f),
);
/** Deterministic kill points, spread over a round of writes (ms after the first whole round). */
const KILL_AFTER_MS = [3, 37, 91, 150];

let lib: Awaited<ReturnType<typeof scratchLibrary>>;
beforeAll(async () => {
  lib = await scratchLibrary();
});
afterAll(() => lib.cleanup());

/** Starts a writer (one process: node --import tsx), lets it write `ms` after "ready", SIGKILLs it. */
function writeThenKill(writer: string, args: string[], ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(ROOT, "tests/curation/writers", writer), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: "silent" },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    child.on("error", reject);
    child.stdout.once("data", () => setTimeout(() => child.kill("SIGKILL"), ms));
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL" ? resolve() : reject(new Error(`writer exited: ${_code}`)),
    );
  });
}

describe("the article folder, its sidecar and the store, SIGKILLed mid-curation", () => {
  it("GIVEN kills at 4 points of add / source / remove rounds THEN every file whole, the store readable, the bot serving", async () => {
    const { articlesDir, dbPath } = lib;
    const seeds = new Set(await readdir(articlesDir));
    const wholeTexts = new Set<string>();
    for (const ms of KILL_AFTER_MS) {
      await writeThenKill("folderWriter.ts", [articlesDir, dbPath, ...ADDED], ms);

      // The folder: nothing half-written (a torn file would be unreadable or not one of the texts).
      const scan = await scanArticleFolder(articlesDir);
      expect(scan.failed, `after ${ms} ms`).toEqual([]);
      const sidecar = parseSidecar(await readFile(join(articlesDir, "sources.json"), "utf8"));
      expect(sidecar.problems).toEqual([]);
      for (const file of scan.files.filter((f) => !seeds.has(f.file))) {
        const text = await readFile(join(articlesDir, file.file), "utf8");
        // Every added file is one of the few texts the writer writes, whole.
        wholeTexts.add(text);
        expect(wholeTexts.size, file.file).toBeLessThanOrEqual(ADDED.length);
        expect(text.endsWith("\n")).toBe(true);
      }
      const removed = join(articlesDir, ".removed");
      const aside = await readdir(removed).catch(() => [] as string[]);
      for (const name of aside.filter((n) => n.endsWith(".txt")))
        wholeTexts.add(await readFile(join(removed, name), "utf8"));
      expect(wholeTexts.size).toBeLessThanOrEqual(ADDED.length);
      if (aside.includes("sources.json")) {
        expect(parseSidecar(await readFile(join(removed, "sources.json"), "utf8")).problems).toEqual([]);
      }

      // The store: the old one or the new one, never torn.
      const store = await readStore(dbPath);
      expect(store.ok, `store after ${ms} ms`).toBe(true);
    }

    // The bot starts on what is left, serves every file, and the next change takes over the dead writer's lock.
    const service = new LibraryService({ articlesDir, dbPath });
    const report = await service.open();
    expect(report.failed).toEqual([]);
    expect(report.articles).toBe((await scanArticleFolder(articlesDir)).files.length);
    const curation = new Curation({ articlesDir, fetch: {} }, () => service.library);
    const file = {
      name: "plain-page.html",
      size: null,
      contentType: null,
      path: join(FIXTURES, "plain-page.html"),
    };
    const again = await curation
      .add({ kind: "file", file }, { id: "t", name: "t" }, () => service.reload())
      .catch((error: Error) => error.message);
    // Either added, or already there from a round the kill interrupted after its write: both are whole states.
    expect(typeof again === "string" ? again : "added").toMatch(
      /^(added|That article is already in the set as `\d+_.*`\.)$/u,
    );
  }, 90_000);
});

describe("the feedback file, SIGKILLed mid-write", () => {
  it("GIVEN kills at 4 points THEN the file is whole: questions 0…n in order, nothing torn, and writing resumes", async () => {
    const path = join(lib.root, "data", "feedback.json");
    let previous = -1;
    for (const ms of KILL_AFTER_MS) {
      await writeThenKill("feedbackWriter.ts", [path], ms);
      const data = JSON.parse(await readFile(path, "utf8")) as FeedbackData;
      expect(feedbackShapeProblem(data)).toBeNull();
      const numbers = data.questions.map((q) => Number(q.question.replace("question ", "")));
      expect(numbers).toEqual(numbers.map((_, i) => i));
      // Each run wrote at least its first question: the dead writer's lock never blocks the next.
      expect(numbers.length).toBeGreaterThan(previous);
      previous = numbers.length;
      expect(data.votes.every((v) => data.questions.some((q) => q.id === v.answer))).toBe(true);
    }
    expect(previous).toBeGreaterThan(0);
    expect(emptyFeedback().questions).toEqual([]);
  }, 60_000);
});
