/**
 * Reads the article folder: every `.txt` / `.md` file is one article, `sources.json` beside them
 * is the moderators' metadata sidecar. Files that cannot be articles are reported, not thrown.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleInput } from "../parse/parseArticle.js";
import { parseSidecar, SIDECAR_FILE, type Sidecar } from "./sidecar.js";

export interface ArticleFile extends ArticleInput {
  /** Hash of the file's bytes and its sidecar entry: what "changed" means. */
  hash: string;
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

export async function scanArticleFolder(dir: string): Promise<FolderScan> {
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
  for (const file of names) {
    const result = await readArticleFile(dir, file);
    if ("reason" in result) {
      failed.push({ file, reason: result.reason });
      continue;
    }
    const duplicateOf = byHash.get(result.contentHash);
    if (duplicateOf) {
      failed.push({ file, reason: `same text as ${duplicateOf}` });
      continue;
    }
    byHash.set(result.contentHash, file);
    const meta = sidecar[file];
    const hash = createHash("sha256")
      .update(result.contentHash)
      .update(JSON.stringify(meta ?? null))
      .digest("hex");
    files.push({ file, text: result.text, hash, ...(meta ? { meta } : {}) });
  }
  return { files, failed };
}

async function readArticleFile(
  dir: string,
  file: string,
): Promise<{ text: string; contentHash: string } | { reason: string }> {
  const path = join(dir, file);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { reason: "not a regular file" };
    if (info.size > MAX_ARTICLE_BYTES) {
      return { reason: `too large (${(info.size / 1048576).toFixed(1)} MB; the limit is 2 MB)` };
    }
    const bytes = await readFile(path);
    if (bytes.includes(0)) return { reason: "binary file (contains NUL bytes)" };
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { reason: "not valid UTF-8 text" };
    }
    if (text.trim() === "") return { reason: "empty file" };
    return { text, contentHash: createHash("sha256").update(bytes).digest("hex") };
  } catch (error) {
    return { reason: describeFsError(error) };
  }
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
