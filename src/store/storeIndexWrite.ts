/** Writing the derived index: whole, or patched from the old file (see storeIndex.ts). */
import { mkdir, open, rename, stat, unlink } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { log } from "../log.js";
import { endOfRun, patchFileInWorker, tempPathFor, type Piece } from "./patchFileInWorker.js";
import type { StoreLayout, StoredArticle } from "./storeFile.js";
import { encodeChunk, footerOf, TermDictionary } from "./storeIndexEncode.js";
import { MAGIC, SchemaMismatch, type IndexLayout, type TableSchema } from "./storeIndexFormat.js";
import { schemaOf } from "./storeIndexSchema.js";

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
