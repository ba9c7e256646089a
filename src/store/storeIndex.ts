/**
 * The derived index beside the store: `data/db.index.bin`, a compact binary copy of db.json's
 * articles that loads several times faster than the JSON and holds each term string once.
 *
 * db.json (lowdb) stays the store of record; this file is only ever derived from it. Its footer
 * names the store generation it was built from (`StoreData.generation`, a new value on every
 * store write, kept first in db.json so it can be read without parsing the rest): a missing,
 * damaged or stale index is ignored and rebuilt. It is written to a temp file and renamed, after
 * the store.
 *
 * Layout: "TBIX", then one self-contained chunk per article, then the footer (JSON) and its
 * length and "TBIX". A chunk holds the article's fields as JSON (without its sentences), a small
 * string table (UTF-8, with UTF-16 lengths) and the sentences column by column as Int32 arrays.
 * Each sentence field is stored as the narrowest kind that holds all its values in the library
 * (an integer, a string, a list of either, a list of objects stored the same way, or JSON for
 * anything else), recorded once in the footer's schema, so fields added to sentences later are
 * carried without a change here. Since chunks are independent, a reload that changes one file
 * copies every other chunk's bytes from the old index and encodes one.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, stat, unlink } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Article } from "../article.js";
import { setArticleTermIds, termId, termName } from "../index/sentenceIndex.js";
import { log } from "../log.js";
import { TERMS_VERSION } from "../text/terms.js";
import { endOfRun, patchFileInWorker, type Piece } from "./patchFileInWorker.js";
import { SCHEMA_VERSION, type StoreLayout, type StoredArticle } from "./storeFile.js";

const MAGIC = "TBIX";
const FORMAT = 3;

/** The derived index's path for a store path: `data/db.json` → `data/db.index.bin`. */
export function storeIndexPath(dbPath: string): string {
  return `${dbPath.replace(/\.json$/iu, "")}.index.bin`;
}

/** "terms": the sentences' index terms, as ids into the file's term dictionary. */
type Kind = "int" | "str" | "ints" | "strs" | "terms" | "objs" | "json";

interface TableSchema {
  shapes: string[][];
  columns: [string, Kind, TableSchema | null][];
}

