/**
 * The store of record: `data/db.json`, a lowdb document of parsed articles. Writes go through a
 * temp file and a rename, so a crash leaves the old file or the new one, never half.
 *
 * At 10,000 articles the document is over 100 MB (`npm run bench -- --full` prints its size), so
 * writing it is done by a lowdb adapter that streams it entry by entry (never the whole document
 * as one string) and, when the file on disk is the one it
 * last wrote or read the layout of, copies the bytes of unchanged entries from it instead of
 * serialising them again: a reload that changes one file re-serialises one entry. The output is
 * byte for byte what `JSON.stringify(data)` would write.
 */
import { mkdir, open, rename, stat, unlink } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { Low, type Adapter } from "lowdb";
import { DataFile } from "lowdb/node";
import type { Article } from "../article.js";
import { log } from "../log.js";
import { TERMS_VERSION } from "../text/terms.js";
import { endOfRun, patchFileInWorker, tempPathFor, type Piece } from "./patchFileInWorker.js";

/**
 * Bump when the stored shape or the parser's output changes: an older store is rebuilt from the
 * articles. 2: promotion sentences ("Subscribe to …") dropped; `Article.overview` (dates,
 * dependent sentences); `Article.names`; a copula describes its subject; "<num>" read as a number.
 * 4: `Sentence.siteAt` (common nouns after a locative: "at the station"). 5: `EntitySpan.counts`
 * (the noun a figure counts: "34 civilians"). 6: that noun after "of" too ("thousands of years"),
 * a clock time ("3:40") as a time, more descriptions ("X, a …", "known as X"), and article names
 * without a word capitalised only where it opens a sentence. 7: a possessive always its own token
 * ("Kyiv" and "'s"), however the process read "Kyiv's" before (src/nlp/wink.ts, splitPossessive):
 * a store written after wink had once read it whole may hold it as one word. 8: a capitalised
 * word after a sentence's own ".", "?" or "!" token opens a sentence, not a name. 9: "I'm" is
 * "I" and "'m" (src/nlp/wink.ts, splitUnreadContraction), not a name. 10: a participle that works as
 * a preposition ("…the spillway, according to Corvane") describes no noun. 11: a unit's letter
 * and full stop after a figure end a sentence before a capital ("about 42k. The council…",
 * src/nlp/sentenceBounds.ts, splitAfterUnits), where wink had run the two sentences on. 12: a
 * quoted question or exclamation and the words after it in lower case are one sentence ("“Why
 * now?” asked Greta Holm", joinQuoteAttributions). 13: the date on a line of its own is the
 * article's date, not a heading over its sentences, and a first line right before the date line
 * is the headline even ending in "?" (src/parse/lineKinds.ts). 14: a unit of up to four letters
 * ("3.5 pct. Officials…") ends a sentence as a one-letter one does. 15: a list item ("- a
 * ceasefire along the front line") is a sentence without its marker, not a heading, and a
 * markdown heading's hashes ("## Background") are not its words. 16: "a.m." or "p.m." after a
 * figure ends a sentence before a capital that is no day, month or time zone ("at 3 p.m. Crews…"),
 * and a parenthesis closing on an abbreviation goes on into lower case ("(D-Calif.) said…"). 17: a
 * short line with a sentence ending inside it ("The port must stay open. — Anna Lind …") is text,
 * not a heading. 18: a footnote mark ("…on Sunday.[1] Three…") closes the sentence before it, not
 * opens the next (attachFootnoteMarks). 19: a season after "next" or "in the" is a date ("next
 * spring", "in the fall"), as wink reads "next summer". 20: a sentence never opens on a comma
 * ("…the musical Mamma Mia!, which opened in London": one sentence). 21: "scores of" a noun is a
 * figure ("wounding scores of civilians"), as wink reads "dozens of". 22: a fraction in words is a
 * share ("a quarter of the city", "as much as half", "two-thirds of his sentence"), as "25%" is.
 * 23: a capitalised common word opening a sentence, or a live report's entry after its time stamp,
 * is no name unless the article writes it as one inside a sentence ("Police estimate…", "20:10 —
 * Scuffles…"); such a word is kept as `Sentence.openerAt` (parse/openingNames.ts). 24:
 * `Sentence.destinationAt`, where someone or something went ("was headed Wednesday to Paris").
 */
export const SCHEMA_VERSION = 24;

