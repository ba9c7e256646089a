/**
 * Slips of the keyboard in a question, read as what was meant before it is analysed: an opening
 * word that is no word at all as the question word ("wher" → "where"), and a word that is neither
 * an English word nor a word of the articles as the articles' word it is one slip from
 * ("poeple" → "people"). Names misspelt are read as the articles' names later, on the question's
 * concepts (analyzeQuestion.ts, text/spelling.ts's correctName).
 */
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { analyzeTokens, type AnalyzedToken } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { correctQuestionWord, correctWord } from "../text/spelling.js";
import { wordTerm } from "../text/terms.js";
import { isSingleCase } from "./questionText.js";

/** "Wher did…", "waht is…": an opening word that is no English word or name, one slip from a question word, is it. */
export function correctOpening(words: string, knownNames?: ReadonlySet<string>): string {
  const opening = /^(\p{L}+)(?=\s)/u.exec(words);
  if (!opening) return words;
  const word = foldWord(opening[1] as string);
  if (knownNames?.has(word) || defaultLexicon().has(wordTerm(word))) return words;
  const meant = correctQuestionWord(word);
  // "Were…" is one slip from "where", but a function word (which WordNet does not list), no slip.
  if (!meant || analyzeTokens(word)[0]?.stop) return words;
  // Shouted ("WHER DID…"), the word is written in capitals too, so the question stays in one case.
  const cased =
    isSingleCase(words) && words === words.toUpperCase()
      ? meant.toUpperCase()
      : /^\p{Lu}/u.test(words)
        ? meant[0]?.toUpperCase() + meant.slice(1)
        : meant;
  return cased + words.slice(word.length);
}

/**
 * A lower-case word of the question that is neither an English word (WordNet) nor a name or term
 * of the articles, one slip from a word whose term they hold ("orignally", "acording"), is read
 * as that word. Returns the tokens of the question so read (the same tokens when none is).
 */
export function correctWords(
  text: string,
  tokens: AnalyzedToken[],
  knownNames: ReadonlySet<string> | undefined,
  knownTerm: (term: string) => boolean,
): AnalyzedToken[] {
  const lexicon = defaultLexicon();
  let spelt = "";
  let from = 0;
  for (const token of tokens) {
    if (token.stop || !/^\p{Ll}+$/u.test(token.text)) continue;
    const term = wordTerm(foldWord(token.lemma));
    if (lexicon.has(term) || knownTerm(term) || knownNames?.has(term)) continue;
    const meant = correctWord(token.text, knownTerm);
    if (!meant) continue;
    spelt += text.slice(from, token.start) + meant;
    from = token.start + token.text.length;
  }
  return from === 0 ? tokens : analyzeTokens(spelt + text.slice(from));
}
