/**
 * Moderators' changes to the article set: add an article (a link or a file), remove one (moved
 * aside, never deleted), fix its source (the sidecar entry). Each writes the folder under its lock,
 * then reloads, and reports what the bot now serves. One change at a time in a process; a refusal
 * (CurationRefusal) says why and leaves the folder as it was.
 */
import { unlink } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Article } from "../article.js";
import { findArticle, type Library } from "../library.js";
import { log } from "../log.js";
import { articleIdFromFile } from "../parse/parseArticle.js";
import type { ReloadOutcome } from "../reply/reloadReply.js";
import { SIDECAR_FILE } from "../store/sidecar.js";
import { nextArticleName } from "./articleNames.js";
import { prepareArticle, type ArticleSource } from "./articleSource.js";
import { articleWithLink, fileWithSameBytes } from "./duplicates.js";
import type { FetchOptions } from "./fetch/safeFetch.js";
import {
  exists,
  moveFile,
  readRawSidecar,
  removedPath,
  REMOVED_DIR,
  takenNames,
  withFolderLock,
  writeNewFile,
  writeRawSidecar,
} from "./folderWrites.js";
import { CurationRefusal } from "./refusal.js";
import { sourceChanges, SOURCE_FIELDS, type SourceField } from "./sourceChanges.js";

export interface CurationOptions {
  articlesDir: string;
  fetch: FetchOptions;
}

/** Who asked (for the log). */
export interface Curator {
  id: string;
  name: string;
}

export type Reload = () => Promise<ReloadOutcome>;

/** An article as the bot now cites it. */
export interface CuratedArticle {
  id: string;
  /** File name in the article folder. */
  file: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
}

export interface AddResult {
  added: CuratedArticle;
  reload: ReloadOutcome;
}

export interface RemoveResult {
  removed: { id: string; file: string; movedTo: string };
  reload: ReloadOutcome;
}

export interface SourceResult {
  article: CuratedArticle;
  changed: SourceField[];
  reload: ReloadOutcome;
}

function curated(article: Article): CuratedArticle {
  const { id, file, title, outlet, date, url } = article;
  return { id, file, title, outlet, date, url };
}

/** The reload's news about `file`, or null when it did not see the change (another reload ran). */
function seen(report: ReloadOutcome, file: string): "added" | "changed" | "removed" | "failed" | null {
  if (report.failed.some((failure) => failure.file === file)) return "failed";
  for (const kind of ["added", "changed", "removed"] as const) if (report[kind].includes(file)) return kind;
  return null;
}

