/**
 * A name the articles write in other words: "Oscar" where they have "Academy Award", "Europe"
 * where they have "European". Only for a word WordNet has only as a name, whose other names are
 * names of the same thing, not senses of a common word ("China" is porcelain too).
 */
import { df, sentenceAt, sentencesWithTerm } from "../index/sentenceIndex.js";
import { holdsTerm, type Library } from "../library.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { defaultAliases } from "../text/aliases.js";
import { wordTerm } from "../text/terms.js";

/** Whether the articles hold a name of `term`'s by another of its names ("Academy Award", word for word). */
export function holdsNameInOtherWords(library: Library, term: string): boolean {
  const lexicon = defaultLexicon();
  if (!lexicon.isOnlyName(term)) return false;
  if (lexicon.relatedTo(term).some((related) => holdsTerm(library, indexTermOf(related)))) return true;
  return lexicon.phrasesOf(term).some((phrase) => holdsPhrase(library, phrase.split(" ")));
}

/**
 * The index term of a lexicon term: a name the alias table keeps whole is indexed as written
 * ("netherlands"), where the lexicon has its stem ("netherland").
 */
function indexTermOf(term: string): string {
  aliasTerms ??= new Map([...defaultAliases.words.values()].map((alias) => [wordTerm(alias), alias]));
  return aliasTerms.get(term) ?? term;
}

let aliasTerms: Map<string, string> | undefined;

/** Whether a sentence of the library has `terms` one after another. */
function holdsPhrase(library: Library, terms: readonly string[]): boolean {
  const first = terms[0] as string;
  const rarest = terms.reduce((a, b) => (df(library.index, b) < df(library.index, a) ? b : a), first);
  if (df(library.index, rarest) === 0) return false;
  for (const doc of sentencesWithTerm(library.index, rarest)) {
    const ref = sentenceAt(library.index, doc);
    const words = ref && library.articles[ref.article]?.sentences[ref.sentence]?.terms;
    if (words?.some((_, at) => terms.every((t, k) => words[at + k] === t))) return true;
  }
  return false;
}