export interface StoredArticle {
  file: string;
  /** Hash of the file's bytes and sidecar entry when it was parsed. */
  hash: string;
  /** Hash of the file's bytes alone, and the file's size and modification time when it was read. */
  contentHash?: string;
  size?: number;
  mtimeMs?: number;
  article: Article;
}

export interface StoreData {
  schemaVersion: number;
  /**
   * A new value on every write, first in the file: the derived index (storeIndex.ts) names the
   * generation it was built from, so a stale one is ignored without parsing this file.
   */
  generation?: string;
  /** The term rules the sentences' terms were made with (text/terms.ts); others mean a re-parse. */
  termsVersion?: string | number;
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

/**
 * Where each entry's JSON sits in a db.json file (byte ranges), and which file that is (size and
 * modification time): what lets the next write copy unchanged entries instead of re-serialising.
 */
export interface StoreLayout {
  size: number;
  mtimeMs: number;
  ranges: Map<StoredArticle, [number, number]>;
}

/** Writes the store; returns the new file's layout, for patching the next write. */
export async function writeStore(
  path: string,
  data: StoreData,
  previous?: StoreLayout | null,
): Promise<StoreLayout> {
  // A patching write starts its worker before the first await, so the caller's next synchronous
  // work (building the library) overlaps it; its folder exists, as the old file does.
  if (!previous) await mkdir(dirname(path), { recursive: true });
  const writer = new StreamingStoreFile(path, previous ?? null);
  const db = new Low<StoreData>(writer, data);
  await db.write();
  return writer.layout as StoreLayout;
}

/** Buffered appends to a file handle. */
class Output {
  #buffer = Buffer.allocUnsafe(4 << 20);
  #used = 0;
  position = 0;
  constructor(private readonly handle: FileHandle) {}

