/**
 * The developer scripts (`npm run eval`, `bench`, `train`) answer a mistyped command line with the
 * problem and their usage, exit code 2, and no stack trace; `--help` prints the usage. None of
 * these runs measures or writes anything.
 */
import { describe, expect, it } from "vitest";
import { runScript } from "./runCli.js";

const SCRIPTS = {
  eval: "tests/eval/run-eval.ts",
  bench: "tests/bench/run-bench.ts",
  train: "src/rank/train.ts",
} as const;

describe.each(Object.entries(SCRIPTS))("npm run %s", (name, path) => {
  it("GIVEN an unknown option or a stray word THEN the problem and the usage, exit 2, no stack trace", async () => {
    for (const args of [["--bogus"], ["stray"]]) {
      const { code, stdout, stderr } = await runScript(path, args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(`usage: npm run ${name}`);
      expect(stderr).toContain(args[0]);
      expect(stderr).not.toMatch(/\bat .+:\d+:\d+|node:internal/u);
    }
  });

  it("GIVEN --help THEN the usage on stdout, exit 0", async () => {
    const { code, stdout } = await runScript(path, ["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`usage: npm run ${name}`);
  });
});

describe("a script's numeric option", () => {
  it.each([
    ["train", ["--seed", "x"]],
    ["bench", ["--seed", "0"]],
    ["bench", ["--sizes", "ten"]],
  ] as const)("GIVEN npm run %s with %j THEN it is named, exit 2", async (name, args) => {
    const { code, stderr } = await runScript(SCRIPTS[name], [...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(args[0]);
    expect(stderr).toContain(`usage: npm run ${name}`);
  });
});
