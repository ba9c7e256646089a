/**
 * What the curation scripts share (`add`, `remove`): the store opened like `reload` does, the
 * folder's curation, and the public JSON contract — the result on stdout, or `{"error": "<the
 * sentence>"}` and exit code 1 for a refusal; usage errors exit 2 before anything is written.
 */
import { relative, join } from "node:path";
import { loadDotEnv, readConfig } from "../config.js";
import { Curation, type Curator } from "../curation/curation.js";
import { CurationRefusal } from "../curation/refusal.js";
import { setLogLevel } from "../log.js";
import type { InfoReply } from "../reply/reply.js";
import { LibraryService } from "../store/libraryService.js";
import { progressReporter } from "../terminal/progress.js";
import { renderText } from "../terminal/renderText.js";
import { exitWithUsage, parseCli, UsageError } from "./cliArgs.js";

/** Whoever runs a script on the host is its operator (named so in the log). */
export const CLI_OPERATOR: Curator = { id: "cli", name: "cli" };

export interface CurationCliRun {
  /** The one positional argument. */
  target: string;
  articlesDir: string;
  curation: Curation;
  service: LibraryService;
  /** A path as the other scripts print them: relative to the working directory. */
  shown(path: string): string;
}

export async function runCurationCli(
  usage: string,
  action: (run: CurationCliRun) => Promise<{ json: unknown; reply: InfoReply }>,
): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  setLogLevel(config.logLevel === "debug" ? "debug" : "warn");
  let parsed;
  try {
    parsed = parseCli(process.argv.slice(2), {
      json: { type: "boolean" },
      articles: { type: "string" },
      db: { type: "string" },
    });
    if (parsed.positionals.length !== 1) {
      throw new UsageError(
        parsed.positionals.length
          ? `one argument expected, instead found ${parsed.positionals.length}`
          : "nothing given to act on",
      );
    }
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error.message, usage);
    throw error;
  }
  const articlesDir = parsed.values.articles ?? config.articlesDir;
  const service = new LibraryService({ articlesDir, dbPath: parsed.values.db ?? config.dbPath });
  const json = parsed.values.json === true;
  try {
    await service.open(progressReporter(process.stderr, { tty: Boolean(process.stderr.isTTY) }));
    const curation = new Curation(
      { articlesDir, fetch: { allowPrivate: config.curation.allowPrivateUrls } },
      () => service.library,
    );
    const result = await action({
      target: parsed.positionals[0] as string,
      articlesDir,
      curation,
      service,
      shown: (path) => relative(process.cwd(), path),
    });
    process.stdout.write(json ? `${JSON.stringify(result.json)}\n` : `${renderText(result.reply)}\n`);
  } catch (error) {
    if (!(error instanceof CurationRefusal)) throw error;
    if (json) process.stdout.write(`${JSON.stringify({ error: error.message })}\n`);
    else process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } finally {
    await service.idle();
  }
}

/** The folder's file as the JSON names it. */
export function articlePath(run: CurationCliRun, file: string): string {
  return run.shown(join(run.articlesDir, file));
}
