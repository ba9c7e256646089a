/**
 * Chat shorthand in a question ("ppl", "govt", "didnt", "im"), read as the words it stands for,
 * and chat fillers ("tbh", "idk") dropped, before the question is analysed: the table is
 * data/shorthand.json (neither WordNet nor wink knows these words). A word the articles hold, as
 * a name or a term, is theirs and stays as typed.
 */
import { readFileSync } from "node:fs";
import { foldWord } from "../text/normalize.js";
import { wordTerm } from "../text/terms.js";

export type Shorthand = ReadonlyMap<string, string>;

/** The table's entries, lower case: shorthand → what it stands for ("" for a filler). */
export function parseShorthand(data: unknown): Shorthand {
  const words = (data as { words?: unknown }).words;
  const table = new Map<string, string>();
  if (!words || typeof words !== "object") return table;
  for (const [short, meant] of Object.entries(words as Record<string, unknown>))
    if (typeof meant === "string" && short.trim()) table.set(short.toLowerCase(), meant);
  return table;
}

const SHORTHAND_FILE = new URL("../../data/shorthand.json", import.meta.url);

export const defaultShorthand: Shorthand = parseShorthand(JSON.parse(readFileSync(SHORTHAND_FILE, "utf8")));

const patterns = new WeakMap<Shorthand, RegExp>();

/** One pattern for every entry, longest first ("w/o" before "w/"), as a whole word. */
function patternOf(table: Shorthand): RegExp {
  let pattern = patterns.get(table);
  if (!pattern) {
    const entries = [...table.keys()]
      .sort((a, b) => b.length - a.length)
      .map((e) => e.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&"));
    // Not inside a longer word, an abbreviation ("U.S.") or a contraction; a filler takes the
    // comma and spaces after it along.
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}.'’/@#])(${entries.join("|")})(?![\\p{L}\\p{N}'’/]|\\.\\p{L})([,;]?\\s*)`,
      "giu",
    );
    patterns.set(table, pattern);
  }
  return pattern;
}

/**
 * What the shorthand stands for, in the case it was typed in: in capitals in a shouted question
 * ("WHAT R THE TERMS" → "WHAT ARE THE TERMS", which stays one case), else capitalised as typed.
 */
function cased(typed: string, meant: string, shouted: boolean): string {
  if (shouted) return meant.toUpperCase();
  if (/^\p{Lu}/u.test(typed)) return (meant[0]?.toUpperCase() ?? "") + meant.slice(1);
  return meant;
}

/**
 * The question with its chat shorthand written out and its fillers dropped ("how many ppl were
 * hurt tbh" → "how many people were hurt ").
 * @param known whether the articles hold a word (as a name or an index term): such a word stays.
 */
export function expandShorthand(
  text: string,
  known: (word: string) => boolean = () => false,
  table: Shorthand = defaultShorthand,
): string {
  if (table.size === 0) return text;
  const shouted = text === text.toUpperCase() && text !== text.toLowerCase();
  const expanded = text.replace(patternOf(table), (match: string, typed: string, after: string) => {
    const meant = table.get(typed.toLowerCase());
    const folded = foldWord(typed);
    if (meant === undefined || known(folded)) return match;
    return meant === "" ? "" : cased(typed, meant, shouted) + after;
  });
  if (expanded === text) return text;
  // A filler opening the question leaves no punctuation before it ("tbh, who…" → "who…").
  const rest = expanded.replace(/^[\s,;:—–-]+/u, "");
  return /\p{L}/u.test(rest) ? rest : text;
}

/** Whether the articles hold a word, as a name or as an index term. */
export function articleWord(
  knownNames: ReadonlySet<string> | undefined,
  knownTerm: ((term: string) => boolean) | undefined,
): (word: string) => boolean {
  return (word) => {
    const term = wordTerm(word);
    return (
      (knownNames?.has(term) ?? false) || (knownNames?.has(word) ?? false) || (knownTerm?.(term) ?? false)
    );
  };
}
