import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchLibrary, startArgs } from "../helpers.js";

let lib: Awaited<ReturnType<typeof scratchLibrary>>;
beforeAll(async () => {
  lib = await scratchLibrary();
});
afterAll(() => lib.cleanup());

/** Runs `npm start`'s program with piped stdin, no TTY and no token, and collects what it prints. */
function chat(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ARTICLES_DIR: lib.articlesDir, DB_PATH: lib.dbPath };
    delete env.DISCORD_TOKEN;
    const child = spawn(process.execPath, startArgs(), { cwd: lib.root, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("the terminal chat (npm start without a token)", () => {
  it("answers /ask and bare questions with numbered citations, then quits", async () => {
    const { code, stdout } = await chat(
      "/ask Who hosted the Paris summit?\nHow many people died in Kryvyi Rih?\n/quit\n",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("hosted by French President Emmanuel Macron");
    expect(stdout).toMatch(/\[1, sentence \d+\]/u);
    expect(stdout).toContain("Sources:");
    expect(stdout).toContain("Some 20 people, including nine children");
    expect(stdout.trim().endsWith("Bye.")).toBe(true);
  });

  it("takes the same commands as Discord", async () => {
    const { stdout } = await chat(
      "/sources\n/article 003\n/search minerals\n/next\n/compare minerals deal\n/reload\n/help\n/frobnicate\n",
    );
    expect(stdout).toContain("Sources: 5 articles");
    expect(stdout).toContain("US Seeks Ukraine Ceasefire Progress in Paris");
    expect(stdout).toContain("Search: minerals");
    expect(stdout).toMatch(/page 2 of \d+/u);
    expect(stdout).toContain("Compare: minerals deal — 5 of 5 articles mention it");
    expect(stdout).toMatch(/^ {5}“.*mineral.*” \[sentence \d+\]$/mu);
    expect(stdout).toContain("Articles reloaded");
    expect(stdout).toContain("/ask <question>");
    expect(stdout).toContain("I don't know /frobnicate");
  });

  it("says when the articles don't answer", async () => {
    const { stdout } = await chat("What is the population of Canada?\n");
    expect(stdout).toContain("The articles don't say.");
  });
});
