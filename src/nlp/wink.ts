/**
 * The one wink-nlp instance, behind a small typed wrapper: the rest of the code sees plain
 * objects with character offsets, never wink's item API.
 */
import winkNLP from "wink-nlp";
import type { WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { splitAfterUnits } from "./sentenceBounds.js";

export interface AnalyzedToken {
  /** The token exactly as written. */
  text: string;
  /** Start offset (UTF-16 code units) in the analyzed text. */
  start: number;
  /** Lower-cased, wink-normalised form. */
  normal: string;
  lemma: string;
  /** Porter stem of the normal form: the same for "talks" and "talk", whatever the part of speech. */
  stem: string;
  pos: string;
  stop: boolean;
  /** Named-entity type (DATE, CARDINAL, …) when the token is inside a wink entity. */
  entity: string | null;
  /**
   * One object shared by the tokens wink reads alike (same word, same part of speech), where
   * facts worked out from a token's own forms (text, lemma, normal form) can be kept once per
   * word rather than recomputed for every token (see termsOf, findDates). Whoever keeps facts
   * there checks they are of this token's forms before using them. Absent on tokens made elsewhere.
   */
  readonly memo?: TokenMemo;
}

/** What is kept per word, by the module named. */
export interface TokenMemo {
  terms: unknown;
  dates: unknown;
}

export interface AnalyzedSentence {
  start: number;
  end: number;
  tokens: AnalyzedToken[];
}

let instance: WinkMethods | undefined;

/** wink's hand-written types lag its code (e.g. `its.lemma`), so reads go through one cast. */
function read<T>(collection: { out: unknown }, field: unknown): T {
  return (collection.out as (field: unknown) => unknown).call(collection, field) as T;
}

function nlp(): WinkMethods {
  if (!instance) {
    // sbd for sentences, pos for lemmas, ner for DATE/CARDINAL/… entities.
    instance = winkNLP(model, ["sbd", "pos", "ner"]);
    // wink numbers the words it meets past its vocabulary from the vocabulary's size on: the
    // first such word's number is it (read before any text).
    vocabularySize =
      read<number[]>(instance.readDoc(VOCABULARY_PROBE).tokens(), instance.its.uniqueId)[0] ?? 0;
  }
  return instance;
}

/** A word no vocabulary has, read first to learn wink's vocabulary size. */
const VOCABULARY_PROBE = "zqxjvqzkw";
/** How many words wink's model knows: a word numbered below this is one of them. */
let vocabularySize = 0;

const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

/** wink's Porter stem of a token's value (what `its.stem` gives), memoised: stemming is costly. */
function stemOf(value: string): string {
  let stem = stems.get(value);
  if (stem === undefined) {
    stem = (model.addons.stem as (word: string) => string)(value);
    if (stems.size < STEM_CACHE_LIMIT) stems.set(value, stem);
  }
  return stem;
}

/** What wink reads in a token, apart from where it stands. */
interface WordReading extends TokenMemo {
  value: string;
  normal: string;
  lemma: string;
  stop: boolean;
  pos: string;
  /** The same vocabulary entry's reading in another part of speech, if any. */
  otherPos: WordReading | undefined;
}

/**
 * Readings by vocabulary entry (its id, the array index) and part of speech (a chain: a word is
 * read in one or two). wink works out a token's normal form, stop word flag and (costly) lemma
 * afresh for every token, though they depend only on its entry in wink's vocabulary
 * (`its.uniqueId`, fixed for the life of the one instance) and, for the lemma, its part of
 * speech. The one exception is a contraction's part ("ca" of "can't"), whose forms come from the
 * contraction: those are read from wink every time.
 */
let readingsById: (WordReading | undefined)[] = [];
let readingCount = 0;
/** The array starts over past this many readings, so a long-running bot's memory stays bounded. */
const READINGS_LIMIT = 100_000;
/** wink numbers every new word it meets; words past this number are read from wink each time. */
const ID_LIMIT = 1_000_000;

/** The reading of token i of a document's tokens, as wink gives it. */
function readToken(tokens: ItemSource, i: number, pos: string): WordReading {
  const its = nlp().its;
  const token = tokens.itemAt(i);
  return {
    value: read<string>(token, its.value),
    normal: read<string>(token, its.normal),
    lemma: properNounLemma(
      pos,
      read<string>(token, its.value),
      restoreSilentE(read<string>(token, its.normal), read<string>(token, its.lemma)),
    ),
    stop: read<boolean>(token, its.stopWordFlag),
    pos,
    otherPos: undefined,
    terms: undefined,
    dates: undefined,
  };
}

/**
 * A one-syllable lemma ending in a single vowel and consonant whose form adds "-ed" or "-ing"
 * without doubling the consonant: wink took "fined" for "fin", "coping" for "cop" and "stared"
 * for "star", but a stressed closing consonant doubles ("starred", "stopped"), so the verb ends
 * in a silent e: "fine", "cope", "stare" ("hoped", "timed" wink already reads so).
 */
export function restoreSilentE(normal: string, lemma: string): string {
  if (!SHORT_CLOSED.test(lemma)) return lemma;
  return normal === `${lemma}ed` || normal === `${lemma}ing` ? `${lemma}e` : lemma;
}

/** One vowel, then one consonant that doubles before a suffix (not w, x or y): "fin", "star". */
const SHORT_CLOSED = /^[b-df-hj-np-tv-z]*[aeiou][b-df-hj-np-tvz]$/u;

/**
 * A capitalised word wink reads as a name keeps its form as its lemma: "Children were among the
 * dead", "Thieves broke in", "Women and children fled" opening a sentence gave "children",
 * "thieves" and "women", which no question's "child", "thief" or "woman" matches (a regular
 * plural stems to its singular's term anyway: "Miners"). Such a word is read as the common noun
 * wink reads in "the children" when that lemma is not merely the word's stem: "child". Names keep
 * theirs ("Rubio", "James"); a name that is an irregular plural ("Wolves") gets its singular
 * wherever it is written so, question or article. Only words wink's vocabulary has are looked up
 * so: its rules for a word it does not know would make "Bremen" "breman".
 */
function properNounLemma(pos: string, value: string, lemma: string): string {
  if (pos !== "PROPN" || !TITLE_CASE.test(value)) return lemma;
  const word = value.toLowerCase();
  if (!IRREGULAR_PLURAL_ENDING.test(word)) return lemma;
  let noun = nounLemmas.get(word);
  if (noun === undefined) {
    const wink = nlp();
    const its = wink.its;
    const doc = wink.readDoc(`the ${word}`).tokens();
    const known = (read<number[]>(doc, its.uniqueId)[1] ?? Infinity) < vocabularySize;
    const asNoun = read<string[]>(doc, its.pos)[1] === "NOUN";
    const common = read<string[]>(doc, its.lemma)[1] ?? word;
    // Only a word of wink's vocabulary: its rules would make "Bremen" "breman", "Carmen" "carman".
    noun = known && asNoun && stemOf(common) !== stemOf(word) ? common : null;
    if (nounLemmas.size >= READINGS_LIMIT) nounLemmas.clear();
    nounLemmas.set(word, noun);
  }
  return noun ?? lemma;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Endings of the plurals a stem does not reduce to their singular's ("children", "women", "thieves", "crises", "feet"…): only these are looked up. */
const IRREGULAR_PLURAL_ENDING = /(?:men|ren|ves|ses|eet|eeth|eese)$/u;
/** A capitalised word's common-noun lemma, by its lower-case form (null when it has none to take). */
const nounLemmas = new Map<string, string | null>();

/** The reading of token i (vocabulary entry `id`, part of speech `pos`), memoised. */
function readingOf(tokens: ItemSource, i: number, id: number, pos: string): WordReading {
  if (id >= ID_LIMIT) return readToken(tokens, i, pos);
  let first = readingsById[id];
  for (let reading = first; reading !== undefined; reading = reading.otherPos) {
    if (reading.pos === pos) return reading;
  }
  if (readingCount >= READINGS_LIMIT) {
    readingsById = [];
    readingCount = 0;
    first = undefined;
  }
  // Grown one slot at a time, the array stays a plain (fast) one rather than a sparse one.
  while (readingsById.length <= id) readingsById.push(undefined);
  const reading = readToken(tokens, i, pos);
  reading.otherPos = first;
  readingsById[id] = reading;
  readingCount++;
  return reading;
}

/** A possessive written onto a word: "Kyiv's", "McDonald’s". */
const POSSESSIVE = /^(.*\p{L}.*?)(['’][sS])$/u;
/** wink's part of speech for a possessive's "'s". */
const POSSESSIVE_POS = "PART";
/** Possessives split, by word and part of speech (few: see splitPossessive). */
const possessives = new Map<string, [WordReading, WordReading] | null>();

/**
 * A word read with its possessive as one token ("Kyiv's"), as the two tokens wink reads in a
 * fresh process ("Kyiv", "'s"); null for any other token. wink splits "Kyiv's" until it has once
 * read it whole — "the choice is Kyiv's.", "a Kyiv's-backed plan" — and then, its vocabulary
 * holding the word, never splits it again in that process: one such sentence in an article or a
 * question and every later "Kyiv's" became a name no article has ("Who is Kyiv's foreign
 * minister" refused for unknown names), an article parsed after it indexed differently.
 */
function splitPossessive(reading: WordReading): [WordReading, WordReading] | null {
  const value = reading.value;
  const last = value.length - 1;
  // Most tokens fail at once: an s after an apostrophe ends none of them.
  if (last < 2 || (value[last] !== "s" && value[last] !== "S")) return null;
  if (value[last - 1] !== "'" && value[last - 1] !== "’") return null;
  const key = `${value}\u0000${reading.pos}`;
  let parts = possessives.get(key);
  if (parts === undefined) {
    parts = possessiveParts(value, reading.pos);
    if (possessives.size >= READINGS_LIMIT) possessives.clear();
    possessives.set(key, parts);
  }
  return parts;
}

/** "Kyiv's" read as "Kyiv" (as wink reads the word alone) and "'s"; null unless it is a word and its possessive. */
function possessiveParts(value: string, pos: string): [WordReading, WordReading] | null {
  const match = POSSESSIVE.exec(value);
  if (!match) return null;
  const suffix = match[2] as string;
  const alone = nlp()
    .readDoc(match[1] as string)
    .tokens();
  const wordIds = read<number[]>(alone, nlp().its.uniqueId);
  if (wordIds.length !== 1) return null;
  const possessive = givenReading(suffix, suffix.toLowerCase(), POSSESSIVE_POS, false);
  return [readingOf(alone, 0, wordIds[0] as number, pos), possessive];
}

/**
 * Contractions wink reads as one unknown word, a proper noun: "I'm" (alone among the pronoun's
 * contractions), and a question word's "when'll", "where'll", "when'd" (it splits "who'll",
 * "where'd"). The word, then the auxiliary.
 */
const UNREAD_CONTRACTION = /^(?:(i)(['’]m)|(when|where|why|how|what|who|which)(['’](?:ll|d|s|re|ve)))$/iu;
/** Each contracted word's part of speech (its lemma is itself, lower-cased). */
const CONTRACTED_WORD_POS: Readonly<Record<string, string>> = {
  i: "PRON",
  when: "ADV",
  where: "ADV",
  why: "ADV",
  how: "ADV",
  what: "PRON",
  who: "PRON",
  which: "DET",
};
/** The auxiliary each contraction stands for, as wink lemmatises it after "who" or "why". */
const CONTRACTED_AUXILIARY: Readonly<Record<string, string>> = {
  m: "be",
  ll: "will",
  d: "would",
  s: "be",
  re: "be",
  ve: "have",
};
/** Such contractions split, by how they are written ("I'm", "I’m", "I'M"; "im" is none). */
const unreadContractions = new Map<string, [WordReading, WordReading] | null>();

/**
 * "I'm", "when'll" as wink reads "I've" or "who'll": the word and the auxiliary, both stop words;
 * null for any other token. Read whole, each was a name no article has: "I'm confused, who hosted
 * the talks?" and "when'll the deal be signed" were refused, and a quote's "I'm" made "i'm" one
 * of the articles' names.
 */
function splitUnreadContraction(reading: WordReading): [WordReading, WordReading] | null {
  const value = reading.value;
  if (value.length < 3 || (!value.includes("'") && !value.includes("’"))) return null;
  let parts = unreadContractions.get(value);
  if (parts === undefined) {
    const match = UNREAD_CONTRACTION.exec(value);
    const word = match?.[1] ?? match?.[3];
    const suffix = match?.[2] ?? match?.[4];
    parts =
      word && suffix
        ? [
            givenReading(word, word.toLowerCase(), CONTRACTED_WORD_POS[word.toLowerCase()] as string, true),
            givenReading(suffix, CONTRACTED_AUXILIARY[suffix.slice(1).toLowerCase()] as string, "AUX", true),
          ]
        : null;
    if (unreadContractions.size >= READINGS_LIMIT) unreadContractions.clear();
    unreadContractions.set(value, parts);
  }
  return parts;
}

/** A reading made here rather than by wink (a contraction's or possessive's part), its lemma, part of speech and stop flag given. */
function givenReading(text: string, lemma: string, pos: string, stop: boolean): WordReading {
  return {
    value: text,
    normal: text.toLowerCase(),
    lemma,
    stop,
    pos,
    otherPos: undefined,
    terms: undefined,
    dates: undefined,
  };
}

/** A token collection whose items can be read one at a time. */
interface ItemSource {
  itemAt(i: number): { out: unknown };
}

/** A token; its stem is worked out only when read, not for every token parsed. */
class Token implements AnalyzedToken {
  entity: string | null = null;
  readonly text: string;
  readonly normal: string;
  readonly lemma: string;
  readonly stop: boolean;
  readonly memo: TokenMemo | undefined;
  /** The word as wink read it: the text without the invisible characters written inside it. */
  private readonly word: string;
  constructor(
    reading: WordReading,
    masked: boolean,
    readonly start: number,
    readonly pos: string,
    written?: string,
  ) {
    this.text = masked ? NUMBER_MASK : (written ?? reading.value);
    this.word = masked ? NUMBER_MASK : reading.value;
    this.normal = reading.normal;
    this.lemma = reading.lemma;
    this.stop = reading.stop;
    // A masked number's text is not the word wink read.
    this.memo = masked ? undefined : reading;
  }

  get stem(): string {
    return stemOf(this.word);
  }
}

/** A masked number, and what wink reads in its place: a year, which it tags as a date or a figure by context. */
export const NUMBER_MASK = "<num>";
const NUMBER_STAND_IN_WORD = "1999";
const NUMBER_STAND_IN = `${NUMBER_STAND_IN_WORD} `;

/**
 * Splits text into sentences and tokens. Offsets are exact: wink keeps every token's preceding
 * whitespace, so summing whitespace and token lengths walks the original string.
 *
 * Token fields are read a whole column at a time (`doc.tokens().out(its.x)`): reading them
 * token by token would build an item object per token. Only a word's first reading (see
 * readingOf) and a contraction's parts are read item by item.
 */
export function analyzeText(original: string): AnalyzedSentence[] {
  const winkNlp = nlp();
  const its = winkNlp.its;
  // Corpora that mask numbers write "<num>": wink reads it as a number of the same length, so
  // dates and figures are still entities and every offset still points into the original.
  const unmasked = original.includes(NUMBER_MASK)
    ? original.replaceAll(NUMBER_MASK, NUMBER_STAND_IN)
    : original;
  // wink reads the text without invisible characters ("peo\u00ADple", a soft hyphen, is one
  // word); `at` takes its offsets back to the text as written.
  const { text, at } = withoutInvisible(unmasked);
  const doc = winkNlp.readDoc(text);
  const all = doc.tokens();
  const column = <T>(field: unknown): T[] => read<T[]>(all, field);
  const ids = column<number>(its.uniqueId);
  const contracted = column<boolean>(its.contractionFlag);
  const spaces = column<string>(its.precedingSpaces);
  const tags = column<string>(its.pos);
  const tokens: AnalyzedToken[] = [];
  /** A token of wink's reading from `from` in the text it read, placed in the text as written. */
  const token = (part: WordReading, from: number, partPos: string, isMasked = false) => {
    const begin = at(from);
    const end = part.value.length === 0 ? begin : at(from + part.value.length - 1) + 1;
    const written = end - begin === part.value.length ? undefined : unmasked.slice(begin, end);
    return new Token(part, isMasked, begin, partPos, written);
  };
  // Where each of wink's tokens starts in `tokens` (one of them may be two of ours: splitPossessive,
  // splitUnreadContraction).
  const firstOf = new Int32Array(ids.length + 1);
  let offset = 0;
  for (let i = 0; i < ids.length; i++) {
    firstOf[i] = tokens.length;
    offset += (spaces[i] as string).length;
    const pos = tags[i] as string;
    const reading = contracted[i] ? readToken(all, i, pos) : readingOf(all, i, ids[i] as number, pos);
    const value = reading.value;
    const start = text.startsWith(value, offset) ? offset : Math.max(offset, text.indexOf(value, offset));
    const masked = value === NUMBER_STAND_IN_WORD && original.startsWith(NUMBER_MASK, at(start));
    const parts =
      contracted[i] || masked ? null : (splitPossessive(reading) ?? splitUnreadContraction(reading));
    if (parts) {
      tokens.push(token(parts[0], start, parts[0].pos));
      tokens.push(token(parts[1], start + parts[0].value.length, parts[1].pos));
    } else tokens.push(token(reading, start, pos, masked));
    offset = start + value.length;
  }
  firstOf[ids.length] = tokens.length;
  /** Our index of the last token of wink's token i. */
  const lastOf = (i: number) => (firstOf[i + 1] as number) - 1;
  const entities = doc.entities();
  const entitySpans = read<[number, number][]>(entities, its.span);
  const entityTypes = read<string[]>(entities, its.type);
  entitySpans.forEach(([first, last], e) => {
    for (let i = firstOf[first] as number; i <= lastOf(last); i++) {
      const token = tokens[i];
      if (token) token.entity = entityTypes[e] as string;
    }
  });
  const sentences: AnalyzedSentence[] = [];
  const sentenceSpans = read<[number, number][]>(doc.sentences(), its.span);
  for (const [first, last] of sentenceSpans) {
    for (const sentenceTokens of splitAfterUnits(tokens.slice(firstOf[first], lastOf(last) + 1))) {
      const head = sentenceTokens[0];
      const tail = sentenceTokens[sentenceTokens.length - 1];
      if (!head || !tail) continue;
      sentences.push({ start: head.start, end: tail.start + tail.text.length, tokens: sentenceTokens });
    }
  }
  return sentences;
}

/** Characters that show nothing: soft hyphens, zero-width spaces and joiners, word joiners, BOMs. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/u;

/**
 * The text without its invisible characters, and where each of its offsets is in the text as
 * written (`at(text.length)` is the written text's length). Text without them is its own.
 */
function withoutInvisible(written: string): { text: string; at: (offset: number) => number } {
  if (!INVISIBLE.test(written)) return { text: written, at: (offset) => offset };
  const positions: number[] = [];
  let text = "";
  for (let i = 0; i < written.length; i++) {
    const c = written[i] as string;
    if (INVISIBLE.test(c)) continue;
    positions.push(i);
    text += c;
  }
  positions.push(written.length);
  return { text, at: (offset) => positions[offset] ?? written.length };
}

/**
 * Whether the token after `i` is a plural noun, so a number at `i` counts it ("2022 troops", "the
 * 1500 soldiers") rather than naming a year.
 */
export function countsNounAfter(tokens: readonly AnalyzedToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.pos === "NOUN" && next.text.toLowerCase() !== next.lemma.toLowerCase();
}

/** Tokens of a short text (a question), sentence boundaries ignored. */
export function analyzeTokens(text: string): AnalyzedToken[] {
  return analyzeText(text).flatMap((sentence) => sentence.tokens);
}

/** Loads the model now rather than inside the first timed answer. */
export function warmUpNlp(): void {
  analyzeText("Warm up.");
}
