/** Looking an index term up in a table of terms (the lexicon's relations, its word vectors). */
import { wordTerm } from "../text/terms.js";

/**
 * A term's id in `ids`; a name kept whole by the alias table ("france", "germany") is looked up
 * by its stem too, as WordNet's lemmas and the vectors' words were indexed ("franc", "germani").
 */
export function termId(ids: ReadonlyMap<string, number>, term: string): number | undefined {
  return ids.get(term) ?? ids.get(wordTerm(term));
}
