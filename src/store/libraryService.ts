/**
 * Holds the library the bot serves from and replaces it as a whole. A reload builds a complete
 * new snapshot before swapping one reference, so a question sees the old set or the new one.
 */
import { randomUUID } from "node:crypto";
import { access } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { createLibrary, type Library } from "../library.js";
import { log } from "../log.js";
import { TERMS_VERSION } from "../text/terms.js";
import {
  refreshArticles,
  type ArticleChanges,
  type ProgressListener,
  type Refreshed,
} from "./refreshArticles.js";
import { readStore, SCHEMA_VERSION, writeStore, type StoreLayout, type StoredArticle } from "./storeFile.js";
import {
  readStoreGeneration,
  readStoreIndex,
  storeIndexPath,
  writeStoreIndex,
  type IndexLayout,
} from "./storeIndex.js";

export interface ReloadReport extends ArticleChanges {
  articles: number;
  sentences: number;
  /** The served library's version after the reload. */
  version: string;
  /** What happened to data/db.json: whether it was (re)written, why it was rebuilt, what went wrong. */
  store: { written: boolean; rebuiltBecause: string | null; problem: string | null };
  ms: number;
}

/** What adopt() did: swapped in the store another process wrote, or kept serving what it had. */
export interface AdoptReport {
  /** false: this process already served that store, or a reload here superseded it. */
  adopted: boolean;
  /** Where the articles came from: the derived index, db.json, or nothing read ("current"). */
  source: "index" | "store" | "current";
  generation: string | null;
  version: string;
  articles: number;
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
  /** The generation of db.json on disk, and whether the derived index matches it. */
  #generation: string | null = null;
  #indexFresh = false;
  /** Where each entry sits in db.json and in the index on disk, so the next write can patch them. */
  #dbLayout: StoreLayout | null = null;
  #indexLayout: IndexLayout | null = null;
  /** The derived index's write after the last reload, when it still runs (see #writeIndex). */
  #indexWriting: Promise<void> | null = null;
  /** adopt() calls, one after another. */
  #adopting: Promise<unknown> = Promise.resolve();

  constructor(readonly options: LibraryServiceOptions) {}

