/**
 * What the curation scripts share (`add`, `remove`): the store opened like `reload` does, the
 * folder's curation, and the public JSON contract — the result on stdout, or `{"error": "<the
 * sentence>"}` and exit code 1 for a refusal; usage errors exit 2 before anything is written.
 */
import { relative, join } from "node:path";
import { Curation, type Curator } from "../curation/curation.js";
import { CurationRefusal } from "../curation/refusal.js";
import type { InfoReply } from "../reply/reply.js";
import { LibraryService } from "../store/libraryService.js";
import { progressReporter } from "../terminal/progress.js";
import { renderText } from "../terminal/renderText.js";
import { storeScriptArgs } from "./storeScriptArgs.js";

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
  const { config, json, articlesDir, dbPath, target } = storeScriptArgs(usage, 1);
  const service = new LibraryService({ articlesDir, dbPath });
  try {
    await service.open(progressReporter(process.stderr, { tty: Boolean(process.stderr.isTTY) }));
    const curation = new Curation(
      { articlesDir, fetch: { allowPrivate: config.curation.allowPrivateUrls } },
      () => service.library,
    );
    const result = await action({
      target: target as string,
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
