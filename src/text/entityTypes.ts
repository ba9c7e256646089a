/**
 * Each token's entity type as the parser keeps it (sentenceFeatures.ts): wink's, with the dates,
 * times, figures, amounts and shares its model reads as something else or as nothing.
 */
import type { AnalyzedToken } from "../nlp/wink.js";

/** Words before a bare year that make it one: "in 1038", "from 1038 until 1596", "since 1870". */
const BEFORE_YEAR = new Set(["in", "since", "from", "until", "till", "before", "after", "circa"]);
const YEAR = /^1\d{3}$|^20\d{2}$/u;
const CENTURY = new Set(["century", "centuries", "millennium"]);
const CLOCK = /^(?:[01]?\d|2[0-3]):[0-5]\d$/u;

/**
 * Each token's entity type, with what wink's model reads as something else or as nothing: a bare
 * year after a preposition of time, not counting a noun ("from 1038 until 1596", read as a
 * cardinal and a duration), a clock time ("3:40", read as a number), an ordinal century ("the late
 * sixteenth century", read as an ordinal), a season after "next" or "in the" ("next spring", "in
 * the fall"), "scores of" a noun (a figure, as "dozens of" is), a fraction in words (a share: "a
 * quarter of", "as much as half", "two-thirds of") and an amount after a currency sign other than
 * "$" ("€2 million").
 */
export function readEntityTypes(
  tokens: readonly AnalyzedToken[],
  words: readonly string[],
): (string | null | undefined)[] {
  const types = tokens.map((token) => token.entity);
  let fraction = 0;
  tokens.forEach((token, i) => {
    const type = types[i];
    if (
      (type === "CARDINAL" || type === "DURATION") &&
      YEAR.test(token.text) &&
      BEFORE_YEAR.has(words[i - 1] ?? "") &&
      // "in 1500 homes", "until 1200 troops arrive": a count of something, not a year.
      tokens[i + 1]?.pos !== "NOUN"
    )
      types[i] = "DATE";
    // "at around 3:40", "at 03:10": a clock time (wink tags it only before "a.m." / "p.m.").
    else if ((!type || type === "CARDINAL") && token.text.includes(":") && CLOCK.test(token.text))
      types[i] = "TIME";
    else if (type === "ORDINAL" && CENTURY.has(words[i + 1] ?? "")) {
      types[i] = "DATE";
      types[i + 1] = "DATE";
    } else if (!type && SEASONS.has(words[i] as string) && seasonNamed(tokens, words, i)) {
      // "next spring", "in the fall": wink reads "next summer" as a date but not these.
      types[i] = "DATE";
      if (SEASON_MODIFIERS.has(words[i - 1] ?? "")) types[i - 1] = "DATE";
    } else if (!type && words[i] === "scores" && words[i + 1] === "of" && !OWNED.has(words[i - 1] ?? "")) {
      // "wounding scores of civilians": a figure, as wink reads "dozens of" (not "the scores of the matches").
      types[i] = "CARDINAL";
    } else if ((fraction = fractionAt(tokens, words, types, i)) > 0) {
      // "a quarter of the city", "as much as half", "two-thirds of his sentence": a share, as "25%"
      // is (wink reads "a third" as an ordinal, "half" and "quarter" as nothing); with the words
      // wink reads into the number before it ("about one-fifth").
      for (let k = i - 1; k >= 0 && types[k] === "CARDINAL"; k--) types[k] = "PERCENT";
      for (let k = i; k < i + fraction; k++) types[k] = "PERCENT";
    } else if (types[i + 1] === "CARDINAL" && CURRENCY_SIGNS.has(token.text)) {
      // "€2 million", "£300,000": the language model reads only "$" as money.
      types[i] = "MONEY";
      for (let k = i + 1; types[k] === "CARDINAL"; k++) types[k] = "MONEY";
    }
  });
  return types;
}

