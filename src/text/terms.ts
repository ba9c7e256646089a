/**
 * Index terms: what a sentence or a question is reduced to for matching. Both go through this
 * one function, so a question matches a sentence exactly when their terms agree.
 */
import type { AnalyzedToken } from "../nlp/wink.js";
import { defaultAliases, type AliasTable } from "./aliases.js";
import { foldWord } from "./normalize.js";

export interface Term {
  term: string;
  /** Index of the first token this term came from. */
  token: number;
  /** A name (proper noun, acronym or alias) rather than an ordinary word. */
  isName: boolean;
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** Whether a token carries meaning for matching at all (not punctuation, not a clitic). */
function isWordToken(token: AnalyzedToken): boolean {
  if (token.pos === "PUNCT" || token.pos === "SYM" || token.pos === "SPACE") return false;
  if (!HAS_WORD_CHAR.test(token.text)) return false;
  return !/^'s?$|^n't$/iu.test(foldWord(token.text));
}

/**
 * Reduces tokens to terms: aliases (multi-word first) to their canonical term, stop words out
 * (but an upper-case acronym like "US" is a name, not the pronoun "us"), everything else stemmed.
 */
export function termsOf(tokens: readonly AnalyzedToken[], aliases: AliasTable = defaultAliases): Term[] {
  const terms: Term[] = [];
  const words = tokens.map((token) => foldWord(token.text));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as AnalyzedToken;
    if (!isWordToken(token)) continue;
    const phrase = matchAliasPhrase(tokens, words, i, aliases);
    if (phrase) {
      terms.push({ term: phrase.term, token: i, isName: true });
      i += phrase.length - 1;
      continue;
    }
    const word = words[i] as string;
    const alias = aliases.words.get(word);
    if (alias) {
      terms.push({ term: alias, token: i, isName: true });
      continue;
    }
    const acronym = ACRONYM.test(token.text);
    if (token.stop && !acronym) continue;
    const isName = acronym || token.pos === "PROPN" || (/^\p{Lu}/u.test(token.text) && i > 0);
    terms.push({
      term: acronym ? word.replace(/\./gu, "") : foldWord(token.stem),
      token: i,
      isName,
    });
  }
  return terms;
}

/** The longest alias phrase starting at token i, skipping punctuation-free word tokens only. */
function matchAliasPhrase(
  tokens: readonly AnalyzedToken[],
  words: readonly string[],
  i: number,
  aliases: AliasTable,
): { term: string; length: number } | null {
  for (let length = Math.min(aliases.longestPhrase, tokens.length - i); length >= 2; length--) {
    const phrase = words.slice(i, i + length).join(" ");
    const term = aliases.phrases.get(phrase);
    if (term) return { term, length };
  }
  return null;
}

/** Just the term strings. */
export function termStrings(tokens: readonly AnalyzedToken[], aliases?: AliasTable): string[] {
  return termsOf(tokens, aliases).map((t) => t.term);
}
