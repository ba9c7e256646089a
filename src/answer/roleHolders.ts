/**
 * Who holds a role, read from the articles' own title chains: "US Secretary of State Marco
 * Rubio", "Kremlin spokesman Dmitry Peskov", "the foreign minister, Sergey Lavrov". A question
 * that names the role ("what did the secretary of state suggest") is then matched by a sentence
 * that names the holder ("Rubio suggested…"): news names a person by title and by name in turn.
 */
import type { Sentence } from "../article.js";
import type { Library } from "../library.js";
import type { AnalyzedToken } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { articleSentencesWithTerm, sentenceAt } from "../index/sentenceIndex.js";
import { ROLE_TERMS } from "../text/lexicon.js";
import { wordTerm } from "../text/terms.js";

/** Sentences read per role: enough for the candidates' articles' holders, bounded at scale. */
const SENTENCES_READ = 400;
/** Words of a holder's name read after the title ("Jean-Noël Barrot"): the terms carry no commas. */
const NAME_WORDS = 3;
/** Holders kept per role: the most often named. */
const HOLDERS_KEPT = 2;

/** Words before a title that make it another role than the title alone: a deputy mayor is not the mayor. */
export const OTHER_RANKS: ReadonlySet<string> = new Set(
  ["deputy", "vice", "former", "assistant", "ex"].map((w) => wordTerm(w)),
);

/** Words before a title that say its holder holds it now: the agency's new director is its director. */
export const SAME_RANKS: ReadonlySet<string> = new Set(
  ["new", "current", "acting", "interim"].map((w) => wordTerm(w)),
);

/** One title chain: the name after the role, and the words just before and after the role ("French", "of State"). */
interface Occurrence {
  names: string[];
  before: string | null;
  after: string | null;
}

/** Whether a question's word names a role: a title ("mayor") or a phrase ending in one ("foreign minister"). */
export function isRoleTerm(term: string): boolean {
  return ROLE_TERMS.has(term) || (term.includes(" ") && ROLE_TERMS.has(lastWord(term)));
}

/**
 * A term's last word, as the index term a sentence's word is read as: "minist" of the phrase
 * "foreign minister" (a phrase term keeps its words as written); a one-word term is its own.
 */
export function lastWord(term: string): string {
  const space = term.lastIndexOf(" ");
  return space < 0 ? term : wordTerm(term.slice(space + 1));
}

/** The words of a role written as a phrase ("foreign minister": "foreign", "minist"); none for one word. */
function partsOf(role: string): Set<string> {
  return role.includes(" ") ? new Set(role.split(" ").map(wordTerm)) : new Set<string>();
}

/** Past a role's own words at `at` and the rest of its title ("of State"): where the name it titles would start. */
function titledNameAt(terms: readonly string[], at: number, parts: ReadonlySet<string>): number {
  let p = at + 1;
  while (p < terms.length && (parts.has(terms[p] as string) || ROLE_TERMS.has(terms[p] as string))) p++;
  return p;
}

/**
 * Whether the sentence holds a role only as a title ("Foreign Minister Jean-Noël Barrot
 * hailed…" for Barrot, "Vice President Ola Dahl met…") or by the name of one who holds it (the
 * articles' title chains): there it says who someone is, not that they became it or how long
 * they have been it. A title before another's name is written right before it ("President Ana
 * Varga"; not "ministers from France", whose terms stand side by side too).
 */
export function onlyTitleOf(
  sentence: Sentence,
  role: string,
  positions: readonly number[],
  names: ReadonlySet<string>,
): boolean {
  if (positions.length === 0) return false;
  const parts = partsOf(role);
  const nameAt = sentence.nameAt ?? [];
  const isRole = (term: string) => term === role || parts.has(term);
  let titled: boolean | undefined;
  return positions.every((at) => {
    // A holder's name from the chains is a name.
    if (!isRole(sentence.terms[at] as string)) return nameAt.includes(at);
    const p = titledNameAt(sentence.terms, at, parts);
    if (!nameAt.includes(p)) return false;
    return names.has(sentence.terms[p] as string) || (titled ??= writtenAsTitle(sentence.text, role));
  });
}

/** Whether every word of the role's in the text stands right before a capitalised word ("President Ana", "Minister Barrot", "Secretary of State"). */
function writtenAsTitle(text: string, role: string): boolean {
  const last = lastWord(role);
  let seen = false;
  for (const match of text.matchAll(WORD_THEN_NEXT)) {
    if (wordTerm((match[1] as string).toLowerCase()) !== last) continue;
    if (!/^\p{Lu}/u.test(match[2] ?? "")) return false;
    seen = true;
  }
  return seen;
}
/**
 * A word, and the word right after it if only a space comes between, or after "of" / "for" ("the"):
 * "Secretary of State Marco Rubio", "Minister for Europe Ana Ruiz" write the title whole.
 */