  async text(text: string): Promise<void> {
    if (text.length * 3 > this.#buffer.length - this.#used) await this.flush();
    if (text.length * 3 > this.#buffer.length) {
      const bytes = Buffer.from(text, "utf8");
      await this.handle.write(bytes);
      this.position += bytes.length;
      return;
    }
    const n = this.#buffer.write(text, this.#used, "utf8");
    this.#used += n;
    this.position += n;
  }

  async copy(from: FileHandle, start: number, end: number): Promise<void> {
    await this.flush();
    let at = start;
    while (at < end) {
      const { bytesRead } = await from.read(this.#buffer, 0, Math.min(this.#buffer.length, end - at), at);
      if (bytesRead === 0) throw new Error("the old store file ended early");
      await this.handle.write(this.#buffer, 0, bytesRead);
      at += bytesRead;
      this.position += bytesRead;
    }
  }

  async flush(): Promise<void> {
    if (this.#used > 0) await this.handle.write(this.#buffer, 0, this.#used);
    this.#used = 0;
  }
}

/** A lowdb adapter for the store: JSON.parse to read, a streaming, patching writer to write. */
class StreamingStoreFile implements Adapter<StoreData> {
  layout: StoreLayout | null = null;
  constructor(
    private readonly path: string,
    private readonly previous: StoreLayout | null,
  ) {}

  read(): Promise<StoreData | null> {
    return adapter(this.path).read();
  }

  async write(data: StoreData): Promise<void> {
    const { articles, ...rest } = data;
    // `articles` last, as JSON.stringify would write the same object with it last.
    const head = JSON.stringify({ ...rest, articles: [] }).slice(0, -2);
    const plan = this.previous ? planPatch(head, articles, this.previous) : null;
    if (plan) {
      try {
        const written = await patchFileInWorker({
          path: this.path,
          // Only the numbers: the layout's map holds every entry, and would be copied to the worker.
          expected: {
            size: (this.previous as StoreLayout).size,
            mtimeMs: (this.previous as StoreLayout).mtimeMs,
          },
          temp: tempPathFor(this.path),
          pieces: plan.pieces,
        });
        this.layout = { ...written, ranges: plan.ranges };
        return;
      } catch (error) {
        log.debug("patching the store failed, writing it whole", { error: (error as Error).message });
      }
    }
    await this.#writeStreaming(head, articles);
  }

  /** Serialises every entry (copying unchanged ones from the old file when it is still there). */
  async #writeStreaming(head: string, articles: StoredArticle[]): Promise<void> {
    const temp = tempPathFor(this.path);
    const out = await open(temp, "w");
    let old: FileHandle | null = null;
    try {
      if (this.previous) {
        const info = await stat(this.path).catch(() => null);
        if (info && info.size === this.previous.size && info.mtimeMs === this.previous.mtimeMs)
          old = await open(this.path, "r");
      }
      const output = new Output(out);
      const ranges = new Map<StoredArticle, [number, number]>();
      await output.text(head);
      for (let i = 0; i < articles.length; i++) {
        const entry = articles[i] as StoredArticle;
        if (i > 0) await output.text(",");
        const start = output.position;
        const known = this.previous?.ranges;
        const range = old && known ? known.get(entry) : undefined;
        if (old && known && range) {
          const last = endOfRun(articles, i, adjacentIn(known));
          for (let k = i; k <= last; k++) {
            const [from, to] = known.get(articles[k] as StoredArticle) as [number, number];
            ranges.set(articles[k] as StoredArticle, [start + from - range[0], start + to - range[0]]);
          }
          await output.copy(
            old,
            range[0],
            (known.get(articles[last] as StoredArticle) as [number, number])[1],
          );
          i = last;
          continue;
        }
        await output.text(JSON.stringify(entry));
        ranges.set(entry, [start, output.position]);
      }
      await output.text("]}");
      await output.flush();
      await out.close();
      await rename(temp, this.path);
      const info = await stat(this.path);
      this.layout = { size: info.size, mtimeMs: info.mtimeMs, ranges };
    } catch (error) {
      await out.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      throw error;
    } finally {
      await old?.close();
    }
  }
}

/** Whether `next` sat right after `previous` (and its comma) in the old db.json. */
function adjacentIn(known: ReadonlyMap<StoredArticle, [number, number]>) {
  return (previous: StoredArticle, next: StoredArticle): boolean => {
    const after = known.get(next);
    return after !== undefined && after[0] === (known.get(previous) as [number, number])[1] + 1;
  };
}

/** Past this many new bytes a patch saves little, and handing them to a worker costs a copy. */
const PATCH_MAX_NEW_BYTES = 32 << 20;

/**
 * The store as pieces of the old file (runs of unchanged entries) and new bytes (changed
 * entries, punctuation), with where each entry lands; null when too little of it is unchanged.
 */
function planPatch(
  head: string,
  articles: readonly StoredArticle[],
  previous: StoreLayout,
): { pieces: Piece[]; ranges: Map<StoredArticle, [number, number]> } | null {
  const known = previous.ranges;
  const pieces: Piece[] = [];
  const ranges = new Map<StoredArticle, [number, number]>();
  let position = 0;
  let newBytes = 0;
  let text = head;
  const flushText = () => {
    if (!text) return;
    const length = Buffer.byteLength(text, "utf8");
    pieces.push(text);
    position += length;
    newBytes += length;
    text = "";
  };
  for (let i = 0; i < articles.length; i++) {
    const entry = articles[i] as StoredArticle;
    if (i > 0) text += ",";
    const range = known.get(entry);
    if (!range) {
      flushText();
      text = JSON.stringify(entry);
      const start = position;
      flushText();
      ranges.set(entry, [start, position]);
      if (newBytes > PATCH_MAX_NEW_BYTES) return null;
      continue;
    }
    const last = endOfRun(articles, i, adjacentIn(known));
    flushText();
    const end = (known.get(articles[last] as StoredArticle) as [number, number])[1];
    for (let k = i; k <= last; k++) {
      const [from, to] = known.get(articles[k] as StoredArticle) as [number, number];
      ranges.set(articles[k] as StoredArticle, [position + from - range[0], position + to - range[0]]);
    }
    pieces.push([range[0], end]);
    position += end - range[0];
    i = last;
  }
  text += "]}";
  flushText();
  return { pieces, ranges };
}

function shapeProblem(data: unknown): string | null {
  if (!data || typeof data !== "object") return "not a store (expected an object)";
  const store = data as Partial<StoreData>;
  if (store.schemaVersion !== SCHEMA_VERSION) {
    return `schema version ${String(store.schemaVersion)} (expected ${SCHEMA_VERSION})`;
  }
  if (store.termsVersion !== undefined && store.termsVersion !== TERMS_VERSION) {
    return `terms made by other rules (${String(store.termsVersion)}, expected ${TERMS_VERSION})`;
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
