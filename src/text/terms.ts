/**
 * Index terms: what a sentence or a question is reduced to for matching. Both go through this
 * one function, so a question matches a sentence exactly when their terms agree.
 */
import { createHash } from "node:crypto";
import type { AnalyzedToken } from "../nlp/wink.js";
import { aliasSource, defaultAliases, type AliasTable } from "./aliases.js";
import { foldTransliteration, foldWord } from "./normalize.js";
import { stem } from "./stem.js";
import { defaultPhrases, synonymSource, type PhraseTable } from "./synonyms.js";

/** Bump when this file's rules change, or the stemmer's, or the sentence features the parser stores with terms. */
const TERMS_RULES = 21;

/**
 * Changes whenever the same text would yield different terms: these rules, the alias table, or
 * the fixed phrases of data/synonyms.json. Sentences stored with another version must be
 * re-parsed (a store can keep it beside its schema version).
 */
export const TERMS_VERSION = `${TERMS_RULES}-${createHash("sha256")
  .update(aliasSource)
  .update("\0")
  .update(synonymSource)
  .digest("hex")
  .slice(0, 8)}`;

export interface Term {
  term: string;
  /** Index of the first token this term came from. */
  token: number;
  /** A name (proper noun, acronym or alias) rather than an ordinary word. */
  isName: boolean;
  /**
   * How many tokens the term spans when it is a fixed phrase ("move on", "walk away"). Phrase
   * terms are emitted in addition to their words' own terms.
   */
  span?: number;
  /**
   * A compound written with a hyphen ("cease-fire"), whose term is the words joined
   * ("ceasefire"), emitted in addition to its words' terms: an article's "cease-fire" is found by
   * a question's "ceasefire". A question reads its compounds apart (compoundWords.ts).
   */
  compound?: true;
}

/** Every negation reduces to this one term: "not", "n't", "no", "never" carry meaning. */
export const NEGATION_TERM = "not";
const NEGATIONS = new Set([
  "not",
  "n't",
  "no",
  "never",
  "nobody",
  "none",
  "nothing",
  "neither",
  "nor",
  "cannot",
]);

/**
 * Stop words in wink's list that still tell events apart ("the next round", "the first time"),
 * and its verbs that say what happened ("when did she become mayor", "who called the meeting",
 * "what is it used for"). Its light verbs stay out (give, go, get, make, take: "take part", "make a
 * decision", little alone; kept too, they cost the fit sets first answers), and so does "say",
 * which speech questions read apart (speechType.ts).
 */
const KEPT_STOP_WORDS = new Set([
  ...["next", "last", "first", "third", "former"],
  ...["become", "became", "becomes", "becoming", "call", "keep", "move", "put", "see"],
  ...["seem", "seemed", "seems", "show", "used", "using"],
]);

/** A letter or a digit: text without one has no word in it. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** Whether a word is written as an abbreviation: "NATO", "U.N.". */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/**
 * What the terms of a token depend on besides its place in the sentence, its part of speech and
 * its stop word flag: worked out once per word (kept in the token's memo), since words repeat.
 */
interface WordFacts {
  /** The token's text and lemma these facts are of. */
  text: string;
  lemmaSource: string;
  /** foldWord of the text. */
  word: string;
  /** foldWord of the lemma (of the text when there is none). */
  lemma: string;
  negation: boolean;
  /** Has a letter or digit and is not a clitic ("'s", "n't"): may carry meaning for matching. */
  wordLike: boolean;
  acronym: boolean;
  capitalised: boolean;
  /** The term of an ordinary word or acronym, worked out when first needed. */
  term: string | undefined;
  /** Against the default alias and phrase tables (the parser's), worked out when first needed. */
  inDefaultTables: TableFacts | undefined;
}

/** What a word is in an alias table and a phrase table, wherever it stands. */
interface TableFacts {
  /** The word's own alias (aliasOfWord). */
  alias: string | undefined;
  /** Whether an alias phrase starts with the word: only then is one looked for. */
  startsAliasPhrase: boolean;
  /** Whether a fixed phrase starts with the word or its lemma: only then is one looked for. */
  mayStartPhrase: boolean;
}

function tableFacts(facts: WordFacts, aliases: AliasTable, phrases: PhraseTable): TableFacts {
  const defaults = aliases === defaultAliases && phrases === defaultPhrases;
  if (defaults && facts.inDefaultTables) return facts.inDefaultTables;
  const found: TableFacts = {
    alias: aliasOfWord(facts.word, aliases),
    startsAliasPhrase: aliases.phraseStarts.has(facts.word),
    mayStartPhrase: phrases.firstWords.has(facts.lemma) || phrases.firstWords.has(facts.word),
  };
  if (defaults) facts.inDefaultTables = found;
  return found;
}

/**
 * Words that are their own lemma, whatever wink reads: "born" is no form of "bear" (carry,
 * tolerate), or "where was she born" would match "has yet to bear fruit".
 */
const OWN_LEMMAS: ReadonlySet<string> = new Set(["born"]);

