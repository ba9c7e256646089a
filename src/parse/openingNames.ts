/**
 * A capitalised common word opening a sentence is no name: "Police estimate the crowd at
 * 12,000", "Photos released by the agency showed…", a live report's "20:10 — Scuffles have broken
 * out…". wink tags such a word a proper noun for its capital, which any word opening a sentence
 * has, and a who-question would take it for the person it asks about. It stays a name where the
 * article also writes it as one inside a sentence ("Trump said…" beside "President Donald
 * Trump"), and where WordNet has it only as a name ("Russia", "Kharkiv") or not at all ("Halas").
 */
import type { Lexicon } from "../lexicon/lexicon.js";
import type { AnalyzedToken } from "../nlp/wink.js";
import { opensClause, type Term } from "../text/terms.js";

/** One sentence's tokens and terms, before its features are read from them. */
export interface SentenceTerms {
  tokens: readonly AnalyzedToken[];
  terms: Term[];
}

/** A word written with a capital, then lower case only: "Police", not "NATO" or "McDonald". */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Marks that may stand before a sentence's first word: quotation marks and brackets. */
const OPENING_MARKS = /^["“‘'«„([]$/u;
const DASHES: ReadonlySet<string> = new Set(["—", "–", "-", "--"]);
/** How many tokens a lead before a dash may have: "WASHINGTON (AP)", "09:02", "9.30 am". */
const MAX_LEAD = 6;
/** A lead's words before its dash: a time ("20:10", "9.30", "am", "GMT") or a word in capitals ("PARIS", "U.S."). */
const LEAD_TIME = /^(?:\d{1,2}(?:[:.]\d\d)?|[ap]\.?m\.?|gmt|bst|cet|cest|utc|et)$/iu;
const LEAD_CAPITALS = /^\p{Lu}[\p{Lu}\d.'’&]*$/u;

/**
 * Whether token i opens the sentence's text: it opens a clause (terms.ts's opensClause), comes
 * after opening quotation marks only, or after a live report's time stamp or a dateline and its
 * dash ("20:10 — Scuffles…", "PARIS — Secretary Rubio says…", "KYIV (Reuters) — Officials…").
 */
export function opensText(tokens: readonly AnalyzedToken[], i: number): boolean {
  if (opensClause(tokens, i)) return true;
  let k = i - 1;
  while (k >= 0 && OPENING_MARKS.test((tokens[k] as AnalyzedToken).text)) k--;
  if (k < 0) return true;
  if (k < i - 1 && opensClause(tokens, k + 1)) return true;
  if (!DASHES.has((tokens[k] as AnalyzedToken).text) || k === 0 || k > MAX_LEAD) return false;
  let inBrackets = false;
  for (let j = 0; j < k; j++) {
    const text = (tokens[j] as AnalyzedToken).text;
    if (text === "(" || text === ")") inBrackets = text === "(";
    // A word in brackets is the agency's ("(Reuters)"); outside, a time or a word in capitals.
    else if (!inBrackets && text !== "," && !LEAD_TIME.test(text) && !LEAD_CAPITALS.test(text)) return false;
  }
  return true;
}

/**
 * Reads as common words the names that only open sentences of the article and that WordNet has
 * as a common word: their terms are marked not names, in place. Returns, per sentence, the
 * position of the term so read, where it heads a phrase of its own (-1 for none, and for a title
 * before a name: in "Composer Ludwig van Beethoven" the name is who is meant).
 */
export function unnameCommonOpeners(sentences: readonly SentenceTerms[], lexicon: Lexicon): number[] {
  const opening = (sentence: SentenceTerms, term: Term) => opensText(sentence.tokens, term.token);
  const namedInside = new Set<string>();
  for (const sentence of sentences)
    for (const term of sentence.terms)
      if (term.isName && !opening(sentence, term)) namedInside.add(term.term);
  return sentences.map((sentence) => {
    let heads = -1;
    sentence.terms.forEach((term, t) => {
      if (!term.isName || term.span || namedInside.has(term.term)) return;
      const token = sentence.tokens[term.token] as AnalyzedToken;
      if (token.pos !== "PROPN" || !TITLE_CASE.test(token.text) || !opening(sentence, term)) return;
      if (!lexicon.has(term.term) || lexicon.isOnlyName(term.term)) return;
      sentence.terms[t] = { ...term, isName: false };
      if (heads < 0 && sentence.tokens[term.token + 1]?.pos !== "PROPN") heads = t;
    });
    return heads;
  });
}
