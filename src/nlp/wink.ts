/**
 * The one wink-nlp instance, behind a small typed wrapper: the rest of the code sees plain
 * objects with character offsets, never wink's item API.
 */
import winkNLP from "wink-nlp";
import type { ItemEntity, ItemSentence, ItemToken, WinkMethods } from "wink-nlp";
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
function read<T>(item: ItemToken | ItemEntity | ItemSentence, field: unknown): T {
  return (item.out as (field: unknown) => unknown)(field) as T;
}

function nlp(): WinkMethods {
  // sbd for sentences, pos for lemmas, ner for DATE/CARDINAL/… entities.
  instance ??= winkNLP(model, ["sbd", "pos", "ner"]);
  return instance;
}

/**
 * Splits text into sentences and tokens. Offsets are exact: wink keeps every token's preceding
 * whitespace, so summing whitespace and token lengths walks the original string.
 */
export function analyzeText(text: string): AnalyzedSentence[] {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(text);
  const tokens: AnalyzedToken[] = [];
  let offset = 0;
  doc.tokens().each((token: ItemToken) => {
    offset += read<string>(token, its.precedingSpaces).length;
    const value = read<string>(token, its.value);
    const start = text.startsWith(value, offset) ? offset : Math.max(offset, text.indexOf(value, offset));
    tokens.push({
      text: value,
      start,
      normal: read<string>(token, its.normal),
      lemma: read<string>(token, its.lemma),
      stem: read<string>(token, its.stem),
      pos: read<string>(token, its.pos),
      stop: read<boolean>(token, its.stopWordFlag),
      entity: null,
    });
    offset = start + value.length;
  });
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = read<[number, number]>(entity, its.span);
    const type = read<string>(entity, its.type);
    for (let i = first; i <= last; i++) {
      const token = tokens[i];
      if (token) token.entity = type;
    }
  });
  const sentences: AnalyzedSentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = read<[number, number]>(sentence, its.span);
    const sentenceTokens = tokens.slice(first, last + 1);
    const head = sentenceTokens[0];
    const tail = sentenceTokens[sentenceTokens.length - 1];
    if (!head || !tail) return;
    sentences.push({
      start: head.start,
      end: tail.start + tail.text.length,
      tokens: sentenceTokens,
    });
  });
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
