/**
 * `npm run eval`: answer-quality figures, the engine next to plain BM25 measured in the same run.
 *
 *   npm run eval                                   the eval's questions (tests/eval/questions.jsonl)
 *   npm run eval -- --set trecqa-dev               a named set (repeatable; see sets.ts), or --set all
 *   npm run eval -- --questions FILE [--articles DIR]   any gold-text question file over a folder
 *   npm run eval -- --case lower|upper|all         the same questions lower-cased / in capitals
 *   npm run eval -- --ablate wordnet               with a technique switched off (repeatable; --ablate list)
 *   npm run eval -- --misses                       also print each question the engine gets wrong
 *   npm run eval -- --kinds                        then the questions by kind (date, figure, reason …), fit and choose sets apart
 *   npm run eval -- --sweep                        also each set's counts at every confidence threshold (--compare: at the same ones)
 *   npm run eval -- --json                         one JSON object per set and case
 *   npm run eval -- --save FILE                    also write those JSON objects to FILE
 *   npm run eval -- --compare FILE                 then what changed from a run saved there (or printed with --json),
 *                                                  for a group asked both ways also for each way (compareRuns.ts)
 *   npm run eval -- --weights FILE                 answer with the models in FILE (npm run train -- --out FILE),
 *                                                  not the committed src/rank/weights.json
 *
 * Each set prints P@1, R@3, MRR and MAP (selection over answerable questions), abstentions, and
 * answer triggering (precision, recall, F1), for the engine and for plain BM25 (measure.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { ablate, isTechnique, TECHNIQUES, type Technique } from "../../src/answer/ablation.js";
import { bm25Outcomes, engineOutcomes, recase, scoresOf, type QuestionCase, type Scores } from "./measure.js";
import { goldTextSet, isSetName, loadSet, SET_NAMES, type LabelledSet } from "./sets.js";
import { scriptOptions } from "../../src/cli/cliArgs.js";
import { useModels, type TrainedModels } from "../../src/rank/model.js";
import {
  byWay,
  compareRuns,
  formatComparison,
  groupsOf,
  parseRun,
  trainedSets,
  wayOf,
  type Group,
  type RunLine,
} from "./compareRuns.js";
import { formatKinds, tallyKinds, type KindRow } from "./kindTable.js";
import { compareSweeps, formatSweeps, formatSweepTotals, sweepOf } from "./thresholdSweep.js";
import { compareAtMatchedFirst, formatMatched } from "./matchedFirst.js";
import { readQuestion } from "../../src/answer/answer.js";

const USAGE = `usage: npm run eval -- [--set NAME|all]... [--questions FILE [--articles DIR]]... [--case lower|upper|all]
                     [--ablate TECHNIQUE|list]... [--misses] [--kinds] [--sweep] [--json] [--save FILE] [--compare FILE]
                     [--weights FILE]`;

const values = scriptOptions(
  process.argv.slice(2),
  {
    set: { type: "string", multiple: true },
    questions: { type: "string", multiple: true },
    articles: { type: "string", default: "seeds" },
    case: { type: "string", default: "as-written" },
    ablate: { type: "string", multiple: true },
    misses: { type: "boolean", default: false },
    kinds: { type: "boolean", default: false },
    sweep: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    save: { type: "string" },
    compare: { type: "string" },
    weights: { type: "string" },
  },
  USAGE,
);

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

if (values.weights !== undefined) {
  let models: TrainedModels;
  try {
    models = JSON.parse(readFileSync(values.weights, "utf8")) as TrainedModels;
  } catch (error) {
    fail(`cannot read models from ${values.weights}: ${(error as Error).message}`);
  }
  if (!models.ranker || !models.confidence || typeof models.threshold !== "number")
    fail(`${values.weights} holds no models (write some with npm run train -- --out FILE)`);
  useModels(models);
}

const ablations = values.ablate ?? [];
if (ablations.includes("list")) {
  for (const [name, what] of Object.entries(TECHNIQUES)) console.log(`${name.padEnd(18)} ${what}`);
  process.exit(0);
}
for (const name of ablations)
  if (!isTechnique(name)) fail(`unknown technique "${name}" (--ablate list names them)`);
ablate(ablations as Technique[]);

const cases: QuestionCase[] =
  values.case === "all" ? ["as-written", "lower", "upper"] : [values.case as QuestionCase];
for (const form of cases)
  if (!["as-written", "lower", "upper"].includes(form))
    fail(`--case should be lower, upper or all, not "${form}"`);

const names = values.set?.includes("all") ? Object.keys(SET_NAMES) : (values.set ?? []);
for (const name of names)
  if (!isSetName(name)) fail(`unknown set "${name}"; known: ${Object.keys(SET_NAMES).join(", ")}`);
const sets: (() => LabelledSet)[] = [
  ...names.filter(isSetName).map((name) => () => loadSet(name)),
  ...(values.questions ?? []).map((file) => () => goldTextSet(basename(file), file, values.articles)),
];
if (sets.length === 0) sets.push(() => loadSet("questions"));

// Read before measuring: a run to compare with that cannot be read is known at once, not after it.
let earlier: RunLine[] | undefined;
if (values.compare !== undefined) {
  try {
    earlier = parseRun(readFileSync(values.compare, "utf8"));
  } catch (error) {
    fail(`cannot read ${values.compare}: ${(error as Error).message}`);
  }
  if (earlier.length === 0) fail(`${values.compare} holds no run (save one with --save or --json)`);
}
// …and a file the run cannot be saved to (after the run to compare with is read: it may be the same file).
if (values.save !== undefined) {
  try {
    writeFileSync(values.save, "");
  } catch (error) {
    fail(`cannot write ${values.save}: ${(error as Error).message}`);
  }
}
const run: RunLine[] = [];
const fitAndChosen = trainedSets();
const groupOf = groupsOf(fitAndChosen);
/** With --kinds, each question of the run (every case) by the kind the engine reads it as asking for. */
const kindRows: KindRow[] = [];

