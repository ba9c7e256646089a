/**
 * Changes to the article folder, each one whole or not at all: a new file or a new sources.json
 * is written to a temp file and renamed into place (lowdb's adapters, steno underneath), a removed
 * article is renamed into `.removed/`. One writer at a time across processes (the bot, a CLI run):
 * a lock file beside the sidecar.
 */
import { mkdir, readdir, rename, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { DataFile, TextFile } from "lowdb/node";
import { ReloadError } from "../store/libraryService.js";
import { SIDECAR_FILE } from "../store/sidecar.js";
import { withStoreLock } from "../store/storeLock.js";
import { CurationRefusal } from "./refusal.js";

/** Where /remove puts articles (and their sidecar entries), so a mistake can be moved back. */
export const REMOVED_DIR = ".removed";

/** The sidecar as stored: entries kept exactly as a moderator wrote them, ours included. */
export type RawSidecar = Record<string, Record<string, unknown>>;

/** Runs `work` as the folder's only writer, waiting up to 30 s for another to finish. */
export async function withFolderLock<T>(articlesDir: string, work: () => Promise<T>): Promise<T> {
  try {
    return await withStoreLock(join(articlesDir, SIDECAR_FILE), work, { waitMs: 30_000 });
  } catch (error) {
    if (error instanceof ReloadError && /still writing/u.test(error.message)) {
      throw new CurationRefusal(
        "Another change to the article folder is still being written; try again in a moment.",
      );
    }
    throw error;
  }
}

function sidecarFile(path: string): DataFile<RawSidecar> {
  return new DataFile<RawSidecar>(path, {
    parse: (text) => JSON.parse(text) as RawSidecar,
    // Indented: moderators read and edit it by hand.
    stringify: (data) => `${JSON.stringify(data, null, 2)}\n`,
  });
}

/** The sidecar at `path` ({} when there is none); a refusal when it is not a JSON object. */
export async function readRawSidecar(path: string): Promise<RawSidecar> {
  let data: RawSidecar | null;
  try {
    data = await sidecarFile(path).read();
  } catch (error) {
    throw new CurationRefusal(
      `${SIDECAR_FILE} in the article folder is not valid JSON (${(error as Error).message.slice(0, 100)}); fix it by hand first.`,
    );
  }
  if (data === null) return Object.create(null) as RawSidecar;
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new CurationRefusal(
      `${SIDECAR_FILE} in the article folder should be an object keyed by file name; fix it by hand first.`,
    );
  }
  return data;
}

export function writeRawSidecar(path: string, data: RawSidecar): Promise<void> {
  return sidecarFile(path).write(data);
}

/** Writes a file that must not exist yet (the caller holds the folder lock and chose a free name). */
export async function writeNewFile(path: string, text: string): Promise<void> {
  if (await exists(path)) throw new Error(`folderWrites: ${path} should not exist yet, instead found a file`);
  await new TextFile(path).write(text);
}

/** A free path in `<folder>/.removed/` for `file` (`name.2.txt` when `name.txt` is taken). */
export async function removedPath(articlesDir: string, file: string): Promise<string> {
  const dir = join(articlesDir, REMOVED_DIR);
  await mkdir(dir, { recursive: true });
  const ext = extname(file);
  const stem = file.slice(0, file.length - ext.length);
  let target = join(dir, file);
  for (let n = 2; await exists(target); n++) target = join(dir, `${stem}.${n}${ext}`);
  return target;
}

/** Moves a file (one rename: it is in one place or the other, never both or neither). */
export function moveFile(from: string, to: string): Promise<void> {
  return rename(from, to);
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Names in the folder and in `.removed/` (so a new article never takes a removed one's number). */
export async function takenNames(articlesDir: string): Promise<string[]> {
  const inFolder = await readdir(articlesDir);
  const removed = await readdir(join(articlesDir, REMOVED_DIR)).catch(() => [] as string[]);
  return [...inFolder, ...removed];
}
