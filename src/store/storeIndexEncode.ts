/** Encoding the derived index: one article's chunk, column by column, and the footer (see storeIndex.ts). */
import { TERMS_VERSION } from "../text/terms.js";
import { SCHEMA_VERSION, type StoreLayout, type StoredArticle } from "./storeFile.js";
import {
  FORMAT,
  MAGIC,
  SchemaMismatch,
  type Footer,
  type Kind,
  type TableSchema,
} from "./storeIndexFormat.js";
import { isInt, isPlainObject } from "./storeIndexSchema.js";

/** The file's term dictionary while writing: carried over from the old file when patching. */
export class TermDictionary {
  ids = new Map<string, number>();
  constructor(readonly list: string[] = []) {
    list.forEach((term, i) => this.ids.set(term, i));
  }

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(term, id);
      this.list.push(term);
    }
    return id;
  }
}

class ChunkWriter {
  ints = new Int32Array(4096);
  length = 0;
  strings: string[] = [];
  #ids = new Map<string, number>();
  constructor(readonly terms: TermDictionary) {}

  string(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.#ids.set(value, id);
      this.strings.push(value);
    }
    return id;
  }

  push(value: number): void {
    if (this.length === this.ints.length) {
      const grown = new Int32Array(this.ints.length * 2);
      grown.set(this.ints);
      this.ints = grown;
    }
    this.ints[this.length++] = value;
  }

  /** Starts a length-prefixed run of int32 values; `close` writes its length. */
  open(): number {
    this.push(0);
    return this.length - 1;
  }

  close(slot: number): void {
    this.ints[slot] = this.length - slot - 1;
  }
}

const shapeIndexes = new WeakMap<TableSchema, Map<string, number>>();

function mismatch(key: string, kind: Kind): never {
  throw new SchemaMismatch(`field ${key} is no longer ${kind}`);
}

/** Encodes rows column by column; throws SchemaMismatch when a value does not fit the schema. */
function encodeTable(w: ChunkWriter, schema: TableSchema, rows: readonly Record<string, unknown>[]): void {
  let shapeIndex = shapeIndexes.get(schema);
  if (!shapeIndex)
    shapeIndexes.set(schema, (shapeIndex = new Map(schema.shapes.map((keys, i) => [keys.join("\0"), i]))));
  let slot = w.open();
  for (const row of rows) {
    const shape = shapeIndex.get(Object.keys(row).join("\0"));
    if (shape === undefined) throw new SchemaMismatch("a new sentence shape");
    w.push(shape);
  }
  w.close(slot);
  for (const [key, kind, sub] of schema.columns) {
    switch (kind) {
      case "int":
        slot = w.open();
        for (const row of rows)
          if (key in row) {
            const v = row[key];
            if (!isInt(v)) mismatch(key, kind);
            w.push(v);
          }
        w.close(slot);
        break;
      case "str":
        slot = w.open();
        for (const row of rows)
          if (key in row) {
            const v = row[key];
            if (v === null) w.push(-1);
            else if (typeof v === "string") w.push(w.string(v));
            else mismatch(key, kind);
          }
        w.close(slot);
        break;
      case "ints":
      case "strs":
      case "terms":
      case "objs": {
        const lists: unknown[][] = [];
        slot = w.open();
        for (const row of rows)
          if (key in row) {
            const v = row[key];
            if (!Array.isArray(v)) mismatch(key, kind);
            lists.push(v as unknown[]);
            w.push((v as unknown[]).length);
          }
        w.close(slot);
        if (kind === "objs") {
          const objects: Record<string, unknown>[] = [];
          for (const list of lists)
            for (const item of list) {
              if (!isPlainObject(item)) mismatch(key, kind);
              objects.push(item);
            }
          encodeTable(w, sub as TableSchema, objects);
          break;
        }
        slot = w.open();
        for (const list of lists)
          for (const item of list) {
            if (kind === "ints") {
              if (!isInt(item)) mismatch(key, kind);
              w.push(item);
            } else {
              if (typeof item !== "string") mismatch(key, kind);
              w.push(kind === "terms" ? w.terms.id(item) : w.string(item));
            }
          }
        w.close(slot);
        break;
      }
      default: {
        const values: unknown[] = [];
        for (const row of rows) if (key in row) values.push(row[key]);
        slot = w.open();
        w.push(w.string(JSON.stringify(values)));
        w.close(slot);
      }
    }
  }
}

export function encodeChunk(entry: StoredArticle, schema: TableSchema, terms: TermDictionary): Buffer {
  const w = new ChunkWriter(terms);
  const { overview } = entry.article;
  // The overview is stored apart from the rest (and marked `true` in its place), so a start
  // parses it only when a summary or timeline first needs it: it is half of the metadata.
  const meta = Buffer.from(
    JSON.stringify({
      ...entry,
      article: {
        ...entry.article,
        sentences: entry.article.sentences.length,
        ...(overview === undefined ? {} : { overview: true }),
      },
    }),
    "utf8",
  );
  const overviewJson = Buffer.from(overview === undefined ? "" : JSON.stringify(overview), "utf8");
  encodeTable(w, schema, entry.article.sentences as unknown as Record<string, unknown>[]);
  const text = Buffer.from(w.strings.join(""), "utf8");
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const head = new Int32Array([meta.length, overviewJson.length, w.strings.length, text.length]);
  const lengths = Int32Array.from(w.strings, (s) => s.length);
  const ints = w.ints.subarray(0, w.length);
  return Buffer.concat([
    Buffer.from(head.buffer),
    meta,
    Buffer.alloc(pad(meta.length)),
    overviewJson,
    Buffer.alloc(pad(overviewJson.length)),
    Buffer.from(lengths.buffer),
    text,
    Buffer.alloc(pad(text.length)),
    Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength),
  ]);
}

/** The footer (what the chunks are, db.json's layout) and the fixed-size tail that finds it. */
export function footerOf(
  generation: string,
  entries: readonly StoredArticle[],
  schema: TableSchema,
  terms: TermDictionary,
  footerChunks: [number, number][],
  db: StoreLayout | null,
): [Buffer, Buffer] {
  const footer: Footer = {
    format: FORMAT,
    generation,
    schemaVersion: SCHEMA_VERSION,
    termsVersion: TERMS_VERSION,
    schema,
    terms: terms.list,
    chunks: footerChunks,
    db: db
      ? {
          size: db.size,
          mtimeMs: db.mtimeMs,
          ranges: entries.map((e) => db.ranges.get(e) ?? [-1, -1]),
        }
      : null,
  };
  const footerBytes = Buffer.from(JSON.stringify(footer), "utf8");
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(footerBytes.length, 0);
  tail.write(MAGIC, 4, "latin1");
  return [footerBytes, tail];
}
