/**
 * Per-sentence facts the answer engine needs and that are costly at query time (they need the
 * tokens, stop words and punctuation, which the index does not keep). Computed once by the
 * parser; positions are indices into the sentence's `terms`.
 */
import type { AnalyzedToken } from "../nlp/wink.js";
import type { EntitySpan, SentenceCue } from "../article.js";
import { foldWord } from "./normalize.js";
import {
  ANAPHORIC_OPENERS,
  CAUSE_PATTERN,
  GEO_OF_WORDS,
  GOING_VERBS,
  LOCATIVE_WORDS,
  ROLE_TERMS,
  SPEECH_TERMS,
} from "./lexicon.js";
import { foldedWords, wordTerm, WORD_CHAR, type Term } from "./terms.js";
import { readEntityTypes } from "./entityTypes.js";

export interface SentenceFeatures {
  nameAt: number[];
  modifierAt: number[];
  entitySpans: EntitySpan[];
  placeAt: number[];
  siteAt: number[];
  destinationAt: number[];
  describedAt: number[];
  cues: SentenceCue[];
}

const QUOTE_MARK = /["“”«»„‟″‹›]|(?:^|\s)['‘]|['’](?:\s|$|[,.])/u;
const OPENING_QUOTE = /^\s*["“«„‟″‹'‘]/u;

export function sentenceFeatures(
  tokens: readonly AnalyzedToken[],
  terms: readonly Term[],
  text: string,
): SentenceFeatures {
  /** Term position of the first term at or after each token (terms.length when none). */
  const termAtToken: number[] = new Array<number>(tokens.length + 1).fill(terms.length);
  for (let t = terms.length - 1; t >= 0; t--) {
    const term = terms[t] as Term;
    for (let k = term.token; k >= 0 && (termAtToken[k] as number) > t; k--) termAtToken[k] = t;
  }

  // Capitalised words inside a date or number ("February", "Last Sunday") are not names.
  const nameAt: number[] = [];
  terms.forEach((term, t) => {
    if (term.isName && !term.span && !tokens[term.token]?.entity) nameAt.push(t);
  });

  // "Russian strikes", "the Trump administration": a name before a common noun describes it; so
  // does one before a title, capitalised as it is ("Russian President Vladimir Putin").
  const modifierAt = nameAt.filter((t) => {
    const next = (terms[t] as Term).token + 1;
    if (tokens[next]?.pos === "NOUN") return true;
    // (The title's word, or the words of a phrase starting there: "Foreign Minister".)
    let end = next + 1;
    for (let k = t + 1; k < terms.length && (terms[k] as Term).token < end; k++) {
      const term = terms[k] as Term;
      if (term.token === next && term.span) end = Math.max(end, next + term.span);
      if (ROLE_TERMS.has(term.term)) return true;
    }
    return false;
  });

  const words = foldedWords(tokens);
  const entitySpans: EntitySpan[] = [];
  const entityOf = readEntityTypes(tokens, words);
  for (let i = 0; i < tokens.length; i++) {
    const type = entityOf[i];
    if (!type) continue;
    let j = i;
    while (j + 1 < tokens.length && entityOf[j + 1] === type) j++;
    const text = writtenSpan(tokens, i, j);
    const counts = type === "CARDINAL" ? countedNoun(tokens, terms, termAtToken, j + 1) : undefined;
    // "10 December 1815 – 27 November 1852", "from 2019 to 2022": a span between two dates
    // says when, as a date does (and how long, as a duration question takes dates too).
    const spanType = type === "DURATION" && DATED_SPAN.test(text) ? "DATE" : type;
    const from = termAtToken[i] as number;
    const to = termAtToken[j + 1] as number;
    // (Two literals rather than a spread of `counts`: spreading builds objects the slow way.)
    entitySpans.push(
      counts === undefined ? { type: spanType, text, from, to } : { counts, type: spanType, text, from, to },
    );
    i = j;
  }

  const placeAt = nameAt.filter((t) => isLocative(words, tokens, (terms[t] as Term).token));
  // "at the station", "near the parliament building", "on the east side": a common noun after a
  // locative, which the engine keeps as a place when WordNet says it is a kind of site.
  const siteAt: number[] = [];
  terms.forEach((term, t) => {
    const token = tokens[term.token];
    if (term.span || token?.pos !== "NOUN" || term.isName) return;
    if (followsSiteWord(words, tokens, term.token)) siteAt.push(t);
  });
  // "was headed Wednesday to Paris", "were taken to Garnet Falls District Hospital", "traveling
  // … to a chemical distribution yard in Redfield": where someone or something went.
  const destinationAt = terms.flatMap((term, t) =>
    !term.span && isDestination(words, tokens, term.token, term.isName) ? [t] : [],
  );
  const describedAt: number[] = [];
  terms.forEach((term, t) => {
    const token = tokens[term.token];
    if (
      !term.span &&
      (token?.pos === "NOUN" || token?.pos === "PROPN") &&
      isDescribed(words, tokens, term.token)
    )
      describedAt.push(t);
  });

  const cues: SentenceCue[] = [];
  if (QUOTE_MARK.test(text)) cues.push("quote");
  if (OPENING_QUOTE.test(text)) cues.push("opens-with-quote");
  const first = tokens.find((token) => WORD_CHAR.test(token.text));
  // "“It’s not our war,” Mr. Rubio said": a pronoun inside an opening quotation is the speaker's, not a reference.
  if (first && ANAPHORIC_OPENERS.has(foldWord(first.text)) && !OPENING_QUOTE.test(text))
    cues.push("opens-with-pronoun");
  if (CAUSE_PATTERN.test(text)) cues.push("cause");
  if (hasPronounSpeaker(words, tokens)) cues.push("pronoun-speaker");
  return {
    nameAt: compact(nameAt),
    modifierAt: compact(modifierAt),
    entitySpans: compact(entitySpans),
    placeAt: compact(placeAt),
    siteAt: compact(siteAt),
    destinationAt: compact(destinationAt),
    describedAt: compact(describedAt),
    cues: internCues(cues),
  };
}

/**
 * The `terms` position of the common noun a figure counts, adjectives between ("34 Ukrainian
 * civilians", "thousands of years", "20 of the soldiers"), if any.
 */
function countedNoun(
  tokens: readonly AnalyzedToken[],
  terms: readonly Term[],
  termAtToken: readonly number[],
  after: number,
): number | undefined {
  let k = after;
  if (foldWord(tokens[k]?.text ?? "") === "of") {
    k++;
    if (tokens[k]?.pos === "DET") k++;
  }
  const first = k;
  while (tokens[k]?.pos === "ADJ" && k < first + 2) k++;
  if (tokens[k]?.pos !== "NOUN") return undefined;
  const t = termAtToken[k] as number;
  return terms[t]?.token === k && !terms[t]?.span ? t : undefined;
}

/** Words that may stand between a locative and the name it places: "in east-central France". */
const NAME_BETWEEN: ReadonlySet<string> = new Set(["DET", "ADJ", "PROPN"]);

/**
 * Whether the name at token i follows a locative: a preposition ("in Paris", "at the Élysée")
 * or a place noun with "of" ("the northern city of Sumy"), with only determiners, adjectives
 * and other name words between.
 */
function isLocative(words: readonly string[], tokens: readonly AnalyzedToken[], i: number): boolean {
  return followsLocative(words, tokens, i, LOCATIVE_WORDS, NAME_BETWEEN, true);
}

/** Words that place a common noun: the locatives, and "on", "beside", "behind" ("on the east side"). */
const SITE_WORDS: ReadonlySet<string> = new Set([...LOCATIVE_WORDS, "on", "beside", "behind"]);
/** Words that may stand between a locative and its noun: "at his campaign headquarters". */
const SITE_BETWEEN: ReadonlySet<string> = new Set(["DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON"]);

/**
 * Whether the noun at token i follows a locative, with only determiners, possessives, adjectives
 * and other nouns between ("in a refuge station", "near the Fenwick Street crossing").
 */
function followsSiteWord(words: readonly string[], tokens: readonly AnalyzedToken[], i: number): boolean {
  return followsLocative(words, tokens, i, SITE_WORDS, SITE_BETWEEN, false);
}

/** Verbs and nouns of going somewhere, or of being taken there ("flew", "was headed", "a trip"), by lemma. */
const MOTION_WORDS: ReadonlySet<string> = new Set([
  ...GOING_VERBS,
  "ride",
  "march",
  "trip",
  "visit",
  "journey",
  "flight",
  "voyage",
  "migration",
]);
/** …and those that go "for" a place: "left for Kyiv", "bound for Odesa" (wink's lemma "bind"), "sailed for Lisbon". */
const MOTION_FOR_WORDS: ReadonlySet<string> = new Set(["leave", "depart", "bind", "bound", "head", "sail"]);
const TOWARDS: ReadonlySet<string> = new Set(["to", "toward", "towards"]);
/**
 * Verbs whose object is where someone goes: "set to visit Washington". ("By the time the train
 * reached Tamsworth" says where it got to, not where it was going.)
 */
const REACHING_VERBS: ReadonlySet<string> = new Set(["visit"]);
/** Locatives after arriving ("arrived in Paris"), and that go on placing a destination ("…to a yard in Redfield"). */
const ON_PLACING: ReadonlySet<string> = new Set(["in", "at", "near"]);
/** Words a place "in" or "at" follows as where someone went: "arrived in Paris", "landed at Le Bourget". */
const ARRIVAL_WORDS: ReadonlySet<string> = new Set(["arrive", "land", "arrival"]);
/** Words that may stand between a verb of going and "to": "headed Wednesday to", "moved his herd to". */
const MOTION_BETWEEN: ReadonlySet<string> = new Set([
  "DET",
  "ADJ",
  "PROPN",
  "NOUN",
  "NUM",
  "PRON",
  "ADV",
  "AUX",
  "PART",
]);

/**
 * Whether the word at token i (a name, or a common noun: whether it is a kind of site is the
 * engine's to say) is where someone or something went: after "to" (or "for") that follows a verb
 * or noun of going within five words ("was headed Wednesday to Paris", "took his herd to higher
 * ground", "his trip to Moscow"), the object of "visit" ("set to visit Washington"), a place
 * after "arrived in" or "landed at", or a name placing such a destination ("…to a yard in
 * Redfield").
 */
function isDestination(
  words: readonly string[],
  tokens: readonly AnalyzedToken[],
  i: number,
  isName: boolean,
): boolean {
  const pos = tokens[i]?.pos;
  if (!isName && pos !== "NOUN") return false;
  const between = isName ? NAME_BETWEEN : SITE_BETWEEN;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const word = words[k] as string;
    const token = tokens[k] as AnalyzedToken;
    // "is set to visit Washington": the verb says where.
    if (token.pos === "VERB" && REACHING_VERBS.has(token.lemma)) return true;
    if (TOWARDS.has(word)) return followsMotion(words, tokens, k, MOTION_WORDS);
    if (word === "for") return followsMotion(words, tokens, k, MOTION_FOR_WORDS);
    if (ON_PLACING.has(word)) {
      // "arrived in Paris", "landed at Le Bourget".
      if (followsMotion(words, tokens, k, ARRIVAL_WORDS)) return true;
      // "…to a chemical distribution yard in Redfield": the name places the destination.
      const noun = k - 1;
      return isName && tokens[noun]?.pos === "NOUN" && isDestination(words, tokens, noun, false);
    }
    if (word === "-" || word === "‐") continue;
    if (!between.has(token.pos)) return false;
    // A determiner opens the noun's phrase: "left for Kyiv a day later" names no destination "day".
    if (token.pos === "DET" && NAME_BETWEEN.has(tokens[k - 1]?.pos ?? "") && tokens[k - 1]?.pos !== "DET")
      return false;
  }
  return false;
}

/**
 * Whether one of `motion` (verbs or nouns, by lemma) stands at most five words before the
 * preposition at token k, with an object, an adverb or a "from" place between ("moved his herd
 * to", "traveling from Port Halvey to").
 */
function followsMotion(
  words: readonly string[],
  tokens: readonly AnalyzedToken[],
  k: number,
  motion: ReadonlySet<string>,
): boolean {
  for (let m = k - 1; m >= 0 && m >= k - 5; m--) {
    const token = tokens[m] as AnalyzedToken;
    if ((token.pos === "VERB" || token.pos === "NOUN") && motion.has(token.lemma)) return true;
    const word = words[m] as string;
    if (word !== "from" && (!MOTION_BETWEEN.has(token.pos) || TOWARDS.has(word))) return false;
  }
  return false;
}

/**
 * Whether one of `locatives` (or, with `ofPlace`, a place noun and "of") stands at most four
 * tokens before token i, with only words of the `between` parts of speech (and hyphens) between.
 */
function followsLocative(
  words: readonly string[],
  tokens: readonly AnalyzedToken[],
  i: number,
  locatives: ReadonlySet<string>,
  between: ReadonlySet<string>,
  ofPlace: boolean,
): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const word = words[k] as string;
    if (ofPlace && word === "of" && GEO_OF_WORDS.has(words[k - 1] ?? "")) return true;
    if (locatives.has(word)) return true;
    // "in east-central France": a compound adjective's hyphen.
    if (word === "-" || word === "‐") continue;
    if (!between.has((tokens[k] as AnalyzedToken).pos)) return false;
  }
  return false;
}