  /** The library being served. */
  get library(): Library {
    if (!this.#library) throw new Error("libraryService: open() should be called first");
    return this.#library;
  }

  /** Loads the store, bringing it up to date with the folder (rebuilding it when missing, stale or unreadable). */
  async open(onProgress?: ProgressListener): Promise<ReloadReport> {
    // The derived index when it matches db.json's generation (fast); else db.json itself.
    const generation = await readStoreGeneration(this.options.dbPath);
    const indexed = generation ? await readStoreIndex(this.indexPath, generation) : null;
    let problem: string | null = null;
    if (indexed) {
      this.#stored = indexed.entries;
      this.#generation = generation;
      this.#indexFresh = true;
      this.#dbLayout = indexed.db;
      this.#indexLayout = indexed.layout;
    } else {
      const read = await readStore(this.options.dbPath);
      if (read.ok) {
        this.#stored = read.data.articles;
        this.#generation = read.data.generation ?? null;
      } else problem = read.problem;
    }
    const report = await this.#singleFlight(() => this.#reload(onProgress, problem));
    // At a start the derived index is written before the store counts as opened: a script that
    // opens the store and exits leaves it written.
    await this.#indexWriting;
    return report;
  }

  /** The derived index beside the store. */
  get indexPath(): string {
    return storeIndexPath(this.options.dbPath);
  }

  /** Resolves when no reload, and so no store or index write, is running. */
  async idle(): Promise<void> {
    await this.#running?.catch(() => undefined);
    await this.#indexWriting;
  }

  /**
   * Re-parses the folder. Concurrent calls share one run. Resolves once the new library is served
   * and db.json written; the derived index is written after (`idle()` waits for it).
   */
  reload(onProgress?: ProgressListener): Promise<ReloadReport> {
    return this.#singleFlight(() => this.#reload(onProgress, null));
  }

  /**
   * Serves the store as another process (a shard) wrote it, without re-parsing: the derived index
   * when it matches db.json's generation, else db.json, swapped in with one assignment. Nothing
   * changes when this process already serves that generation, or when a reload ran here meanwhile
   * (it read the folder, so it is at least as new). Throws ReloadError when the store is unreadable;
   * the old library is still served then.
   */
  adopt(): Promise<AdoptReport> {
    const run = this.#adopting.then(() => this.#adopt());
    this.#adopting = run.catch(() => undefined);
    return run;
  }

  async #adopt(): Promise<AdoptReport> {
    await this.idle();
    const started = performance.now();
    const before = this.#library;
    const kept = (): AdoptReport => ({
      adopted: false,
      source: "current",
      generation: this.#generation,
      version: this.library.version,
      articles: this.library.articles.length,
      ms: Math.round(performance.now() - started),
    });
    const generation = await readStoreGeneration(this.options.dbPath);
    if (before && generation !== null && generation === this.#generation) return kept();
    const indexed = generation ? await readStoreIndex(this.indexPath, generation) : null;
    let entries: StoredArticle[];
    let stored: string | null = generation;
    if (indexed) entries = indexed.entries;
    else {
      const read = await readStore(this.options.dbPath);
      if (!read.ok)
        throw new ReloadError(`the store ${this.options.dbPath} could not be read (${read.problem})`);
      entries = read.data.articles;
      stored = read.data.generation ?? null;
      if (before && stored !== null && stored === this.#generation) return kept();
    }
    const library = createLibrary(
      entries.map((entry) => entry.article),
      entries.map((entry) => entry.hash),
    );
    if (this.#running || this.#library !== before) return kept();
    // No await from here on: these fields change together.
    this.#stored = entries;
    this.#generation = stored;
    this.#indexFresh = indexed !== null;
    this.#dbLayout = indexed?.db ?? null;
    this.#indexLayout = indexed?.layout ?? null;
    this.#library = library;
    return {
      adopted: true,
      source: indexed ? "index" : "store",
      generation: stored,
      version: library.version,
      articles: library.articles.length,
      ms: Math.round(performance.now() - started),
    };
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
    // The last reload's index write names the layout this one patches.
    await this.#indexWriting;
    let refreshed: Refreshed;
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
        statsChanged: false,
      };
      storeProblem = null;
      folderProblem = `article folder unreadable, serving the stored copy (${(error as Error).message})`;
    }
    const { articles, changes } = refreshed;
    const refreshedAt = performance.now();
    // Someone deleted the store (or its index) while the bot ran: this reload writes it again.
    if (storeProblem === null && this.#generation !== null && !(await exists(this.options.dbPath))) {
      storeProblem = "missing";
    }
    if (this.#indexFresh && !(await exists(this.indexPath))) this.#indexFresh = false;
    const dirty =
      storeProblem !== null ||
      changes.added.length + changes.changed.length + changes.removed.length > 0 ||
      refreshed.statsChanged ||
      this.#generation === null;
    const store = { written: false, rebuiltBecause: storeProblem, problem: folderProblem };
    // db.json and its derived index are written at the same time (both mostly copy unchanged
    // bytes from their old files, so they overlap well); the index is kept only if db.json was
    // written, and names db.json's new layout in its footer.
    const generation = dirty ? randomUUID() : this.#generation;
    const storeWrite = dirty
      ? writeStore(
          this.options.dbPath,
          {
            schemaVersion: SCHEMA_VERSION,
            generation: generation as string,
            termsVersion: TERMS_VERSION,
            builtAt: new Date().toISOString(),
            articles,
          },
          this.#dbLayout,
        )
      : Promise.resolve(this.#dbLayout);
    // The write may fail while the library is built; it is awaited (and its error handled) below,
    // so it is no unhandled rejection meanwhile.
    storeWrite.catch(() => undefined);
    // Built while the writes run: a patching db.json write copies in a worker thread meanwhile.
    const startedBuildAt = performance.now();
    // Nothing changed: the library being served is still right, and building one is not free.
    const same =
      this.#library !== null &&
      articles.length === this.#stored.length &&
      articles.every(
        (entry, i) => entry.article === this.#stored[i]?.article && entry.hash === this.#stored[i]?.hash,
      );
    const library =
      same && this.#library
        ? this.#library
        : createLibrary(
            articles.map((entry) => entry.article),
            articles.map((entry) => entry.hash),
            this.#library ?? undefined,
          );
    const builtAt = performance.now();
    try {
      this.#dbLayout = await storeWrite;
      if (dirty) {
        store.written = true;
        this.#generation = generation;
        this.#indexFresh = false;
      }
    } catch (error) {
      store.problem = `could not write ${this.options.dbPath} (${(error as Error).message}); serving from memory`;
    }
    const storedAt = performance.now();
    if (generation !== null && (dirty || !this.#indexFresh) && (store.written || !dirty)) {
      const writing = this.#writeIndex(generation, articles);
      this.#indexWriting = writing;
      indexWrites.add(writing);
      void writing.finally(() => indexWrites.delete(writing));
    }
    this.#stored = articles;
    this.#library = library;
    const ms = (t: number) => Math.round(t);
    log.debug("reload timings (ms)", {
      folder: ms(refreshedAt - started),
      library: ms(builtAt - startedBuildAt),
      store: ms(storedAt - builtAt),
    });
    return {
      ...changes,
      articles: library.articles.length,
      sentences: library.sentenceCount,
      version: library.version,
      store,
      ms: Math.round(performance.now() - started),
    };
  }

  /**
   * Writes the derived index for db.json's generation, after db.json (its footer names db.json's
   * layout). The reload does not wait for it: it is derived data, and failing to write it only
   * costs the next start some time. `idle()` and the next reload wait for it.
   */
  async #writeIndex(generation: string, articles: StoredArticle[]): Promise<void> {
    const started = performance.now();
    try {
      const layout = await writeStoreIndex(this.indexPath, generation, articles, {
        db: Promise.resolve(this.#dbLayout),
        previous: this.#indexLayout,
      });
      if (this.#generation === generation) {
        this.#indexLayout = layout;
        this.#indexFresh = true;
      }
    } catch (error) {
      log.warn("could not write the store index", {
        path: this.indexPath,
        error: (error as Error).message,
      });
    } finally {
      this.#indexWriting = null;
      log.debug("store index written (ms)", { index: Math.round(performance.now() - started) });
    }
  }
}

/** The index writes running in this process, of any service (see `indexWritesDone`). */
const indexWrites = new Set<Promise<void>>();

/**
 * Resolves once every derived-index write this process has started is done: what must come before
 * a store's folder is deleted (a test's scratch folder) or the process exits by force.
 */
export async function indexWritesDone(): Promise<void> {
  while (indexWrites.size > 0) await Promise.all(indexWrites);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
