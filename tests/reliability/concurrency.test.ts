import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setImmediate as tick } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "../../src/app.js";
import type { Reply } from "../../src/reply/reply.js";
import { scratchLibrary } from "../helpers.js";

let app: App;
let lib: Awaited<ReturnType<typeof scratchLibrary>>;
beforeAll(async () => {
  lib = await scratchLibrary();
  ({ app } = await startApp({
    articlesDir: lib.articlesDir,
    dbPath: lib.dbPath,
    cooldown: { questions: 5, windowMs: 1 },
  }));
});
afterAll(() => lib.cleanup());

const QUESTIONS = [
  "Who is Dmitry Peskov?",
  "Where is Sumy?",
  "What did Rubio say about the Europeans?",
  "What is the minerals deal about?",
];

function sourceIds(reply: Reply): string[] {
  return reply.kind === "answer" ? reply.sources.map((s) => s.articleId) : [];
}

describe("questions during a reload", () => {
  it("GIVEN 1,000 questions while a reload swaps every article THEN each is answered from one whole store", async () => {
    const oldIds = new Set(app.service.library.articles.map((a) => a.id));
    // The new set: every article replaced by a renamed copy, so any answer mixing the two is visible.
    for (const file of await readdir(lib.articlesDir)) {
      const { readFile } = await import("node:fs/promises");
      const text = await readFile(join(lib.articlesDir, file), "utf8");
      await writeFile(
        join(lib.articlesDir, `new_${file}`),
        `${text}\nA new paragraph keeps this copy distinct.\n`,
      );
      await rm(join(lib.articlesDir, file));
    }
    const reload = app.service.reload();
    const replies: Reply[] = [];
    for (let i = 0; i < 1000; i++) {
      replies.push(
        await app.run({
          command: "ask",
          args: { question: QUESTIONS[i % QUESTIONS.length] },
          user: { id: `u${i}`, name: "u", isModerator: false },
        }),
      );
      if (i % 10 === 0) await tick();
    }
    await reload;
    const newIds = new Set(app.service.library.articles.map((a) => a.id));
    expect(newIds.size).toBe(oldIds.size);
    expect([...newIds].every((id) => id.startsWith("new_"))).toBe(true);
    let fromOld = 0;
    let fromNew = 0;
    for (const reply of replies) {
      expect(reply.kind).toBe("answer");
      const ids = sourceIds(reply);
      expect(ids.length).toBeGreaterThan(0);
      const allOld = ids.every((id) => oldIds.has(id));
      const allNew = ids.every((id) => newIds.has(id));
      expect(allOld || allNew).toBe(true);
      if (allOld) fromOld++;
      else fromNew++;
    }
    expect(fromOld + fromNew).toBe(1000);
    // The reload really overlapped the questions: some saw the old set.
    expect(fromOld).toBeGreaterThan(0);
  });
});