/** A span that names a year or a month: its ends are dates. */
const DATED_SPAN =
  /\b(?:1\d{3}|20\d{2})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/** "The state postal operator Kestpost", "the German geographer Hans Meyer": a common noun describing the name after it. */
const DESCRIBING_DETERMINERS = new Set(["the", "a", "an"]);
const PURPOSE_PARTICIPLES = new Set(["designed", "intended", "aimed", "meant", "expected", "supposed"]);
const RELATIVES = new Set(["that", "which", "whose"]);
/** Participles that work as prepositions: "the emergency spillway, according to Corvane" says nothing of what the spillway is. */
const PREPOSITIONAL_PARTICIPLES = new Set([
  "according",
  "including",
  "excluding",
  "following",
  "regarding",
  "concerning",
  "considering",
  "pending",
  "barring",
  "notwithstanding",
]);
const MODALS = new Set(["would", "will", "could", "should", "can", "may", "might", "must"]);
const COPULAS = new Set(["is", "are", "was", "were"]);
const ABOUT_PREPOSITIONS = new Set(["on", "over", "about", "for", "of"]);
/** Marks that open an apposition: "the deal -- designed to…", "Acrylonitrile, a flammable liquid". */
const APPOSITION_MARKS = new Set(["--", "—", "–", "-", ","]);

