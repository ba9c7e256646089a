/**
 * Brings a set of parsed articles up to date with the article folder: unchanged files are
 * reused, new and changed ones parsed, vanished ones dropped, broken ones reported and skipped.
 *
 * An unchanged file costs one stat: when its size and modification time match the stored ones,
 * its stored content hash stands and it is not read. Many files to parse are parsed on every
 * core (see parsePool.ts).
 */
import { join } from "node:path";
import type { ArticleInput } from "../parse/parseArticle.js";
import {
  describeFsError,
  readArticleText,
  scanArticleFolder,
  type ArticleFile,
  type FailedFile,
  type KnownFile,
} from "./articleFolder.js";
import { parseFiles, type ParsedFile } from "./parsePool.js";
import type { StoredArticle } from "./storeFile.js";

export interface ArticleChanges {
  added: string[];
  changed: string[];
  removed: string[];
  failed: FailedFile[];
  unchanged: number;
}

export type ProgressListener = (done: number, total: number) => void;

export interface Refreshed {
  articles: StoredArticle[];
  changes: ArticleChanges;
  /** Whether an unchanged file's stored size, time or content hash was filled in or updated. */
  statsChanged: boolean;
}

export async function refreshArticles(
  articlesDir: string,
  previous: readonly StoredArticle[],
  onProgress?: ProgressListener,
): Promise<Refreshed> {
  const before = new Map(previous.map((entry) => [entry.file, entry]));
  const scan = await scanArticleFolder(articlesDir, before as ReadonlyMap<string, KnownFile>);
  const changes: ArticleChanges = {
    added: [],
    changed: [],
    removed: [],
    failed: [...scan.failed],
    unchanged: 0,
  };
  const total = scan.files.length;

  // Which files need parsing (new or changed), read now if the scan only stat'ed them.
  const toParse: ArticleInput[] = [];
  const parseSlot = new Map<string, number>();
  const unreadable = new Map<string, string>();
  for (const file of scan.files) {
    const old = before.get(file.file);
    if (old && old.hash === file.hash) continue;
    let text = file.text;
    if (text === undefined) {
      const read = await readArticleText(join(articlesDir, file.file)).catch(describeFsError);
      if (typeof read !== "object") {
        unreadable.set(file.file, read);
        continue;
      }
      text = read.text;
    }
    parseSlot.set(file.file, toParse.length);
    toParse.push({ file: file.file, text, ...(file.meta ? { meta: file.meta } : {}) });
  }
  const reused = total - toParse.length - unreadable.size;
  onProgress?.(reused, total);
  const parsed: ParsedFile[] = toParse.length
    ? await parseFiles(toParse, (done) => onProgress?.(reused + done, total))
    : [];

  const articles: StoredArticle[] = [];
  const ids = new Map<string, string>();
  let statsChanged = false;
  for (const file of scan.files) {
    const old = before.get(file.file);
    let entry: StoredArticle;
    const problem = unreadable.get(file.file);
    if (problem) {
      changes.failed.push({ file: file.file, reason: problem });
      continue;
    }
    const slot = parseSlot.get(file.file);
    if (slot === undefined && old) {
      entry = withStats(old, file);
      if (entry !== old) statsChanged = true;
    } else {
      const result = parsed[slot as number] as ParsedFile;
      if ("error" in result) {
        changes.failed.push({ file: file.file, reason: `could not be parsed (${result.error})` });
        continue;
      }
      if (result.article.sentences.length === 0) {
        changes.failed.push({ file: file.file, reason: "no sentences found" });
        continue;
      }
      entry = withStats({ file: file.file, hash: file.hash, article: result.article }, file);
    }
    const clash = ids.get(entry.article.id);
    if (clash) {
      changes.failed.push({ file: file.file, reason: `same article id as ${clash}` });
      continue;
    }
    ids.set(entry.article.id, file.file);
    if (!old) changes.added.push(file.file);
    else if (old.hash !== file.hash) changes.changed.push(file.file);
    else changes.unchanged++;
    articles.push(entry);
  }
  onProgress?.(total, total);
  const present = new Set(articles.map((entry) => entry.file));
  const failedNow = new Set(changes.failed.map((f) => f.file));
  for (const file of before.keys())
    if (!present.has(file) && !failedNow.has(file)) changes.removed.push(file);
  return { articles, changes, statsChanged };
}

/** The entry with the file's current size, time and content hash (the same object when they match). */
function withStats(entry: StoredArticle, file: ArticleFile): StoredArticle {
  if (entry.size === file.size && entry.mtimeMs === file.mtimeMs && entry.contentHash === file.contentHash)
    return entry;
  return { ...entry, size: file.size, mtimeMs: file.mtimeMs, contentHash: file.contentHash };
}
