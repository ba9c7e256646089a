/**
 * The Porter stemmer that ships with wink's English model, callable on any string. Terms are
 * stemmed from the lemma of wink's normal form (British spellings already Americanised), so
 * "said"/"says", "criticised"/"criticized" and "met"/"meets" reach the same term.
 */
import model from "wink-eng-lite-web-model";

const stemAddon = model.addons.stem;
if (typeof stemAddon !== "function") throw new Error("wink-eng-lite-web-model has no stem addon");
const porter = stemAddon as (word: string) => string;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Porter's rules are for words: a figure stays as written ("1038", not "10y8"). */
const FIGURE = /^[\d.,]+$/u;

export function stem(word: string): string {
  let value = cache.get(word);
  if (value === undefined) {
    value = FIGURE.test(word) ? word : porter(word);
    if (cache.size < CACHE_LIMIT) cache.set(word, value);
  }
  return value;
}
