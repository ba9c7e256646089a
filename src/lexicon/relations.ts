/**
 * Word meanings from WordNet, at the level the engine matches words: index terms (the stem of a
 * lemma, see src/text/terms.ts):
 * - `related`: the same meaning in other words — synonyms (a shared synset), derivations
 *   ("die" / "death"), pertainyms ("French" / "France"), similar adjectives, a verb's entailment
 *   and cause ("kill" → "die");
 * - `classes`: what a word is a kind or an instance of, up the hypernym chain ("jet" → "aircraft",
 *   "Egypt" → "country", "basketball" → "sport").
 * - `parents`: the classes one step up ("bakery" → "shop", "jet" → "airplane"): a question's
 *   word a sentence says in more general words;
 * - `opposites`: antonyms ("easy" / "difficult", "alive" / "dead", "stop" / "continue"), with
 *   the synonyms on both sides: a yes/no question is often answered by the opposite state;
 * - `names`: the terms WordNet has only as names ("taylor", "jupiter"), and `phrases`, such a
 *   name's other names of more than one word ("oscar" → "academi award").
 * - `people`: the terms one of whose nouns is a kind of person ("mediat": "mediator"), whatever
 *   their classes say.
 * - `within`: the places a place is part of, up WordNet's part holonyms ("pari" → "franc",
 *   "europ"; "riyadh" → "saudi arabia"), a place of several words written as its words' terms.
 * Phrasal verbs ("step down": "resign", "quit") are terms of their own, the phrase itself.
 * Only a word's most frequent senses count (SENSES per part of speech): rarer senses connect
 * nearly everything to everything. A term's classes come from its shortest lemmas only (see
 * buildTermRelations).
 */
import { wordTerm } from "../text/terms.js";
import type { Synset, WordNet, WordNetPos } from "./wordnet.js";

/** Bump when these rules change (the cached lexicon is rebuilt). */
export const RELATIONS_VERSION = 12;

/**
 * Classes of more than one word a term may have: what a figure before it counts (money), which no
 * one-word class of a currency says ("unit", "measure"); and what a unit measures, a length
 * ("metre", "mile") or a weight ("kilogram", "tonne"), which none of a unit's says either.
 */
export const MONETARY_UNIT = "monetary unit";
export const LINEAR_UNIT = "linear unit";
export const MASS_UNIT = "mass unit";
const PHRASE_CLASSES: readonly string[] = [MONETARY_UNIT, LINEAR_UNIT, MASS_UNIT];

/** Senses per part of speech that a word's relations are drawn from. */
const SENSES = 2;
/** Steps up the hypernym chain. */
const CLASS_DEPTH = 8;
/** Steps up the part holonyms (a district, its city, its region, its country, its continent…). */
const WITHIN_DEPTH = 6;

export interface TermRelations {
  related: Map<string, Set<string>>;
  classes: Map<string, Set<string>>;
  parents: Map<string, Set<string>>;
  opposites: Map<string, Set<string>>;
  /**
   * Terms WordNet has only as names: every lemma of the term, in every synset, written
   * capitalised ("Taylor", "Jupiter", "Kilimanjaro"; not "swift", "China" and "china", "CEO").
   */
  names: Set<string>;
  /**
   * A name's other names of more than one word, each as its words' terms ("oscar" → "academi
   * award"): the articles may write a name in other words than a question does. Words of fewer
   * than three letters ("of", "de") are left out of a phrase.
   */
  phrases: Map<string, Set<string>>;
  /**
   * Terms one of whose nouns is a kind of person, though stemming folded it into a shorter word
   * whose classes the term has ("mediat": "mediator"; "report": "reporter").
   */
  people: Set<string>;
  /**
   * The places a place is part of, as far up as WordNet goes: "pari" (Paris) → "franc", "french
   * republ", "europ"… Only for instances (named places), from a name's frequent senses.
   */
  within: Map<string, Set<string>>;
}

/** The adverbs that make a phrasal verb of a verb ("step down", "turn down", "show up"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  "up",
  "down",
  "out",
  "off",
  "on",
  "in",
  "away",
  "over",
  "back",
  "through",
  "about",
  "along",
  "around",
  "aside",
  "forward",
]);

/**
 * A lemma's term: a word's is its index term; a phrasal verb's ("step down") is the phrase as
 * WordNet writes it, which a question's verb and particle are looked up by (phrasalSense in
 * analyzeQuestion.ts).
 */