/**
 * Titles newswire writes short before a name ("Sen. John Kerry", "Gen. Colin Powell", "Dr.
 * Smith"), read as the words they stand for: "which senator" is asked of "Sen. Kerry". Only
 * written with a capital, as before a name.
 */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["dr.", "doctor"],
  ["prof.", "professor"],
  ["sen.", "senator"],
  ["rep.", "representative"],
  ["gov.", "governor"],
  ["gen.", "general"],
  ["lt.", "lieutenant"],
  ["col.", "colonel"],
  ["maj.", "major"],
  ["capt.", "captain"],
  ["sgt.", "sergeant"],
  ["adm.", "admiral"],
  ["cmdr.", "commander"],
  ["rev.", "reverend"],
  ["pres.", "president"],
  ["supt.", "superintendent"],
  ["atty.", "attorney"],
  ["mt.", "mount"],
]);

function factsOf(token: AnalyzedToken): WordFacts {
  const memo = token.memo;
  const kept = memo?.terms as WordFacts | undefined;
  if (kept !== undefined && kept.text === token.text && kept.lemmaSource === token.lemma) return kept;
  const text = token.text;
  const word = foldWord(text);
  const capitalised = /^\p{Lu}/u.test(text);
  const lemma = OWN_LEMMAS.has(word)
    ? word
    : (capitalised && TITLE_ABBREVIATIONS.get(word)) || foldWord(token.lemma || text);
  const facts: WordFacts = {
    text,
    lemmaSource: token.lemma,
    word,
    lemma,
    negation: NEGATIONS.has(word) || NEGATIONS.has(lemma),
    wordLike: WORD_CHAR.test(text) && !/^'s?$|^n't$/iu.test(word),
    acronym: isAcronym(text),
    capitalised,
    term: undefined,
    inDefaultTables: undefined,
  };
  if (memo) memo.terms = facts;
  return facts;
}

/** Whether a token carries meaning for matching at all (not punctuation, not a clitic). */
function isWordToken(token: AnalyzedToken, facts: WordFacts): boolean {
  if (token.pos === "PUNCT" || token.pos === "SYM" || token.pos === "SPACE") return false;
  return facts.wordLike;
}

/** The tokens' texts, folded (foldWord). */
export function foldedWords(tokens: readonly AnalyzedToken[]): string[] {
  return tokens.map((token) => factsOf(token).word);
}

/**
 * Whether token i opens the sentence, a clause after a colon ("Ulysses S. Grant (18th
 * President): Born April 27…", "Update: Officials said…") or a later sentence of the same text
 * (a question asked in two: "What time did it break? Like the actual clock time."), where any
 * word has a capital. (wink keeps an abbreviation's point in its token: "Mr.", "U.S.".)
 */
export function opensClause(tokens: readonly AnalyzedToken[], i: number): boolean {
  if (i === 0) return true;
  const before = tokens[i - 1]?.text;
  return before === ":" || before === "." || before === "?" || before === "!";
}

/**
 * Reduces tokens to terms: aliases (multi-word first) to their canonical term, negations to one
 * term, stop words out (but an upper-case acronym like "US" is a name, not the pronoun "us"),
 * everything else to the Porter stem of its lemma. Fixed phrases ("move on") add a phrase term.
 */
export function termsOf(
  tokens: readonly AnalyzedToken[],
  aliases: AliasTable = defaultAliases,
  phrases: PhraseTable = defaultPhrases,
): Term[] {
  const terms: Term[] = [];
  const facts = tokens.map(factsOf);
  const words = facts.map((f) => f.word);
  const lemmas = facts.map((f) => f.lemma);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as AnalyzedToken;
    const fact = facts[i] as WordFacts;
    const word = fact.word;
    if (fact.negation) {
      terms.push({ term: NEGATION_TERM, token: i, isName: false });
      continue;
    }
    if (!isWordToken(token, fact)) continue;
    const inTables = tableFacts(fact, aliases, phrases);
    const alias = inTables.startsAliasPhrase ? matchAliasPhrase(words, i, aliases) : null;
    if (alias) {
      terms.push({ term: alias.term, token: i, isName: true });
      i += alias.length - 1;
      continue;
    }
    const phrase = inTables.mayStartPhrase
      ? (matchFixedPhrase(lemmas, i, phrases) ?? matchFixedPhrase(words, i, phrases))
      : null;
    if (phrase) terms.push({ term: phrase.term, token: i, isName: false, span: phrase.length });
    const aliased = inTables.alias;
    if (aliased) {
      terms.push({ term: aliased, token: i, isName: true });
      continue;
    }
    const acronym = fact.acronym;
    if (token.stop && !acronym && !KEPT_STOP_WORDS.has(word)) continue;
    const isName = acronym || token.pos === "PROPN" || (fact.capitalised && !opensClause(tokens, i));
    fact.term ??= acronym ? word.replace(/\./gu, "") : wordTerm(fact.lemma);
    terms.push({ term: fact.term, token: i, isName });
    if (!isName && tokens[i + 1]?.text === "-") {
      const joined = hyphenCompound(tokens, facts, i);
      if (joined) terms.push({ term: joined, token: i, isName: false, span: 3, compound: true });
    }
  }
  return terms;
}

