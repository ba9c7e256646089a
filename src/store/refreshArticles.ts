/**
 * Brings a set of parsed articles up to date with the article folder: unchanged files are
 * reused, new and changed ones parsed, vanished ones dropped, broken ones reported and skipped.
 */
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { parseArticle } from "../parse/parseArticle.js";
import { scanArticleFolder, type FailedFile } from "./articleFolder.js";
import type { StoredArticle } from "./storeFile.js";

export interface ArticleChanges {
  added: string[];
  changed: string[];
  removed: string[];
  failed: FailedFile[];
  unchanged: number;
}

export type ProgressListener = (done: number, total: number) => void;

/** Parse this many files between yields, so a long reload never starves the event loop. */
const FILES_PER_SLICE = 25;

export async function refreshArticles(
  articlesDir: string,
  previous: readonly StoredArticle[],
  onProgress?: ProgressListener,
): Promise<{ articles: StoredArticle[]; changes: ArticleChanges }> {
  const scan = await scanArticleFolder(articlesDir);
  const before = new Map(previous.map((entry) => [entry.file, entry]));
  const changes: ArticleChanges = {
    added: [],
    changed: [],
    removed: [],
    failed: [...scan.failed],
    unchanged: 0,
  };
  const articles: StoredArticle[] = [];
  const ids = new Map<string, string>();
  let done = 0;

  for (const file of scan.files) {
    if (done % FILES_PER_SLICE === 0) {
      onProgress?.(done, scan.files.length);
      await yieldToEventLoop();
    }
    done++;
    const old = before.get(file.file);
    let entry: StoredArticle;
    if (old && old.hash === file.hash) {
      entry = old;
    } else {
      try {
        entry = { file: file.file, hash: file.hash, article: parseArticle(file) };
      } catch (error) {
        changes.failed.push({ file: file.file, reason: `could not be parsed (${(error as Error).message})` });
        continue;
      }
      if (entry.article.sentences.length === 0) {
        changes.failed.push({ file: file.file, reason: "no sentences found" });
        continue;
      }
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
  onProgress?.(scan.files.length, scan.files.length);
  const present = new Set(articles.map((entry) => entry.file));
  const failedNow = new Set(changes.failed.map((f) => f.file));
  for (const file of before.keys())
    if (!present.has(file) && !failedNow.has(file)) changes.removed.push(file);
  return { articles, changes };
}
