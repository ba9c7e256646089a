/**
 * Names misspelt in a question ("Witkof", "Zelenksy"): a word that is neither a name the articles
 * use nor an English word (WordNet) is read as the one name of the articles it is a slip of the
 * keyboard away from — one letter added, dropped or swapped with the next, or changed for a
 * neighbouring key, another vowel or a letter that sounds alike — when it is long enough for that
 * to be telling.
 */

import { wordTerm } from "./terms.js";

/** Shortest word corrected: below this a one-letter slip turns one name into another. */
const MIN_LENGTH = 5;

/** Whether a and b are at most one edit apart (insertion, deletion, substitution, adjacent swap). */
export function oneEditApart(a: string, b: string): boolean {
  return a === b || slipRank(a, b) !== null;
}

/**
 * How likely `meant` is what was meant when `typed` is one slip of the keyboard from it: a letter
 * left out or two letters swapped (1, the commonest), or a letter changed (see `mistypes`) or one
 * too many (2); null when they are the same or further apart.
 */
function slipRank(typed: string, meant: string): 1 | 2 | null {
  if (typed === meant || Math.abs(typed.length - meant.length) > 1) return null;
  let i = 0;
  while (i < typed.length && i < meant.length && typed[i] === meant[i]) i++;
  if (typed.length === meant.length) {
    if (typed.slice(i + 1) === meant.slice(i + 1))
      return mistypes(typed[i] as string, meant[i] as string) ? 2 : null;
    const swapped =
      typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && typed.slice(i + 2) === meant.slice(i + 2);
    return swapped ? 1 : null;
  }
  if (typed.length < meant.length) return typed.slice(i) === meant.slice(i + 1) ? 1 : null;
  return typed.slice(i + 1) === meant.slice(i) ? 2 : null;
}

/** Each key's neighbours on a QWERTY keyboard (rows and the keys above and below). */
const NEIGHBOURS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    q: "wa",
    w: "qesa",
    e: "wrds",
    r: "etfd",
    t: "rygf",
    y: "tuhg",
    u: "yijh",
    i: "uokj",
    o: "iplk",
    p: "ol",
    a: "qwsz",
    s: "awedxz",
    d: "serfcx",
    f: "drtgvc",
    g: "ftyhbv",
    h: "gyujnb",
    j: "huikmn",
    k: "jiolm",
    l: "kop",
    z: "asx",
    x: "zsdc",
    c: "xdfv",
    v: "cfgb",
    b: "vghn",
    n: "bhjm",
    m: "njk",
  }),
);
const VOWELS = "aeiouy";
/** Letters that sound alike, so one is written for the other ("greko", "analyse"). */
const SOUND_ALIKE = ["ck", "cs", "sz", "iy", "gj", "kq"];

/**
 * Whether `typed` is a likely slip for `meant` in one letter: a neighbouring key, one vowel for
 * another, or a letter that sounds alike. "Lakers" is no slip of "laters" (k and t are far apart).
 */
function mistypes(typed: string, meant: string): boolean {
  if ((NEIGHBOURS.get(meant) ?? "").includes(typed)) return true;
  if (VOWELS.includes(typed) && VOWELS.includes(meant)) return true;
  return SOUND_ALIKE.some((pair) => pair.includes(typed) && pair.includes(meant));
}

const stemmed = new Map<string, string>();

function stemmedName(name: string): string {
  let term = stemmed.get(name);
  if (term === undefined) {
    term = wordTerm(name);
    if (stemmed.size < 200_000) stemmed.set(name, term);
  }
  return term;
}

/** Names by first letter and length (a slip seldom changes the first letter), per set of names. */
const buckets = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

function bucketsOf(names: ReadonlySet<string>): Map<string, string[]> {
  let byKey = buckets.get(names);
  if (!byKey) {
    byKey = new Map();
    for (const name of names) {
      if (name.length < MIN_LENGTH) continue;
      for (const form of new Set([name, stemmedName(name)])) {
        const key = `${form[0]}${form.length}`;
        const list = byKey.get(key);
        if (list) list.push(name);
        else byKey.set(key, [name]);
      }
    }
    buckets.set(names, byKey);
  }
  return byKey;
}

/**
 * The one known name `word` (an index term) is a slip away from, or null (none, or more than
 * one). A name is compared as its own term and as a word's term would be stemmed ("zelensky" and
 * "zelenski"), since the misspelt word went through the stemmer.
 */
export function correctName(word: string, names: ReadonlySet<string>): string | null {
  if (word.length < MIN_LENGTH) return null;
  const byKey = bucketsOf(names);
  let found: string | null = null;
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    for (const name of byKey.get(`${word[0]}${length}`) ?? []) {
      if (!oneEditApart(word, name) && !oneEditApart(word, stemmedName(name))) continue;
      if (found !== null && found !== name) return null;
      found = name;
    }
  }
  return found;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Every string one slip from `word`, with how likely the slip is (as `slipRank` ranks it): for
 * looking up the word meant among terms, where `slipRank` compares with a word already in hand.
 */
function oneEditVariants(word: string): Map<string, 1 | 2> {
  const variants = new Map<string, 1 | 2>();
  const add = (variant: string, rank: 1 | 2) => {
    if (variant !== word && (variants.get(variant) ?? 3) > rank) variants.set(variant, rank);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    for (const letter of LETTERS) add(head + letter + tail, 1);
    if (tail.length > 1) add(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2), 1);
    if (!tail) continue;
    add(head + tail.slice(1), 2);
    for (const letter of LETTERS)
      if (mistypes(tail[0] as string, letter)) add(head + letter + tail.slice(1), 2);
  }
  return variants;
}

/** The one candidate of the likeliest kind of slip that has any, or null (none, or a tie). */
function likeliest(candidates: ReadonlyMap<string, 1 | 2>): string | null {
  for (const rank of [1, 2]) {
    const found = [...candidates].filter(([, r]) => r === rank);
    if (found.length > 0) return found.length === 1 ? (found[0] as [string, 1 | 2])[0] : null;
  }
  return null;
}

/**
 * The word a misspelt word ("orignally", "poeple", "acording") was meant to be: the one slip of
 * the keyboard from it whose term the articles hold, or null (none, or a tie between terms).
 * The caller has made sure the word is no English word and no term of the articles; `word` is
 * the folded word as typed, since its stem may be far from the stem of the word meant.
 */
export function correctWord(word: string, knownTerm: (term: string) => boolean): string | null {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/u.test(word)) return null;
  const candidates = new Map<string, 1 | 2>();
  const spelt = new Map<string, string>();
  for (const [variant, rank] of oneEditVariants(word)) {
    const term = wordTerm(variant);
    if (!knownTerm(term) || (candidates.get(term) ?? 3) <= rank) continue;
    candidates.set(term, rank);
    spelt.set(term, variant);
  }
  const term = likeliest(candidates);
  return term === null ? null : (spelt.get(term) as string);
}

const QUESTION_WORDS = ["who", "whom", "whose", "what", "which", "when", "where", "why", "how"];

/** The question word a misspelt opening word ("wher", "waht", "whn") is a slip from, or null. */
export function correctQuestionWord(word: string): string | null {
  if (word.length < 3 || QUESTION_WORDS.includes(word)) return null;
  const candidates = new Map<string, 1 | 2>();
  for (const candidate of QUESTION_WORDS) {
    const rank = slipRank(word, candidate);
    if (rank) candidates.set(candidate, rank);
  }
  return likeliest(candidates);
}