/**
 * Whether the noun at token i is followed by what it is or does: "a deal granting…", "the deal
 * -- designed to give…", "a deal that would grant…", "a force to secure…", "a deal on
 * extracting…", "the agreement would grant…", "titanium is a chemical element…". Definition
 * questions ("what is X about") want it.
 */
function isDescribed(words: readonly string[], tokens: readonly AnalyzedToken[], i: number): boolean {
  // "…Security Directive, known as NIS2", "the state postal operator Kestpost": what it is, before it.
  const before = words[i - 1] ?? "";
  if ((before === "as" && words[i - 2] === "known") || before === "called") return true;
  if (tokens[i]?.pos === "PROPN" && tokens[i - 1]?.pos === "NOUN") {
    let k = i - 2;
    while (k >= i - 4 && (tokens[k]?.pos === "NOUN" || tokens[k]?.pos === "ADJ")) k--;
    if (DESCRIBING_DETERMINERS.has(words[k] ?? "")) return true;
  }
  let k = i + 1;
  // "The North Atlantic Treaty Organization (NATO) is…": past the brackets.
  if (words[k] === ")") k++;
  // "Acrylonitrile, a flammable liquid…": an apposition saying what it is.
  if (words[k] === "," && (words[k + 1] === "a" || words[k + 1] === "an")) return true;
  // Skip a dash or comma that opens an apposition, and a following noun of the same phrase.
  while (k < tokens.length && (APPOSITION_MARKS.has(tokens[k]?.text ?? "") || tokens[k]?.pos === "NOUN")) k++;
  const word = words[k] ?? "";
  const next = tokens[k + 1];
  const nextWord = words[k + 1] ?? "";
  const token = tokens[k];
  if (!token) return false;
  if (token.pos === "VERB" && word.endsWith("ing") && !PREPOSITIONAL_PARTICIPLES.has(word)) return true;
  if (PURPOSE_PARTICIPLES.has(word) && (nextWord === "to" || nextWord === "at")) return true;
  if (RELATIVES.has(word) && next && (MODALS.has(nextWord) || next.pos === "VERB")) return true;
  if (word === "to" && next?.pos === "VERB") return true;
  if (ABOUT_PREPOSITIONS.has(word) && next?.pos === "VERB" && nextWord.endsWith("ing")) return true;
  // "Titanium is a chemical element", "Prions are proteins": a copula and what it is.
  if (
    COPULAS.has(word) &&
    next &&
    (next.pos === "DET" || next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "NUM")
  )
    return true;
  return MODALS.has(word) && next?.pos === "VERB";
}

