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
 * own, the speaker cut from the words. So too after a parenthesis closing on an abbreviation
 * ("Rep. Adam Schiff (D-Calif.) said…"), and for a sentence wink opened on a comma ("the musical
 * Mamma Mia!, which opened…"). (Not for a chat message, where "who hosted? also when" is two
 * questions.)
 */
export function joinQuoteAttributions(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  const joined: AnalyzedSentence[] = [];
  for (const sentence of sentences) {
    const before = joined[joined.length - 1];
    const head = sentence.tokens[0];
    if (before && head && goesOnFrom(before.tokens, head))
      joined[joined.length - 1] = {
        start: before.start,
        end: sentence.end,
        tokens: before.tokens.concat(sentence.tokens),
      };
    else joined.push(sentence);
  }
  return joined;
}

/**
 * An article's sentences with footnote marks kept on the sentence they close: "…on Sunday.[1]
 * Three people were hurt.[2]", as text copied from an encyclopedia has them. wink opens the next
 * sentence with the mark ("[1] Three people…"), and a last mark ("[3][4]") became a sentence of its
 * own.
 */
export function attachFootnoteMarks(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  const mended: AnalyzedSentence[] = [];
  for (const sentence of sentences) {
    const before = mended[mended.length - 1];
    const marks = before && endsSentence(before.tokens) ? footnoteMarksAt(sentence.tokens) : 0;
    if (!before || marks === 0) {
      mended.push(sentence);
      continue;
    }
    const moved = sentence.tokens.slice(0, marks);
    const last = moved[moved.length - 1] as AnalyzedToken;
    mended[mended.length - 1] = {
      start: before.start,
      end: last.start + last.text.length,
      tokens: before.tokens.concat(moved),
    };
    const rest = sentence.tokens.slice(marks);
    const head = rest[0];
    if (head) mended.push({ start: head.start, end: sentence.end, tokens: rest });
  }
  return mended;
}

/** Whether the tokens end as a sentence does, or with a footnote mark already moved there. */
function endsSentence(tokens: readonly AnalyzedToken[]): boolean {
  return /^(?:[.!?…"”’']+|\])$/u.test(tokens[tokens.length - 1]?.text ?? "");
}

/** How many tokens of footnote marks open a sentence: "[", a number, a letter or up to three words, "]", repeated. */
function footnoteMarksAt(tokens: readonly AnalyzedToken[]): number {
  let at = 0;
  for (;;) {
    if (tokens[at]?.text !== "[") return at;
    const close = tokens.findIndex((token, i) => i > at && token.text === "]");
    const words = close - at - 1;
    if (close < 0 || words < 1 || words > 3) return at;
    if (!tokens.slice(at + 1, close).every((token) => FOOTNOTE_WORD.test(token.text))) return at;
    at = close + 1;
  }
}

/** A footnote mark's words: a number ("12"), a letter ("a"), "citation needed", "note". */
const FOOTNOTE_WORD = /^(?:\p{N}{1,3}|\p{Ll}+)$/u;

/**
 * Whether a sentence opening with `head` goes on from one ending with "?" or "!" (and a closing
 * quotation mark), or with an abbreviation's full stop in a parenthesis ("Rep. Adam Schiff
 * (D-Calif.) said…"); one opening on a comma always does ("Mamma Mia!, which opened…").
 */
function goesOnFrom(before: readonly AnalyzedToken[], head: AnalyzedToken): boolean {
  // "…the musical Mamma Mia!, which opened in London": a sentence never opens on a comma.
  if (head.text === "," || head.text === ";") return true;
  if (!LOWER_CASE_WORD.test(head.text)) return false;
  let at = before.length - 1;
  if (before[at]?.text === ")" && before[at - 1]?.text.endsWith(".")) return true;
  if (CLOSING_QUOTE.test(before[at]?.text ?? "")) at--;
  return ASKS_OR_EXCLAIMS.test(before[at]?.text ?? "");
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;
const CLOSING_QUOTE = /^["”’']$/u;
const ASKS_OR_EXCLAIMS = /^[?!]+$/u;

/**
 * A sentence wink runs on past a unit's letter and the full stop after a figure ("a town of about
 * 42k. The council…", "at 120 km/h. Police…", "EUR 2m. The fine…", "3.5 pct. Officials…", "at 3
 * p.m. Crews…"): wink reads the letter and the stop as one token, an initial, after which a
 * sentence goes on ("John F. Kennedy"). After a figure or a slash, and before a capital, it is the
 * end of a sentence; a clock time's "a.m." or "p.m." goes on into a day, a month or a time zone.
 */
export function splitAfterUnits(sentence: AnalyzedToken[]): AnalyzedToken[][] {
  const parts: AnalyzedToken[][] = [];
  let from = 0;
  for (let i = 1; i + 1 < sentence.length; i++) {
    const unit = (sentence[i] as AnalyzedToken).text;
    const clock = CLOCK_STOP.test(unit);
    if (!clock && !UNIT_STOP.test(unit)) continue;
    if (!AFTER_FIGURE.test((sentence[i - 1] as AnalyzedToken).text)) continue;
    const next = (sentence[i + 1] as AnalyzedToken).text;
    if (!OPENS_SENTENCE.test(next)) continue;
    // "3 p.m. Tuesday", "5 p.m. EST", "6 a.m. Moscow time": the time goes on.
    if (
      clock &&
      (TIME_GOES_ON.test(next) || TIME_ZONE.test(next) || sentence[i + 2]?.text.toLowerCase() === "time")
    )
      continue;
    parts.push(sentence.slice(from, i + 1));
    from = i + 1;
  }
  if (from === 0) return [sentence];
  parts.push(sentence.slice(from));
  return parts;
}

/** The time of day's "a.m." or "p.m." ("at about 3 p.m. Crews arrived…"). */
const CLOCK_STOP = /^[ap]\.m\.$/iu;
/** What a clock time goes on with: a day, a month, a time zone's letters ("Tuesday", "April", "EST", "GMT"). */
const TIME_GOES_ON =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/iu;
/** A time zone's capitals ("EST", "GMT", "CEST"). */
const TIME_ZONE = /^\p{Lu}{2,5}$/u;
/** A unit's lower-case letters (up to four) and a full stop, read as one token: "k.", "m.", "h.", "pct.". */
const UNIT_STOP = /^\p{Ll}{1,4}\.$/u;
/** What a unit's letter follows: a figure ("42", "4.5") or a slash ("km/h"). */
const AFTER_FIGURE = /(?:\p{N}|^\/)$/u;
const OPENS_SENTENCE = /^\p{Lu}/u;
