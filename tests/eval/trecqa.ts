/**
 * The TrecQA answer-sentence set (tests/eval/trecqa/, its README says how to read it) as the bot
 * sees it: each question's candidates, shuffled, are one article, one candidate a paragraph; the
 * question is asked restricted to that article, and a quote is right when it comes from a
 * candidate labelled 1.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../../src/parse/parseArticle.js";
import { mulberry32 } from "../bench/articles/prng.js";

export type TrecqaSplit = "train" | "dev";

export interface TrecqaQuestion {
  id: string;
  q: string;
  /** The article (file name without extension) holding this question's candidates. */
  article: string;
  /** Each paragraph's text and label, in the article's (shuffled) order. */
  candidates: { text: string; label: boolean }[];
}

export interface TrecqaSet {
  files: ArticleInput[];
  questions: TrecqaQuestion[];
}

const DIR = new URL("./trecqa/", import.meta.url).pathname;

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const BRACKETS: Record<string, string> = {
  "-LRB-": "(",
  "-RRB-": ")",
  "-LSB-": "[",
  "-RSB-": "]",
  "-LCB-": "{",
  "-RCB-": "}",
};

/**
 * Penn-Treebank tokens back to text, lightly: bracket codes, `` '' quotes, no space before
 * punctuation and clitics, none inside brackets and quotes. `<num>` stays as written (the engine
 * reads it as a number); `numbers: "digits"` writes a digit instead, to check both.
 */
export function detokenize(text: string, numbers: "keep" | "digits" = "keep"): string {
  let out = text.replace(/-[LR][RSC]B-/gu, (code) => BRACKETS[code] ?? code);
  out = out.replace(/``\s*/gu, "“").replace(/\s*''/gu, "”");
  out = out.replace(/\s+([,.;:?!%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|')(?=\s|$)/gu, "$1");
  out = out.replace(/([([{$])\s+/gu, "$1");
  if (numbers === "digits") out = out.replace(/<num>/gu, "12");
  return out.replace(/\s+/gu, " ").trim();
}

/** The shuffle's seeded randomness: the article generator's mulberry32, so a seed gives the same order every run. */
export const seededRandom = mulberry32;

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface TrecqaOptions {
  seed?: number;
  numbers?: "keep" | "digits";
}

/** One split as articles and questions (the README's protocol; candidates shuffled from a seed). */
export function loadTrecqa(split: TrecqaSplit, options: TrecqaOptions = {}): TrecqaSet {
  const rows = parseCsv(readFileSync(join(DIR, `${split}.csv`), "utf8")).slice(1);
  const byQuestion = new Map<string, { text: string; label: boolean }[]>();
  for (const [qtext, label, atext] of rows) {
    if (qtext === undefined || atext === undefined) continue;
    let list = byQuestion.get(qtext);
    if (!list) byQuestion.set(qtext, (list = []));
    list.push({ text: detokenize(atext, options.numbers), label: label === "1" });
  }
  const random = seededRandom(options.seed ?? 1);
  const files: ArticleInput[] = [];
  const questions: TrecqaQuestion[] = [];
  let n = 0;
  for (const [qtext, candidates] of byQuestion) {
    n++;
    const id = `trecqa-${split}-${String(n).padStart(3, "0")}`;
    const shuffled = shuffle(candidates, random);
    files.push({ file: `${id}.txt`, text: `${shuffled.map((c) => c.text).join("\n\n")}\n` });
    questions.push({ id, q: detokenize(qtext, options.numbers), article: id, candidates: shuffled });
  }
  return { files, questions };
}
