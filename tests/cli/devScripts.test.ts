/**
 * The developer scripts (`npm run eval`, `bench`, `train`, `seed-study`) answer a mistyped command line with the
 * problem and their usage, exit code 2, and no stack trace; `--help` prints the usage. None of
 * these runs measures or writes anything, but the last block's, which runs the eval on its own
 * questions to save a run and compare with it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseRun } from "../eval/compareRuns.js";
import { ROOT, runScript } from "./runCli.js";

const SCRIPTS = {
  eval: "tests/eval/run-eval.ts",
  bench: "tests/bench/run-bench.ts",
  train: "src/rank/train.ts",
  "seed-study": "tests/eval/seed-study.ts",
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
    ["seed-study", ["--seeds", "1,zero", "--dir", "study"]],
    ["seed-study", ["--jobs", "0", "--dir", "study"]],
  ] as const)("GIVEN npm run %s with %j THEN it is named, exit 2", async (name, args) => {
    const { code, stderr } = await runScript(SCRIPTS[name], [...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(args[0]);
    expect(stderr).toContain(`usage: npm run ${name}`);
  });
});

describe("npm run eval -- --save / --compare", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "talksbot-eval-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("GIVEN a run saved with --save THEN --compare against it finds no change, with --json on stderr only", async () => {
    const saved = join(dir, "run.json");
    const first = await runScript(SCRIPTS.eval, ["--set", "questions", "--save", saved]);
    expect(first.code).toBe(0);
    expect(parseRun(readFileSync(saved, "utf8")).map((l) => l.set)).toEqual(["questions"]);
    const second = await runScript(SCRIPTS.eval, ["--set", "questions", "--json", "--compare", saved]);
    expect(second.code).toBe(0);
    // Standard output stays one JSON object a line; the comparison is on standard error.
    expect(
      second.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).set),
    ).toEqual(["questions"]);
    expect(second.stderr).toContain("no set's counts changed");
    expect(second.stderr).toMatch(/measure-only \(as-written\)\s+0 \/ 0 \/ 0\s+now 30 \/ 5 \/ 0/u);
  });

  it("GIVEN --kinds THEN the questions by kind after the sets, on stderr with --json", async () => {
    const plain = await runScript(SCRIPTS.eval, ["--set", "questions", "--kinds"]);
    expect(plain.code).toBe(0);
    // The shared eval's 30 answerable questions, all right first, and its 5 off-topic ones refused: a measure-only set.
    expect(plain.stdout).toContain("== by kind of question, measure-only sets");
    const kinds = plain.stdout.split("\n").filter((l) => / answerable {2}P@1 /u.test(l));
    const count = (pattern: RegExp) =>
      kinds.reduce((sum, l) => sum + Number(pattern.exec(l)?.[1] ?? Number.NaN), 0);
    expect(count(/^\S+\s+(\d+) answerable/u)).toBe(30);
    expect(count(/(\d+) unanswerable/u)).toBe(5);
    expect(kinds.find((l) => l.startsWith("person"))).toMatch(/P@1 1\.000/u);
    const json = await runScript(SCRIPTS.eval, ["--set", "questions", "--kinds", "--json"]);
    expect(json.stdout.trim().split("\n")).toHaveLength(1);
    expect(json.stderr).toContain("== by kind of question, measure-only sets");
  });

  it("GIVEN --sweep THEN each set's line has its counts at every threshold, and --compare compares them at the same thresholds", async () => {
    const saved = join(dir, "sweep.json");
    const first = await runScript(SCRIPTS.eval, ["--set", "questions", "--sweep", "--save", saved]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/measure-only \(as-written\)\s+0\.10 30 \/ 5 \/ 0 · 0\.20 30 \/ 5 \/ 0/u);
    const [line] = parseRun(readFileSync(saved, "utf8"));
    expect(line?.sweep?.thresholds).toHaveLength(29);
    const second = await runScript(SCRIPTS.eval, [
      "--set",
      "questions",
      "--sweep",
      "--json",
      "--compare",
      saved,
    ]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(
      /measure-only \(as-written\)\s+over 0\.04–0\.60: first 0, unanswerable refused 0, answerable refused 0/u,
    );
    expect(JSON.parse(second.stdout.trim()).sweep.first).toHaveLength(29);
  });

  it("GIVEN --save to a folder that does not exist THEN it says so before measuring, exit 2", async () => {
    const file = join(dir, "no-such-folder", "run.json");
    const { code, stdout, stderr } = await runScript(SCRIPTS.eval, ["--save", file]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`cannot write ${file}`);
  });

  it("GIVEN --compare with a file that is missing or holds no run THEN it says so before measuring, exit 2", async () => {
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "not a run\n");
    for (const file of [join(dir, "missing.json"), empty]) {
      const { code, stdout, stderr } = await runScript(SCRIPTS.eval, ["--compare", file]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(file);
    }
  });
});

/**
 * A set's line of a run saved with --sweep, as seed-study reads it: 10, 9 and 8 answerable
 * questions right first at thresholds 0.1, 0.2 and 0.3, and `refused` unanswerable ones refused.
 */
