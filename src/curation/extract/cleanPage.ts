/**
 * Takes the site's furniture out of a page before Readability looks for the article: navigation,
 * headers and footers, cookie and consent banners, newsletter and subscription boxes, related
 * links, share bars, comments, ads and dialogs. Readability alone lets some of these through.
 */
import type { DomDocument, DomElement } from "./dom.js";

// prettier-ignore
const FURNITURE_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
  "button", "input", "select", "textarea", "nav", "footer", "aside", "dialog", "menu",
]);

// prettier-ignore
const FURNITURE_ROLES = new Set([
  "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
  "menubar", "toolbar",
]);

/** Words in a class or id that mark furniture (whole words of `cookie-banner`, `relatedLinks`…). */
// prettier-ignore
const FURNITURE_WORDS = new Set([
  "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "subscribe", "subscription",
  "signup", "paywall", "promo", "promotion", "related", "recommended", "recommendations", "outbrain",
  "taboola", "comment", "comments", "disqus", "share", "sharing", "social", "advert", "advertisement",
  "ad", "ads", "sponsored", "sponsor", "breadcrumb", "breadcrumbs", "popup", "modal", "sidebar",
  "trending", "footer", "navbar", "nav", "menu", "toolbar",
]);

/** Never removed, whatever their class says: they are (or hold) the article. */
const KEEP = "article, main, [itemprop='articleBody']";

function words(element: DomElement): string[] {
  return `${element.className} ${element.id}`
    .replace(/([a-z])([A-Z])/gu, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
}

function isFurniture(element: DomElement): boolean {
  const tag = element.tagName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  // The site's header; an article's own header (its headline, byline) stays.
  if (tag === "header") return element.closest("article, main") === null;
  if (FURNITURE_ROLES.has((element.getAttribute("role") ?? "").toLowerCase())) return true;
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  if (element.getAttribute("aria-modal") === "true") return true;
  return words(element).some((word) => FURNITURE_WORDS.has(word));
}

export function removeFurniture(document: DomDocument): void {
  const body = document.body ?? document.documentElement;
  for (const element of Array.from(body.querySelectorAll("*"))) {
    if (!element.parentElement) continue; // already gone with an ancestor
    const tag = element.tagName.toLowerCase();
    if (tag === "article" || tag === "main" || element.querySelector(KEEP)) continue;
    if (element.getAttribute("itemprop") === "articleBody") continue;
    if (isFurniture(element)) element.remove();
  }
}
