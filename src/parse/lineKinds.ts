/**
 * Recognises the kinds of lines a scraped news file carries besides its sentences: a date
 * prefix, bare markdown-link lines, headings, list items and site boilerplate.
 */
import { collapseWhitespace } from "../text/normalize.js";

/** ` date 2025-04-16 ` glued to the start of the first sentence, or on a line of its own. */
export const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/iu;

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
  // (`(?<!\w)` is `\b` before a letter, and much faster here: see CAUSE_PATTERN.)
  /(?<!\w)click here\b/iu,
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

const UPDATES = String.raw`(?:the\s+)?(?:latest|more|further|live|breaking|full)\s+(?:news|updates?|coverage|information|stories|details|headlines|analysis)`;
const GO = String.raw`(?:visit|follow|see|read|go\s+to|head\s+(?:over\s+)?to|check(?:\s+out)?|click|tap|download|subscribe|sign\s+up|join|stay\s+tuned|keep\s+(?:reading|following)|bookmark|listen|watch)`;
const SOCIAL = String.raw`(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|threads|bluesky|whatsapp|google\s+news)`;

/**
 * Sentences that turn to the reader and send them elsewhere: a site's promotion, not news. Each
 * opens with an imperative aimed at the reader ("Subscribe to …", "Read more: …") or with "For
 * the latest updates, visit …", so reported speech (a quotation opens with its quote mark) and
 * news about sign-ups ("Subscribers rose …", "Ukraine signed up to …") are not caught.
 */
