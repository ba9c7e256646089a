/**
 * Places written as common nouns: "the city", "the besieged territory". A news sentence names a
 * place once and then refers back to it so; a question names it.
 */
import type { Sentence } from "../article.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { wordTerm } from "../text/terms.js";

/** WordNet's classes of a place a common noun may stand for: a city, a country, a territory, a village. */
const PLACE_CLASSES = ["district", "territory", "settlement"].map((w) => wordTerm(w));

/** Whether an index term is a common noun for a place ("citi", "territori", "town", "countri"). */
export function isPlaceNoun(lexicon: Lexicon, term: string): boolean {
  return lexicon.isKindOf(term, PLACE_CLASSES);
}

/** How many words after "the" its noun may be ("the besieged territory"). */
const DEFINITE_REACH = 3;

/**
 * Whether the sentence refers to a place by a definite common noun ("the territory", "the besieged
 * territory of 2.4 million people"). Not one it names itself ("the city of Sumy"), nor a noun an
 * "of" makes something else ("the state of the dollar").
 */
export function refersBackToPlace(lexicon: Lexicon, sentence: Sentence | undefined): boolean {
  if (!sentence || !/\bthe\s/iu.test(sentence.text)) return false;
  const words = sentence.text.split(/[^\p{L}\p{N}-]+/u);
  for (let at = 0; at < words.length; at++) {
    if ((words[at] as string).toLowerCase() !== "the") continue;
    for (let w = at + 1; w <= at + DEFINITE_REACH && w < words.length; w++) {
      const word = words[w] as string;
      if (!/^\p{Ll}/u.test(word) || word === "of") break;
      if (words[w + 1] === "of" && !/^\d/u.test(words[w + 2] ?? "")) break;
      // A stop word ends the noun phrase ("the future for us").
      const term = wordTerm(word);
      if (!sentence.terms.includes(term)) break;
      if (isPlaceNoun(lexicon, term)) return true;
    }
  }
  return false;
}