const WORD_THEN_NEXT = /(\p{L}+)(?=(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?(\p{L}))?)/gu;

/**
 * The role's title chains in the given articles: those the question's candidates come from, whose
 * sentences are read already (a library of 10,000 articles is not read through for a title).
 */
function occurrences(library: Library, role: string, articles: ReadonlySet<number>): Occurrence[] {
  const found: Occurrence[] = [];
  const parts = partsOf(role);
  let read = 0;
  // The candidates' articles in index order, so sentences are read in the order they stand.
  const inOrder = [...articles].sort((a, b) => a - b);
  for (const doc of inOrder.flatMap((a) => [...articleSentencesWithTerm(library.index, a, role)])) {
    if (++read > SENTENCES_READ) break;
    const ref = sentenceAt(library.index, doc);
    const sentence = ref && library.articles[ref.article]?.sentences[ref.sentence];
    if (!sentence) continue;
    const terms = sentence.terms;
    const names = new Set(sentence.nameAt ?? []);
    terms.forEach((term, at) => {
      if (term !== role) return;
      const run: string[] = [];
      for (
        let p = titledNameAt(terms, at, parts);
        p < terms.length && names.has(p) && run.length < NAME_WORDS;
        p++
      )
        run.push(terms[p] as string);
      if (run.length)
        found.push({
          names: run,
          before: at > 0 ? (terms[at - 1] as string) : null,
          after: (terms[at + 1] as string | undefined) ?? null,
        });
    });
  }
  return found;
}

/**
 * The name terms of the role's most often named holders in the given articles. When the question
 * says whose role it is ("the French foreign minister": `owners` holds its names) or which one
 * ("secretary of state"), only chains with that word before or after the role count, if there are
 * any. Words the question has are left out (they are its own).
 */
export function roleHolders(
  library: Library,
  role: string,
  owners: ReadonlySet<string>,
  questionTerms: ReadonlySet<string>,
  articles: ReadonlySet<number>,
): string[] {
  // "Deputy mayor Ana Ruiz" is no holder of "mayor" (unless the question asks for the deputy).
  const all = occurrences(library, role, articles).filter(
    (o) => o.before === null || !OTHER_RANKS.has(o.before) || questionTerms.has(o.before),
  );
  const owned = all.filter(
    (o) => (o.before !== null && owners.has(o.before)) || (o.after !== null && questionTerms.has(o.after)),
  );
  const chains = owned.length ? owned : all;
  const counts = new Map<string, { n: number; names: Set<string> }>();
  for (const chain of chains) {
    const names = chain.names.filter((t) => !questionTerms.has(t));
    const key = names.at(-1);
    if (!key) continue;
    const entry = counts.get(key) ?? { n: 0, names: new Set<string>() };
    entry.n++;
    for (const name of names) entry.names.add(name);
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, HOLDERS_KEPT)
    .flatMap((entry) => [...entry.names])
    .filter((name, i, all) => all.indexOf(name) === i);
}

/**
 * For each of `qualifiers`, the name terms the given articles' title chains write right after it
 * and the role ("special envoy Steve Witkoff" for "special" and "envoy"), but the question's own:
 * who the articles say holds the role so qualified, wherever else they write it without the
 * qualifier ("US envoy Steve Witkoff"). The chains are read once for all of them.
 */
export function qualifiedHolders(
  library: Library,
  role: string,
  qualifiers: readonly string[],
  questionTerms: ReadonlySet<string>,
  articles: ReadonlySet<number>,
): Map<string, Set<string>> {
  const held = new Map(qualifiers.map((qualifier) => [qualifier, new Set<string>()]));
  for (const chain of occurrences(library, role, articles)) {
    const names = chain.before === null ? undefined : held.get(chain.before);
    if (names) for (const name of chain.names) if (!questionTerms.has(name)) names.add(name);
  }
  return held;
}

/** Words a title goes on with its second part after: "secretary of state", "minister for Europe". */
const TITLE_LINKS: ReadonlySet<string> = new Set(["of", "for"]);

/**
 * Whether the question's token at `at` goes on a title after "of" or "for" (and "the"): "state"
 * of "when did Rubio become secretary of state" is part of the role's name, not what is asked
 * about it (nor the verb "stated").
 */
export function continuesTitle(tokens: readonly AnalyzedToken[], at: number): boolean {
  let p = at - 1;
  if (foldWord(tokens[p]?.text ?? "") === "the") p--;
  if (!TITLE_LINKS.has(foldWord(tokens[p]?.text ?? ""))) return false;
  const before = tokens[p - 1];
  return before !== undefined && ROLE_TERMS.has(wordTerm(foldWord(before.text)));
}
