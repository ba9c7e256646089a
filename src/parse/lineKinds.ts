/**
 * Recognises the kinds of lines a scraped news file carries besides its sentences: a date
 * prefix, bare markdown-link lines, headings and site boilerplate.
 */

/** ` date 2025-04-16 ` glued to the start of the first sentence. */
export const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/iu;

const MARKDOWN_LINK = /\[[^\]\n]*\]\(\s*([^)\s]+)\s*\)/gu;

/** The URLs of a line made only of markdown links (`[](https://…)[](https://…)`), else null. */
export function linkLineUrls(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith("[")) return null;
  if (trimmed.replace(MARKDOWN_LINK, "").trim() !== "") return null;
  return [...trimmed.matchAll(MARKDOWN_LINK)].map((m) => m[1] as string);
}

const BOILERPLATE: readonly RegExp[] = [
  /^post a comment$/iu,
  /^(?:previous|next|older|newer) post(?:\s+(?:previous|next|older|newer) post)?$/iu,
  /^follow us on\b/iu,
  /\bclick here\b/iu,
  /^contact(?: us| form)?$/iu,
  /^to donate\b/iu,
  /^(?:share|share this(?: article)?|tweet|email|print)$/iu,
  /^(?:related (?:posts?|articles?|stories)|read more|advertisement|sponsored)$/iu,
  /^subscribe\b.{0,60}$/iu,
  /^sign up for\b.{0,80}$/iu,
  /^(?:all rights reserved|copyright\b|©).{0,120}$/iu,
  /^(?:home|menu|search)$/iu,
];

/** Site furniture, not article text. */
export function isBoilerplate(line: string): boolean {
  const trimmed = line.trim();
  return BOILERPLATE.some((pattern) => pattern.test(trimmed));
}

const SENTENCE_END = /[.!;:,…"”'’)\]]$/u;
/** A short parenthesis closing a line: "Storm Ciarán (2023)", "Paris talks (live)". */
const TRAILING_ASIDE = /\s*\([^()]{1,40}\)$/u;

/** Whether a line ends as a sentence does, a short closing parenthesis aside. */
function endsLikeSentence(line: string): boolean {
  const bare = line.replace(TRAILING_ASIDE, "");
  return bare !== line && bare !== "" ? SENTENCE_END.test(bare) : SENTENCE_END.test(line);
}

function wordCount(line: string): number {
  return line.trim().split(/\s+/u).filter(Boolean).length;
}

/**
 * A heading is a short line that does not end like a sentence ("Challenges and Tensions"), or a
 * very short question standing alone ("Security guarantees for Ukraine?").
 */
export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "" || trimmed.length > 120) return false;
  const words = wordCount(trimmed);
  if (trimmed.endsWith("?")) return words <= 7 && !/[.!?].+\?$/u.test(trimmed);
  return words <= 14 && !endsLikeSentence(trimmed);
}

/** A headline is a first line that reads as a heading (a title, not a sentence). */
export function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length <= 200 && wordCount(trimmed) <= 24 && !endsLikeSentence(trimmed) && !trimmed.endsWith("?")
  );
}
