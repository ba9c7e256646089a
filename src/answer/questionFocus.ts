/**
 * What class of thing a what / which question asks for (its focus): the noun after "what is the",
 * "which country", the head of a search engine's keywords ("mount fuji height"), an amount
 * ("what is the population of X"), or a kind of it ("what kind of singer"). Split from
 * questionKind.ts, which reads the question's type and the kind of answer.
 */
import type { AnalyzedToken } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { wordTerm } from "../text/terms.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { LOCATION_CLASS, PERSON_CLASS } from "./wordClasses.js";
import {
  BE_FORMS,
  copulaAt,
  KIND_NOUNS,
  WH_WORDS,
  type AnswerKind,
  type QuestionType,
} from "./questionKind.js";

/** Kind nouns that name a thing's own kind rather than the thing: "the name of", "what brand of". */
const INSTANCE_NOUNS = new Set(["name", "names", "brand", "brands"]);

/**
 * "What kind of singer is Ice T", "which type of aircraft": the question asks for a kind of its
 * focus (a description: "a rapper", "fighter jets"), not for one of them (a person or a name).
 */
export function asksSubtype(tokens: readonly AnalyzedToken[]): boolean {
  const words = tokens.slice(0, 6).map((t) => foldWord(t.text));
  const wh = words.findIndex((w) => w === "what" || w === "which");
  if (wh < 0 || wh > 2) return false;
  for (let k = wh + 1; k < words.length - 1; k++) {
    const word = words[k] as string;
    if (KIND_NOUNS.has(word) && words[k + 1] === "of") return !INSTANCE_NOUNS.has(word);
    if (!BE_FORMS.has(word) && !ARTICLES.has(word)) return false;
  }
  return false;
}
const ARTICLES = new Set(["the", "a", "an"]);

/**
 * "Which country", "what city", "which airport", "what hotel": a focus that is a region of the
 * earth, a building or a facility (WordNet), not any location ("melting point").
 */
export const SITE_FOCUS = ["region", "building", "facility"].map((w) => wordTerm(w));

/** The question's focus (see AnalyzedQuestion.focus), as an index term, or null. */
export function focusOf(type: QuestionType, tokens: readonly AnalyzedToken[]): string | null {
  if (type === "who") return PERSON_CLASS;
  if (type === "where") return LOCATION_CLASS;
  const head = focusToken(tokens);
  return head < 0 ? null : termOf(tokens[head] as AnalyzedToken);
}

function termOf(token: AnalyzedToken): string {
  return wordTerm(foldWord(token.lemma || token.text));
}

/** The token of a what / which question's focus noun ("population" of "what is the population of X"), or -1. */
function focusToken(tokens: readonly AnalyzedToken[]): number {
  const words = tokens.map((t) => foldWord(t.text));
  const wh = words.findIndex((w) => w === "what" || w === "which");
  if (wh < 0 || wh > 2) return -1;
  // "What is the X of Y", "what was his X", "what exactly is a spillway": the noun phrase after the verb.
  const be = copulaAt(tokens, wh + 1);
  const i = be >= 0 ? be + 1 : wh + 1;
  let head = nounPhraseHead(tokens, words, i);
  if (head < 0) return -1;
  // "What is Macron's wife's name": the name of the noun before it, as "the name of his wife".
  if (
    NAME_NOUNS.has(words[head] ?? "") &&
    tokens[head - 1]?.pos === "PART" &&
    tokens[head - 2]?.pos === "NOUN"
  )
    head -= 2;
  // A name is no class ("what was the name of the Titanic"). But "the name of Ukraine's Prime
  // Minister", "the name of the Foreign Minister" ask for a title's holder, capitalised as the
  // articles write titles: a title with its owner or its own modifier before it.
  const title =
    NAME_OF.test(words.slice(i, head).join(" ")) && TITLE_MODIFIER.has(tokens[head - 1]?.pos ?? "");
  return tokens[head]?.pos !== "PROPN" || title ? head : -1;
}

/** What stands before a title's head word: its owner's "'s", or a word of the title ("Prime", "Foreign"). */
const TITLE_MODIFIER: ReadonlySet<string> = new Set(["PART", "PROPN", "ADJ"]);

/** "Name", "names": a focus that only says a name is asked for. */
const NAME_NOUNS: ReadonlySet<string> = new Set(["name", "names"]);
/** "The name of", "the names of", as the phrase before a focus. */
const NAME_OF = /(?:^|\s)names?\s+of(?:\s|$)/u;

/**
 * WordNet's classes of amounts: magnitudes (a size, a height, an amount), numbers (a total, a
 * count), money (a budget), worth (a cost, a price, a value) and sums of money (a revenue, an
 * income, a profit). Not its quantities, which hold deadlines and terms of office, nor its costs,
 * which hold benefits.
 */
const AMOUNT_CLASSES = ["magnitude", "number", "money", "worth", "sum"].map((w) => wordTerm(w));
/** "How much money / did it cost / is the ransom": what WordNet counts as money or a cost. */
export const MONEY_CLASSES = ["money", "cost", "value", "payment"].map((w) => wordTerm(w));
/** WordNet has a population as the people of a place, not as their number, which it is asked for. */
const POPULATION = wordTerm("population");

