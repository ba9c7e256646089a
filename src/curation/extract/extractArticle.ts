/**
 * A web page → the article in it: title, outlet, date and canonical link from the page's own
 * metadata, and the readable text as headings and paragraphs (Readability, after the site's
 * furniture is taken out). Pure: no I/O.
 */
import { collapseWhitespace } from "../../text/normalize.js";
import { removeFurniture } from "./cleanPage.js";
import { ELEMENT_NODE, parseDocument, readableContent, TEXT_NODE, type DomElement } from "./dom.js";
import { isoDay, pageMetadata } from "./pageMetadata.js";

export interface ArticleBlock {
  kind: "heading" | "paragraph";
  text: string;
}

export interface ExtractedArticle {
  title: string | null;
  outlet: string | null;
  date: string | null;
  /** The article's own link (canonical), or null when the page names none. */
  url: string | null;
  /** Every link the page gives for itself. */
  selfLinks: string[];
  blocks: ArticleBlock[];
}

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
// prettier-ignore
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dd", "dt",
  "blockquote", "pre", "figure", "center", "address", "details", "summary",
]);
/** Not article text: captions, tables, media, footnote markers. */
// prettier-ignore
const SKIPPED = new Set([
  "figcaption", "table", "img", "picture", "video", "audio", "source", "sup", "script", "style",
  "noscript", "button", "svg",
]);

/** The content's headings and paragraphs, in order; a `<br>` ends a paragraph. */
function blocksOf(root: DomElement): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let inline = "";
  const flush = () => {
    const text = collapseWhitespace(inline);
    inline = "";
    if (text) blocks.push({ kind: "paragraph", text });
  };
  const walk = (element: DomElement) => {
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === TEXT_NODE) {
        inline += node.textContent ?? "";
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const child = node as DomElement;
      const tag = child.tagName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === "br") flush();
      else if (HEADINGS.has(tag)) {
        flush();
        const text = collapseWhitespace(child.textContent ?? "").replace(/[.:]+$/u, "");
        if (text) blocks.push({ kind: "heading", text });
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else inline += ` ${child.textContent ?? ""} `.replace(/^ | $/gu, "");
    }
  };
  walk(root);
  flush();
  return blocks;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A byline paragraph ("By Lois Lane and Clark Kent"): who wrote it, not what it says. */
function isByline(text: string, byline: string | null): boolean {
  if (byline && same(text, collapseWhitespace(byline))) return true;
  return /^by\s+\p{Lu}/u.test(text) && text.split(" ").length <= 8 && !/[.!?]$/u.test(text);
}

/** Drops the repeated title, bylines, repeats and headings that head nothing. */
function tidy(blocks: ArticleBlock[], title: string | null, byline: string | null): ArticleBlock[] {
  const kept = blocks.filter(
    (block, i) =>
      !(title && same(block.text, title)) &&
      !(block.kind === "paragraph" && isByline(block.text, byline)) &&
      !(i > 0 && block.text === blocks[i - 1]?.text),
  );
  while (kept.at(-1)?.kind === "heading") kept.pop();
  return kept.filter((block, i) => block.kind === "paragraph" || kept[i + 1]?.kind === "paragraph");
}

export function extractArticle(html: string, pageUrl: string | null): ExtractedArticle {
  // Metadata first, from the page as served (the cleaning takes the JSON-LD scripts out).
  const document = parseDocument(html);
  const metadata = pageMetadata(document, pageUrl);
  removeFurniture(document);
  const readable = readableContent(document);
  const firstHeading = collapseWhitespace(document.querySelector("h1")?.textContent ?? "");
  const title =
    metadata.title ?? (readable?.title ? collapseWhitespace(readable.title) : null) ?? (firstHeading || null);
  const blocks = readable?.content ? blocksOf(readable.content) : [];
  return {
    title,
    outlet: metadata.outlet ?? (readable?.siteName ? collapseWhitespace(readable.siteName) : null),
    date: metadata.date ?? isoDay(readable?.publishedTime),
    url: metadata.canonical,
    selfLinks: metadata.selfLinks,
    blocks: tidy(blocks, title, readable?.byline ?? null),
  };
}
