/**
 * The dead and the hurt of a toll, told apart: "how many died" is not answered by "injuring 30
 * people", nor "how many were hurt" by "killing three". Which a question asks for is read from its
 * words; which a figure counts, from the word of a toll written right before it ("killing at least
 * 34", "injuring more than 600") or, failing that, among the few words after it ("74 people are
 * confirmed dead", "98 injuries", "30 were wounded"), up to a comma or an "and". A toll word of
 * both ("casualties", "victims", "toll") says neither.
 */
import type { EntitySpan } from "../article.js";
import { escapeRegExp } from "../text/normalize.js";
import { wordTerm } from "../text/terms.js";

export type TollKind = "dead" | "hurt";

/** Terms are stems of lemmas: "killed" is "kill", "lives" (the noun) "life". */
const TOLL_KINDS: ReadonlyMap<string, TollKind> = new Map([
  ...["kill", "die", "dead", "death", "fatality", "life"].map((word) => [wordTerm(word), "dead"] as const),
  ...["injure", "injury", "hurt", "wound"].map((word) => [wordTerm(word), "hurt"] as const),
]);

/** The terms of a toll's dead or hurt ("kill", "injur"). */
export const TOLL_KIND_TERMS: ReadonlySet<string> = new Set(TOLL_KINDS.keys());

/** The kind of toll a term is a word of, if it is one of either. */
export function tollKindOf(term: string): TollKind | undefined {
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
 * The kind of toll a figure of the sentence counts, at every place the sentence writes it, or
 * null where the sentence says neither or places disagree.
 */
export function tollOfFigure(text: string, span: EntitySpan): TollKind | null {
  const figure = escapeRegExp(span.text);
  const written = new RegExp(
    String.raw`(?:(\p{L}+)\s+${HEDGE})?(?<![\p{L}\p{N}.,])${figure}(?![\p{N}])([^,;:.!?()]*)`,
    "gu",
  );
  let found: TollKind | null = null;
  for (const match of text.matchAll(written)) {
    const kind = tollAt(match[1], match[2] ?? "");
    if (kind === null || (found !== null && found !== kind)) return null;
    found = kind;
  }
  return found;
}

function tollAt(before: string | undefined, after: string): TollKind | null {
  const kindOfWord = (word: string) => tollKindOf(wordTerm(word.toLowerCase()));
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