interface Footer {
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

class SchemaMismatch extends Error {}

// ——— the schema: each field's kind over all rows ———

const isInt = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 && !Object.is(v, -0);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

interface KindState {
  int: boolean;
  str: boolean;
  list: boolean;
  ints: boolean;
  strs: boolean;
  objs: boolean;
  /** The objects inside the lists, while they may all be objects (for the sub-schema). */
  objects: Record<string, unknown>[];
}

/** Each field's kind over all rows (and their shapes), in one pass. */
function schemaOf(rows: readonly Record<string, unknown>[], top = false): TableSchema {
  const shapes = new Map<string, string[]>();
  const states = new Map<string, KindState>();
  for (const row of rows) {
    const keys = Object.keys(row);
    const name = keys.join("\0");
    if (!shapes.has(name)) shapes.set(name, keys);
    for (const key of keys) {
      let st = states.get(key);
      if (!st) {
        st = { int: true, str: true, list: true, ints: true, strs: true, objs: true, objects: [] };
        states.set(key, st);
      }
      const v = row[key];
      if (st.int && !isInt(v)) st.int = false;
      if (st.str && !(v === null || typeof v === "string")) st.str = false;
      if (!st.list) continue;
      if (!Array.isArray(v)) {
        st.list = false;
        continue;
      }
      for (const item of v as unknown[]) {
        if (st.ints && !isInt(item)) st.ints = false;
        if (st.strs && typeof item !== "string") st.strs = false;
        if (st.objs) {
          if (isPlainObject(item)) st.objects.push(item);
          else {
            st.objs = false;
            st.objects = [];
          }
        }
      }
    }
  }
  const columns: TableSchema["columns"] = [];
  for (const [key, st] of states) {
    const kind: Kind = st.int
      ? "int"
      : st.str
        ? "str"
        : !st.list
          ? "json"
          : st.ints
            ? "ints"
            : st.strs
              ? top && key === "terms"
                ? "terms"
                : "strs"
              : st.objs
                ? "objs"
                : "json";
    columns.push([key, kind, kind === "objs" ? schemaOf(st.objects) : null]);
  }
  return { shapes: [...shapes.values()], columns };
}

// ——— encoding one chunk ———

/** The file's term dictionary while writing: carried over from the old file when patching. */
class TermDictionary {
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

function encodeChunk(entry: StoredArticle, schema: TableSchema, terms: TermDictionary): Buffer {
  const w = new ChunkWriter(terms);
  const meta = Buffer.from(
    JSON.stringify({ ...entry, article: { ...entry.article, sentences: entry.article.sentences.length } }),
    "utf8",
  );
  encodeTable(w, schema, entry.article.sentences as unknown as Record<string, unknown>[]);
  const text = Buffer.from(w.strings.join(""), "utf8");
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const head = new Int32Array([meta.length, w.strings.length, text.length]);
  const lengths = Int32Array.from(w.strings, (s) => s.length);
  const ints = w.ints.subarray(0, w.length);
  return Buffer.concat([
    Buffer.from(head.buffer),
    meta,
    Buffer.alloc(pad(meta.length)),
    Buffer.from(lengths.buffer),
    text,
    Buffer.alloc(pad(text.length)),
    Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength),
  ]);
}

// ——— writing ———

/**
 * Writes the derived index for this store generation (temp file, then rename). With the layout
 * of the index on disk, unchanged entries' chunks are copied from it rather than encoded.
 */
export async function writeStoreIndex(
  path: string,
  generation: string,
  entries: readonly StoredArticle[],
  options: {
    /** db.json's layout, to record in the footer (awaited only when the footer is written). */
    db?: StoreLayout | null | Promise<StoreLayout | null>;
    previous?: IndexLayout | null;
  } = {},
): Promise<IndexLayout> {
  const previous = options.previous ?? null;
  if (previous) {
    // Planned before any await, so the worker copies while the caller builds the library; the
    // worker checks the old file is still the one planned against.
    try {
      const patched = patchChunksInWorker(path, generation, entries, previous, options.db ?? null);
      if (patched) return await patched;
    } catch (error) {
      log.debug("patching the store index failed, writing it whole", { error: (error as Error).message });
    }
    const info = await stat(path).catch(() => null);
    if (info && info.size === previous.size && info.mtimeMs === previous.mtimeMs) {
      try {
        return await writeChunks(path, generation, entries, previous.schema, previous, options.db ?? null);
      } catch (error) {
        if (!(error instanceof SchemaMismatch)) throw error;
      }
    }
  }
  const schema = schemaOf(
    entries.flatMap((e) => e.article.sentences as unknown as Record<string, unknown>[]),
    true,
  );
  return writeChunks(path, generation, entries, schema, null, options.db ?? null);
}

async function writeChunks(
  path: string,
  generation: string,
  entries: readonly StoredArticle[],
  schema: TableSchema,
  previous: IndexLayout | null,
  dbLayout: StoreLayout | null | Promise<StoreLayout | null>,
): Promise<IndexLayout> {
  await mkdir(dirname(path), { recursive: true });
  const terms = new TermDictionary(previous ? [...previous.terms] : []);
  const temp = tempPathFor(path);
  const out = await open(temp, "w");
  const old = previous ? await open(path, "r") : null;
  try {
    const chunks = new Map<StoredArticle, [number, number]>();
    const footerChunks: [number, number][] = [];
    // Encoded chunks are gathered and written a few MB at a time.
    let position = 0;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      await out.write(Buffer.concat(pending, pendingBytes), 0, pendingBytes, position - pendingBytes);
      pending = [];
      pendingBytes = 0;
    };
    const put = async (bytes: Uint8Array) => {
      pending.push(bytes);
      pendingBytes += bytes.length;
      position += bytes.length;
      if (pendingBytes >= 4 << 20) await flush();
    };
    await put(Buffer.from(MAGIC, "latin1"));
    const buffer = Buffer.allocUnsafe(4 << 20);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as StoredArticle;
      const known = previous?.chunks.get(entry);
      const start = position;
      if (old && known) {
        // A run of unchanged chunks that sit together in the old file is one copy.
        const last = endOfRun(entries, i, chunkFollows(previous as IndexLayout));
        for (let k = i; k <= last; k++) {
          const [from, length] = previous?.chunks.get(entries[k] as StoredArticle) as [number, number];
          const range: [number, number] = [start + from - known[0], length];
          chunks.set(entries[k] as StoredArticle, range);
          footerChunks.push(range);
        }
        const lastRange = previous?.chunks.get(entries[last] as StoredArticle) as [number, number];
        await flush();
        await copy(old, out, known[0], lastRange[0] + lastRange[1], start, buffer);
        position = start + lastRange[0] + lastRange[1] - known[0];
        i = last;
        continue;
      }
      const bytes = encodeChunk(entry, schema, terms);
      await put(bytes);
      chunks.set(entry, [start, bytes.length]);
      footerChunks.push([start, bytes.length]);
    }
    for (const bytes of footerOf(generation, entries, schema, terms, footerChunks, await dbLayout))
      await put(bytes);
    await flush();
    await out.close();
    await rename(temp, path);
    const info = await stat(path);
    return { size: info.size, mtimeMs: info.mtimeMs, schema, terms: terms.list, chunks };
  } catch (error) {
    await out.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    await old?.close();
  }
}

