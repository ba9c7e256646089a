/**
 * What a question asks for, from its wording alone: its type (who / when / how many / …), the
 * kind of answer that would satisfy it, and its focus (the class of thing asked for).
 */
import type { AnalyzedToken } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { ROLE_TERMS } from "../text/lexicon.js";
import { wordTerm } from "../text/terms.js";
import type { Concept } from "./analyzeQuestion.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { LOCATION_CLASS, PERSON_CLASS } from "./wordClasses.js";

export type QuestionType =
  "who" | "when" | "where" | "how-many" | "how-long" | "why" | "how" | "yes-no" | "what";

/**
 * What would answer the question:
 * - identity: "who is X" — X's title or role next to X;
 * - person: "who hosted…", "who is the foreign minister" — a name that the question lacks;
 * - date / number / duration: a wink entity of that kind near the topic;
 * - place: "where is X" — a place description of X; "where did …" — "in <Place>";
 * - reason: a sentence that gives a cause or purpose;
 * - speech: "what did X say (about Y)" — X saying something (a quote or a verb of saying);
 * - definition: "what is X (about)" — X followed by what it is or does ("a deal granting…");
 * - expansion: "what does NATO stand for" — the name written out ("North Atlantic Treaty Organization");
 * - material: "what is hummus made of" — what X is made of, consists of or contains;
 * - meaning: "what does croissant mean", "why is it called Bluetooth" — what a name or word means
 *   or where it comes from ("The name means 'crescent' in French", "Latin for 'Great Charter'");
 * - name: "what is the name of his band", "what is the mountain called" — a name the question lacks;
 * - fact: anything else (what / yes-no / how).
 */
export type AnswerKind =
  | "identity"
  | "person"
  | "date"
  | "number"
  | "duration"
  | "place"
  | "reason"
  | "speech"
  | "definition"
  | "expansion"
  | "material"
  | "meaning"
  | "name"
  | "fact";

const AUXILIARIES = new Set([
  "is",
  "are",
  "was",
  "were",
  "do",
  "does",
  "did",
  "has",
  "have",
  "had",
  "can",
  "could",
  "will",
  "would",
  "should",
  "shall",
  "may",
  "might",
  "must",
]);

/** The question words. */
export const WH_WORDS: ReadonlySet<string> = new Set([
  "who",
  "whom",
  "whose",
  "what",
  "which",
  "when",
  "where",
  "why",
  "how",
]);
const LEADING_PREPOSITIONS = new Set([
  "at",
  "in",
  "on",
  "by",
  "from",
  "to",
  "for",
  "during",
  "since",
  "until",
  "of",
  "with",
  "within",
  "after",
  "before",
  "under",
  "about",
]);
/** Words that open a question only to link it to what came before: "so who won?". */
const DISCOURSE_MARKERS = new Set(["so", "and", "but", "also", "well", "ok", "okay", "then", "now"]);
/** Question words a question may end on, left where the answer would stand. */
const IN_PLACE_WH = new Set(["who", "whom", "when", "where", "why"]);
/** Words before a last "who" that make it a name, not the question word: "the WHO". */
const DETERMINERS = new Set(["the", "a", "an", "this", "that"]);
/** Words opening a condition or a time before the question: "if it is annulled, who…". */
const CONDITIONS = new Set(["if", "once", "unless", "assuming", "suppose", "supposing"]);
/**
 * A leading phrase or a chat lead-in and a comma before the question word: "Under NIS2, how…",
 * "so i was reading about the iran thing that got mentioned in one of these, where did they meet".
 */
const LEADING_PHRASE = /^[^,?]{1,120},\s*(who|whom|whose|what|which|when|where|why|how)\b/u;

/**
 * An auxiliary with "not" on it ("didn't", "isn't", chat's "doesnt"): the auxiliary ("did"),
 * "can't" and "won't" too. Without the apostrophe, only those that are no other word ("cant",
 * "wont" are).
 */
const NEGATED_AUXILIARY =
  /^(?:(is|are|was|were|do|does|did|has|have|had|could|would|should|must|might)n'?t|(ca|wo)n't)$/u;
/** What "can't" and "won't" drop of their auxiliary. */
const SHORTENED: Readonly<Record<string, string>> = { ca: "can", wo: "will" };

