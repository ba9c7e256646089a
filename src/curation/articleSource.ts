/**
 * What a moderator gives /add — a link, an uploaded file (Discord), or a path (the terminal, the
 * CLI) — read and turned into the text of an article file and its sidecar entry. Reads only.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { MAX_ARTICLE_BYTES } from "../store/articleFolder.js";
import {
  bodyLength,
  formatArticleFile,
  MIN_ARTICLE_CHARACTERS,
  normalizeTextFile,
  textFileBlocks,
  textFileMetadata,
} from "./articleFile.js";
import { extractArticle } from "./extract/extractArticle.js";
import { decodeText } from "./fetch/decodeText.js";
import { fetchPage, type FetchOptions } from "./fetch/safeFetch.js";
import { CurationRefusal } from "./refusal.js";

/** An uploaded file: its name and size as the platform reports them, and where to read it. */
export interface AttachedFile {
  name: string;
  size: number | null;
  contentType: string | null;
  /** Discord's CDN link to it. */
  url?: string;
  /** A local path (the terminal chat's operator, the CLI). */
  path?: string;
}

export type ArticleSource = { kind: "url"; url: string } | { kind: "file"; file: AttachedFile };

/** An article ready to be written: the file's text, its sidecar entry, and what identifies it. */
export interface PreparedArticle {
  text: string;
  extension: ".txt" | ".md";
  /** For the file's name: the title, or the opening words. */
  nameHint: string;
  entry: { title?: string; outlet?: string; date?: string; url?: string };
  /** Links the article is known by (the one asked for, redirects, canonical): for spotting repeats. */
  links: string[];
}

const FILE_TYPES = [".txt", ".md", ".html", ".htm"];
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
}

function noArticle(where: string): CurationRefusal {
  return new CurationRefusal(`I found no article text ${where}: nothing to add.`);
}

function fromHtml(html: string, pageUrl: string | null, where: string, links: string[]): PreparedArticle {
  const article = extractArticle(html, pageUrl);
  if (bodyLength(article.blocks) < MIN_ARTICLE_CHARACTERS) throw noArticle(where);
  const url = article.url ?? pageUrl;
  const entry: PreparedArticle["entry"] = {};
  if (article.title) entry.title = article.title;
  if (article.outlet) entry.outlet = article.outlet;
  if (article.date) entry.date = article.date;
  if (url) entry.url = url;
  return {
    text: formatArticleFile(article),
    extension: ".txt",
    nameHint: article.title ?? article.blocks[0]?.text ?? "article",
    entry,
    links: [...links, ...article.selfLinks],
  };
}

function fromText(
  raw: string,
  extension: ".txt" | ".md",
  url: string | null,
  where: string,
): PreparedArticle {
  const text = normalizeTextFile(raw);
  const blocks = textFileBlocks(text);
  if (bodyLength(blocks) < MIN_ARTICLE_CHARACTERS) throw noArticle(where);
  const { title } = textFileMetadata(text);
  return {
    text,
    extension,
    nameHint: title ?? blocks.find((b) => b.kind === "paragraph")?.text ?? "article",
    entry: url ? { url } : {},
    links: url ? [url] : [],
  };
}

async function fromUrl(raw: string, fetch: FetchOptions): Promise<PreparedArticle> {
  const page = await fetchPage(raw, fetch);
  const { text } = decodeText(page.bytes, { declared: page.charset, html: HTML_TYPES.has(page.mediaType) });
  const where = "on that page";
  if (HTML_TYPES.has(page.mediaType)) return fromHtml(text, page.url, where, [raw, page.url]);
  return { ...fromText(text, ".txt", page.url, where), links: [raw, page.url] };
}

async function fileBytes(
  file: AttachedFile,
  fetch: FetchOptions,
): Promise<{ bytes: Buffer; charset: string | null }> {
  if (file.path !== undefined) {
    const info = await stat(file.path).catch(() => null);
    if (!info?.isFile()) throw new CurationRefusal(`There is no file at ${file.path}.`);
    if (info.size > MAX_ARTICLE_BYTES) {
      throw new CurationRefusal(`${file.name} is ${megabytes(info.size)}; files up to 2 MB can be added.`);
    }
    return { bytes: await readFile(file.path), charset: null };
  }
  if (file.url === undefined)
    throw new Error("articleSource: a file should have a url or a path, instead found neither");
  const page = await fetchPage(file.url, { ...fetch, maxBytes: MAX_ARTICLE_BYTES, accept: "any" });
  return { bytes: page.bytes, charset: page.charset };
}

async function fromFile(file: AttachedFile, fetch: FetchOptions): Promise<PreparedArticle> {
  const name = basename(file.name);
  const extension = extname(name).toLowerCase();
  if (!FILE_TYPES.includes(extension)) {
    throw new CurationRefusal(
      `Only .txt, .md and .html files can be added; ${name} is ${extension ? `a ${extension} file` : "not one of them"}.`,
    );
  }
  if (file.size !== null && file.size > MAX_ARTICLE_BYTES) {
    throw new CurationRefusal(`${name} is ${megabytes(file.size)}; files up to 2 MB can be added.`);
  }
  const { bytes, charset } = await fileBytes(file, fetch);
  if (bytes.includes(0)) throw new CurationRefusal(`${name} is not a text file (it holds binary data).`);
  const html = extension === ".html" || extension === ".htm";
  const { text } = decodeText(bytes, { declared: charset, html });
  if (html) return fromHtml(text, null, `in ${name}`, []);
  return fromText(text, extension === ".md" ? ".md" : ".txt", null, `in ${name}`);
}

export function prepareArticle(source: ArticleSource, fetch: FetchOptions): Promise<PreparedArticle> {
  return source.kind === "url" ? fromUrl(source.url, fetch) : fromFile(source.file, fetch);
}