export class Curation {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly options: CurationOptions,
    /** The library being served (it changes with every reload). */
    private readonly library: () => Library,
  ) {}

  get sidecarPath(): string {
    return join(this.options.articlesDir, SIDECAR_FILE);
  }

  /** Fetches or reads the article, writes it and its sidecar entry, reloads. */
  add(source: ArticleSource, by: Curator, reload: Reload): Promise<AddResult> {
    return this.#serial("add", by, async () => {
      const dir = this.options.articlesDir;
      const prepared = await prepareArticle(source, this.options.fetch);
      const file = await withFolderLock(dir, async () => {
        const known = articleWithLink(this.library().articles, prepared.links);
        if (known) throw new CurationRefusal(`That page is already in the set as \`${known.id}\`.`);
        const same = await fileWithSameBytes(dir, Buffer.from(prepared.text, "utf8"));
        if (same)
          throw new CurationRefusal(`That article is already in the set as \`${articleIdFromFile(same)}\`.`);
        const name = nextArticleName(await takenNames(dir), prepared.nameHint, prepared.extension);
        // The entry first: without its file it is never read, so a crash in between changes nothing.
        if (Object.keys(prepared.entry).length) {
          const sidecar = await readRawSidecar(this.sidecarPath);
          sidecar[name] = prepared.entry;
          await writeRawSidecar(this.sidecarPath, sidecar);
        }
        await writeNewFile(join(dir, name), prepared.text);
        return name;
      });
      const report = await this.#reloadSeeing(file, reload);
      const failure = report.failed.find((f) => f.file === file);
      const article = this.library().byId.get(articleIdFromFile(file));
      if (failure || !article) {
        await this.#undoAdd(file);
        await reload();
        throw new CurationRefusal(
          `The article could not be read (${failure?.reason ?? "not loaded"}); nothing was added.`,
        );
      }
      log.info("article added", { by: by.id, name: by.name, id: article.id, file, url: article.url });
      return { added: curated(article), reload: report };
    });
  }

  /** Moves the article's file and sidecar entry into `.removed/`, reloads. */
  remove(key: string, by: Curator, reload: Reload): Promise<RemoveResult> {
    return this.#serial("remove", by, async () => {
      const dir = this.options.articlesDir;
      const article = this.#find(key);
      const movedTo = await withFolderLock(dir, async () => {
        const from = join(dir, article.file);
        if (!(await exists(from))) {
          throw new CurationRefusal(
            `${article.file} is no longer in the article folder; /reload to catch up.`,
          );
        }
        const sidecar = await readRawSidecar(this.sidecarPath);
        const entry = sidecar[article.file];
        const to = await removedPath(dir, article.file);
        // Entry set aside, then the file, then the entry out of the sidecar: at any crash the
        // served set is the old one or the new one (a leftover entry without its file is inert).
        if (entry) {
          const asidePath = join(dir, REMOVED_DIR, SIDECAR_FILE);
          const aside = await readRawSidecar(asidePath);
          aside[basename(to)] = entry;
          await writeRawSidecar(asidePath, aside);
        }
        await moveFile(from, to);
        if (entry) {
          delete sidecar[article.file];
          await writeRawSidecar(this.sidecarPath, sidecar);
        }
        return to;
      });
      const report = await this.#reloadSeeing(article.file, reload);
      log.info("article removed", { by: by.id, name: by.name, id: article.id, file: article.file, movedTo });
      return { removed: { id: article.id, file: article.file, movedTo }, reload: report };
    });
  }

  /** Sets or clears the article's title, outlet, date or link in the sidecar, reloads. */
  editSource(
    key: string,
    fields: Partial<Record<SourceField, string | undefined>>,
    by: Curator,
    reload: Reload,
  ): Promise<SourceResult> {
    return this.#serial("source", by, async () => {
      const changes = sourceChanges(fields);
      const article = this.#find(key);
      const changed = await withFolderLock(this.options.articlesDir, async () => {
        const sidecar = await readRawSidecar(this.sidecarPath);
        const entry: Record<string, unknown> = { ...sidecar[article.file] };
        const differs: SourceField[] = [];
        for (const field of SOURCE_FIELDS) {
          if (!(field in changes)) continue;
          const value = changes[field] ?? null;
          if (value !== null) {
            // Compared with what answers cite now, wherever it comes from (the file or the sidecar).
            if (value === article[field]) continue;
            entry[field] = value;
          } else if (field in entry) {
            delete entry[field];
          } else if (article[field] !== null && field !== "title") {
            throw new CurationRefusal(
              `The ${field} comes from the article's own text: it can be replaced, not cleared.`,
            );
          } else continue;
          differs.push(field);
        }
        if (differs.length === 0) return differs;
        if (Object.keys(entry).length) sidecar[article.file] = entry;
        else delete sidecar[article.file];
        await writeRawSidecar(this.sidecarPath, sidecar);
        return differs;
      });
      if (changed.length === 0) {
        throw new CurationRefusal(`Nothing to change: ${article.id} already has those details.`);
      }
      const report = await this.#reloadSeeing(article.file, reload);
      const now = this.library().byId.get(article.id) ?? article;
      log.info("article source edited", { by: by.id, name: by.name, id: article.id, changed });
      return { article: curated(now), changed, reload: report };
    });
  }

  #find(key: string): Article {
    const article = findArticle(this.library(), key.slice(0, 200));
    if (!article)
      throw new CurationRefusal(
        `There is no article “${key.trim().slice(0, 100)}”. \`/sources\` lists them.`,
      );
    return article;
  }

  /** A reload that saw `file` change; a second one when another reload, already running, did not. */
  async #reloadSeeing(file: string, reload: Reload): Promise<ReloadOutcome> {
    const report = await reload();
    return seen(report, file) ? report : reload();
  }

  async #undoAdd(file: string): Promise<void> {
    await withFolderLock(this.options.articlesDir, async () => {
      const sidecar = await readRawSidecar(this.sidecarPath);
      if (sidecar[file]) {
        delete sidecar[file];
        await writeRawSidecar(this.sidecarPath, sidecar);
      }
      await unlink(join(this.options.articlesDir, file)).catch(() => undefined);
    });
  }

  /** One change at a time; refusals are logged with who asked. */
  #serial<T>(operation: string, by: Curator, work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      try {
        return await work();
      } catch (error) {
        if (error instanceof CurationRefusal) {
          log.info("curation refused", { operation, by: by.id, name: by.name, reason: error.message });
        }
        throw error;
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
