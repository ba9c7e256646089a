/**
 * The alias table (data/aliases.json): spellings that mean the same thing map to one index term.
 * Loaded once; the table is reference data a maintainer edits, not code.
 */
import { readFileSync } from "node:fs";
import { foldWord } from "./normalize.js";

export interface AliasTable {
  /** Folded single word → canonical term. */
  words: Map<string, string>;
  /** Folded multi-word phrase (words joined by one space) → canonical term. */
  phrases: Map<string, string>;
  /** Longest phrase length in words. */
  longestPhrase: number;
  /** The first word of every phrase: most words start none, and need no phrase looked up. */
  phraseStarts: Set<string>;
}

export function buildAliasTable(entries: Record<string, unknown>): AliasTable {
  const table: AliasTable = {
    words: new Map(),
    phrases: new Map(),
    longestPhrase: 1,
    phraseStarts: new Set(),
  };
  for (const [canonical, spellings] of Object.entries(entries)) {
    if (canonical.startsWith("_") || !Array.isArray(spellings)) continue;
    for (const spelling of [canonical, ...spellings]) {
      if (typeof spelling !== "string") continue;
      const words = foldWord(spelling).split(/\s+/u).filter(Boolean);
      if (words.length === 1) table.words.set(words[0] as string, canonical);
      else if (words.length > 1) {
        table.phrases.set(words.join(" "), canonical);
        table.phraseStarts.add(words[0] as string);
        table.longestPhrase = Math.max(table.longestPhrase, words.length);
      }
    }
  }
  return table;
}

const ALIAS_FILE = new URL("../../data/aliases.json", import.meta.url);

/** The alias file as read (its hash is part of the terms version). */
export const aliasSource: string = readFileSync(ALIAS_FILE, "utf8");

export const defaultAliases: AliasTable = buildAliasTable(JSON.parse(aliasSource) as Record<string, unknown>);
