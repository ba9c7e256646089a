/**
 * `npm run seed-study -- --dir DIR [--seeds 1,2,3,4,5] [--jobs 2] [--compare DIR] [--no-run] [--json]`:
 * refits the engine of this checkout with each seed (`npm run train -- --seed N --out
 * DIR/weights-N.json`, src/rank/weights.json untouched) and measures every set in every case with
 * each refit (`npm run eval -- --weights … --set all --case all --sweep --save DIR/eval-N.json`),
 * each seed's logs beside them. With `--compare DIR`, a folder the same study wrote for another
 * engine (another checkout, the change's base), prints each group's change at matched first
 * answers seed by seed and its mean over the seeds (seedStudy.ts), each run's groups read from its
 * refit's weights (`trainedOn`): a set one run was fit or chosen on and the other not is left out
 * and named. `--no-run` only compares.
 * A seed's train and eval take three to five minutes; `--jobs` runs that many seeds at once.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { exitWithUsage, orUsage, positiveInteger, scriptOptions } from "../../src/cli/cliArgs.js";
import { parseRun, trainedSets } from "./compareRuns.js";
import {
  formatStudy,
  seedChanges,
  sharedGroups,
  summarize,
  type SeedChange,
  type TrainedOn,
} from "./seedStudy.js";

const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const USAGE =
  "usage: npm run seed-study -- --dir DIR [--seeds 1,2,3,4,5] [--jobs 2] [--compare DIR] [--no-run] [--json]";
const values = scriptOptions(
  process.argv.slice(2),
  {
    dir: { type: "string" },
    seeds: { type: "string", default: "1,2,3,4,5" },
    jobs: { type: "string", default: "2" },
    compare: { type: "string" },
    "no-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
  USAGE,
);
if (values.dir === undefined)
  exitWithUsage("--dir is needed: the folder the refits and their evals go to", USAGE);
const dir = resolve(values.dir);
const seeds = orUsage(
  () => [
    ...new Set(values.seeds.split(",").map((s) => positiveInteger(s.trim(), "--seeds", 2 ** 31) as number)),
  ],
  USAGE,
);
const jobs = orUsage(() => positiveInteger(values.jobs, "--jobs", 16) ?? 2, USAGE);
if (values["no-run"] && values.compare === undefined)
  exitWithUsage("--no-run only compares: give --compare DIR", USAGE);

const weightsFile = (seed: number) => join(dir, `weights-${seed}.json`);
/**
 * The sets a folder's refit with this seed was fit and chosen on, from its weights file; this
 * checkout's committed weights' for a folder without one (evals saved by hand).
 */
function trainedOnOf(folder: string, seed: number): TrainedOn {
  const file = join(folder, `weights-${seed}.json`);
  return existsSync(file) ? trainedSets(JSON.parse(readFileSync(file, "utf8")) as object) : trainedSets();
}
const evalFile = (folder: string, seed: number) => join(folder, `eval-${seed}.json`);

/** The scripts running: stopped if one fails, so that none outlives the study. */
const running = new Set<ChildProcess>();

/** Runs a script of this checkout with tsx, its output to `log`; resolves when it exits 0. */
function run(script: string, args: string[], log: string): Promise<void> {
  const out = openSync(log, "w");
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, script), ...args], {
      cwd: ROOT,
      stdio: ["ignore", out, out],
    });
    running.add(child);
    child.on("error", fail);
    child.on("exit", (code) => {
      running.delete(child);
      closeSync(out);
      if (code === 0) done();
      else fail(new Error(`${script} exited ${code ?? "on a signal"}: see ${log}`));
    });
  });
}

async function refitAndMeasure(seed: number): Promise<void> {
  const started = Date.now();
  await run(
    "src/rank/train.ts",
    ["--seed", String(seed), "--out", weightsFile(seed)],
    join(dir, `train-${seed}.log`),
  );
  await run(
    "tests/eval/run-eval.ts",
    [
      "--weights",
      weightsFile(seed),
      "--set",
      "all",
      "--case",
      "all",
      "--sweep",
      "--json",
      "--save",
      evalFile(dir, seed),
    ],
    join(dir, `eval-${seed}.log`),
  );
  process.stderr.write(
    `seed ${seed}: refit and measured in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  );
}

async function main(): Promise<void> {
  if (!values["no-run"]) {
    mkdirSync(dir, { recursive: true });
    const queue = [...seeds];
    const worker = async () => {
      for (let seed = queue.shift(); seed !== undefined; seed = queue.shift()) await refitAndMeasure(seed);
    };
    await Promise.all(Array.from({ length: Math.min(jobs, seeds.length) }, worker));
  }
  if (values.compare === undefined) return;
  const base = resolve(values.compare);
  const changes: SeedChange[] = [];
  const missing: number[] = [];
  const apart = new Set<string>();
  for (const seed of seeds) {
    const [before, after] = [evalFile(base, seed), evalFile(dir, seed)];
    if (!existsSync(before) || !existsSync(after)) {
      missing.push(seed);
      continue;
    }
    const [earlier, later] = [parseRun(readFileSync(before, "utf8")), parseRun(readFileSync(after, "utf8"))];
    const groupOf = sharedGroups(trainedOnOf(base, seed), trainedOnOf(dir, seed));
    for (const line of [...earlier, ...later]) if (groupOf(line.set) === null) apart.add(line.set);
    changes.push(...seedChanges(seed, earlier, later, groupOf));
  }
  const rows = summarize(changes);
  const movedSets = [...apart].sort();
  if (values.json) console.log(JSON.stringify({ rows, missing, movedSets }));
  else {
    formatStudy(rows).forEach((line) => console.log(line));
    if (missing.length > 0) console.log(`not in both folders (left out): seed ${missing.join(", ")}`);
    if (movedSets.length > 0)
      console.log(`fit or chosen on by one run only (left out): ${movedSets.join(", ")}`);
  }
}

main().catch((error: unknown) => {
  for (const child of running) child.kill();
  process.stderr.write(`seed-study: ${(error as Error).message}\n`);
  process.exit(1);
});