/** The footer (what the chunks are, db.json's layout) and the fixed-size tail that finds it. */
function footerOf(
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

/** Past this many newly encoded bytes, a patch is not worth a worker: write in this thread. */
const PATCH_MAX_NEW_BYTES = 32 << 20;

/**
 * Writes the index as runs copied from the old one plus newly encoded chunks, in a worker thread
 * (patchFileInWorker.ts), so the caller builds the library meanwhile. Null when too much is new.
 */
function patchChunksInWorker(
  path: string,
  generation: string,
  entries: readonly StoredArticle[],
  previous: IndexLayout,
  dbLayout: StoreLayout | null | Promise<StoreLayout | null>,
): Promise<IndexLayout> | null {
  const { schema } = previous;
  const terms = new TermDictionary([...previous.terms]);
  const chunks = new Map<StoredArticle, [number, number]>();
  const footerChunks: [number, number][] = [];
  const pieces: Piece[] = [MAGIC];
  let position = MAGIC.length;
  let newBytes = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as StoredArticle;
    const known = previous.chunks.get(entry);
    const start = position;
    if (known) {
      // A run of unchanged chunks that sit together in the old file is one copy.
      const last = endOfRun(entries, i, chunkFollows(previous));
      for (let k = i; k <= last; k++) {
        const [from, length] = previous.chunks.get(entries[k] as StoredArticle) as [number, number];
        const range: [number, number] = [start + from - known[0], length];
        chunks.set(entries[k] as StoredArticle, range);
        footerChunks.push(range);
      }
      const lastRange = previous.chunks.get(entries[last] as StoredArticle) as [number, number];
      const end = lastRange[0] + lastRange[1];
      pieces.push([known[0], end]);
      position = start + end - known[0];
      i = last;
      continue;
    }
    const bytes = encodeChunk(entry, schema, terms);
    pieces.push(bytes);
    chunks.set(entry, [start, bytes.length]);
    footerChunks.push([start, bytes.length]);
    position += bytes.length;
    newBytes += bytes.length;
    if (newBytes > PATCH_MAX_NEW_BYTES) return null;
  }
  const tail = Promise.resolve(dbLayout).then((db) =>
    footerOf(generation, entries, schema, terms, footerChunks, db),
  );
  return patchFileInWorker({
    path,
    expected: { size: previous.size, mtimeMs: previous.mtimeMs },
    temp: tempPathFor(path),
    pieces,
    tail,
  }).then((written) => ({ ...written, schema, terms: terms.list, chunks }));
}

/** Whether `next`'s chunk sat right after `previous`'s in the old index. */
function chunkFollows(layout: IndexLayout) {
  return (previous: StoredArticle, next: StoredArticle): boolean => {
    const after = layout.chunks.get(next);
    const before = layout.chunks.get(previous) as [number, number];
    return after !== undefined && after[0] === before[0] + before[1];
  };
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

async function copy(
  from: FileHandle,
  to: FileHandle,
  start: number,
  end: number,
  at: number,
  buffer: Buffer,
): Promise<void> {
  let position = start;
  let target = at;
  while (position < end) {
    const { bytesRead } = await from.read(buffer, 0, Math.min(buffer.length, end - position), position);
    if (bytesRead === 0) throw new Error("the old index ended early");
    await to.write(buffer, 0, bytesRead, target);
    position += bytesRead;
    target += bytesRead;
  }
}

// ——— reading ———

export interface LoadedIndex {
  entries: StoredArticle[];
  /** The index's own layout, to patch it on the next write. */
  layout: IndexLayout;
  /** db.json's layout as it was when this index was written (for patching db.json). */
  db: StoreLayout | null;
}

/**
 * The stored articles from the derived index, or null when it is missing, damaged, or not built
 * from this store generation. Each article's term ids are handed to the sentence index.
 */
export async function readStoreIndex(path: string, generation: string): Promise<LoadedIndex | null> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, "r");
    return await decode(handle, generation);
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** Chunks are read a block at a time, so the whole file is never in memory at once. */
const READ_BLOCK = 4 << 20;

