/**
 * What /source may change in an article's sidecar entry, checked: a title and an outlet of
 * reasonable length, a real YYYY-MM-DD date, an http(s) link. `-` clears a field.
 */
import { validIsoDate } from "../parse/parseArticle.js";
import { collapseWhitespace } from "../text/normalize.js";
import { parseWebUrl } from "./fetch/safeFetch.js";
import { CurationRefusal } from "./refusal.js";

export const SOURCE_FIELDS = ["title", "outlet", "date", "url"] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** A field's new value, or null to clear it. */
export type SourceChanges = Partial<Record<SourceField, string | null>>;

const CLEAR = /^(?:-|none)$/iu;
const MAX_LENGTH: Record<SourceField, number> = { title: 200, outlet: 100, date: 10, url: 2000 };

function checked(field: SourceField, raw: string): string | null {
  const value = collapseWhitespace(raw);
  if (CLEAR.test(value)) return null;
  if (field === "date") {
    const date = validIsoDate(value);
    if (!date)
      throw new CurationRefusal(
        `The date should be a real day written YYYY-MM-DD, e.g. 2025-04-18, not “${value.slice(0, 40)}”.`,
      );
    return date;
  }
  if (value.length > MAX_LENGTH[field]) {
    throw new CurationRefusal(
      `The ${field} is ${value.length} characters long; at most ${MAX_LENGTH[field]}, please.`,
    );
  }
  if (field === "url") return parseWebUrl(value).href;
  if (!/[\p{L}\p{N}]/u.test(value)) throw new CurationRefusal(`The ${field} should have some words in it.`);
  return value;
}

/** The changes asked for, each checked; a refusal when none is given or one is wrong. */
export function sourceChanges(fields: Partial<Record<SourceField, string | undefined>>): SourceChanges {
  const changes: SourceChanges = {};
  for (const field of SOURCE_FIELDS) {
    const raw = fields[field];
    if (raw !== undefined && raw.trim() !== "") changes[field] = checked(field, raw);
  }
  if (Object.keys(changes).length === 0) {
    throw new CurationRefusal(
      "Say what to change: a title, outlet, date (YYYY-MM-DD) or url; `-` clears one.",
    );
  }
  return changes;
}
