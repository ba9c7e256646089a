/**
 * Which words of a question typed in one case are names. A name term the articles write as a
 * name (library.ts, writesAsName) is one, unless the word is the plural or inflection of a word
 * they use more often: "children" is a term of "Harlow Children's Hospital", but "how many
 * children were hospitalised" asks about children, a word the articles index by its lemma
 * ("child") in fifteen sentences to the name's two. A word no article has is one when WordNet
 * has it only as a name: "is taylor swift touring europe" names someone the articles don't.
 */
import { df } from "../index/sentenceIndex.js";
import { holdsTerm, nameNeighbours, writesAsName, writesWordAsName, type Library } from "../library.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { holdsNameInOtherWords } from "./nameMeanings.js";
import { analyzeTokens } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { wordTerm } from "../text/terms.js";

/** How wink reads a word alone: its term as a common word (its lemma's) and whether it is a stop word; bounded. */
const readAlone = new Map<string, { term: string | null; stop: boolean }>();
const READ_ALONE_KEPT = 50_000;

function wordAlone(word: string): { term: string | null; stop: boolean } {
  let read = readAlone.get(word);
  if (read !== undefined) return read;
  const token = analyzeTokens(word)[0];
  read = { term: token?.lemma ? wordTerm(foldWord(token.lemma)) : null, stop: token?.stop === true };
  if (readAlone.size >= READ_ALONE_KEPT) readAlone.clear();
  readAlone.set(word, read);
  return read;
}

/** A word's term as a common word: its lemma's ("children" → "child"); null when wink gives none. */
function commonTerm(word: string): string | null {
  return wordAlone(word).term;
}

/**
 * Whether a one-case question's word is a name. One of the library's names is when the articles
 * write it as one (and not the inflection of a word they use more); a word no article has is
 * when WordNet has it only as a name ("taylor", "jupiter"; not "swift"), as a properly cased
 * question would have written it: a name the articles do not mention.
 * @param word the question's word as typed, lower case ("children"), whose term is `term`.
 * @param counted whether the word is what a "how many" counts (it follows "how many").
 * @param questionTerms the terms of the question's words: a common word the articles write as a
 * name only inside longer names ("the Oval Office") is one only beside a word of them ("when
 * did rubio take office" names no office).
 */
export function readsAsName(
  library: Library,
  term: string,
  word: string,
  counted = false,
  questionTerms?: ReadonlySet<string>,
): boolean {
  if (wordAlone(word).stop) return false;
  if (!library.names.has(term)) return namesWhatArticlesLack(library, term, word);
  if (!writesAsName(library, term)) return false;
  if (questionTerms && isCommonWord(term)) {
    const beside = nameNeighbours(library, term);
    if (beside !== null && ![...beside].some((t) => questionTerms.has(t))) return false;
  }
  // "how many bridges cross the danube": what a how-many counts is a kind of thing, a word WordNet
  // has (not only as a name: "how many kurds"), though the articles name their bridges ("the
  // Chain Bridge") — unless they write the word itself, as typed, as a name ("the Alps"). (Read
  // only for one of the articles' names: any other word a dictionary has is no name already.)
  if (counted && isCommonWord(term) && !writesWordAsName(library, term, word)) return false;
  const common = commonTerm(word);
  return common === null || common === term || df(library.index, common) <= df(library.index, term);
}

/**
 * A word the articles lack that WordNet has only as a name, and not one they write in other words
 * (nameMeanings.ts): not "feb" beside their "February". Not the inflection of a word ("sat" is
 * "sit", though WordNet's "Sat" is Saturday), nor a word of two letters: typed in lower case,
 * "op" is as likely short for a word ("her hip op") as a name.
 */
function namesWhatArticlesLack(library: Library, term: string, word: string): boolean {
  const lexicon = defaultLexicon();
  if (term.length < 3 || holdsTerm(library, term) || !lexicon.isOnlyName(term)) return false;
  const common = commonTerm(word);
  if (common !== null && common !== term && (holdsTerm(library, common) || !lexicon.isOnlyName(common)))
    return false;
  return !holdsNameInOtherWords(library, term);
}

/** A word WordNet has, and not only as a name ("bridge", "democrat"; not "ukrainian", "oscar"). */
function isCommonWord(term: string): boolean {
  const lexicon = defaultLexicon();
  return lexicon.has(term) && !lexicon.isOnlyName(term);
}