async function decode(handle: FileHandle, generation: string): Promise<LoadedIndex | null> {
  const { size, mtimeMs } = await handle.stat();
  if (size < 16) return null;
  const tail = Buffer.alloc(8);
  await handle.read(tail, 0, 8, size - 8);
  if (tail.toString("latin1", 4) !== MAGIC) return null;
  const footerLength = tail.readUInt32LE(0);
  if (footerLength > size - 16) return null;
  const footerBytes = Buffer.alloc(footerLength);
  await handle.read(footerBytes, 0, footerLength, size - 8 - footerLength);
  const footer = JSON.parse(footerBytes.toString("utf8")) as Footer;
  if (
    footer.format !== FORMAT ||
    footer.generation !== generation ||
    footer.schemaVersion !== SCHEMA_VERSION ||
    footer.termsVersion !== TERMS_VERSION
  )
    return null;
  // The file's term ids → this process's term ids (sentenceIndex.termId), once per term.
  const termIds = Int32Array.from(footer.terms, (term) => termId(term));
  const plan = readPlan(footer.schema);
  const entries: StoredArticle[] = [];
  const chunks = new Map<StoredArticle, [number, number]>();
  const dbRanges = new Map<StoredArticle, [number, number]>();
  let block = Buffer.allocUnsafeSlow(READ_BLOCK);
  for (let first = 0; first < footer.chunks.length;) {
    // As many whole chunks as fit in a block (at least one), read at once.
    const [start] = footer.chunks[first] as [number, number];
    let last = first;
    let end = start + (footer.chunks[first] as [number, number])[1];
    while (last + 1 < footer.chunks.length) {
      const [offset, length] = footer.chunks[last + 1] as [number, number];
      if (offset !== end || offset + length - start > READ_BLOCK) break;
      end = offset + length;
      last++;
    }
    if (end - start > block.length) block = Buffer.allocUnsafeSlow(end - start);
    const { bytesRead } = await handle.read(block, 0, end - start, start);
    if (bytesRead !== end - start || start % 4 !== 0) return null;
    for (let i = first; i <= last; i++) {
      const [offset, length] = footer.chunks[i] as [number, number];
      // Each article keeps its own copy of its chunk until its sentences are read, then drops it.
      const own = Buffer.from(new Uint8Array(block.subarray(offset - start, offset - start + length)).buffer);
      const entry = decodeChunk(own, 0, length, plan, termIds);
      entries.push(entry);
      chunks.set(entry, [offset, length]);
      const range = footer.db?.ranges[i];
      if (range && range[0] >= 0) dbRanges.set(entry, range);
    }
    first = last + 1;
  }
  return {
    entries,
    layout: { size, mtimeMs, schema: footer.schema, terms: footer.terms, chunks },
    db: footer.db ? { size: footer.db.size, mtimeMs: footer.db.mtimeMs, ranges: dbRanges } : null,
  };
}

/** What one chunk's decoding needs from the file as a whole. */
interface Chunk {
  ints: Int32Array;
  at: number;
  strings: string[];
  /** The file's term ids → process term ids. */
  termIds: Int32Array;
}

/** A table's decoding plan: per shape, a constructor that builds the row as one object literal. */
interface Plan {
  schema: TableSchema;
  subplans: Map<string, Plan>;
  /** Per shape: (columns, next) → the row, taking each field's next value from its column. */
  factories: RowFactory[];
}

type RowFactory = (columns: unknown[][], next: Int32Array) => Record<string, unknown>;

