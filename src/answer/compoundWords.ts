/**
 * Compound words written the articles' way: one outlet writes "ceasefire", another "cease-fire",
 * a reader types "cease fire". A question's two words (apart or hyphenated) that the articles
 * write as one are read as that word ("cyber attack" → "cyberattack"); a word of the question no
 * article or dictionary has that is two of the articles' words run together is read apart
 * ("airstrikes" → "air strikes", "cyberattack" → "cyber attack"). The articles' hyphenated
 * compounds are found by the joined word already (terms.ts), so a question needs only the one form.
 */
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { analyzeTokens, type AnalyzedToken } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { compoundTerm, opensClause, wordTerm } from "../text/terms.js";
import { isSingleCase } from "./questionText.js";

const LETTERS = /^\p{L}+$/u;
/** The shortest part a word is read apart into: "air", not "a" or "ai". */
const SHORTEST_PART = 3;

/**
 * The question's text with its compounds written as the articles write them (the same text when
 * none is). Typed in capitals or all in lower case, any two words may be one; in a cased question
 * only two lower-case ones, the first capitalised only to open the question (a capital elsewhere
 * may start a name: "Fire Island").
 * @param knownTerm whether the articles hold an index term
 */
export function readCompounds(text: string, knownTerm: (term: string) => boolean): string {
  const lower = text.toLowerCase();
  // Tags are read from the text in lower case (a shouted question is all proper nouns to wink);
  // lower-casing must keep every offset for the words to be put back in the text.
  if (lower.length !== text.length) return text;
  const oneCase = isSingleCase(text);
  const tokens = analyzeTokens(lower);
  const asTyped = (token: AnalyzedToken) => text.slice(token.start, token.start + token.text.length);
  // Token i as the articles would write it: lower case, or with a capital only to open a sentence.
  const written = (i: number) => {
    const token = tokens[i] as AnalyzedToken;
    if (!LETTERS.test(token.text)) return false;
    const typed = asTyped(token);
    if (oneCase || typed === token.text) return true;
    return opensClause(tokens, i) && typed === (token.text[0] as string).toUpperCase() + token.text.slice(1);
  };
  let read = "";
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as AnalyzedToken;
    if (!written(i)) continue;
    const joined = joinedWith(lower, tokens, i, knownTerm);
    if (joined !== undefined) {
      const second = tokens[joined] as AnalyzedToken;
      if (!written(joined)) continue;
      read += text.slice(from, first.start) + asTyped(first) + asTyped(second);
      from = second.start + second.text.length;
      i = joined;
      continue;
    }
    const at = splitAt(first, knownTerm);
    if (at === undefined) continue;
    const word = asTyped(first);
    read += `${text.slice(from, first.start)}${word.slice(0, at)} ${word.slice(at)}`;
    from = first.start + word.length;
  }
  return from === 0 ? text : read + text.slice(from);
}

/**
 * The token that token i makes one word with, as the articles write it: the next word after a
 * hyphen with no space around it ("cease-fire"), or a noun after a single space, neither a stop
 * word ("cyber attack"; not "turn out", "make up").
 */
function joinedWith(
  text: string,
  tokens: readonly AnalyzedToken[],
  i: number,
  knownTerm: (term: string) => boolean,
): number | undefined {
  const first = tokens[i] as AnalyzedToken;
  const next = tokens[i + 1];
  if (!next || tokens[i - 1]?.text === "-") return undefined;
  const end = first.start + first.text.length;
  let j: number;
  if (next.text === "-" && next.start === end && tokens[i + 2]?.start === end + 1) j = i + 2;
  else if (next.start === end + 1 && text[end] === " " && !first.stop && !next.stop && next.pos === "NOUN")
    j = i + 1;
  else return undefined;
  const second = tokens[j] as AnalyzedToken;
  if (!LETTERS.test(second.text) || tokens[j + 1]?.text === "-") return undefined;
  return knownTerm(compoundTerm(foldWord(first.text), foldWord(second.lemma || second.text))) ? j : undefined;
}

/**
 * Where a word no article or dictionary has splits into two words the articles both hold, the
 * second an English word ("airstrikes" → "air" + "strikes"; "cyberattack" → "cyber" + "attack",
 * though WordNet lacks "cyber"); undefined when no split or more than one does.
 */
function splitAt(token: AnalyzedToken, knownTerm: (term: string) => boolean): number | undefined {
  const word = foldWord(token.text);
  // Offsets into the folded word must be offsets into the word as typed.
  if (token.stop || word.length < 2 * SHORTEST_PART || word.length !== token.text.length) return undefined;
  const lexicon = defaultLexicon();
  const term = wordTerm(foldWord(token.lemma || token.text));
  if (knownTerm(term) || lexicon.has(term) || knownTerm(wordTerm(word)) || lexicon.has(wordTerm(word)))
    return undefined;
  const held = (part: string) => knownTerm(wordTerm(part));
  let found: number | undefined;
  for (let at = SHORTEST_PART; at <= word.length - SHORTEST_PART; at++) {
    const head = word.slice(at);
    if (!held(word.slice(0, at)) || !held(head) || !lexicon.has(wordTerm(head))) continue;
    if (found !== undefined) return undefined;
    found = at;
  }
  return found;
}
