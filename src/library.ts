/**
 * A library is one immutable snapshot of the article set and its index. Queries hold a reference
 * to one snapshot, so a reload that swaps in a new one never shows them a mix.
 */
import { createHash } from "node:crypto";
import type { Article, Sentence } from "./article.js";
import { patchSentenceIndex } from "./index/patchSentenceIndex.js";
import {
  buildSentenceIndex,
  df,
  sentenceAt,
  sentencesWithTerm,
  type SentenceIndex,
} from "./index/sentenceIndex.js";
import { escapeRegExp } from "./text/normalize.js";

export interface Library {
  /** Changes whenever the article set changes (a hash of the articles' ids and contents). */
  version: string;
  articles: readonly Article[];
  byId: ReadonlyMap<string, Article>;
  index: SentenceIndex;
  sentenceCount: number;
  /** Index terms some article writes as names (Article.names): how one-case questions are read. */
  names: ReadonlySet<string>;
}

/** The order of `localeCompare`, with one collator instead of one made per comparison. */
const byLocale = new Intl.Collator();

/**
 * The library of these articles. Given the library it replaces (a reload), its index is patched
 * rather than built anew when few articles changed (an article object in both is the same article).
 */
export function createLibrary(
  articles: readonly Article[],
  contentHashes: readonly string[] = [],
  previous?: Library,
): Library {
  const sorted = inIdOrder(articles);
  const hash = createHash("sha256");
  for (const article of sorted) hash.update(`${article.id}\0`);
  for (const content of contentHashes) hash.update(`${content}\0`);
  const index =
    (previous && patchSentenceIndex(previous.index, previous.articles, sorted)) ?? buildSentenceIndex(sorted);
  let names: Set<string> | undefined;
  return {
    version: hash.digest("hex").slice(0, 12),
    articles: sorted,
    byId: new Map(sorted.map((article) => [article.id, article])),
    index,
    sentenceCount: index.size,
    // Gathered when a question first reads it (some 30 ms at 10,000 articles), not in the reload
    // a moderator waits for.
    get names() {
      return (names ??= namesOf(sorted));
    },
  };
}

/** Every article's names, added one by one (no list of them all in between: 500,000 at 10,000 articles). */
function namesOf(articles: readonly Article[]): Set<string> {
  const names = new Set<string>();
  for (const article of articles) for (const name of article.names ?? []) names.add(name);
  return names;
}

/**
 * The articles in id order. A reload hands them over already in order (the store keeps them so),
 * and one pass that finds them so is far cheaper than sorting 10,000 ids with the collator.
 */
function inIdOrder(articles: readonly Article[]): Article[] {
  for (let i = 1; i < articles.length; i++) {
    if (byLocale.compare((articles[i - 1] as Article).id, (articles[i] as Article).id) > 0)
      return [...articles].sort((a, b) => byLocale.compare(a.id, b.id));
  }
  return [...articles];
}

/** Whether some sentence of the library holds the index term. */
export function holdsTerm(library: Library, term: string): boolean {
  return df(library.index, term) > 0;
}

/** How many of a term's sentences `writesAsName` reads: enough to tell, bounded for a common name. */
const NAME_USES_READ = 64;
/** How many terms a per-term reading of a library keeps (past it, it is read again each time). */
const TERMS_KEPT = 100_000;

/**
 * `read` kept per library and term: a library never changes, so what it says of a term stays
 * right until a reload replaces it (and the WeakMap lets the old one go).
 */
function perTerm<T>(read: (library: Library, term: string) => T): (library: Library, term: string) => T {
  const kept = new WeakMap<Library, Map<string, T>>();
  return (library, term) => {
    let known = kept.get(library);
    if (!known) kept.set(library, (known = new Map()));
    if (known.has(term)) return known.get(term) as T;
    const result = read(library, term);
    if (known.size < TERMS_KEPT) known.set(term, result);
    return result;
  };
}

