/** Reading the derived index: every article's metadata and term ids now, its sentences on first use (see storeIndex.ts). */
import { closeSync, fstatSync, openSync, read as readCallback, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { promisify } from "node:util";
import type { Article } from "../article.js";
import { setArticleTermIds, termId, termName } from "../index/sentenceIndex.js";
import { TERMS_VERSION } from "../text/terms.js";
import { SCHEMA_VERSION, type StoreLayout, type StoredArticle } from "./storeFile.js";
import {
  FORMAT,
  MAGIC,
  type Footer,
  type IndexLayout,
  type Kind,
  type TableSchema,
} from "./storeIndexFormat.js";

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
  let file: IndexFile | null = null;
  try {
    file = { fd: openSync(path, "r") };
    const loaded = await decode(file, generation);
    if (loaded) {
      closeWhenUnread.register(file, file.fd);
      return loaded;
    }
  } catch {
    // damaged: null below
  }
  if (file) closeSync(file.fd);
  return null;
}

/**
 * The index file, kept open while an article read from it may still decode its sentences (they
 * are read from it on first use, not held in memory), and closed once none can: every article
 * has decoded its sentences or is gone. A write replaces the file (a new one renamed over it),
 * so the open file keeps the bytes the articles were read from.
 */
interface IndexFile {
  fd: number;
}

const closeWhenUnread = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

const readAt = promisify(readCallback);

/** Chunks are read a block at a time, so the whole file is never in memory at once. */
const READ_BLOCK = 4 << 20;