/** Words that qualify a figure and belong with it when it is quoted: "more than 60", "at least 34". */
const FIGURE_QUALIFIERS = [
  ["more", "than"],
  ["fewer", "than"],
  ["less", "than"],
  ["at", "least"],
  ["at", "most"],
  ["up", "to"],
  ["some"],
  ["about"],
  ["around"],
  ["nearly"],
  ["almost"],
  ["over"],
  ["roughly"],
  ["approximately"],
] as const;

/** Tokens i…j as written (with a figure's qualifier before them), one space where the text had whitespace. */
function writtenSpan(tokens: readonly AnalyzedToken[], i: number, j: number): string {
  if (tokens[i]?.entity === "CARDINAL") {
    const before = (n: number) => foldWord(tokens[i - n]?.text ?? "");
    const qualifier = FIGURE_QUALIFIERS.find((words) =>
      words.every((w, k) => before(words.length - k) === w),
    );
    if (qualifier) i -= qualifier.length;
  }
  let out = "";
  for (let k = i; k <= j; k++) {
    const token = tokens[k] as AnalyzedToken;
    const previous = tokens[k - 1];
    if (k > i && previous && token.start > previous.start + previous.text.length) out += " ";
    out += token.text;
  }
  return out;
}

const SPEAKING_PRONOUNS = new Set(["he", "she", "they"]);

/** "…,” he said": a verb of saying whose subject is a pronoun, so the speaker is named elsewhere. */
function hasPronounSpeaker(words: readonly string[], tokens: readonly AnalyzedToken[]): boolean {
  return tokens.some(
    (token, i) =>
      token.pos === "VERB" &&
      SPEAKING_PRONOUNS.has(words[i - 1] ?? "") &&
      SPEECH_TERMS.has(wordTerm(foldWord(token.lemma))),
  );
}

// Memory: these fields exist for every sentence of every article (240k at 10,000 articles). An
// array grown by push keeps spare capacity (a one-element array costs ~180 bytes), so lists are
// copied to their exact size, empty ones share one array, and each combination of cues is one
// shared array.
const EMPTY: never[] = [];
const cueSets = new Map<string, SentenceCue[]>();

function compact<T>(list: T[]): T[] {
  return list.length === 0 ? EMPTY : list.slice();
}

function internCues(cues: SentenceCue[]): SentenceCue[] {
  const key = cues.join(",");
  let shared = cueSets.get(key);
  if (!shared) cueSets.set(key, (shared = compact(cues)));
  return shared;
}
