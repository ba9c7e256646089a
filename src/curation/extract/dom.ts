/**
 * The few DOM calls the extraction makes, typed here: the project builds without the DOM lib, and
 * linkedom's and Readability's types lean on it. linkedom parses the HTML (no scripts run, nothing
 * is fetched); Readability keeps the article's main text.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly id: string;
  readonly className: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** What Readability found: the main content as an element (not re-serialised) and its metadata. */
export interface ReadableContent {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  content: DomElement | null;
}

/** Runs Readability on the document (which it changes: pass one parsed for it alone). */
export function readableContent(document: DomDocument): ReadableContent | null {
  const reader = new Readability<DomElement>(document as never, {
    serializer: (node) => node as unknown as DomElement,
    // News briefs can be short; what is too short to be an article is judged afterwards.
    charThreshold: 200,
  });
  const result = reader.parse();
  if (!result) return null;
  return {
    title: result.title ?? null,
    byline: result.byline ?? null,
    siteName: result.siteName ?? null,
    publishedTime: result.publishedTime ?? null,
    content: result.content ?? null,
  };
}
