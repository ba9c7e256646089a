/**
 * Made-up but pronounceable words ("dravoken", "Sheluvik") for the long tail of the vocabulary:
 * rare nouns, surnames, towns and organisations. Real news has tens of thousands of distinct
 * words, most of them rare names; a benchmark index must see that long tail to be realistic.
 *
 * A word is a chain of consonant-onset + vowel syllables and an optional final consonant. Such a
 * chain splits back into its parts in exactly one way, so distinct indexes give distinct words:
 * the lexicon never has to be stored or de-duplicated.
 */

const ONSETS = [
  "b",
  "d",
  "f",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "br",
  "dr",
  "gr",
  "kr",
  "pr",
  "st",
  "tr",
  "sh",
  "ch",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai"];
const CODAS = ["", "n", "r", "s", "l", "t", "k", "m"];

const SYLLABLES = ONSETS.flatMap((onset) => VOWELS.map((vowel) => onset + vowel));
const S = SYLLABLES.length;
const C = CODAS.length;
const TWO_SYLLABLE_WORDS = S * S * C;
const THREE_SYLLABLE_WORDS = S * S * S * C;
/** How many distinct pseudo-words exist (about 24 million). */
export const PSEUDO_WORD_SPACE = TWO_SYLLABLE_WORDS + THREE_SYLLABLE_WORDS;

/** Multipliers coprime with PSEUDO_WORD_SPACE (= 2^12·3^4·5·29), so index → word is a bijection. */
const MULTIPLIERS = [1_000_003, 2_654_443, 7_368_787, 15_485_863, 104_729];

function encode(index: number): string {
  let rest = index;
  let syllables = 2;
  if (rest >= TWO_SYLLABLE_WORDS) {
    rest -= TWO_SYLLABLE_WORDS;
    syllables = 3;
  }
  const coda = CODAS[rest % C] ?? "";
  rest = Math.floor(rest / C);
  let word = "";
  for (let i = 0; i < syllables; i++) {
    word += SYLLABLES[rest % S] ?? "";
    rest = Math.floor(rest / S);
  }
  return word + coda;
}

/**
 * One namespace of pseudo-words: rank → word, lower-case. Different namespaces (or seeds) scramble
 * the index space differently, so "surnames" and "nouns" look unrelated. Most words get three
 * syllables (rare words are long, as in real text).
 */
export class PseudoLexicon {
  private readonly multiplier: number;
  private readonly offset: number;
  private readonly cache: string[] = [];

  constructor(seed: number) {
    this.multiplier = MULTIPLIERS[seed % MULTIPLIERS.length] ?? 1_000_003;
    this.offset = seed % PSEUDO_WORD_SPACE;
  }

  /** A two-syllable word (about 166,000 exist): stems for surnames and towns. */
  shortWord(rank: number): string {
    return encode((rank * this.multiplier + this.offset) % TWO_SYLLABLE_WORDS);
  }

  word(rank: number): string {
    const cached = this.cache[rank];
    if (cached !== undefined) return cached;
    const word = encode((rank * this.multiplier + this.offset) % PSEUDO_WORD_SPACE);
    this.cache[rank] = word;
    return word;
  }
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
