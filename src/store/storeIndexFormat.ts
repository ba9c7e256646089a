/**
 * The derived index's file format, shared by its writer and its reader (storeIndex.ts describes
 * the layout): the magic, the format version, the footer and the per-field kinds of the schema.
 */
import type { StoredArticle } from "./storeFile.js";

export const MAGIC = "TBIX";
export const FORMAT = 4;

/** The derived index's path for a store path: `data/db.json` → `data/db.index.bin`. */
export function storeIndexPath(dbPath: string): string {
  return `${dbPath.replace(/\.json$/iu, "")}.index.bin`;
}

/** "terms": the sentences' index terms, as ids into the file's term dictionary. */
export type Kind = "int" | "str" | "ints" | "strs" | "terms" | "objs" | "json";

export interface TableSchema {
  shapes: string[][];
  columns: [string, Kind, TableSchema | null][];
}

export interface Footer {
  format: number;
  generation: string;
  schemaVersion: number;
  termsVersion: string | number;
  schema: TableSchema;
  /** The term dictionary: every distinct index term, once (chunks hold ids into it). */
  terms: string[];
  /** Byte offset and length of each article's chunk. */
  chunks: [number, number][];
  /** The db.json this was derived from: its size, time and each entry's byte range (for patching it). */
  db: { size: number; mtimeMs: number; ranges: [number, number][] } | null;
}

/** Where each entry's chunk sits in an index file, and which file that is. */
export interface IndexLayout {
  size: number;
  mtimeMs: number;
  schema: TableSchema;
  terms: string[];
  chunks: Map<StoredArticle, [number, number]>;
}

export class SchemaMismatch extends Error {}
