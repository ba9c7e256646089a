/**
 * Where wink's sentences end, mended: a unit's letter and full stop after a figure end one
 * (`splitAfterUnits`, applied to every text wink reads), and in an article a quoted question and
 * the words after it are one (`joinQuoteAttributions`).
 */
import type { AnalyzedSentence, AnalyzedToken } from "./wink.js";

/**
 * An article's sentences with a quoted question or exclamation and the words after it in lower
 * case read as one: "“What’s there to cheer about?” asked Greta Holm", "“Stop!” shouted the
 * guard". wink ends a sentence at the mark, and the words after it became a sentence of their
 * own, the speaker cut from the words. (Not for a chat message, where "who hosted? also when"
 * is two questions.)
 */
export function joinQuoteAttributions(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  const joined: AnalyzedSentence[] = [];
  for (const sentence of sentences) {
    const before = joined[joined.length - 1];
    const head = sentence.tokens[0];
    if (before && head && continuesAfterQuestion(before.tokens, head))
      joined[joined.length - 1] = {
        start: before.start,
        end: sentence.end,
        tokens: before.tokens.concat(sentence.tokens),
      };
    else joined.push(sentence);
  }
  return joined;
}

/** Whether a sentence opening with `head` goes on from one ending with "?" or "!" (and a closing quotation mark). */
function continuesAfterQuestion(before: readonly AnalyzedToken[], head: AnalyzedToken): boolean {
  if (!LOWER_CASE_WORD.test(head.text)) return false;
  let at = before.length - 1;
  if (CLOSING_QUOTE.test(before[at]?.text ?? "")) at--;
  return ASKS_OR_EXCLAIMS.test(before[at]?.text ?? "");
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;
const CLOSING_QUOTE = /^["”’']$/u;
const ASKS_OR_EXCLAIMS = /^[?!]+$/u;

/**
 * A sentence wink runs on past a unit's letter and the full stop after a figure ("a town of about
 * 42k. The council…", "at 120 km/h. Police…", "EUR 2m. The fine…", "3.5 pct. Officials…"): wink reads the letter and the
 * stop as one token, an initial, after which a sentence goes on ("John F. Kennedy"). After a figure
 * or a slash, and before a capital, it is the end of a sentence.
 */
export function splitAfterUnits(sentence: AnalyzedToken[]): AnalyzedToken[][] {
  const parts: AnalyzedToken[][] = [];
  let from = 0;
  for (let i = 1; i + 1 < sentence.length; i++) {
    if (!UNIT_STOP.test((sentence[i] as AnalyzedToken).text)) continue;
    if (!AFTER_FIGURE.test((sentence[i - 1] as AnalyzedToken).text)) continue;
    if (!OPENS_SENTENCE.test((sentence[i + 1] as AnalyzedToken).text)) continue;
    parts.push(sentence.slice(from, i + 1));
    from = i + 1;
  }
  if (from === 0) return [sentence];
  parts.push(sentence.slice(from));
  return parts;
}

/** A unit's lower-case letters (up to four) and a full stop, read as one token: "k.", "m.", "h.", "pct.". */
const UNIT_STOP = /^\p{Ll}{1,4}\.$/u;
/** What a unit's letter follows: a figure ("42", "4.5") or a slash ("km/h"). */
const AFTER_FIGURE = /(?:\p{N}|^\/)$/u;
const OPENS_SENTENCE = /^\p{Lu}/u;
