/**
 * Text folding shared by indexing, querying and the eval: two strings that a reader would call
 * "the same words" fold to the same string.
 */

const QUOTES: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
};

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** Collapses every run of whitespace (including newlines and NBSP) to one space and trims. */
export function collapseWhitespace(text: string): string {
  // Most text has nothing to collapse, and finding that out is cheaper than rebuilding it.
  if (!UNCOLLAPSED.test(text)) return text;
  return text.replace(/\s+/gu, " ").trim();
}

/** Whitespace that collapseWhitespace changes: two together, at either end, or other than a space. */
const UNCOLLAPSED = /\s\s|^\s|\s$|[^\S ]/u;

/** Curly quotes and primes to straight ones, en/em dashes and minus signs to "-". */
export function straightenPunctuation(text: string): string {
  return text
    .replace(
      /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu,
      (c) => QUOTES[c] ?? c,
    )
    .replace(/[\u2010-\u2015\u2212]/gu, "-");
}

/** Removes combining marks after canonical decomposition: "Noël" → "Noel". */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC");
}

/** Removes zero-width and other invisible format characters (but keeps ordinary spaces). */
export function stripInvisible(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu, "");
}

/** The eval's normalisation: NFKC, straight quotes, dashes to "-", whitespace runs to one space, lower case. */
export function normalizeForComparison(text: string): string {
  return collapseWhitespace(straightenPunctuation(text.normalize("NFKC"))).toLowerCase();
}

/** Folds a single word for matching: NFKC, no diacritics, straight quotes, lower case. */
export function foldWord(word: string): string {
  // Plain ASCII (most words) has nothing to normalise, strip or straighten.
  if (ASCII.test(word)) return word.toLowerCase();
  return stripDiacritics(straightenPunctuation(word.normalize("NFKC"))).toLowerCase();
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range is the point
const ASCII = /^[\u0000-\u007f]*$/u;

/**
 * Folds transliteration doublings that vary between outlets in names from Slavic languages:
 * "Yuliia"/"Yulia", "Zelenskyy"/"Zelensky". Neither "ii" nor "yy" is ordinary English spelling.
 */
export function foldTransliteration(word: string): string {
  return word.replace(/ii/gu, "i").replace(/yy/gu, "y");
}