function readPlan(schema: TableSchema): Plan {
  const columnIndex = new Map(schema.columns.map(([key], i) => [key, i]));
  const subplans = new Map<string, Plan>();
  for (const [key, kind, sub] of schema.columns) if (kind === "objs" && sub) subplans.set(key, readPlan(sub));
  return {
    schema,
    subplans,
    factories: schema.shapes.map((keys) =>
      rowFactory(
        keys,
        keys.map((key) => columnIndex.get(key) as number),
      ),
    ),
  };
}

/**
 * `(c, x) => ({ key0: c[i0][x[i0]++], key1: … })`, compiled: objects built from one literal get
 * their fields in-object, as JSON.parse's do, and V8 allocates such long-lived objects directly
 * where they will stay (adding keys one by one costs memory and time).
 */
function rowFactory(keys: readonly string[], columns: readonly number[]): RowFactory {
  if (keys.includes("__proto__"))
    return (c, x) => {
      const row: Record<string, unknown> = {};
      keys.forEach((key, i) => {
        const column = columns[i] as number;
        const value = (c[column] as unknown[])[x[column] as number];
        x[column] = (x[column] as number) + 1;
        Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });
      });
      return row;
    };
  const body = keys
    .map((key, i) => `${JSON.stringify(key)}: c[${columns[i]}][x[${columns[i]}]++]`)
    .join(", ");
  return new Function("c", "x", `return { ${body} };`) as RowFactory;
}

/**
 * One article's entry from its chunk. Its metadata and its sentences' term ids (all the library's
 * index needs) are read now; the sentences themselves are decoded on first use of
 * `article.sentences` (an answer quoting the article, /article, a store write), so a start at
 * 10,000 articles does not build a quarter of a million sentence objects before it can answer.
 * `file` must not be reused: the article keeps it until its sentences are decoded.
 */