/**
 * "What is the population of X", "what was the total cost", "what is the atomic number of
 * helium": the token of a what-question's focus when it is an amount (WordNet's magnitudes,
 * numbers, money, worth and sums), which a figure answers as it does "how many"; or -1.
 */
export function amountFocusToken(
  type: QuestionType,
  tokens: readonly AnalyzedToken[],
  lexicon: Lexicon,
): number {
  if (type !== "what" || asksSubtype(tokens)) return -1;
  // "mount fuji height", "lake baikal depth": a search engine's keywords ask for their head noun.
  const focus = focusToken(tokens);
  const head = focus >= 0 ? focus : keywordHeadToken(tokens);
  if (head < 0) return -1;
  const term = termOf(tokens[head] as AnalyzedToken);
  const amount = term === POPULATION || lexicon.isKindOf(term, AMOUNT_CLASSES);
  return amount ? head : -1;
}

/** Words that make a query a sentence, not a search engine's keywords. */
const SENTENCE_WORDS = new Set([...WH_WORDS, "if", "whether"]);

/**
 * A search engine's query of keywords ("frida kahlo husband", "capital of iceland", "toyota ceo"):
 * what it asks for is its head noun — the last before a preposition, or the last of all — as
 * "what is the X of Y" asks for X. Null for a query with a verb of its own ("best time to visit
 * kyoto") or a question word (focusOf reads those).
 */
export function keywordHead(tokens: readonly AnalyzedToken[]): string | null {
  const head = keywordHeadToken(tokens);
  return head < 0 ? null : termOf(tokens[head] as AnalyzedToken);
}

/** The token of a keyword query's head noun (keywordHead), or -1. */
function keywordHeadToken(tokens: readonly AnalyzedToken[]): number {
  const words = tokens.map((t) => foldWord(t.text));
  if (tokens.some((t, k) => t.pos === "AUX" || t.pos === "PRON" || SENTENCE_WORDS.has(words[k] ?? "")))
    return -1;
  if (tokens.some((t) => t.pos === "PART")) return -1;
  // The tagger reads some keywords as verbs ("mount fuji height", "jesse owens cause of death");
  // a participle is one ("biggest lego set ever made").
  const verb = (k: number) => tokens[k]?.pos === "VERB";
  if (tokens.some((t, k) => verb(k) && (words[k] !== foldWord(t.lemma) || /ing$/u.test(words[k] ?? ""))))
    return -1;
  let head = -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as AnalyzedToken;
    if (token.pos === "ADP" && head >= 0) break;
    if (token.pos === "NOUN" || verb(k)) head = k;
  }
  return head;
}

/** A keyword query's head that says what kind of answer it wants: "release date", "cause of death", "real name". */
const KEYWORD_KINDS = new Map<string, AnswerKind>([
  ...["date", "day", "year", "month", "birthday", "anniversary"].map((w) => [wordTerm(w), "date"] as const),
  ...["cause", "reason"].map((w) => [wordTerm(w), "reason"] as const),
  ...["name", "title"].map((w) => [wordTerm(w), "name"] as const),
]);

/** The kind a keyword query asks for by its head (keywordHead), if its word says it. */
export function keywordKind(head: string | null): AnswerKind | null {
  return head === null ? null : (KEYWORD_KINDS.get(head) ?? null);
}

/**
 * The head noun of the noun phrase at token i ("the Crips' gang color" → color), looking
 * through "kind of" and "name of" to the noun phrase after them; -1 when there is none.
 */
function nounPhraseHead(tokens: readonly AnalyzedToken[], words: readonly string[], i: number): number {
  let head = -1;
  for (let k = i; k < tokens.length; k++) {
    const token = tokens[k] as AnalyzedToken;
    if (token.pos === "NOUN" || token.pos === "PROPN") head = k;
    // "the night-shift worker": a hyphen joins the words of one noun.
    else if (words[k] === "-" && head === k - 1 && tokens[k + 1]?.pos === "NOUN") continue;
    // "the managing director", "the detained fishermen", "the estimated total value": a participle
    // before a noun describes it (one after the head noun is its verb: "which group claimed
    // responsibility").
    else if (
      token.pos === "VERB" &&
      (/ing$/u.test(words[k] ?? "") || (head < 0 && /ed$/u.test(words[k] ?? ""))) &&
      (tokens[k + 1]?.pos === "NOUN" || (tokens[k + 1]?.pos === "ADJ" && tokens[k + 2]?.pos === "NOUN"))
    )
      continue;
    // "the two main parties", "the second biggest city": a number or an adverb before an
    // adjective ("second", "most") describes the noun too.
    else if (token.pos === "NUM" || (token.pos === "ADV" && tokens[k + 1]?.pos === "ADJ")) continue;
    else if (
      token.pos === "DET" ||
      token.pos === "ADJ" ||
      token.pos === "PART" ||
      words[k] === "'" ||
      words[k] === "'s"
    )
      continue;
    else break;
  }
  if (head >= 0 && KIND_NOUNS.has(words[head] ?? "") && words[head + 1] === "of") {
    const inner = nounPhraseHead(tokens, words, head + 2);
    if (inner >= 0) return inner;
  }
  return head;
}
