/**
 * Small closed classes of English news words that answer typing relies on: verbs of saying,
 * titles of people, words that place something on a map, words that give a reason. They are
 * grammar, not topic: nothing here is specific to one article set. Stored as index terms (the
 * stem of the lemma), so they compare directly with `Sentence.terms`.
 */
import { wordTerm } from "./terms.js";

function termSet(words: readonly string[]): ReadonlySet<string> {
  // A multi-word entry is a fixed phrase of data/synonyms.json and is its own term.
  return new Set(words.map((word) => (word.includes(" ") ? word : wordTerm(word))));
}

/** Verbs that introduce reported speech ("said", "told reporters", "warned"). */
export const SPEECH_TERMS = termSet([
  "say",
  "tell",
  "state",
  "add",
  "note",
  "warn",
  "mention",
  "describe",
  "emphasize",
  "stress",
  "suggest",
  "claim",
  "insist",
  "report",
  "announce",
  "confirm",
  "write",
  "comment",
  "remark",
  "declare",
  "explain",
  "argue",
  "signal",
  "hint",
  "acknowledge",
  "express",
  "hail",
  "praise",
  "accuse",
  "ask",
  "reply",
  "respond",
  "deny",
  "admit",
  "predict",
  "promise",
  "vow",
  "pledge",
  "urge",
  "indicate",
  "speak",
  "call",
  "according to",
]);

/** Titles and roles that sit next to a person's name ("Kremlin spokesman Dmitry Peskov"). */
export const ROLE_TERMS = termSet([
  "president",
  "minister",
  "secretary",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "envoy",
  "mayor",
  "chancellor",
  "premier",
  "leader",
  "chief",
  "head",
  "director",
  "commander",
  "general",
  "ambassador",
  "official",
  "governor",
  "king",
  "queen",
  "prince",
  "senator",
  "lawmaker",
  "adviser",
  "advisor",
  "aide",
  "diplomat",
  "negotiator",
  "correspondent",
  "reporter",
  "analyst",
  "economist",
  "professor",
  "ceo",
  "chairman",
  "chairwoman",
  "founder",
  "prosecutor",
  "judge",
  "officer",
  "representative",
  "delegate",
  "deputy",
  "pope",
  "prime",
  "emir",
  "sheikh",
  "mr",
  "mrs",
  "ms",
]);

/** Kinds of place: they say what a name is ("the town of X"), not where it is. */
const PLACE_KIND_WORDS = [
  "city",
  "town",
  "village",
  "region",
  "province",
  "capital",
  "port",
  "district",
  "oblast",
  "hometown",
  "country",
  "territory",
];
export const PLACE_KINDS = termSet(PLACE_KIND_WORDS);

/** Words that locate a place ("the northern city of Sumy", "Ukraine's second-largest city"). */
export const GEO_TERMS = termSet([
  ...PLACE_KIND_WORDS,
  "border",
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "kilometre",
  "kilometer",
  "mile",
  "coast",
  "island",
  "near",
]);

/** Nouns a locative "of" follows: "the city of X", "the region of X". */
export const GEO_OF_WORDS: ReadonlySet<string> = new Set([
  "city",
  "town",
  "village",
  "region",
  "province",
  "capital",
  "port",
  "district",
  "oblast",
  "state",
  "island",
  "country",
  "hometown",
  "suburb",
  "outskirts",
]);

/**
 * Verbs of going somewhere, or of being taken there, as lemmas: an article's "was headed to Paris"
 * (sentenceFeatures.ts's destinations) and a question's "where was he flying to" (questionFraming.ts).
 */
export const GOING_VERBS: readonly string[] = [
  "go",
  "head",
  "travel",
  "fly",
  "return",
  "move",
  "relocate",
  "flee",
  "evacuate",
  "sail",
  "drive",
  "rush",
  "divert",
  "deport",
  "transfer",
  "take",
  "bring",
  "airlift",
  "migrate",
];

/** Prepositions that put a following name on the map ("in Paris", "at Le Bourget", "from Lyon"). */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "from",
  "near",
  "outside",
  "inside",
  "across",
  "into",
]);

/**
 * Phrases that give a reason or a purpose in so many words. (Over the labelled why-questions' top
 * candidates, "because" was in 19% of the answers and 4% of the others.)
 */
const CAUSAL_PHRASES = String.raw`because|due to|as a result|in order to|so that|so as to|compensation|in exchange|in return|aimed at|aims? to|intended to|designed to|meant to|owing to|citing|cited|reason|accused\b.{1,60}\bof|as a means|means of|to offset|offsetting|in response to|over concerns?|for fear|to ensure|to secure|to avoid|to prevent|caus(?:e|es|ed|ing)|thanks to|led to|lead to|leads to|result(?:s|ed)? (?:in|from)|result of|blamed on|attributed to|triggered by|in protest|on the grounds|in a bid to|in an effort to|in light of|given that|on account of|out of (?:concern|fear)|prompted by|motivated by|driven by|stem(?:s|med)? from`;
/**
 * Words that say what came before, and so perhaps why ("after", "amid"). (The same candidates:
 * "after" in 11% of the answers and 19% of the others.)
 */
const TEMPORAL_CAUSE_WORDS = "following|after|amid|until";

/**
 * Phrases that give a reason or a purpose, or say what came before, matched on the folded
 * sentence text (the sentence's "cause" cue). It opens with `(?<!\w)`, not `\b`: the same before a
 * letter, and V8 runs an unanchored case-insensitive Unicode pattern that opens with `\b` several
 * times slower.
 */
export const CAUSE_PATTERN = new RegExp(`(?<!\\w)(?:${CAUSAL_PHRASES}|${TEMPORAL_CAUSE_WORDS})\\b`, "iu");

/** CAUSE_PATTERN less the words that say when before they say why: a reason or a purpose in so many words. */
export const CAUSAL_PATTERN = new RegExp(`(?<!\\w)(?:${CAUSAL_PHRASES})\\b`, "iu");

/** Words that open a sentence and point back to something named earlier. */
export const ANAPHORIC_OPENERS: ReadonlySet<string> = new Set([
  "he",
  "she",
  "it",
  "they",
  "his",
  "her",
  "its",
  "their",
  "this",
  "that",
  "these",
  "those",
  "there",
  "another",
  "such",
]);