/** A compound's parts: lower-case letters (the first may open the sentence with a capital). */
const COMPOUND_PART = /^\p{Ll}+$/u;
/** What a compound noun's first part is, as wink tags it: "cease" (a verb), "air" (a noun). */
const COMPOUND_FIRST: ReadonlySet<string> = new Set(["NOUN", "VERB", "PROPN"]);

/**
 * The term of a compound written with a hyphen at token i ("cease-fire", "air-strikes"): the
 * first word joined to the second's lemma ("airstrike"). Not a name's ("Russia-Ukraine"), a
 * figure's ("20-year-old") or part of a longer chain ("face-to-face").
 */
function hyphenCompound(
  tokens: readonly AnalyzedToken[],
  facts: readonly WordFacts[],
  i: number,
): string | undefined {
  const first = tokens[i] as AnalyzedToken;
  const hyphen = tokens[i + 1] as AnalyzedToken;
  const second = tokens[i + 2];
  if (!second || !COMPOUND_PART.test(second.text) || tokens[i + 3]?.text === "-") return undefined;
  if (!COMPOUND_PART.test(first.text.toLowerCase()) || tokens[i - 1]?.text === "-") return undefined;
  // A noun written in two parts ("cease-fire", "air-strikes", "land-mines"), not a description
  // ("long-term", "nuclear-powered", "high-level"), which no one writes as one word.
  if (second.pos !== "NOUN" || !COMPOUND_FIRST.has(first.pos)) return undefined;
  if (first.start + first.text.length !== hyphen.start) return undefined;
  if (hyphen.start + 1 !== second.start) return undefined;
  return compoundTerm(facts[i]?.word as string, facts[i + 2]?.lemma as string);
}

/**
 * A compound's term: its first word (folded) joined to its second's lemma (folded), "cease" and
 * "fires" → "ceasefire"'s, as the word written with a hyphen would have. The articles'
 * hyphenated compounds are indexed by it, and a question's two words are read as one when the
 * articles hold it (compoundWords.ts).
 */
export function compoundTerm(firstWord: string, secondLemma: string): string {
  return wordTerm(`${firstWord}-${secondLemma}`);
}

/** A hyphen inside a word ("co-pilot", "e-mail", "re-election"), between two letters. */
const INNER_HYPHEN = /(?<=\p{L})-(?=\p{L})/gu;

/**
 * An ordinary word's term: the stem of its lemma, transliteration variants folded, and a hyphen
 * between letters dropped: "co-pilot" and "copilot" are one word, written either way. A joined
 * word whose stem keeps less than two letters past its first part is not stemmed: "villa-gate"
 * would stem as "villag", the term of "village", another word.
 */
export function wordTerm(lemma: string): string {
  let term = wordTerms.get(lemma);
  if (term === undefined) {
    // Words repeat: each is stemmed once (the cache starts over past a bound, so it stays small).
    if (wordTerms.size >= WORD_TERMS_BOUND) wordTerms.clear();
    const joined = lemma.replace(INNER_HYPHEN, "");
    let stemmed = stem(joined);
    if (joined !== lemma && stemmed.length < lemma.indexOf("-") + 2) stemmed = joined;
    term = foldTransliteration(stemmed);
    wordTerms.set(lemma, term);
  }
  return term;
}

const wordTerms = new Map<string, string>();
const WORD_TERMS_BOUND = 100_000;

/** A single word's alias, also for a plural ("Ukrainians" → the alias of "ukrainian"). */
function aliasOfWord(word: string, aliases: AliasTable): string | undefined {
  const direct = aliases.words.get(word);
  if (direct) return direct;
  return word.length > 4 && word.endsWith("s") ? aliases.words.get(word.slice(0, -1)) : undefined;
}

/** The longest alias phrase starting at token i, compared word by word (folded). */
function matchAliasPhrase(
  words: readonly string[],
  i: number,
  aliases: AliasTable,
): { term: string; length: number } | null {
  if (!aliases.phraseStarts.has(words[i] as string)) return null;
  for (let length = Math.min(aliases.longestPhrase, words.length - i); length >= 2; length--) {
    const phrase = words.slice(i, i + length).join(" ");
    const term = aliases.phrases.get(phrase);
    if (term) return { term, length };
  }
  return null;
}

/**
 * The longest fixed phrase starting at token i, compared lemma by lemma ("walked away" → "walk
 * away") or, for phrases whose words are not base forms ("according to"), word by word.
 */
function matchFixedPhrase(
  forms: readonly string[],
  i: number,
  phrases: PhraseTable,
): { term: string; length: number } | null {
  if (!phrases.firstWords.has(forms[i] as string)) return null;
  for (let length = Math.min(phrases.longest, forms.length - i); length >= 2; length--) {
    const key = forms.slice(i, i + length).join(" ");
    if (phrases.terms.has(key)) return { term: key, length };
  }
  return null;
}

/** Just the term strings. */
export function termStrings(tokens: readonly AnalyzedToken[], aliases?: AliasTable): string[] {
  return termsOf(tokens, aliases).map((t) => t.term);
}
