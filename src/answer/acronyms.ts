/**
 * "What did the NTSB say": a question's capitals for a name the articles only write out ("the
 * National Transportation Safety Board"), or write out before they abbreviate it less often than
 * readers do ("the Union of Meridian States"). The articles' own names, by their initials, say
 * what the capitals stand for; a name no article has stays unknown ("What did the FBI say").
 */
import type { Library } from "../library.js";
import { isAcronym } from "../text/terms.js";

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

const expansions = new WeakMap<Library, Map<string, string>>();

/**
 * Each initials → the name the articles write out, the first they write; read through the
 * library's sentences once, when a question first needs it.
 */
function writtenOutNames(library: Library): Map<string, string> {
  let names = expansions.get(library);
  if (names) return names;
  names = new Map();
  for (const article of library.articles)
    for (const sentence of article.sentences)
      for (const match of sentence.text.matchAll(WRITTEN_OUT)) {
        const words = match[0].split(/\s+/u).filter((w) => !SKIPPED.has(w));
        if (words.length < MIN_LETTERS || words.length > MAX_LETTERS) continue;
        const initials = words.map((w) => (w[0] as string).toUpperCase()).join("");
        const start = match[0].indexOf(words[0] as string);
        if (!names.has(initials)) names.set(initials, match[0].slice(start));
      }
  expansions.set(library, names);
  return names;
}

/**
 * The question with its capitals written out as the articles write the name ("Where is the UMS
 * headquartered" → "Where is the Union of Meridian States headquartered"), or null when it has
 * none the articles lack and write out. `known` says whether the articles hold a term.
 */
export function writeOutAcronyms(
  library: Library,
  question: string,
  known: (acronym: string) => boolean,
): string | null {
  let changed = false;
  const written = question.replace(/(?<!\p{L})(?:\p{Lu}\.?){3,6}(?!\p{L})/gu, (acronym) => {
    const letters = acronym.replace(/\./gu, "");
    if (!isAcronym(acronym) || known(letters.toLowerCase())) return acronym;
    const name = writtenOutNames(library).get(letters);
    if (!name) return acronym;
    changed = true;
    return name;
  });
  return changed ? written : null;
}