const PROMOTION: readonly RegExp[] = [
  // "For the latest updates, visit News18 or follow developments on …"
  new RegExp(String.raw`^(?:for|to\s+(?:get|read|see|follow))\s+${UPDATES}\b.{0,80}?\b${GO}\b`, "iu"),
  /^(?:the\s+)?(?:latest|live|breaking)\s+(?:news|updates?)\s*[:|]/iu,
  // "Follow us on …", "Follow our live blog", "Follow the latest developments on …", "Follow X on Telegram"
  new RegExp(
    String.raw`^follow\s+(?:us|our|@|(?:the\s+)?(?:latest|live)\b|(?:all\s+)?(?:developments|updates)\b|\S+(?:\s+\S+)?\s+on\s+${SOCIAL}\b)`,
    "iu",
  ),
  // "Subscribe to our newsletter", "Subscribe now", "Sign up for …", "Sign up here"
  /^subscribe(?:\s+(?:to|for|now|today|here|free|and|on)\b|\s*[:!.]|$)/iu,
  /^sign\s+up\s+(?:for|to|now|today|here|free|and)\b/iu,
  // "Read more: …", "Read the full story", "Read our analysis", "Also read: …"
  /^(?:also\s+)?read\s+(?:more|also|next|the\s+(?:full|latest|original)|our)\b/iu,
  /^(?:also\s+read|see\s+also|related|recommended|must\s+read|watch|listen)\s*[:|–—]/iu,
  // "Click here …", "Tap the link …", "Download our app", "Don't miss …", "Stay tuned …"
  /^(?:click|tap)\s+(?:here|the\s+link|below|on\s+the\s+link)\b/iu,
  /^download\s+(?:our|the\s+(?:\S+\s+)?app)\b/iu,
  /^(?:don['’]t|do\s+not)\s+miss\b/iu,
  /^stay\s+(?:tuned|up\s+to\s+date|updated|informed|connected)\b/iu,
  /^(?:join\s+(?:us|our)|like\s+us\s+on)\b/iu,
  /^(?:get|receive)\s+(?:our|the\s+latest|breaking)\b.{0,60}\b(?:newsletter|alerts?|updates|inbox)\b/iu,
];

/** The patterns as one, run once rather than one by one: each opens with ^, so it fails fast. */
const ANY_PROMOTION = new RegExp(PROMOTION.map((pattern) => `(?:${pattern.source})`).join("|"), "iu");

/** A sentence (or line) of promotion addressed to the reader: dropped like boilerplate. */
export function isPromotion(sentence: string): boolean {
  // Markdown bullets and emphasis may come first; a quote mark may not (a quotation is speech).
  const trimmed = sentence.trim().replace(/^[\s*_>#•·-]+/u, "");
  return ANY_PROMOTION.test(trimmed);
}

const SENTENCE_END = /[.!;:,…"”'’)\]]$/u;
/** A short parenthesis closing a line: "Storm Ciarán (2023)", "Paris talks (live)". */
const TRAILING_ASIDE = /\s*\([^()]{1,40}\)$/u;

/**
 * A closing parenthesis that describes rather than labels: a comma then a phrase of its own
 * ("Frank Gehry (American, born in 1929)"), as a list entry or a caption has; "(2023)",
 * "(live)" and "(photos, video)" only label a heading.
 */
const DESCRIBING_ASIDE = /\([^()]*,\s*[^\s(),]+\s+[^\s(),]+[^()]*\)$/u;

/** Whether a line ends as a sentence does, a short closing parenthesis aside. */
function endsLikeSentence(line: string): boolean {
  if (DESCRIBING_ASIDE.test(line)) return true;
  const bare = line.replace(TRAILING_ASIDE, "");
  return bare !== line && bare !== "" ? SENTENCE_END.test(bare) : SENTENCE_END.test(line);
}

function wordCount(line: string): number {
  return line.trim().split(/\s+/u).filter(Boolean).length;
}

/** A list item's marker ("- ", "* ", "• ", "1. "), as markdown and plain-text files write lists. */
const LIST_MARKER = /^\s*(?:[-*+•‣▪◦–]|\d{1,3}[.)])\s+(?=\S)/u;

/**
 * How many characters a list item's marker takes at the start of the line (0 for no list item).
 * An item is text, however short ("- a ceasefire along the front line"): never a heading.
 */
export function listMarkerLength(line: string): number {
  return LIST_MARKER.exec(line)?.[0].length ?? 0;
}

/** A markdown heading's hashes ("## Background"); a hashtag ("#Ukraine") has no space after. */
const HEADING_HASHES = /^\s*#{1,6}\s+(?=\S)/u;

/** A heading's or headline's words, without markdown's hashes and with whitespace collapsed. */
export function headingText(line: string): string {
  return collapseWhitespace(line.replace(HEADING_HASHES, ""));
}

/**
 * A heading is a line markdown marks as one ("## Background"), a short line that does not end like
 * a sentence ("Challenges and Tensions"), or a very short question standing alone ("Security
 * guarantees for Ukraine?").
 */
export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  if (HEADING_HASHES.test(trimmed)) return trimmed.length <= 200;
  if (trimmed === "" || trimmed.length > 120 || holdsSentenceEnd(trimmed)) return false;
  const words = wordCount(trimmed);
  if (trimmed.endsWith("?")) return words <= 7 && !/[.!?].+\?$/u.test(trimmed);
  return words <= 14 && !endsLikeSentence(trimmed);
}

/** A word's full stop, question or exclamation mark with more text after it ("… stay open. — Anna Lind"). */
const INNER_SENTENCE_END = /(\p{L}+)[.!?]["”’]?\s+\S/gu;
/** Lower-case abbreviations a heading may hold ("Biden vs. Trump"). */
const ABBREVIATION = /^(?:vs|etc|approx|incl|cf|al)$/u;

/**
 * Whether a sentence ends inside the line, after a lower-case word ("The port must stay open. —
 * Anna Lind (@annalind) April 17, 2025", an embedded post): a heading holds none ("U.S. Policy
 * Shifts" ends no sentence at "U.S.").
 */
function holdsSentenceEnd(line: string): boolean {
  for (const match of line.matchAll(INNER_SENTENCE_END)) {
    const word = match[1] as string;
    if (/\p{Ll}{2}$/u.test(word) && !ABBREVIATION.test(word.toLowerCase())) return true;
  }
  return false;
}

/** A headline is a first line that reads as a heading (a title, not a sentence). */
export function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (HEADING_HASHES.test(trimmed)) return isTitleLength(trimmed);
  return isTitleLength(trimmed) && !endsLikeSentence(trimmed) && !trimmed.endsWith("?");
}

/**
 * Whether a file's first line, with the line after it, is its headline: it reads as one, or the
 * date line follows it, which opens the body, however it ends ("Explainer: What is the Velmont
 * Framework, and can it end the Sella water dispute?").
 */
export function opensAsHeadline(line: string, next: string | undefined): boolean {
  if (isHeadline(line)) return true;
  return (
    next !== undefined && DATE_PREFIX.test(next) && !DATE_PREFIX.test(line) && isTitleLength(line.trim())
  );
}

function isTitleLength(trimmed: string): boolean {
  return trimmed.length <= 200 && wordCount(trimmed) <= 24;
}
