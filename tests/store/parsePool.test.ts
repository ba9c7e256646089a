import { describe, expect, it } from "vitest";
import { generateArticleSet } from "../bench/generate-articles.js";
import { parseFiles, POOL_MIN_FILES } from "../../src/store/parsePool.js";

describe("the parse pool", () => {
  it("GIVEN many files THEN worker threads parse them exactly as the main thread does, in order, with progress", async () => {
    const inputs = generateArticleSet({ count: POOL_MIN_FILES + 10, seed: 5 }).files.map((f) => ({
      file: f.name,
      text: f.text,
    }));
    inputs.push({ file: "bad.txt", text: null as unknown as string }); // a parser error stays in its slot
    const progress: number[] = [];
    const pooled = await parseFiles(inputs, (done) => progress.push(done), {
      workers: 2,
      poolRequired: true,
    });
    const inThread = await parseFiles(inputs, undefined, { workers: 1 });
    expect(pooled).toHaveLength(inputs.length);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(inThread));
    expect(pooled.at(-1)).toHaveProperty("error");
    expect(progress.at(-1)).toBe(inputs.length);
    expect(progress.length).toBeGreaterThan(3);
  });
});
