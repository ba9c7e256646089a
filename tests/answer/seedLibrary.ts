/** The seed articles as one library, parsed once per test file, plus the eval question sets. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createLibrary, type Library } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { parseQuestions, type EvalQuestion } from "../eval/scoring.js";
import { SEEDS_DIR } from "../helpers.js";

export const seedTexts: ReadonlyMap<string, string> = new Map(
  readdirSync(SEEDS_DIR)
    .filter((file) => /\.(txt|md)$/u.test(file))
    .sort()
    .map((file) => [file, readFileSync(join(SEEDS_DIR, file), "utf8")]),
);

let library: Library | undefined;

export function seedLibrary(): Library {
  library ??= createLibrary([...seedTexts].map(([file, text]) => parseArticle({ file, text })));
  return library;
}

const EVAL_DIR = new URL("../eval/", import.meta.url).pathname;

/** The eval's questions and the hand-written held-out development set. */
export function evalQuestions(): { eval: EvalQuestion[]; dev: EvalQuestion[] } {
  return {
    eval: parseQuestions(readFileSync(join(EVAL_DIR, "questions.jsonl"), "utf8")),
    dev: parseQuestions(readFileSync(join(EVAL_DIR, "heldout-dev.jsonl"), "utf8")),
  };
}

/** A library of one article: its title, then each sentence a paragraph, as a file would hold it. */
export function articleLibrary(file: string, title: string, sentences: readonly string[]): Library {
  return createLibrary([parseArticle({ file, text: [title, ...sentences].join("\n\n") })]);
}
