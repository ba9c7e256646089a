/**
 * A name the articles write in other words: "Oscar" where they have "Academy Award", "Europe"
 * where they have "European", "the Gaza Strip" where they have "Gaza". Only for a word WordNet has
 * only as a name, whose other names are names of the same thing, not senses of a common word
 * ("China" is porcelain too).
 */
import { df, sentenceAt, sentencesWithTerm } from "../index/sentenceIndex.js";
import { holdsTerm, type Library } from "../library.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { defaultAliases } from "../text/aliases.js";
import { wordTerm } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";

/** Whether the articles hold a name of `term`'s by another of its names ("Academy Award", word for word). */
export function holdsNameInOtherWords(library: Library, term: string): boolean {
  const lexicon = defaultLexicon();
  if (!lexicon.isOnlyName(term)) return false;
  if (lexicon.relatedTo(term).some((related) => holdsTerm(library, indexTermOf(related)))) return true;
  return holdsPhraseOf(library, term);
}

/** Whether a sentence of the library has one of a name's other names of more than one word, word for word. */
function holdsPhraseOf(library: Library, name: string): boolean {
  return defaultLexicon()
    .phrasesOf(name)
    .some((phrase) => holdsPhrase(library, phrase.split(" ")));
}

/** The most words of a name of several words looked up as a whole ("the Gaza Strip", "the Academy Awards"). */
const LONGEST_NAME = 3;

/**
 * The question's concepts (indices) that are words of a name of two or three words the articles
 * lack but write in other words: "the Gaza Strip" where they have "Gaza", the one-word name WordNet
 * gives it (`Lexicon.namesOfPhrase`), or that name's other names word for word. None of its words
 * is a name no article has.
 */
export function namesWrittenOtherwise(library: Library, question: AnalyzedQuestion): Set<number> {
  const lexicon = defaultLexicon();
  const found = new Set<number>();
  const { concepts } = question;
  concepts.forEach((first, i) => {
    for (let length = 2; length <= LONGEST_NAME && i + length <= concepts.length; length++) {
      const run = concepts.slice(i, i + length);
      const oneName = run.every(
        (c, k) =>
          c.isName &&
          !c.framing &&
          c.source === "question" &&
          c.token !== undefined &&
          c.token === (first.token as number) + k,
      );
      if (!oneName) return;
      if (run.every((c) => holdsTerm(library, c.term))) continue;
      // (The run's own phrase is among the name's phrases, but no sentence holds it: a word of it is missing.)
      const held = lexicon
        .namesOfPhrase(run.map((c) => c.term).join(" "))
        .some((name) => holdsTerm(library, indexTermOf(name)) || holdsPhraseOf(library, name));
      if (held) run.forEach((_, k) => found.add(i + k));
    }
  });
  return found;
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
