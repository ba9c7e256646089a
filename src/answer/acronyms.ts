/**
 * "What did the NTSB say": a question's capitals for a name the articles only write out ("the
 * National Transportation Safety Board", "the Union of Meridian States"). The articles' own names,
 * by their initials, say what the capitals stand for; capitals no name of theirs has stay unknown
 * ("What did the FBI say").
 */
import type { Article } from "../article.js";
import type { Library } from "../library.js";
import { isAcronym, wordTerm } from "../text/terms.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { isSingleCase } from "./questionText.js";

/** A name written out: capitalised words, joined by the small words names keep ("of", "for", "and"). */
const WRITTEN_OUT =
  /\p{Lu}[\p{L}'’]*(?:-\p{L}+)*(?:\s+(?:(?:of|for|and|on|in|the|de|du|des|la|le)\s+)*\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)+/gu;
/** The small words initials skip, and the article a name may open with ("The National…"). */
const SKIPPED = new Set([
  "of",
  "for",
  "and",
  "on",
  "in",
  "the",
  "de",
  "du",
  "des",
  "la",
  "le",
  "The",
  "A",
  "An",
]);
/** Initials this long or longer: two letters ("US", "UK") stand for too many names. */
const MIN_LETTERS = 3;
const MAX_LETTERS = 6;

const expansions = new WeakMap<Article, Map<string, string>>();

/** Each initials → the name an article writes out, the first it writes; read once per article. */
function writtenOutNames(article: Article): Map<string, string> {
  let names = expansions.get(article);
  if (names) return names;
  names = new Map();
  for (const sentence of article.sentences)
    for (const match of sentence.text.matchAll(WRITTEN_OUT)) {
      const words = match[0].split(/\s+/u).filter((w) => !SKIPPED.has(w));
      if (words.length < MIN_LETTERS || words.length > MAX_LETTERS) continue;
      const initials = words.map((w) => (w[0] as string).toUpperCase()).join("");
      const start = match[0].indexOf(words[0] as string);
      if (!names.has(initials)) names.set(initials, match[0].slice(start));
    }
  expansions.set(article, names);
  return names;
}

/** A run of three to six capitals (dots allowed: "N.T.S.B."), as a word of its own. */
const CAPITALS = /(?<!\p{L})(?:\p{Lu}\.?){3,6}(?!\p{L})/gu;
/** In a question typed in one case, a word of three to six letters. */
const SHORT_WORD = /(?<!\p{L})\p{L}{3,6}(?!\p{L})/gu;

/**
 * The question's capitals that no article holds as a term ("NTSB" where the articles write it
 * out): those of `unknown`, the terms of the question's concepts that no article holds (so never
 * a stop word). Typed in one case, capitals say nothing: its words among those that are no English
 * word either ("ntsb", not "hosted").
 */
export function unknownAcronyms(question: string, unknown: ReadonlySet<string>): string[] {
  if (unknown.size === 0) return [];
  const asked = (word: string) => unknown.has(word.replace(/\./gu, "").toLowerCase());
  if (!isSingleCase(question))
    return [...question.matchAll(CAPITALS)].map((m) => m[0]).filter((w) => isAcronym(w) && asked(w));
  const lexicon = defaultLexicon();
  return [...question.matchAll(SHORT_WORD)]
    .map((m) => m[0])
    .filter((w) => asked(w) && !lexicon.has(wordTerm(w.toLowerCase())));
}

/**
 * The question with `acronyms` written out as one of `articles` writes the name ("Where is the UMS
 * headquartered" → "Where is the Union of Meridian States headquartered"), or null when none of
 * them does. Only those articles are read (the question's candidates' articles, found without the
 * capitals): at 10,000 articles, reading them all would take seconds.
 */
export function writeOutAcronyms(
  library: Library,
  question: string,
  acronyms: readonly string[],
  articles: readonly number[],
): string | null {
  let written = question;
  // Typed in one case, the name is written in it too, so the question is still read as one-case.
  const oneCase = isSingleCase(question) ? (/\p{Lu}/u.test(question) ? "upper" : "lower") : null;
  for (const acronym of new Set(acronyms)) {
    const letters = acronym.replace(/\./gu, "").toUpperCase();
    let name: string | undefined;
    for (const at of articles) {
      const article = library.articles[at];
      name = article && writtenOutNames(article).get(letters);
      if (name) break;
    }
    if (name && oneCase) name = oneCase === "upper" ? name.toUpperCase() : name.toLowerCase();
    if (name)
      written = written.replace(
        new RegExp(`(?<!\\p{L})${acronym.replace(/\./gu, "\\.")}(?!\\p{L})`, "gu"),
        name,
      );
  }
  return written === question ? null : written;
}
