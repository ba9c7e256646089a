/**
 * Reads the article folder: every `.txt` / `.md` file is one article, `sources.json` beside them
 * is the moderators' metadata sidecar. Files that cannot be articles are reported, not thrown.
 */
import { createHash } from "node:crypto";
import { statSync, type Stats } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { join } from "node:path";
import type { ArticleInput } from "../parse/parseArticle.js";
import { parseSidecar, SIDECAR_FILE, type Sidecar } from "./sidecar.js";

export interface ArticleFile extends Omit<ArticleInput, "text"> {
  /** Hash of the file's bytes and its sidecar entry: what "changed" means. */
  hash: string;
  /** Hash of the file's bytes alone. */
  contentHash: string;
  size: number;
  mtimeMs: number;
  /**
   * The decoded text; absent when the file's size and modification time match what was read
   * before (its stored content hash then stands), so an unchanged folder is only stat'ed.
   */
  text?: string;
}

/** What was known about a file when it was last read: a matching stat means the same bytes. */
export interface KnownFile {
  size?: number;
  mtimeMs?: number;
  contentHash?: string;
}

export interface FailedFile {
  file: string;
  reason: string;
}

export interface FolderScan {
  files: ArticleFile[];
  failed: FailedFile[];
}

export const ARTICLE_FILE = /\.(?:txt|md)$/iu;
/** Larger files are not news articles; refusing them keeps one bad file from stalling a reload. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export async function scanArticleFolder(
  dir: string,
  known: ReadonlyMap<string, KnownFile> = new Map(),
): Promise<FolderScan> {
  const entries = await readdir(dir, { withFileTypes: true });
  const failed: FailedFile[] = [];
  const sidecar = await readSidecar(
    dir,
    entries.some((e) => e.name === SIDECAR_FILE),
    failed,
  );
  const files: ArticleFile[] = [];
  const byHash = new Map<string, string>();
  const names = entries
    .map((e) => e.name)
    .filter((name) => ARTICLE_FILE.test(name))
    .sort();
  // Stat'ing is synchronous (no promise per file), in slices with a yield between, so the event
  // loop is never held for long; `npm run bench` times it in "reload, nothing changed".
  const infos: (Stats | Error)[] = [];
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && i % 1000 === 0) await yieldToEventLoop();
    try {
      infos.push(statSync(join(dir, names[i] as string)));
    } catch (error) {
      infos.push(error as Error);
    }
  }
  // What the stat alone decides (a file that cannot be an article, or one whose size and time
  // match what was read before, which keeps its content hash) is decided here at once; only the
  // others are read, a few at a time.
  const read: FileRead[] = names.map((file, i) => fromStat(known.get(file), infos[i] as Stats | Error));
  const toRead = names.flatMap((file, i) => (read[i] === null ? [i] : []));
  const reads = await mapLimit(toRead, CONCURRENT_FILES, (i) =>
    readArticleFile(dir, names[i] as string, infos[i] as Stats),
  );
  toRead.forEach((i, k) => {
    read[i] = reads[k] as FileRead;
  });
  const hashes = new Map<string, string>();
  names.forEach((file, i) => {
    const result = read[i] as Exclude<FileRead, null>;
    if ("reason" in result) {
      failed.push({ file, reason: result.reason });
      return;
    }
    const duplicateOf = byHash.get(result.contentHash);
    if (duplicateOf) {
      failed.push({ file, reason: `same text as ${duplicateOf}` });
      return;
    }
    byHash.set(result.contentHash, file);
    const meta = sidecar[file];
    const hash = fileHash(result.contentHash, meta, hashes);
    files.push({
      file,
      hash,
      contentHash: result.contentHash,
      size: result.size,
      mtimeMs: result.mtimeMs,
      ...(result.text !== undefined ? { text: result.text } : {}),
      ...(meta ? { meta } : {}),
    });
  });
  lastHashes = hashes;
  return { files, failed };
}

/**
 * What a file's entry is keyed by: its bytes' hash and its sidecar entry. The last scan's are
 * kept, so a reload of 10,000 unchanged files hashes none of them again.
 */
function fileHash(contentHash: string, meta: unknown, hashes: Map<string, string>): string {
  const metaJson = JSON.stringify(meta ?? null);
  const key = `${contentHash}\0${metaJson}`;
  let hash = lastHashes.get(key);
  if (hash === undefined) hash = createHash("sha256").update(contentHash).update(metaJson).digest("hex");
  hashes.set(key, hash);
  return hash;
}

let lastHashes = new Map<string, string>();

/** A file as read or stat'ed (null: still to be read), or why it is not an article. */
type FileRead =
  { text?: string; contentHash: string; size: number; mtimeMs: number } | { reason: string } | null;

/**
 * What the file's stat decides: why it is not an article (it could not be stat'ed, is no regular
 * file, is too large), or that it is the file read before (its size and time match, so its
 * content hash stands); null when it must be read.
 */
function fromStat(known: KnownFile | undefined, info: Stats | Error): FileRead {
  if (info instanceof Error) return { reason: describeFsError(info) };
  if (!info.isFile()) return { reason: "not a regular file" };
  if (info.size > MAX_ARTICLE_BYTES)
    return { reason: `too large (${(info.size / 1048576).toFixed(1)} MB; the limit is 2 MB)` };
  if (known?.contentHash && known.size === info.size && known.mtimeMs === info.mtimeMs)
    return { contentHash: known.contentHash, size: info.size, mtimeMs: info.mtimeMs };
  return null;
}

/** A file the stat left undecided, read: its text and content hash, or why it is not an article. */
async function readArticleFile(dir: string, file: string, info: Stats): Promise<Exclude<FileRead, null>> {
  const path = join(dir, file);
  try {
    const text = await readArticleText(path);
    if (typeof text !== "object") return { reason: text };
    return { ...text, size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    return { reason: describeFsError(error) };
  }
}

/** The file's text and content hash, or why it is not an article. */
export async function readArticleText(path: string): Promise<{ text: string; contentHash: string } | string> {
  return decodeArticle(await readFile(path));
}

function decodeArticle(bytes: Buffer): { text: string; contentHash: string } | string {
  if (bytes.includes(0)) return "binary file (contains NUL bytes)";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "not valid UTF-8 text";
  }
  if (text.trim() === "") return "empty file";
  return { text, contentHash: createHash("sha256").update(bytes).digest("hex") };
}

/** Files stat'ed or read at once: enough to hide the file system's latency, few enough for any ulimit. */
const CONCURRENT_FILES = 32;

/** `work` on every item, at most `limit` at a time; results in the items' order. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runner = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, runner));
  return results;
}

async function readSidecar(dir: string, present: boolean, failed: FailedFile[]): Promise<Sidecar> {
  if (!present) return {};
  try {
    const { sidecar, problems } = parseSidecar(await readFile(join(dir, SIDECAR_FILE), "utf8"));
    for (const problem of problems) failed.push({ file: SIDECAR_FILE, reason: problem });
    return sidecar;
  } catch (error) {
    failed.push({ file: SIDECAR_FILE, reason: describeFsError(error) });
    return {};
  }
}

/** A short, user-facing reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "the file disappeared while it was being read";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "not a regular file";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
