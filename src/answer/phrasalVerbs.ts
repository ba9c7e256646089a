/**
 * A question's phrasal verbs: the phrase WordNet has that a verb makes with the particle after it
 * ("step down", "turn down", "put out"), which means what the phrase means, not its verb.
 */
import type { AnalyzedToken } from "../nlp/wink.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { PARTICLES } from "../lexicon/relations.js";
import { foldWord } from "../text/normalize.js";
import { wordTerm, type Term } from "../text/terms.js";

/** Particles that are as often prepositions: "live in Gaza" is no phrasal verb, "came in late" is. */
const PREPOSITION_PARTICLES: ReadonlySet<string> = new Set([
  "in",
  "on",
  "over",
  "through",
  "about",
  "along",
  "around",
]);
/** What a preposition's object starts with. */
const OBJECT_START: ReadonlySet<string> = new Set(["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"]);

/** The phrasal verb (WordNet's) a verb makes with the particle after it: "step down", "turn down". */
export function phrasalSense(tokens: readonly AnalyzedToken[], at: number): string | undefined {
  const verb = tokens[at];
  const next = tokens[at + 1];
  if (!verb || !next) return undefined;
  const particle = foldWord(next.text);
  if (!PARTICLES.has(particle)) return undefined;
  const after = tokens[at + 2]?.pos ?? "PUNCT";
  // A verb the tagger took for a noun: "when did the chief step down?" ends on its particle.
  if (verb.pos !== "VERB" && !(verb.pos === "NOUN" && after === "PUNCT")) return undefined;
  if (PREPOSITION_PARTICLES.has(particle) && OBJECT_START.has(after)) return undefined;
  const phrase = `${foldWord(verb.lemma)} ${particle}`;
  return defaultLexicon().has(phrase) ? phrase : undefined;
}

/** A verb of a phrasal verb keeps a term though it is a stop word ("who put out the memo"). */
export function withPhrasalVerbs(
  terms: Term[],
  tokens: readonly AnalyzedToken[],
  senses: readonly (string | undefined)[],
): Term[] {
  const added: Term[] = [];
  tokens.forEach((token, i) => {
    if (token.pos !== "VERB" || !senses[i] || terms.some((t) => t.token === i)) return;
    added.push({ term: wordTerm(foldWord(token.lemma)), token: i, isName: false });
  });
  return added.length ? [...terms, ...added].sort((a, b) => a.token - b.token) : terms;
}

/** Verbs of being in charge: "who heads the court", "who runs the campaign", "who chaired the panel". */
const LEADING_VERBS: ReadonlySet<string> = new Set([
  "head",
  "lead",
  "run",
  "chair",
  "helm",
  "manage",
  "direct",
]);
/** Verbs of speaking on someone's behalf with "for": "who spoke for the police". */
const SPEAKING_VERBS: ReadonlySet<string> = new Set(["speak", "talk"]);

/** What "who heads X" asks for: X's leader, whom a sentence may name by any title of one. */
export const LEADER_SENSE = wordTerm("leader");
/** What "who speaks for X" asks for: X's spokesperson ("police spokeswoman Ana Ruiz"). */
export const SPOKESPERSON_SENSE = wordTerm("spokesperson");
/**
 * Titles of a leader that WordNet's stems miss: "president" and "manager" stem as "preside" and
 * "manage" do, "head" and "chair" as the body part and the seat.
 */
const LEADER_TITLES: ReadonlySet<string> = new Set(
  ["president", "manager", "head", "chair"].map((w) => wordTerm(w)),
);

/** Whether a sentence's term is a title of the role a sense asks for that WordNet cannot tell (candidateMatch.ts). */
export function titlesRole(sense: string, term: string): boolean {
  return sense === LEADER_SENSE && LEADER_TITLES.has(term);
}

/** Senses that ask for whoever holds a role, which the role's own word names too ("party leader", searchTerms.ts). */
export const ROLE_SENSES: ReadonlySet<string> = new Set([LEADER_SENSE, SPOKESPERSON_SENSE]);

/**
 * A who-question's verb that says what a role does, with its object after it: the role's sense,
 * which a title of its holder matches.
 * - Being in charge ("who heads the court", "who is heading up the inquiry"): the leader ("Court
 *   President Dana Korbel", "commission chairman Viktor Halas"). Not a verb of going ("who is
 *   heading to Washington", "who ran for office"): its object comes after a preposition.
 * - Speaking for someone ("who speaks for the rail company", "who spoke for the police"): the
 *   spokesperson ("railroad spokesperson Heather Lindqvist"). Not "who spoke to reporters".
 */
export function roleSense(tokens: readonly AnalyzedToken[], at: number): string | undefined {
  const verb = tokens[at];
  if (!verb || verb.pos !== "VERB") return undefined;
  const lemma = foldWord(verb.lemma);
  const after = (word: string) =>
    foldWord(tokens[at + 1]?.text ?? "") === word ? tokens[at + 2] : undefined;
  if (LEADING_VERBS.has(lemma)) {
    const next = after("up") ?? tokens[at + 1];
    return next && OBJECT_START.has(next.pos) ? LEADER_SENSE : undefined;
  }
  const object = SPEAKING_VERBS.has(lemma) ? after("for") : undefined;
  return object && OBJECT_START.has(object.pos) ? SPOKESPERSON_SENSE : undefined;
}
