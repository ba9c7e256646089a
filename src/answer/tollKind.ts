/**
 * The dead and the hurt of a toll, told apart: "how many died" is not answered by "injuring 30
 * people", nor "how many were hurt" by "killing three". Which a question asks for is read from its
 * words; which a figure counts, from the word of a toll written right before it ("killing at least
 * 34", "injuring more than 600") or, failing that, among the few words after it ("74 people are
 * confirmed dead", "98 injuries", "30 were wounded"), up to a comma or an "and". A toll word of
 * both ("casualties", "victims", "toll") says neither.
 */
import type { EntitySpan } from "../article.js";
import { wordTerm } from "../text/terms.js";

export type TollKind = "dead" | "hurt";

/** Terms are stems of lemmas: "killed" is "kill", "lives" (the noun) "life". */
const TOLL_KINDS: ReadonlyMap<string, TollKind> = new Map([
  ...["kill", "die", "dead", "death", "fatality", "life"].map((word) => [wordTerm(word), "dead"] as const),
  ...["injure", "injury", "hurt", "wound"].map((word) => [wordTerm(word), "hurt"] as const),
]);

/** The terms of a toll's dead or hurt ("kill", "injur"). */
export const TOLL_KIND_TERMS: ReadonlySet<string> = new Set(TOLL_KINDS.keys());

/** Nouns that count a toll's people, of one kind or both: "deaths", "lives", "injuries", "casualties", "victims". */
export const TOLL_COUNT_TERMS: ReadonlySet<string> = new Set([
  ...TOLL_KIND_TERMS,
  ...["casualty", "victim"].map((word) => wordTerm(word)),
]);

/** The kind of toll a term is a word of, if it is one of either. */
function tollKindOf(term: string): TollKind | undefined {
  return TOLL_KINDS.get(term);
}

/** The one kind of toll a question's terms ask for ("died", "were injured"), or null for none or both ("dead and wounded"). */
export function tollAsked(terms: Iterable<string>): TollKind | null {
  const kinds = new Set<TollKind>();
  for (const term of terms) {
    const kind = tollKindOf(term);
    if (kind) kinds.add(kind);
  }
  return kinds.size === 1 ? ([...kinds][0] as TollKind) : null;
}

/** Words that may stand between a toll's verb and its figure: "killing at least 34", "injuring more than 600". */
const HEDGE = String.raw`(?:(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to|about|around|some|nearly|almost|over|roughly|approximately|an\s+estimated)\s+)?`;
/** How many words after a figure may hold the word of its toll ("74 people are confirmed dead"). */
const AFTER_REACH = 4;

/**
 * How a word of either kind starts ("killing", "died", "dying", "deaths", "lives", "injuries",
 * "wounded"): only such words are read for their term, so a sentence without one is passed over
 * at once and the term cache is not filled with every word near a figure.
 */
const TOLL_OPENING = String.raw`(?:kill|di|dy|dea|fatal|li[fv]|injur|hurt|wound)`;
const TOLL_START = new RegExp(`^${TOLL_OPENING}`, "iu");
const TOLL_WORD = new RegExp(String.raw`\b${TOLL_OPENING}`, "iu");

/** Each figure's kind, once read: a figure's sentence is the same for every question. */
const tollOfSpan = new WeakMap<EntitySpan, TollKind | null>();

/**
 * The kind of toll a figure of the sentence counts, at every place the sentence writes it, or
 * null where the sentence says neither or places disagree.
 * @param text the text of the sentence the figure is of (what is read is kept by the figure)
 */
export function tollOfFigure(text: string, span: EntitySpan): TollKind | null {
  let kind = tollOfSpan.get(span);
  if (kind === undefined) {
    kind = TOLL_WORD.test(text) ? readToll(text, span) : null;
    tollOfSpan.set(span, kind);
  }
  return kind;
}

/** A word of a toll and its hedge right before a figure, read on the text before it: "killing at least ". */
const BEFORE_FIGURE = new RegExp(String.raw`(\p{L}+)\s+${HEDGE}$`, "u");
/** How many characters before a figure its word and hedge are looked for. */
const BEFORE_REACH = 48;
/** Where the words after a figure stop being read: the clause's end. */
const CLAUSE_END = /[,;:.!?()]/u;
const PART_OF_FIGURE_BEFORE = /[\p{L}\p{N}.,]/u;
const PART_OF_FIGURE_AFTER = /\p{N}/u;

/**
 * Reads each place the figure is written (found as text, not by a pattern built for it: a pattern
 * for each figure would be compiled, and kept, once per figure).
 */
function readToll(text: string, span: EntitySpan): TollKind | null {
  let found: TollKind | null = null;
  for (let at = text.indexOf(span.text); at >= 0; at = text.indexOf(span.text, at + 1)) {
    const end = at + span.text.length;
    // The whole figure, not a part of a longer one ("34" of "134" or of "340").
    if (PART_OF_FIGURE_BEFORE.test(text[at - 1] ?? "") || PART_OF_FIGURE_AFTER.test(text[end] ?? ""))
      continue;
    const before = BEFORE_FIGURE.exec(text.slice(Math.max(0, at - BEFORE_REACH), at))?.[1];
    const rest = text.slice(end);
    const stop = rest.search(CLAUSE_END);
    const kind = tollAt(before, stop < 0 ? rest : rest.slice(0, stop));
    if (kind === null || (found !== null && found !== kind)) return null;
    found = kind;
  }
  return found;
}

function kindOfWord(word: string): TollKind | undefined {
  return TOLL_START.test(word) ? tollKindOf(wordTerm(word.toLowerCase())) : undefined;
}

function tollAt(before: string | undefined, after: string): TollKind | null {
  const governing = before === undefined ? undefined : kindOfWord(before);
  if (governing) return governing;
  // Up to the next "and" / "or": "3 killed and 30 injured" gives the 3 the dead only.
  const words = (after.split(/\s+(?:and|or|but|while|including)\s+/u)[0] ?? "").match(/\p{L}+/gu) ?? [];
  for (const word of words.slice(0, AFTER_REACH)) {
    const kind = kindOfWord(word);
    if (kind) return kind;
  }
  return null;
}