function sweptLine(set: string, refused: readonly number[]): string {
  return JSON.stringify({
    set,
    case: "as-written",
    engine: {
      questions: 12,
      answerable: 10,
      p1: 1,
      r3: 1,
      mrr: 1,
      map: 1,
      abstained: 0,
      falseAbstentions: 0,
    },
    sweep: {
      thresholds: [0.1, 0.2, 0.3],
      first: [10, 9, 8],
      unanswerableRefused: refused,
      answerableRefused: [0, 1, 2],
    },
  });
}

describe("refits measured apart from the committed weights", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "talksbot-weights-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("GIVEN npm run eval -- --weights FILE THEN it answers with those models, not the committed ones", async () => {
    // The committed models with a threshold no confidence reaches: every question refused.
    const models = JSON.parse(readFileSync(join(ROOT, "src/rank/weights.json"), "utf8")) as Record<
      string,
      unknown
    >;
    const file = join(dir, "weights.json");
    writeFileSync(file, JSON.stringify({ ...models, threshold: 2 }));
    const { code, stdout } = await runScript(SCRIPTS.eval, ["--set", "questions", "--weights", file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/engine\s+P@1 0\.000 .*abstains 5\/5, wrongly 30\/30/u);
  });

  it("GIVEN --weights with a file that is missing or holds no models THEN it says so before measuring, exit 2", async () => {
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "{}");
    for (const file of [join(dir, "missing.json"), empty]) {
      const { code, stdout, stderr } = await runScript(SCRIPTS.eval, ["--weights", file]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(file);
    }
  });

  it("GIVEN npm run train -- --out FILE with --check or --dry-run THEN the clash is named, exit 2, nothing fit", async () => {
    for (const other of ["--check", "--dry-run"]) {
      const { code, stderr } = await runScript(SCRIPTS.train, ["--out", join(dir, "w.json"), other]);
      expect(code).toBe(2);
      expect(stderr).toContain("--out");
      expect(stderr).toContain("usage: npm run train");
    }
  });

  it("GIVEN npm run train -- --out into a folder that does not exist THEN it says so before fitting, exit 2", async () => {
    const file = join(dir, "no-such-folder", "w.json");
    const { code, stderr } = await runScript(SCRIPTS.train, ["--out", file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${file}: no such folder`);
  });

  it("GIVEN two folders of seed-study evals THEN each seed's change at matched first answers and the mean, a seed in one folder only named", async () => {
    // Sweeps of a fit set (heldout) and a measure-only one (questions): the later engine refuses
    // one more unanswerable question at every level of first answers with seed 1, none more with seed 2.
    const write = (folder: string, seed: number, refused: number[]) => {
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(
        join(dir, folder, `eval-${seed}.json`),
        `${sweptLine("heldout", refused)}\n${sweptLine("questions", refused)}\n`,
      );
    };
    write("base", 1, [0, 1, 2]);
    write("change", 1, [1, 2, 3]);
    write("base", 2, [0, 1, 2]);
    write("change", 2, [0, 1, 2]);
    write("change", 3, [0, 1, 2]);
    const { code, stdout } = await runScript(SCRIPTS["seed-study"], [
      "--dir",
      join(dir, "change"),
      "--compare",
      join(dir, "base"),
      "--seeds",
      "1,2,3",
      "--no-run",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^fit \(as-written\)\s+seed 1 \+1 · seed 2 0\s+mean \+0\.5$/mu);
    expect(stdout).toMatch(/^measure-only \(as-written\)\s+seed 1 \+1 · seed 2 0\s+mean \+0\.5$/mu);
    expect(stdout).toContain("not in both folders (left out): seed 3");
  });

  it("GIVEN a seed-study refit fit on a set the base was not THEN that set is left out of the comparison and named", async () => {
    // The change's refit learnt from news27 (its weights file says so) and refuses more of it; the
    // base folder has no weights file, so its sets are this checkout's (news27 measures there).
    for (const [folder, news27] of [
      ["base-moved", [0, 1, 2]],
      ["change-moved", [2, 3, 4]],
    ] as const) {
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(
        join(dir, folder, "eval-1.json"),
        `${sweptLine("questions", [0, 1, 2])}\n${sweptLine("news27", news27)}\n`,
      );
    }
    writeFileSync(
      join(dir, "change-moved", "weights-1.json"),
      JSON.stringify({ trainedOn: { fit: ["heldout", "news27"], choose: [] } }),
    );
    const { code, stdout } = await runScript(SCRIPTS["seed-study"], [
      "--dir",
      join(dir, "change-moved"),
      "--compare",
      join(dir, "base-moved"),
      "--seeds",
      "1",
      "--no-run",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^measure-only \(as-written\)\s+seed 1 0\s+mean 0$/mu);
    expect(stdout).toContain("fit or chosen on by one run only (left out): news27");
  });

  it("GIVEN seed-study --no-run without a folder to compare with THEN it says what is missing, exit 2", async () => {
    const { code, stderr } = await runScript(SCRIPTS["seed-study"], ["--dir", dir, "--no-run"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--compare");
  });
});