async function decode(file: IndexFile, generation: string): Promise<LoadedIndex | null> {
  const { size, mtimeMs } = fstatSync(file.fd);
  if (size < 16) return null;
  const tail = Buffer.alloc(8);
  await readAt(file.fd, tail, 0, 8, size - 8);
  if (tail.toString("latin1", 4) !== MAGIC) return null;
  const footerLength = tail.readUInt32LE(0);
  if (footerLength > size - 16) return null;
  const footerBytes = Buffer.alloc(footerLength);
  await readAt(file.fd, footerBytes, 0, footerLength, size - 8 - footerLength);
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
    const { bytesRead } = await readAt(file.fd, block, 0, end - start, start);
    if (bytesRead !== end - start || start % 4 !== 0) return null;
    for (let i = first; i <= last; i++) {
      const [offset, length] = footer.chunks[i] as [number, number];
      const entry = decodeChunk(block, offset - start, length, plan, termIds, { file, offset });
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
 * Until then the article holds only where its chunk is in the file, which it reads again then.
 */
function decodeChunk(
  block: Buffer,
  offset: number,
  length: number,
  plan: Plan,
  termIds: Int32Array,
  source: { file: IndexFile; offset: number },
): StoredArticle {
  const layout = chunkLayout(block, offset, length);
  const entry = JSON.parse(
    block.toString("utf8", layout.metaAt, layout.metaAt + layout.metaLength),
  ) as StoredArticle;
  const article = entry.article as Article & { sentences: unknown };
  const count = article.sentences as unknown as number;
  if (!Number.isInteger(count) || count < 0) throw new Error("bad chunk");
  // The overview, when the article has one, is marked `true` here and stored after the metadata.
  if (((article.overview as unknown) === true) !== layout.overviewLength > 0) throw new Error("bad chunk");

  // Walk the columns (checking every run fits), keeping only the terms.
  const walk: Chunk = { ints: layout.ints, at: 0, strings: [], termIds };
  const termIdsOf = skimTable(walk, plan, count);
  if (walk.at !== layout.ints.length) throw new Error("bad chunk");
  if (termIdsOf) setArticleTermIds(article, termIdsOf);

  const chunk: StoredChunk = {
    file: source.file,
    offset: source.offset,
    length,
    metaLength: layout.metaLength,
    overviewLength: layout.overviewLength,
    intCount: layout.ints.length,
    plan,
    termIds,
    count,
  };
  unread.set(article, chunk);
  Object.defineProperty(article, "sentences", LAZY_SENTENCES);
  if (layout.overviewLength > 0) Object.defineProperty(article, "overview", LAZY_OVERVIEW);
  return entry;
}

/** Where an article's chunk is, to decode its sentences or overview on first use. */
interface StoredChunk {
  file: IndexFile;
  offset: number;
  length: number;
  metaLength: number;
  overviewLength: number;
  intCount: number;
  plan: Plan;
  termIds: Int32Array;
  /** The article's sentence count. */
  count: number;
}

/**
 * The chunks of the articles that have not yet read all they defer. A property's getter is one
 * function shared by every article (not closures made per article, which cost a 10,000-article
 * start time and collections); once an article has read both, its chunk, and with it the open
 * file, is let go.
 */
const unread = new WeakMap<Article, StoredChunk>();

/** The chunk read again from the file, checked to be the one decoded at load. */
function reread(chunk: StoredChunk) {
  // A fresh buffer of its own: the Int32Array views need it 4-byte aligned.
  const own = Buffer.allocUnsafeSlow(chunk.length);
  if (readSync(chunk.file.fd, own, 0, chunk.length, chunk.offset) !== chunk.length)
    throw new Error("the store index changed on disk");
  const again = chunkLayout(own, 0, chunk.length);
  if (
    again.metaLength !== chunk.metaLength ||
    again.overviewLength !== chunk.overviewLength ||
    again.ints.length !== chunk.intCount
  )
    throw new Error("the store index changed on disk");
  return { own, again };
}

function decodeSentences(chunk: StoredChunk): Article["sentences"] {
  const { own, again } = reread(chunk);
  const lengths = new Int32Array(own.buffer, own.byteOffset + again.lengthsAt, again.stringCount);
  const all = own.toString("utf8", again.textAt, again.textAt + again.textLength);
  const strings = new Array<string>(again.stringCount);
  for (let i = 0, p = 0; i < again.stringCount; i++) {
    const n = lengths[i] as number;
    strings[i] = all.slice(p, p + n);
    p += n;
  }
  const columns: Chunk = { ints: again.ints, at: 0, strings, termIds: chunk.termIds };
  return decodeTable(columns, chunk.plan, chunk.count) as unknown as Article["sentences"];
}

function decodeOverview(chunk: StoredChunk): Article["overview"] {
  const { own, again } = reread(chunk);
  return JSON.parse(
    own.toString("utf8", again.overviewAt, again.overviewAt + again.overviewLength),
  ) as Article["overview"];
}

const LAZY_SENTENCES = lazyDescriptor("sentences", decodeSentences);
const LAZY_OVERVIEW = lazyDescriptor("overview", decodeOverview);

/**
 * A property that reads `load(chunk)` on first use (or takes what is written to it first), then
 * becomes a plain property in the same place among the article's keys.
 */
function lazyDescriptor<K extends "sentences" | "overview">(
  key: K,
  load: (chunk: StoredChunk) => Article[K],
): PropertyDescriptor {
  const settle = (article: Article, value: Article[K]) => {
    Object.defineProperty(article, key, { value, enumerable: true, writable: true, configurable: true });
    const deferred = (other: string) => Object.getOwnPropertyDescriptor(article, other)?.get !== undefined;
    if (!deferred("sentences") && !deferred("overview")) unread.delete(article);
  };
  return {
    enumerable: true,
    configurable: true,
    get(this: Article) {
      const chunk = unread.get(this);
      if (!chunk) throw new Error("the store index's chunk for this article is gone");
      const value = load(chunk);
      settle(this, value);
      return value;
    },
    set(this: Article, value: Article[K]) {
      settle(this, value);
    },
  };
}

/**
 * Where a chunk's parts are: its metadata (JSON), its overview (JSON, read on first use), string
 * lengths, text, then its columns as ints; each part padded to 4 bytes.
 */
function chunkLayout(file: Buffer, offset: number, length: number) {
  if (offset % 4 !== 0 || offset + length > file.length || length < 16) throw new Error("bad chunk");
  const head = new Int32Array(file.buffer, file.byteOffset + offset, 4);
  const [metaLength = 0, overviewLength = 0, stringCount = 0, textLength = 0] = head;
  if (metaLength < 0 || overviewLength < 0 || stringCount < 0 || textLength < 0) throw new Error("bad chunk");
  const padded = (n: number) => n + ((4 - (n % 4)) % 4);
  const metaAt = offset + 16;
  const overviewAt = metaAt + padded(metaLength);
  const lengthsAt = overviewAt + padded(overviewLength);
  const textAt = lengthsAt + stringCount * 4;
  const at = textAt + padded(textLength);
  if (at > offset + length || (offset + length - at) % 4 !== 0) throw new Error("bad chunk");
  const ints = new Int32Array(file.buffer, file.byteOffset + at, (offset + length - at) / 4);
  return { metaAt, metaLength, overviewAt, overviewLength, stringCount, textLength, lengthsAt, textAt, ints };
}

/**
 * Steps over a table's runs without building rows; for the top table, returns its sentences'
 * term ids (process ids) and how many each has — or null when a count does not fit the index.
 * It reads the runs in place, by offset: a view per run (15 columns and more per article) cost a
 * 10,000-article start about 150 ms.
 */
function skimTable(chunk: Chunk, plan: Plan, rows: number): ArticleTermIdsOf | null {
  const { ints } = chunk;
  if (skip(chunk) !== rows) throw new Error("bad chunk");
  let found: ArticleTermIdsOf | null = null;
  for (const [key, kind] of plan.schema.columns) {
    switch (kind) {
      case "int":
      case "str":
      case "json":
        skip(chunk);
        break;
      case "objs": {
        const countsAt = chunk.at + 1;
        const n = skip(chunk);
        let total = 0;
        for (let i = 0; i < n; i++) total += ints[countsAt + i] as number;
        skimTable(chunk, plan.subplans.get(key) as Plan, total);
        break;
      }
      default: {
        const countsAt = chunk.at + 1;
        const n = skip(chunk);
        const idsAt = chunk.at + 1;
        const idCount = skip(chunk);
        if (kind !== "terms") break;
        if (n !== rows) throw new Error("bad chunk");
        let total = 0;
        let fits = true;
        const counts = new Uint16Array(n);
        for (let i = 0; i < n; i++) {
          const count = ints[countsAt + i] as number;
          total += count;
          if (count > 65535) fits = false;
          counts[i] = count;
        }
        if (total !== idCount) throw new Error("bad chunk");
        if (!fits) break;
        const mapped = new Int32Array(idCount);
        for (let i = 0; i < idCount; i++) {
          const id = chunk.termIds[ints[idsAt + i] as number];
          if (id === undefined) throw new Error("bad chunk");
          mapped[i] = id;
        }
        found = { ids: mapped, counts };
      }
    }
  }
  return found;
}

type ArticleTermIdsOf = Parameters<typeof setArticleTermIds>[1];

/** Steps over the next run (checking it fits), returning its length. */
function skip(chunk: Chunk): number {
  const n = chunk.ints[chunk.at];
  if (n === undefined || n < 0 || chunk.at + 1 + n > chunk.ints.length) throw new Error("bad chunk");
  chunk.at += 1 + n;
  return n;
}

/** The next run, as a view. */
function run(chunk: Chunk): Int32Array {
  const at = chunk.at;
  const n = skip(chunk);
  return chunk.ints.subarray(at + 1, at + 1 + n);
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

/** Every empty list a decoded sentence has ("no places", "no cues") is this one, frozen. */
const EMPTY_LIST: unknown[] = Object.freeze([]) as unknown as unknown[];

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
        if (n === 0) {
          lists[i] = EMPTY_LIST;
          continue;
        }
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
