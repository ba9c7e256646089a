/**
 * The store of record: `data/db.json`, a lowdb document of parsed articles. lowdb writes through
 * a temp file and a rename (steno), so a crash leaves the old file or the new one, never half.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { Low } from "lowdb";
import { DataFile } from "lowdb/node";
import type { Article } from "../article.js";

/** Bump when the stored shape changes: an older store is rebuilt from the articles. */
export const SCHEMA_VERSION = 1;

export interface StoredArticle {
  file: string;
  /** Hash of the file's bytes and sidecar entry when it was parsed. */
  hash: string;
  article: Article;
}

export interface StoreData {
  schemaVersion: number;
  builtAt: string;
  articles: StoredArticle[];
}

export type StoreRead = { ok: true; data: StoreData } | { ok: false; problem: string };

function adapter(path: string): DataFile<StoreData> {
  // Compact JSON: the store is read by code, and indentation doubles its size.
  return new DataFile<StoreData>(path, { parse: JSON.parse, stringify: (data) => JSON.stringify(data) });
}

export async function readStore(path: string): Promise<StoreRead> {
  const db = new Low<StoreData | null>(adapter(path) as DataFile<StoreData | null>, null);
  try {
    await db.read();
  } catch (error) {
    return { ok: false, problem: `unreadable (${(error as Error).message.slice(0, 120)})` };
  }
  if (db.data === null) return { ok: false, problem: "missing" };
  const problem = shapeProblem(db.data);
  return problem ? { ok: false, problem } : { ok: true, data: db.data };
}

export async function writeStore(path: string, data: StoreData): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const db = new Low<StoreData>(adapter(path), data);
  await db.write();
}

function shapeProblem(data: unknown): string | null {
  if (!data || typeof data !== "object") return "not a store (expected an object)";
  const store = data as Partial<StoreData>;
  if (store.schemaVersion !== SCHEMA_VERSION) {
    return `schema version ${String(store.schemaVersion)} (expected ${SCHEMA_VERSION})`;
  }
  if (!Array.isArray(store.articles)) return "not a store (articles missing)";
  for (const entry of store.articles) {
    const a = entry?.article;
    if (
      typeof entry?.file !== "string" ||
      typeof entry.hash !== "string" ||
      !a ||
      typeof a.id !== "string" ||
      !Array.isArray(a.sentences)
    ) {
      return "not a store (an article entry has the wrong shape)";
    }
  }
  return null;
}