function termOfLemma(lemma: string): string | null {
  const words = lemma.split(" ");
  if (words.length === 2 && PARTICLES.has(words[1] as string) && /^\p{L}+$/u.test(words[0] as string))
    return lemma;
  if (words.length > 1 || !/^[\p{L}][\p{L}'-]*$/u.test(lemma)) return null;
  return wordTerm(lemma);
}

function add(map: Map<string, Set<string>>, from: string, to: string): void {
  if (from === to) return;
  let set = map.get(from);
  if (!set) map.set(from, (set = new Set()));
  set.add(to);
}

/**
 * The synset keys of a lemma's first SENSES senses of each part of speech — of the parts of
 * speech WordNet's tagged corpus uses it in, when it uses it in any ("see" the verb, not the noun).
 */
function frequentSenses(wordnet: WordNet, lemma: string): string[] {
  const perPos = new Map<WordNetPos, number>();
  const keys: string[] = [];
  const all = wordnet.senses.get(lemma) ?? [];
  const tagged = (key: string) => !wordnet.untagged?.has(`${lemma}\0${key[0]}`);
  const someTagged = all.some(tagged);
  for (const key of all) {
    if (someTagged && !tagged(key)) continue;
    const pos = key[0] as WordNetPos;
    const n = perPos.get(pos) ?? 0;
    if (n >= SENSES) continue;
    perPos.set(pos, n + 1);
    keys.push(key);
  }
  return keys;
}

export function buildTermRelations(wordnet: WordNet): TermRelations {
  const related = new Map<string, Set<string>>();
  const classes = new Map<string, Set<string>>();
  const parents = new Map<string, Set<string>>();
  const opposites = new Map<string, Set<string>>();
  const names = namesOnly(wordnet);
  const people = new Set<string>();
  const isPerson = personTest(wordnet);
  const termsOf = (synset: Synset | undefined, word = 0): string[] => {
    if (!synset) return [];
    const words = word > 0 ? [synset.words[word - 1] ?? ""] : synset.words;
    return words.flatMap((w) => termOfLemma(w) ?? []);
  };
  // Stemming folds an agent noun into its verb ("reporter" and "report" are both "report"): a
  // term's classes are those of its shortest lemmas, so a report is not a person. A proper
  // noun's are kept too: "France" stems to "franc", and France is a country.
  const shortest = new Map<string, number>();
  for (const lemma of wordnet.senses.keys()) {
    const term = termOfLemma(lemma);
    if (term) shortest.set(term, Math.min(shortest.get(term) ?? Infinity, lemma.length));
  }
  for (const lemma of wordnet.senses.keys()) {
    const term = termOfLemma(lemma);
    if (!term) continue;
    const classify = lemma.length === shortest.get(term);
    for (const key of frequentSenses(wordnet, lemma)) {
      const synset = wordnet.synsets.get(key);
      if (!synset) continue;
      // A noun of people, whatever the term's classes (from its shortest lemma) say.
      if (key[0] === "n" && !lemma.includes(" ") && isPerson(key)) people.add(term);
      const wordNumber = synset.words.indexOf(lemma) + 1;
      const classifies = classify || synset.instance;
      for (const other of termsOf(synset)) {
        add(related, term, other);
        add(related, other, term);
      }
      for (const pointer of synset.related) {
        if (pointer.from !== 0 && pointer.from !== wordNumber) continue;
        for (const other of termsOf(wordnet.synsets.get(pointer.key), pointer.to)) {
          add(related, term, other);
          add(related, other, term);
        }
      }
      // An antonym of any word of the sense ("discontinue" / "continue" for "stop"), and its synonyms.
      for (const pointer of synset.antonyms ?? [])
        for (const other of termsOf(wordnet.synsets.get(pointer.key))) {
          add(opposites, term, other);
          add(opposites, other, term);
        }
      if (classifies)
        climb(wordnet, synset.hypernyms, CLASS_DEPTH, "hypernyms", (parent, depth) => {
          for (const other of termsOf(parent)) {
            add(classes, term, other);
            if (depth === 0) add(parents, term, other);
          }
          // A currency ("franc", "ruble", "hryvnia") is a kind of monetary unit, a "kilometre" of
          // linear unit: phrases, kept as one.
          for (const phrase of PHRASE_CLASSES) if (parent.words.includes(phrase)) add(classes, term, phrase);
        });
    }
  }
  return {
    related,
    classes,
    parents,
    opposites,
    names,
    phrases: namePhrases(wordnet, names),
    people,
    within: placesWithin(wordnet),
  };
}

/** For each named place, of one word or more, the places it lies within (TermRelations.within). */
function placesWithin(wordnet: WordNet): Map<string, Set<string>> {
  const within = new Map<string, Set<string>>();
  for (const lemma of wordnet.senses.keys()) {
    const term = placeTermOf(lemma);
    if (!term) continue;
    for (const key of frequentSenses(wordnet, lemma)) {
      const synset = wordnet.synsets.get(key);
      // Every place up the part holonyms.
      if (synset?.instance)
        climb(wordnet, synset.wholes ?? [], WITHIN_DEPTH, "wholes", (whole) => {
          for (const word of whole.words) {
            const place = placeTermOf(word);
            if (place) add(within, term, place);
          }
        });
    }
  }
  return within;
}

/**
 * A place's term as the index writes it: one word's term ("pari"), or several words' terms with
 * spaces ("saudi arabia", "unit kingdom"); null for a lemma of other characters ("U.S.").
 */
function placeTermOf(lemma: string): string | null {
  const words = lemma.split(/[ -]/u);
  return words.every((w) => /^\p{L}+$/u.test(w)) ? words.map((w) => wordTerm(w)).join(" ") : null;
}

/**
 * Visits the synsets up from `start` along `pointer` (hypernyms, or part holonyms), each once, at
 * most `depth` steps up; `visit` is given each with its step (0 for `start`'s own).
 */
function climb(
  wordnet: WordNet,
  start: readonly string[],
  depth: number,
  pointer: "hypernyms" | "wholes",
  visit: (synset: Synset, step: number) => void,
): void {
  let frontier = start;
  const seen = new Set<string>();
  for (let step = 0; step < depth && frontier.length; step++) {
    const next: string[] = [];
    for (const key of frontier) {
      if (seen.has(key)) continue;
      seen.add(key);
      const synset = wordnet.synsets.get(key);
      if (!synset) continue;
      visit(synset, step);
      next.push(...(synset[pointer] ?? []));
    }
    frontier = next;
  }
}

/** The word WordNet's class of people is named by. */
const PERSON = "person";

/**
 * Whether a synset is the class of people or under it (TermRelations.people), memoised by synset.
 * WordNet's hypernyms do not loop; one that did would read as no person, not recurse for ever.
 */
function personTest(wordnet: WordNet): (key: string) => boolean {
  const reaches = new Map<string, boolean>();
  const isPerson = (key: string): boolean => {
    const known = reaches.get(key);
    if (known !== undefined) return known;
    reaches.set(key, false);
    const synset = wordnet.synsets.get(key);
    const result = synset !== undefined && (synset.words.includes(PERSON) || synset.hypernyms.some(isPerson));
    reaches.set(key, result);
    return result;
  };
  return isPerson;
}

/** The terms whose every one-word lemma WordNet writes as a name, wherever it has it (TermRelations.names). */
function namesOnly(wordnet: WordNet): Set<string> {
  const onlyName = new Map<string, boolean>();
  for (const synset of wordnet.synsets.values())
    synset.words.forEach((word, i) => {
      if (word.includes(" ")) return;
      const term = termOfLemma(word);
      if (term) onlyName.set(term, (onlyName.get(term) ?? true) && synset.names?.[i] === true);
    });
  return new Set([...onlyName].flatMap(([term, only]) => (only ? [term] : [])));
}

/** For each of `names`, the synonyms of more than one word WordNet gives it (TermRelations.phrases). */
function namePhrases(wordnet: WordNet, names: ReadonlySet<string>): Map<string, Set<string>> {
  const phrases = new Map<string, Set<string>>();
  for (const synset of wordnet.synsets.values()) {
    const named = synset.words.flatMap((word) => {
      const term = word.includes(" ") ? null : termOfLemma(word);
      return term && names.has(term) ? [term] : [];
    });
    if (named.length === 0) continue;
    for (const word of synset.words) {
      if (!word.includes(" ")) continue;
      const words = word.split(/[ -]/u).filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w));
      if (words.length < 2) continue;
      const phrase = words.map((w) => wordTerm(w)).join(" ");
      for (const term of named) add(phrases, term, phrase);
    }
  }
  return phrases;
}
