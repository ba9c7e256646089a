/**
 * The paraphrase table (data/synonyms.json): groups of general news words that a question may
 * use for what an article says another way ("killed" / "died", "walk away" / "move on").
 * This module only loads the file; turning entries into index terms happens where the term
 * pipeline is available (src/answer/expand.ts), and fixed phrases are recognised by termsOf.
 */
import { readFileSync } from "node:fs";
import { foldWord } from "./normalize.js";

export interface PhraseTable {
  /** Fixed phrases as lemma sequences joined by one space ("walk away"). */
  terms: Set<string>;
  /** First lemmas of those phrases, to skip most tokens at once. */
  firstWords: Set<string>;
  /** Longest phrase length in words. */
  longest: number;
}

/** Groups of entries (folded, base form); multi-word entries are fixed phrases. */
export type SynonymGroups = readonly (readonly string[])[];

export function parseSynonymGroups(data: unknown): SynonymGroups {
  const groups = (data as { groups?: unknown }).groups;
  if (!Array.isArray(groups)) return [];
  return groups
    .filter((group): group is unknown[] => Array.isArray(group))
    .map((group) =>
      group
        .filter((entry): entry is string => typeof entry === "string")
        .map((entry) => foldWord(entry).split(/\s+/u).filter(Boolean).join(" "))
        .filter(Boolean),
    )
    .filter((group) => group.length > 1);
}

export function buildPhraseTable(groups: SynonymGroups): PhraseTable {
  const table: PhraseTable = { terms: new Set(), firstWords: new Set(), longest: 1 };
  for (const entry of groups.flat()) {
    const words = entry.split(" ");
    if (words.length < 2) continue;
    table.terms.add(entry);
    table.firstWords.add(words[0] as string);
    table.longest = Math.max(table.longest, words.length);
  }
  return table;
}

const SYNONYM_FILE = new URL("../../data/synonyms.json", import.meta.url);

/** The paraphrase file as read (its hash is part of the terms version: its phrases are index terms). */
export const synonymSource: string = readFileSync(SYNONYM_FILE, "utf8");

export const defaultSynonymGroups: SynonymGroups = parseSynonymGroups(JSON.parse(synonymSource) as unknown);

export const defaultPhrases: PhraseTable = buildPhraseTable(defaultSynonymGroups);

/** Country term → the single words that stand for it (its capital, its seat of government). */
export type Metonyms = ReadonlyMap<string, readonly string[]>;

export function parseMetonyms(data: unknown): Metonyms {
  const entries = (data as { metonyms?: unknown }).metonyms;
  const map = new Map<string, string[]>();
  if (!entries || typeof entries !== "object") return map;
  for (const [place, words] of Object.entries(entries as Record<string, unknown>)) {
    if (!Array.isArray(words)) continue;
    map.set(
      foldWord(place),
      words.filter((w): w is string => typeof w === "string").map((w) => foldWord(w)),
    );
  }
  return map;
}

export const defaultMetonyms: Metonyms = parseMetonyms(JSON.parse(synonymSource) as unknown);
