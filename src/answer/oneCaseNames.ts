/**
 * Which words of a question typed in one case are the articles' names. A name term the articles
 * write as a name (library.ts, writesAsName) is one, unless the word is the plural or inflection
 * of a word they use more often: "children" is a term of "Harlow Children's Hospital", but "how
 * many children were hospitalised" asks about children, a word the articles index by its lemma
 * ("child") in fifteen sentences to the name's two.
 */
import { df } from "../index/sentenceIndex.js";
import { writesAsName, type Library } from "../library.js";
import { analyzeTokens } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { wordTerm } from "../text/terms.js";

/** Each word's term as a common word (its lemma's), as wink reads it alone; bounded. */
const commonTerms = new Map<string, string | null>();
const COMMON_TERMS_KEPT = 50_000;

/** A word's term as a common word: its lemma's ("children" → "child"); null when wink gives none. */
function commonTerm(word: string): string | null {
  let term = commonTerms.get(word);
  if (term !== undefined) return term;
  const lemma = analyzeTokens(word)[0]?.lemma;
  term = lemma ? wordTerm(foldWord(lemma)) : null;
  if (commonTerms.size >= COMMON_TERMS_KEPT) commonTerms.clear();
  commonTerms.set(word, term);
  return term;
}

/** @param word the question's word as typed, lower case ("children"), whose name term is `term`. */
export function readsAsName(library: Library, term: string, word: string): boolean {
  if (!writesAsName(library, term)) return false;
  const common = commonTerm(word);
  return common === null || common === term || df(library.index, common) <= df(library.index, term);
}