/**
 * Whether the library writes a term of its names (Library.names) as a name where it uses it: in
 * more of its sentences not opened by it than not (a sentence's first word is capitalised
 * whatever it is), or only ever opening one. An article may write a common word as a name
 * ("Money is part of the story." its one use, "the Patient Safety Board") while the others
 * write it lower case: a one-case question reads such a word as the word, not as a name.
 * Read from the sentences holding it (at most NAME_USES_READ, spread over them), once per library.
 */
export const writesAsName = perTerm((library, term): boolean => {
  let asName = 0;
  let asWord = 0;
  for (const sentence of sentencesRead(library, term)) {
    const names = sentence.nameAt ?? [];
    let named = false;
    let opening = false;
    sentence.terms.forEach((t, at) => {
      if (t !== term) return;
      if (at === 0) opening = true;
      else if (names.includes(at)) named = true;
    });
    if (named) asName++;
    else if (!opening) asWord++;
  }
  return asName >= asWord;
});

/**
 * The names a word the library writes both as a word and as a name is written beside where it is
 * a name ("oval" for "office": "his office said", "the Oval Office"; "secretari" and "marco" for
 * "state": "Secretary of State Marco Rubio"). Null where it is a name on its own somewhere (not
 * opening a sentence), or never a word ("Emmanuel Macron", "Macron said"). Such a word, written
 * as a name only inside longer names, is a name in a one-case question only beside one of them:
 * "take office" is no name. Read as writesAsName reads, once per library.
 */
export const nameNeighbours = perTerm((library, term): ReadonlySet<string> | null => {
  let beside: Set<string> | null = new Set();
  let asWord = false;
  for (const sentence of sentencesRead(library, term)) {
    const names = sentence.nameAt ?? [];
    sentence.terms.forEach((t, at) => {
      if (beside === null || t !== term) return;
      // A sentence's first word is capitalised whatever it is, but a name after it makes one name
      // of the two ("The Battle of Hastings was fought…").
      if (at === 0) {
        if (names.includes(0) && names.includes(1)) beside.add(sentence.terms[1] as string);
        return;
      }
      if (!names.includes(at)) {
        asWord = true;
        return;
      }
      const next = [at - 1, at + 1].filter((n) => names.includes(n));
      if (next.length === 0) beside = null;
      else for (const n of next) beside.add(sentence.terms[n] as string);
    });
    if (beside === null) break;
  }
  return asWord && beside !== null && beside.size > 0 ? beside : null;
});

/**
 * Whether the library writes a word, in the very form given (lower case: "bridges", "alps"), with
 * a capital inside a sentence: "the Alps" names, where "the Chain Bridge" does not make "bridges"
 * a name. Read from the sentences holding its term (at most NAME_USES_READ, spread over them).
 */
export function writesWordAsName(library: Library, term: string, word: string): boolean {
  const capitalised = new RegExp(
    String.raw`(?<=\S\s+)${escapeRegExp(word.charAt(0).toUpperCase() + word.slice(1))}(?![\p{L}\p{N}])`,
    "u",
  );
  for (const sentence of sentencesRead(library, term)) if (capitalised.test(sentence.text)) return true;
  return false;
}

/** The library's sentences holding a term: at most NAME_USES_READ of them, spread over them. */
function* sentencesRead(library: Library, term: string): Generator<Sentence> {
  const docs = sentencesWithTerm(library.index, term);
  const step = Math.max(1, docs.length / NAME_USES_READ);
  for (let i = 0; i < docs.length; i += step) {
    const ref = sentenceAt(library.index, docs[Math.floor(i)] as number);
    const sentence = ref && library.articles[ref.article]?.sentences[ref.sentence];
    if (sentence) yield sentence;
  }
}

/**
 * Finds an article by its id, or by a prefix that only one id starts with ("001"), or by a
 * case-insensitive exact title. Never throws on odd input.
 */
export function findArticle(library: Library, key: string): Article | undefined {
  const wanted = key.trim();
  if (!wanted) return undefined;
  const exact = library.byId.get(wanted);
  if (exact) return exact;
  const lower = wanted.toLowerCase();
  const byPrefix = library.articles.filter((article) => article.id.toLowerCase().startsWith(lower));
  if (byPrefix.length === 1) return byPrefix[0];
  return library.articles.find((article) => article.title.toLowerCase() === lower);
}
