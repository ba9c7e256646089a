/**
 * `sources.json` in the article folder: per-file metadata a moderator can edit, e.g.
 * `{ "001_x.txt": { "title": "…", "outlet": "AP", "url": "https://…", "date": "2025-04-18" } }`.
 */
import type { ArticleMeta } from "../article.js";
import { validIsoDate } from "../parse/parseArticle.js";

export const SIDECAR_FILE = "sources.json";

export type SidecarEntry = Partial<Omit<ArticleMeta, "titleSource">>;
export type Sidecar = Record<string, SidecarEntry>;

const FIELDS = ["title", "outlet", "url", "date"] as const;

/** Parses the sidecar; a bad field is dropped and reported, never fatal. */
export function parseSidecar(json: string): { sidecar: Sidecar; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { sidecar: {}, problems: [`not valid JSON (${(error as Error).message})`] };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    return { sidecar: {}, problems: ["should be an object keyed by file name"] };
  }
  const sidecar: Sidecar = Object.create(null) as Sidecar;
  for (const [file, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      problems.push(`entry "${file}" should be an object`);
      continue;
    }
    const entry: SidecarEntry = {};
    for (const field of FIELDS) {
      const v = (value as Record<string, unknown>)[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== "string" || v.trim() === "") {
        problems.push(`entry "${file}": ${field} should be a non-empty string`);
        continue;
      }
      if (field === "date" && !validIsoDate(v.trim())) {
        problems.push(`entry "${file}": date should be YYYY-MM-DD, instead found "${v}"`);
        continue;
      }
      if (field === "url" && !/^https?:\/\/\S+$/iu.test(v.trim())) {
        problems.push(`entry "${file}": url should start with http(s)://, instead found "${v}"`);
        continue;
      }
      entry[field] = v.trim();
    }
    sidecar[file] = entry;
  }
  return { sidecar, problems };
}