function auxiliaryOf(word: string): string {
  const negated = NEGATED_AUXILIARY.exec(word);
  if (!negated) return word;
  return negated[1] ?? SHORTENED[negated[2] as string] ?? word;
}

/**
 * A text's words, folded, each without its clitic ("where's", "who's", "what're": the question
 * word), a negated auxiliary as the auxiliary ("didn't Kyiv sign…" asks yes or no as "did" does).
 */
function openingWords(text: string): string[] {
  return foldWord(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((word) => auxiliaryOf(word.replace(/'(?:s|re|d|ll|ve)$/u, "")));
}

/** The question type from its opening words. */
export function questionType(text: string): QuestionType {
  let words = openingWords(text);
  // "At what time…", "in which year…", "to whom…": the question word after a preposition.
  while (words.length > 2 && LEADING_PREPOSITIONS.has(words[0] as string) && WH_WORDS.has(words[1] as string))
    words = words.slice(1);
  // "Under the new law, how quickly…": the question after a leading phrase.
  if (!WH_WORDS.has(words[0] ?? "") && !AUXILIARIES.has(words[0] ?? "")) {
    const folded = foldWord(text);
    const after = LEADING_PHRASE.exec(folded);
    if (after) return questionType(folded.slice(after[0].length - (after[1] as string).length));
  }
  // "So who won…", "and what did he say": a word that only links to what came before.
  while (words.length > 2 && DISCOURSE_MARKERS.has(words[0] as string)) words = words.slice(1);
  // "If the election is annulled who would be acting president": the question after its condition.
  if (CONDITIONS.has(words[0] ?? "")) {
    const wh = words.findIndex((word, k) => k > 1 && WH_WORDS.has(word) && word !== "which");
    if (wh > 0) return questionType(words.slice(wh).join(" "));
  }
  // "The summit was hosted by who?", "rubio met lavrov when": the question word left in place,
  // at the end (not "the WHO", a name).
  const last = words[words.length - 1] ?? "";
  if (
    words.length > 2 &&
    !WH_WORDS.has(words[0] ?? "") &&
    !AUXILIARIES.has(words[0] ?? "") &&
    IN_PLACE_WH.has(last) &&
    !DETERMINERS.has(words[words.length - 2] ?? "")
  )
    return questionType(last);
  const [first = "", second = ""] = words;
  if (first === "who" || first === "whom" || first === "whose") return "who";
  if (first === "when" || ((first === "what" || first === "which") && DATE_NOUNS.has(second))) return "when";
  if (first === "where") return "where";
  // "At what age did he retire": an age, a figure, as "how old" asks.
  if ((first === "what" || first === "which") && second === "age") return "how-many";
  if (first === "why") return "why";
  if (first === "how") {
    // "How much time passed…" asks for a span of time, as "how long" does.
    if (second === "long" || second === "soon" || second === "often" || second === "quickly")
      return "how-long";
    if (second === "much" && words[2] === "time") return "how-long";
    if (MEASURE_WORDS.has(second)) return "how-many";
    return "how";
  }
  if (AUXILIARIES.has(first)) return "yes-no";
  return "what";
}

/**
 * Whether a sentence opens as a question does: a question word or an auxiliary first, after a
 * linking word or a preposition ("so who…", "in which year…", "did…"); not "I saw…".
 */
export function opensAsQuestion(text: string): boolean {
  let words = openingWords(text);
  while (
    words.length > 1 &&
    (DISCOURSE_MARKERS.has(words[0] as string) ||
      (LEADING_PREPOSITIONS.has(words[0] as string) && WH_WORDS.has(words[1] as string)))
  )
    words = words.slice(1);
  const first = words[0] ?? "";
  return WH_WORDS.has(first) || AUXILIARIES.has(first);
}

/** What "what percentage / share of…" measures in: the unit of its figure, not its topic. */
export const PERCENT_NOUNS = new Set(["percentage", "percent", "proportion", "fraction", "share"]);
/**
 * "What percentage of…", "by what percentage", "what share of the vote": a figure in per cent
 * answers (not "what share price").
 */
export const PERCENT_QUESTION =
  /^\W*(?:(?:by|in|to|of)\s+)?(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?(?:percentage|percent|per\s+cent|proportion|fraction|share(?!\s*(?:price|holder|s\b)))\b|^\W*how\s+many\s+(?:percent|per\s+cent)\b/iu;

/**
 * "What caused the derailment", "what led to the war", "what was the reason for the delay":
 * a cause answers, as it does "why".
 */
export function asksCause(text: string, tokens: readonly AnalyzedToken[]): boolean {
  if (CAUSE_QUESTION.test(text)) return true;
  // "What made the train derail": "made" with a bare verb after its object.
  const words = tokens.map((t) => foldWord(t.text));
  if (words[0] !== "what" || (words[1] !== "made" && words[1] !== "makes")) return false;
  return tokens.slice(3).some((t) => t.pos === "VERB" && foldWord(t.text) === foldWord(t.lemma));
}
const CAUSE_QUESTION =
  /^\W*what\s+(?:(?:main\s+)?(?:reasons?|causes?|motives?|explanation|justification)\s+(?:did|does|do|has|have|had|was|were|is|are)\b|caused?|causes|triggered|sparked|prompted|provoked|led\s+to|leads\s+to|(?:is|was|are|were|'s)\s+(?:the\s+)?(?:main\s+|real\s+|likely\s+)?(?:causes?|reasons?)\s+(?:of|for|behind))/iu;

/** "What date", "which day": the noun only says the answer is a date. */
export const DATE_NOUNS = new Set(["date", "day", "time", "year", "month", "week"]);
/** "How high", "how old": the answer is a measure, a figure with its unit. */
export const MEASURE_WORDS = new Set([
  "high",
  "tall",
  "big",
  "large",
  "far",
  "deep",
  "old",
  "fast",
  "heavy",
  "wide",
  "long",
  "much",
  "many",
]);

/** "How tall / deep / far…": the dimension a figure measures, which sentences write beside it ("5,895 metres high"). */
export const DIMENSIONS: ReadonlySet<string> = new Set(
  [...MEASURE_WORDS].filter((word) => word !== "much" && word !== "many"),
);
/** "What kind of", "the name of", "the names of": only say what follows is the class asked about. */
export const KIND_NOUNS: ReadonlySet<string> = new Set(
  [
    ["kind", "kinds"],
    ["sort", "sorts"],
    ["type", "types"],
    ["style", "styles"],
    ["form", "forms"],
    ["brand", "brands"],
    ["genre", "genres"],
    ["variety", "varieties"],
    ["name", "names"],
    ["breed", "breeds"],
    ["species"],
    ["category", "categories"],
    ["class", "classes"],
  ].flat(),
);
/** "Is", and the clitic of "what's", "where're". */
export const BE_FORMS = new Set(["is", "are", "was", "were", "'s", "'re"]);

/** A name term that may abbreviate a longer one ("nato", "aarp"). */
const ABBREVIATION = /^[a-z]{2,6}$/u;

/** Whether a name term may abbreviate a longer name ("nato", "aarp"). */
export function isAbbreviation(term: string): boolean {
  return ABBREVIATION.test(term);
}

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

/** The token of a form of "be" at `from`, past any adverbs before it ("what exactly is a spillway"), or -1. */
export function copulaAt(tokens: readonly AnalyzedToken[], from: number): number {
  let i = from;
  while (tokens[i]?.pos === "ADV") i++;
  return BE_FORMS.has(foldWord(tokens[i]?.text ?? "")) ? i : -1;
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

export function answerKind(
  type: QuestionType,
  concepts: readonly Concept[],
  speech: boolean,
  verbless = true,
): AnswerKind {
  const topic = concepts.filter((c) => !c.framing && c.source === "question");
  switch (type) {
    case "who":
      // "Who is Peskov" asks for a title; "who is the US Secretary of State" for a person, titles
      // written as names though they are; "who came up with El Niño" for a person, by its verb.
      return verbless && topic.length > 0 && topic.every((c) => c.isName && !ROLE_TERMS.has(c.term))
        ? "identity"
        : "person";
    case "when":
      return "date";
    case "how-many":
      return "number";
    case "how-long":
      return "duration";
    case "where":
      return "place";
    case "why":
      return "reason";
    case "what":
    case "how":
      return speech ? "speech" : "fact";
    default:
      return "fact";
  }
}
