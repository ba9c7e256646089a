/** Looking an index term up in a table of terms (the lexicon's relations, its word vectors). */
import { wordTerm } from "../text/terms.js";

/** Each term's place in `terms` (set one by one: a map of 70,000 terms builds in half the time of one from pairs). */
export function idsOf(terms: readonly string[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) ids.set(terms[i] as string, i);
  return ids;
}

/**
 * A term's id in `ids`; a name kept whole by the alias table ("france", "germany") is looked up
 * by its stem too, as WordNet's lemmas and the vectors' words were indexed ("franc", "germani").
 */
export function termId(ids: ReadonlyMap<string, number>, term: string): number | undefined {
  return ids.get(term) ?? ids.get(wordTerm(term));
}
