/**
 * The one wink-nlp instance, behind a small typed wrapper: the rest of the code sees plain
 * objects with character offsets, never wink's item API.
 */
import winkNLP from "wink-nlp";
import type { WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

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
  // sbd for sentences, pos for lemmas, ner for DATE/CARDINAL/… entities.
  instance ??= winkNLP(model, ["sbd", "pos", "ner"]);
  return instance;
}

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

/** A token; its stem is worked out only when read, not for every token parsed. */
class Token implements AnalyzedToken {
  entity: string | null = null;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly normal: string,
    readonly lemma: string,
    readonly pos: string,
    readonly stop: boolean,
  ) {}

  get stem(): string {
    return stemOf(this.text);
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
 * token by token would build an item object per token.
 */
export function analyzeText(original: string): AnalyzedSentence[] {
  const winkNlp = nlp();
  const its = winkNlp.its;
  // Corpora that mask numbers write "<num>": wink reads it as a number of the same length, so
  // dates and figures are still entities and every offset still points into the original.
  const text = original.includes(NUMBER_MASK) ? original.replaceAll(NUMBER_MASK, NUMBER_STAND_IN) : original;
  const doc = winkNlp.readDoc(text);
  const all = doc.tokens();
  const column = <T>(field: unknown): T[] => read<T[]>(all, field);
  const values = column<string>(its.value);
  const spaces = column<string>(its.precedingSpaces);
  const normals = column<string>(its.normal);
  const lemmas = column<string>(its.lemma);
  const tags = column<string>(its.pos);
  const stops = column<boolean>(its.stopWordFlag);
  const tokens: AnalyzedToken[] = new Array<AnalyzedToken>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] as string).length;
    const value = values[i] as string;
    const start = text.startsWith(value, offset) ? offset : Math.max(offset, text.indexOf(value, offset));
    const masked = value === NUMBER_STAND_IN_WORD && original.startsWith(NUMBER_MASK, start);
    tokens[i] = new Token(
      masked ? NUMBER_MASK : value,
      start,
      normals[i] as string,
      lemmas[i] as string,
      tags[i] as string,
      stops[i] as boolean,
    );
    offset = start + value.length;
  }
  const entities = doc.entities();
  const entitySpans = read<[number, number][]>(entities, its.span);
  const entityTypes = read<string[]>(entities, its.type);
  entitySpans.forEach(([first, last], e) => {
    for (let i = first; i <= last; i++) {
      const token = tokens[i];
      if (token) token.entity = entityTypes[e] as string;
    }
  });
  const sentences: AnalyzedSentence[] = [];
  const sentenceSpans = read<[number, number][]>(doc.sentences(), its.span);
  for (const [first, last] of sentenceSpans) {
    const sentenceTokens = tokens.slice(first, last + 1);
    const head = sentenceTokens[0];
    const tail = sentenceTokens[sentenceTokens.length - 1];
    if (!head || !tail) continue;
    sentences.push({
      start: head.start,
      end: tail.start + tail.text.length,
      tokens: sentenceTokens,
    });
  }
  return sentences;
}

/** Tokens of a short text (a question), sentence boundaries ignored. */
export function analyzeTokens(text: string): AnalyzedToken[] {
  return analyzeText(text).flatMap((sentence) => sentence.tokens);
}

/** Loads the model now rather than inside the first timed answer. */
export function warmUpNlp(): void {
  analyzeText("Warm up.");
}