const f = (n: number) => n.toFixed(3);

function line(label: string, s: Scores, answerableOnly: boolean): string {
  // A set of questions the articles leave unanswered (offtopic-*): nothing to rank, only refusals.
  if (s.answerable === 0)
    return `${label.padEnd(7)} refuses ${s.abstained}/${s.questions} (no answerable question)`;
  const abstention = answerableOnly
    ? ""
    : `   abstains ${s.abstained}/${s.questions - s.answerable}, wrongly ${s.falseAbstentions}/${s.answerable}`;
  const t = s.triggering;
  return (
    `${label.padEnd(7)} P@1 ${f(s.p1)}  R@3 ${f(s.r3)}  MRR ${f(s.mrr)}  MAP ${f(s.map)}` +
    `   triggering P ${f(t.precision)} R ${f(t.recall)} F1 ${f(t.f1)}${abstention}`
  );
}

for (const build of sets) {
  const set = build();
  for (const form of cases) {
    const engine = engineOutcomes(set, form);
    const ours = scoresOf(engine);
    const bm25 = scoresOf(bm25Outcomes(set, form));
    const result: RunLine & { ablated: string[]; bm25: Scores } = {
      set: set.name,
      case: form,
      ablated: ablations,
      engine: ours,
      bm25,
      asked: wayOf(set.questions),
    };
    if (values.sweep) {
      // Answered again with no confidence threshold, the confidence kept: what each threshold would refuse.
      ablate([...(ablations as Technique[]), "confidence"]);
      result.sweep = sweepOf(engineOutcomes(set, form));
      ablate(ablations as Technique[]);
    }
    if (values.kinds)
      for (const o of engine)
        kindRows.push({
          kind: readQuestion(set.library, recase(o.question.q, form)).kind,
          group: groupOf(set.name),
          answerable: o.question.answerable,
          firstHit: o.firstHit,
          abstained: o.abstained,
        });
    run.push(result);
    if (values.json) {
      console.log(JSON.stringify(result));
      continue;
    }
    const title = `${set.name}${form === "as-written" ? "" : ` (${form} case)`}${ablations.length ? ` — without ${ablations.join(", ")}` : ""}`;
    console.log(
      `== ${title}: ${ours.answerable} answerable, ${ours.questions - ours.answerable} unanswerable`,
    );
    console.log(line("engine", ours, false));
    console.log(line("BM25", bm25, true));
    if (!values.misses) continue;
    for (const o of engine) {
      const wrong = o.question.answerable ? o.firstHit !== 1 : !o.abstained;
      if (!wrong) continue;
      const verdict = !o.question.answerable
        ? "should abstain"
        : o.abstained
          ? `abstained (${o.answer?.reason})`
          : o.firstHit
            ? `first hit at ${o.firstHit}`
            : "no hit";
      console.log(
        `- ${o.question.id} ${o.question.q} [${verdict}; confidence ${o.answer?.confidence ?? "-"}]`,
      );
      o.ranking
        .slice(0, 3)
        .forEach((r, i) =>
          console.log(`    ${i + 1}. (${r.article.id.slice(0, 14)}) ${r.sentence.text.slice(0, 140)}`),
        );
    }
  }
}

if (values.save !== undefined)
  writeFileSync(values.save, run.map((result) => `${JSON.stringify(result)}\n`).join(""));
// With --json, what follows goes to standard error: standard output stays one JSON object a line.
const report = (line: string) => (values.json ? console.error : console.log)(line);
if (values.kinds) formatKinds(tallyKinds(kindRows)).forEach(report);
if (values.sweep && !earlier) formatSweepTotals(run, groupOf).forEach(report);
if (earlier) {
  formatComparison(compareRuns(earlier, run, fitAndChosen)).forEach(report);
  // Each group, then each group whose sets are asked several ways, for each way (compareRuns.ts).
  const andByWay = <T extends { group: Group; case: string }>(
    compare: (keep?: (line: RunLine) => boolean) => readonly T[],
  ) => [...compare(), ...byWay(run, groupOf, compare)];
  const then = earlier; // a const, for the closures below
  formatSweeps(andByWay((keep) => compareSweeps(then, run, groupOf, keep))).forEach(report);
  formatMatched(andByWay((keep) => compareAtMatchedFirst(then, run, groupOf, keep))).forEach(report);
}