/** The fractions written in words: "a third", "two-fifths", "three quarters". */
const FRACTIONS = new Set([
  "half",
  "third",
  "thirds",
  "quarter",
  "quarters",
  "fourth",
  "fourths",
  "fifth",
  "fifths",
  "sixth",
  "sixths",
  "eighth",
  "eighths",
  "tenth",
  "tenths",
]);
/** Words before "half" that make it a part of a time ("the second half of 2024", "the other half"). */
const HALF_OF_SOMETHING = new Set([
  "first",
  "second",
  "latter",
  "former",
  "other",
  "the",
  "this",
  "that",
  "next",
  "last",
]);

/** Words before "half" that make it an amount ("as much as half", "more than half", "nearly half"), not "half an hour". */
const HALF_QUANTIFIERS = new Set([
  "as",
  "than",
  "about",
  "nearly",
  "almost",
  "roughly",
  "around",
  "only",
  "just",
  "by",
]);

/**
 * How many tokens from `i` write a fraction of something, or 0: "a quarter of", "half of", "as
 * much as half", "two-thirds of", "three quarters of" (not "the third quarter", "half an hour",
 * "the second half of the season").
 */
function fractionAt(
  tokens: readonly AnalyzedToken[],
  words: readonly string[],
  types: readonly (string | null | undefined)[],
  i: number,
): number {
  const word = words[i] as string;
  const next = words[i + 1] ?? "";
  // ("A half-length portrait", "a half-hour drive": a hyphen joins "half" to a word.)
  const endsClause = next === "" || (tokens[i + 1]?.pos === "PUNCT" && !/^[-‐‑–]$/u.test(next));
  if (
    word === "half" &&
    !HALF_OF_SOMETHING.has(words[i - 1] ?? "") &&
    (next === "of" ||
      endsClause ||
      (HALF_QUANTIFIERS.has(words[i - 1] ?? "") && next !== "a" && next !== "an"))
  )
    return 1;
  // "a third of", "a quarter of": one part (not "a Fourth of July parade").
  if (
    word === "a" &&
    FRACTIONS.has(next) &&
    next !== "half" &&
    words[i + 2] === "of" &&
    types[i + 3] !== "DATE"
  )
    return 2;
  // "two-thirds of", "three quarters of": a number of parts (wink splits "two-thirds" at the hyphen).
  if (types[i] === "CARDINAL" && !/\d/u.test(tokens[i]?.text ?? "")) {
    const at = next === "-" ? i + 2 : i + 1;
    if (FRACTIONS.has(words[at] ?? "") && (words[at + 1] === "of" || tokens[at + 1]?.pos === "PUNCT"))
      return at - i + 1;
  }
  return 0;
}

/** Words before "scores" that make it a noun of its own: "the scores of the two teams", "their test scores of…". */
const OWNED = new Set([
  "the",
  "their",
  "his",
  "her",
  "its",
  "our",
  "your",
  "my",
  "test",
  "final",
  "high",
  "top",
]);

const SEASONS = new Set(["spring", "summer", "autumn", "fall", "winter"]);
/** Words that make a season a time: "next spring", "late autumn". */
const SEASON_MODIFIERS = new Set(["next", "last", "this", "early", "late", "mid", "coming", "past"]);
/** Words before "the" that make a season a time: "in the fall", "by the spring". */
const BEFORE_THE_SEASON = new Set(["in", "by", "until", "till", "since", "during", "over", "through"]);

/**
 * Whether the season word at `i` names a time: after a modifier ("next spring") or a preposition
 * of time and "the" ("in the fall"), and not "the fall of Kabul" (a fall of something other than
 * a year).
 */
function seasonNamed(tokens: readonly AnalyzedToken[], words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? "";
  const named =
    SEASON_MODIFIERS.has(before) || (before === "the" && BEFORE_THE_SEASON.has(words[i - 2] ?? ""));
  if (!named) return false;
  if (words[i + 1] !== "of") return true;
  return YEAR.test(tokens[i + 2]?.text ?? "");
}

const CURRENCY_SIGNS = new Set(["€", "£", "¥", "₹", "₽", "₴", "₩", "₺", "₪", "₦", "₱", "฿", "₫", "₣", "₡"]);
