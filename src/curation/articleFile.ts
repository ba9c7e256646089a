/**
 * The article folder's own format, written and read back: a headline line, a `date YYYY-MM-DD`
 * prefix on the first paragraph when the date is known, then paragraphs and section headings
 * separated by blank lines (what src/parse/ reads).
 */
import {
  DATE_PREFIX,
  headingText,
  isHeadline,
  listMarkerLength,
  opensAsHeadline,
} from "../parse/lineKinds.js";
import { validIsoDate } from "../parse/parseArticle.js";
import { collapseWhitespace } from "../text/normalize.js";
import type { ArticleBlock } from "./extract/extractArticle.js";

export interface ArticleText {
  title: string | null;
  date: string | null;
  blocks: readonly ArticleBlock[];
}

/** The file's text. A title that would not read as a headline is left to the sidecar. */
export function formatArticleFile({ title, date, blocks }: ArticleText): string {
  const lines: string[] = [];
  if (title && isHeadline(title)) lines.push(collapseWhitespace(title));
  blocks.forEach((block, i) => {
    const dated = i === 0 && date && block.kind === "paragraph";
    lines.push(dated ? `date ${date} ${block.text}` : block.text);
  });
  return `${lines.join("\n\n")}\n`;
}

/** How much text an article needs to be worth adding (a two-sentence brief has more). */
export const MIN_ARTICLE_CHARACTERS = 120;

/** The paragraphs' characters: headings and the title do not count. */
export function bodyLength(blocks: readonly ArticleBlock[]): number {
  return blocks.filter((b) => b.kind === "paragraph").reduce((sum, b) => sum + b.text.length, 0);
}

/**
 * A text file as the folder keeps it: no BOM, newlines as \n; otherwise as written, so the same
 * file added twice is the same bytes (and is recognised).
 */
export function normalizeTextFile(text: string): string {
  return text.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
}

/** The headline and date a text file in the folder's format carries (as the parser reads them). */
export function textFileMetadata(text: string): { title: string | null; date: string | null } {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const [first = "", second = ""] = lines;
  const firstDate = DATE_PREFIX.exec(first);
  if (firstDate) return { title: null, date: validIsoDate(firstDate[1]) };
  if (!opensAsHeadline(first, second)) return { title: null, date: null };
  return { title: headingText(first), date: validIsoDate(DATE_PREFIX.exec(second)?.[1]) };
}

/** The paragraphs of a text file, for the same "is there an article here?" check. */
export function textFileBlocks(text: string): ArticleBlock[] {
  return text
    .split(/\n\s*\n/u)
    .map((paragraph) => collapseWhitespace(paragraph.replace(DATE_PREFIX, "")))
    .filter(Boolean)
    .map((paragraph) => ({
      kind: isHeadline(paragraph) && listMarkerLength(paragraph) === 0 ? "heading" : "paragraph",
      text: paragraph,
    }));
}
