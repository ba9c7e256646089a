/**
 * The size a figure gives, where the sentence says which (a height: "61 metres high", "a height
 * of 61 metres", "rises 61 metres"), and the size a question asks for ("how tall"): a figure
 * written as another size does not answer (figureType.ts's measure check).
 */
import type { EntitySpan, Sentence } from "../article.js";
import { wordTerm } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import type { TypeContext } from "./answerType.js";
import { textAfter } from "./dateSpans.js";
import { howWord } from "./questionKind.js";

/**
 * The words that say which size a figure gives, by that size: an adjective after its unit ("61
 * metres high"), a noun before it or after "in" ("a height of", "in length").
 */
const SIZE_WORDS = {
  height: { adjectives: ["tall", "high"], nouns: ["height", "altitude", "elevation"] },
  depth: { adjectives: ["deep"], nouns: ["depth"] },
  width: { adjectives: ["wide", "broad"], nouns: ["width", "breadth", "diameter"] },
  length: { adjectives: ["long"], nouns: ["length"] },
  thickness: { adjectives: ["thick"], nouns: ["thickness"] },
} as const;
export type Size = keyof typeof SIZE_WORDS;
const SIZES = Object.entries(SIZE_WORDS) as [Size, (typeof SIZE_WORDS)[Size]][];
const SIZE_OF_TERM: ReadonlyMap<string, Size> = new Map(
  SIZES.flatMap(([size, { adjectives, nouns }]) =>
    [...adjectives, ...nouns].map((word) => [wordTerm(word), size] as const),
  ),
);
/** Of those, the nouns: they name a figure's size from before it ("the total length of the bridge is about 2.7 kilometres"). */
const SIZE_NOUNS: ReadonlySet<string> = new Set(SIZES.flatMap(([, { nouns }]) => nouns.map(wordTerm)));
/** How many terms before a figure a size noun names its size. */
const SIZE_NOUN_REACH = 3;
/** "How tall / high / deep / wide / long / thick": the size asked for, by its adjective. */
const SIZE_ASKED: ReadonlySet<string> = new Set(SIZES.flatMap(([, { adjectives }]) => adjectives));
/**
 * The word after a figure's unit, or after "in" there ("480 metres long", "300 metres in height",
 * "227 metres above the water", "3 km across"), and the word after that, if no mark stands between.
 */
const AFTER_UNIT = /^\W*\p{L}+\.?\s+(?:in\s+)?(\p{L}+)(?:\s+(\p{L}+))?/u;
/**
 * "Above" says a height; "across" a width where it ends the phrase ("a crater 3 km across"), not
 * where a place follows it ("a bridge 2 km across the bay": that is the bridge's length).
 */
const ABOVE = "above";
const ACROSS = "across";
const PHRASE_GOES_ON: ReadonlySet<string> = new Set(["and", "or", "but", "at", "in", "with"]);

/** The size a size question asks for ("how deep": a depth), or null ("how far", "how big"). */
export function sizeAsked(question: AnalyzedQuestion): Size | null {
  const word = howWord(question.read);
  return word !== null && SIZE_ASKED.has(word) ? (SIZE_OF_TERM.get(wordTerm(word)) ?? null) : null;
}

/**
 * The size a sentence writes a figure as, if it says: by the word after its unit ("480 metres
 * long", "300 metres in height", "227 metres above the water", "3 km across"), or a size noun
 * just before it ("a height of 221 metres"); null where it does not.
 */
function sizeWritten(sentence: Sentence, span: EntitySpan): Size | null {
  const found = AFTER_UNIT.exec(textAfter(sentence.text, span));
  const after = found?.[1]?.toLowerCase();
  if (after === ABOVE) return "height";
  if (after === ACROSS) {
    const then = found?.[2]?.toLowerCase();
    if (then === undefined || PHRASE_GOES_ON.has(then)) return "width";
  } else {
    const named = after === undefined ? undefined : SIZE_OF_TERM.get(wordTerm(after));
    if (named) return named;
  }
  for (let at = span.from - 1; at >= Math.max(0, span.from - SIZE_NOUN_REACH); at--) {
    const term = sentence.terms[at] as string;
    if (SIZE_NOUNS.has(term)) return SIZE_OF_TERM.get(term) ?? null;
  }
  return null;
}

/**
 * Verbs that give a figure a way: up or down ("rises 227 metres", "drops about 108 metres": a
 * height or a depth), or along ("flows for about 2,850 kilometres", "stretches 5 km": a length or
 * a width).
 */
const VERTICAL_VERBS: ReadonlySet<string> = new Set(
  ["rise", "drop", "fall", "plunge", "soar", "tower", "descend", "dive"].map(wordTerm),
);
const ALONG_VERBS: ReadonlySet<string> = new Set(["flow", "stretch", "run", "extend", "span"].map(wordTerm));
/** The sizes each way gives: up or down a height or a depth, along a length or a width (a thickness neither). */
const VERTICAL: ReadonlySet<Size> = new Set(["height", "depth"]);
const ALONG: ReadonlySet<Size> = new Set(["length", "width"]);

/** A figure the sentence writes as another size than the one asked for: "480 metres long" is no height. */
export function ofAnotherSize(context: TypeContext, sentence: Sentence, span: EntitySpan): boolean {
  if (context.size === null) return false;
  const written = sizeWritten(sentence, span);
  if (written !== null) return written !== context.size;
  const verb = sentence.terms[span.from - 1];
  if (verb === undefined) return false;
  if (VERTICAL.has(context.size)) return ALONG_VERBS.has(verb);
  return ALONG.has(context.size) && VERTICAL_VERBS.has(verb);
}