function decodeChunk(
  file: Buffer,
  offset: number,
  length: number,
  plan: Plan,
  termIds: Int32Array,
): StoredArticle {
  if (offset % 4 !== 0 || offset + length > file.length) throw new Error("bad chunk");
  const head = new Int32Array(file.buffer, file.byteOffset + offset, 3);
  const [metaLength = 0, stringCount = 0, textLength = 0] = head;
  let at = offset + 12;
  const entry = JSON.parse(file.toString("utf8", at, at + metaLength)) as StoredArticle;
  at += metaLength + ((4 - (metaLength % 4)) % 4);
  const lengthsAt = at;
  at += stringCount * 4;
  const textAt = at;
  at += textLength + ((4 - (textLength % 4)) % 4);
  if (at > offset + length || (offset + length - at) % 4 !== 0) throw new Error("bad chunk");
  const ints = new Int32Array(file.buffer, file.byteOffset + at, (offset + length - at) / 4);
  const article = entry.article as Article & { sentences: unknown };
  const count = article.sentences as unknown as number;
  if (!Number.isInteger(count) || count < 0) throw new Error("bad chunk");

  // Walk the columns (checking every run fits), keeping only the terms.
  const walk: Chunk = { ints, at: 0, strings: [], termIds };
  const termIdsOf = skimTable(walk, plan, count);
  if (walk.at !== ints.length) throw new Error("bad chunk");
  if (termIdsOf) setArticleTermIds(article, termIdsOf);

  const decode = (): Article["sentences"] => {
    const lengths = new Int32Array(file.buffer, file.byteOffset + lengthsAt, stringCount);
    const all = file.toString("utf8", textAt, textAt + textLength);
    const strings = new Array<string>(stringCount);
    for (let i = 0, p = 0; i < stringCount; i++) {
      const n = lengths[i] as number;
      strings[i] = all.slice(p, p + n);
      p += n;
    }
    const chunk: Chunk = { ints, at: 0, strings, termIds };
    return decodeTable(chunk, plan, count) as unknown as Article["sentences"];
  };
  // Replaced by a plain property on first read (or write), in the same place among the keys.
  const settle = (value: Article["sentences"]) =>
    Object.defineProperty(article, "sentences", {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  Object.defineProperty(article, "sentences", {
    enumerable: true,
    configurable: true,
    get() {
      const sentences = decode();
      settle(sentences);
      return sentences;
    },
    set(value: Article["sentences"]) {
      settle(value);
    },
  });
  return entry;
}

/**
 * Steps over a table's runs without building rows; for the top table, returns its sentences'
 * term ids (process ids) and how many each has — or null when a count does not fit the index.
 */
function skimTable(chunk: Chunk, plan: Plan, rows: number): ArticleTermIdsOf | null {
  const shapes = run(chunk);
  if (shapes.length !== rows) throw new Error("bad chunk");
  let found: ArticleTermIdsOf | null = null;
  for (const [key, kind] of plan.schema.columns) {
    switch (kind) {
      case "int":
      case "str":
      case "json":
        run(chunk);
        break;
      case "objs": {
        const counts = run(chunk);
        let total = 0;
        for (const n of counts) total += n;
        skimTable(chunk, plan.subplans.get(key) as Plan, total);
        break;
      }
      default: {
        const counts = run(chunk);
        const ids = run(chunk);
        if (kind !== "terms") break;
        if (counts.length !== rows) throw new Error("bad chunk");
        let total = 0;
        let fits = true;
        for (const n of counts) {
          total += n;
          if (n > 65535) fits = false;
        }
        if (total !== ids.length) throw new Error("bad chunk");
        if (!fits) break;
        const mapped = new Int32Array(ids.length);
        for (let i = 0; i < ids.length; i++) {
          const id = chunk.termIds[ids[i] as number];
          if (id === undefined) throw new Error("bad chunk");
          mapped[i] = id;
        }
        found = { ids: mapped, counts: Uint16Array.from(counts) };
      }
    }
  }
  return found;
}

type ArticleTermIdsOf = Parameters<typeof setArticleTermIds>[1];

function run(chunk: Chunk): Int32Array {
  const n = chunk.ints[chunk.at];
  if (n === undefined || n < 0 || chunk.at + 1 + n > chunk.ints.length) throw new Error("bad chunk");
  const values = chunk.ints.subarray(chunk.at + 1, chunk.at + 1 + n);
  chunk.at += 1 + n;
  return values;
}

/** Decodes a table's rows: every column into an array of values first, then each row at once. */
function decodeTable(chunk: Chunk, plan: Plan, rows: number): Record<string, unknown>[] {
  const shapeIds = run(chunk);
  if (shapeIds.length !== rows) throw new Error("bad chunk");
  const columns = plan.schema.columns.map(([key, kind]) => decodeColumn(chunk, kind, plan.subplans.get(key)));
  const next = new Int32Array(columns.length);
  const out = new Array<Record<string, unknown>>(rows);
  for (let r = 0; r < rows; r++)
    out[r] = (plan.factories[shapeIds[r] as number] as RowFactory)(columns, next);
  return out;
}

function decodeColumn(chunk: Chunk, kind: Kind, sub: Plan | undefined): unknown[] {
  const { strings } = chunk;
  switch (kind) {
    case "int":
      return Array.from(run(chunk));
    case "str":
      return Array.from(run(chunk), (id) => (id < 0 ? null : strings[id]));
    case "ints":
    case "strs":
    case "terms":
    case "objs": {
      const counts = run(chunk);
      let items: ArrayLike<unknown>;
      if (kind === "objs") {
        let total = 0;
        for (const n of counts) total += n;
        items = decodeTable(chunk, sub as Plan, total);
      } else {
        const ids = run(chunk);
        if (kind === "ints") items = ids;
        else if (kind === "strs") items = Array.from(ids, (id) => strings[id]);
        else {
          // Terms: one shared string per term across the library (their ids were read by skimTable).
          items = Array.from(ids, (id) => termName(chunk.termIds[id] as number));
        }
      }
      const lists = new Array<unknown[]>(counts.length);
      for (let i = 0, at = 0; i < counts.length; i++) {
        const n = counts[i] as number;
        const list = new Array<unknown>(n);
        for (let k = 0; k < n; k++) list[k] = items[at + k];
        lists[i] = list;
        at += n;
      }
      return lists;
    }
    default: {
      const [id = -1] = run(chunk);
      return JSON.parse(strings[id] as string) as unknown[];
    }
  }
}

/**
 * The generation named at the start of db.json, read without parsing the rest (null when the
 * file is missing or does not start that way). See StoreData.generation.
 */
export async function readStoreGeneration(dbPath: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(dbPath, "r");
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(256), position: 0 });
    const head = buffer.toString("utf8", 0, bytesRead);
    return /^\{"schemaVersion":\d+,"generation":"([^"\\]{1,100})"/u.exec(head)?.[1] ?? null;
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
