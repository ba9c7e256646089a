/**
 * Holds the library the bot serves from and replaces it as a whole. A reload builds a complete
 * new snapshot before swapping one reference, so a question sees the old set or the new one.
 */
import { performance } from "node:perf_hooks";
import { createLibrary, type Library } from "../library.js";
import { refreshArticles, type ArticleChanges, type ProgressListener } from "./refreshArticles.js";
import { readStore, SCHEMA_VERSION, writeStore, type StoredArticle } from "./storeFile.js";

export interface ReloadReport extends ArticleChanges {
  articles: number;
  sentences: number;
  /** The served library's version after the reload. */
  version: string;
  /** What happened to data/db.json: whether it was (re)written, why it was rebuilt, what went wrong. */
  store: { written: boolean; rebuiltBecause: string | null; problem: string | null };
  ms: number;
}

export interface LibraryServiceOptions {
  articlesDir: string;
  dbPath: string;
}

/** A failure the user should hear about in plain words (e.g. the article folder is missing). */
export class ReloadError extends Error {}

export class LibraryService {
  #library: Library | null = null;
  #stored: StoredArticle[] = [];
  #running: Promise<ReloadReport> | null = null;

  constructor(readonly options: LibraryServiceOptions) {}

  /** The library being served. */
  get library(): Library {
    if (!this.#library) throw new Error("libraryService: open() should be called first");
    return this.#library;
  }

  /** Loads the store, bringing it up to date with the folder (rebuilding it when missing, stale or unreadable). */
  async open(onProgress?: ProgressListener): Promise<ReloadReport> {
    const read = await readStore(this.options.dbPath);
    if (read.ok) this.#stored = read.data.articles;
    return this.#singleFlight(() => this.#reload(onProgress, read.ok ? null : read.problem));
  }

  /** Resolves when no reload (and so no store write) is running. */
  async idle(): Promise<void> {
    await this.#running?.catch(() => undefined);
  }

  /** Re-parses the folder. Concurrent calls share one run. */
  reload(onProgress?: ProgressListener): Promise<ReloadReport> {
    return this.#singleFlight(() => this.#reload(onProgress, null));
  }

  #singleFlight(run: () => Promise<ReloadReport>): Promise<ReloadReport> {
    this.#running ??= run().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #reload(
    onProgress: ProgressListener | undefined,
    storeProblem: string | null,
  ): Promise<ReloadReport> {
    const started = performance.now();
    let refreshed: Awaited<ReturnType<typeof refreshArticles>>;
    let folderProblem: string | null = null;
    try {
      refreshed = await refreshArticles(this.options.articlesDir, this.#stored, onProgress);
    } catch (error) {
      if (this.#library || this.#stored.length === 0) {
        throw new ReloadError(
          `the article folder ${this.options.articlesDir} could not be read (${(error as Error).message})`,
        );
      }
      // The folder is gone but the store is good: serve what was stored.
      refreshed = {
        articles: this.#stored,
        changes: { added: [], changed: [], removed: [], failed: [], unchanged: this.#stored.length },
      };
      storeProblem = null;
      folderProblem = `article folder unreadable, serving the stored copy (${(error as Error).message})`;
    }
    const { articles, changes } = refreshed;
    const library = createLibrary(
      articles.map((entry) => entry.article),
      articles.map((entry) => entry.hash),
    );
    const dirty =
      storeProblem !== null || changes.added.length + changes.changed.length + changes.removed.length > 0;
    const store = { written: false, rebuiltBecause: storeProblem, problem: folderProblem };
    if (dirty) {
      try {
        await writeStore(this.options.dbPath, {
          schemaVersion: SCHEMA_VERSION,
          builtAt: new Date().toISOString(),
          articles,
        });
        store.written = true;
      } catch (error) {
        store.problem = `could not write ${this.options.dbPath} (${(error as Error).message}); serving from memory`;
      }
    }
    this.#stored = articles;
    this.#library = library;
    return {
      ...changes,
      articles: library.articles.length,
      sentences: library.sentenceCount,
      version: library.version,
      store,
      ms: Math.round(performance.now() - started),
    };
  }
}
