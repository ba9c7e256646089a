/**
 * What a page says about itself: the JSON-LD NewsArticle (or Article) it carries, its `og:` and
 * `article:` tags, and its canonical link. Only what the page declares: nothing is guessed.
 */
import { validIsoDate } from "../../parse/parseArticle.js";
import type { DomDocument } from "./dom.js";

export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, the publisher's own calendar date of publication. */
  date: string | null;
  /** The article's own link: canonical, else og:url, else the JSON-LD url. */
  canonical: string | null;
  /** Every link the page gives for itself (for spotting the same page added twice). */
  selfLinks: string[];
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|Report)$/u;

function asObjects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(asObjects);
  if (!value || typeof value !== "object") return [];
  const object = value as Json;
  return [object, ...asObjects(object["@graph"])];
}

function typesOf(object: Json): string[] {
  const type = object["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.replace(/\s+/gu, " ").trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === "object") return text((value as Json).name ?? (value as Json)["@id"]);
  return null;
}

function link(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (value && typeof value === "object") return link((value as Json)["@id"] ?? (value as Json).url);
  return null;
}

/** The page's JSON-LD article object, news articles first. */
function jsonLdArticle(document: DomDocument): Json | null {
  const objects: Json[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      objects.push(...asObjects(JSON.parse(script.textContent ?? "")));
    } catch {
      // A broken block is ignored, as browsers and search engines do.
    }
  }
  const articles = objects.filter((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type)));
  return (
    articles.find((object) => typesOf(object).some((type) => type.endsWith("NewsArticle"))) ??
    articles[0] ??
    null
  );
}

function meta(document: DomDocument, ...names: string[]): string | null {
  for (const name of names) {
    const element =
      document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

/** The calendar date at the start of an ISO date-time ("2025-04-20T10:00:00-05:00" → 2025-04-20). */
export function isoDay(value: string | null | undefined): string | null {
  return validIsoDate(/^\s*(\d{4}-\d{2}-\d{2})/u.exec(value ?? "")?.[1]);
}

/** An absolute http(s) link, resolved against the page's address; else null. */
function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function pageMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const ld = jsonLdArticle(document);
  const base = pageUrl ?? "http://invalid.invalid/";
  const canonical = absolute(
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
    base,
  );
  const ogUrl = absolute(meta(document, "og:url"), base);
  const ldUrl = absolute(link(ld?.url) ?? link(ld?.mainEntityOfPage), base);
  const selfLinks = [canonical, ogUrl, ldUrl].filter((url): url is string => url !== null);
  return {
    title: text(ld?.headline) ?? text(meta(document, "og:title", "twitter:title")),
    outlet: text(ld?.publisher) ?? text(meta(document, "og:site_name", "application-name")),
    date:
      isoDay(text(ld?.datePublished)) ??
      isoDay(meta(document, "article:published_time", "og:published_time", "datePublished", "date")) ??
      isoDay(document.querySelector('[itemprop="datePublished"]')?.getAttribute("content") ?? null),
    canonical: selfLinks[0] ?? null,
    selfLinks: [...new Set(selfLinks)],
  };
}
