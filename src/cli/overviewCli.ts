/**
 * What the summary and timeline scripts share: their arguments (`--json`, `--articles DIR`,
 * `--db FILE`, the topic as the rest of the line) and opening the store. Bad arguments print the
 * usage and exit 2, writing nothing.
 */
import { readConfig, loadDotEnv } from "../config.js";
import type { Library } from "../library.js";
import { setLogLevel } from "../log.js";
import { LibraryService } from "../store/libraryService.js";
import { progressReporter } from "../terminal/progress.js";
import { orUsage, parseCli, UsageError } from "./cliArgs.js";

export interface OverviewRun {
  library: Library;
  articlesDir: string;
  json: boolean;
  /** The topic, or null for everything. */
  topic: string | null;
}

export async function openForOverview(argv: string[], usage: string): Promise<OverviewRun | null> {
  loadDotEnv();
  const config = readConfig();
  setLogLevel(config.logLevel === "debug" ? "debug" : "warn");
  const parsed = orUsage(() => {
    const parsed = parseCli(argv, {
      json: { type: "boolean" },
      articles: { type: "string" },
      db: { type: "string" },
      help: { type: "boolean", short: "h" },
    });
    if (parsed.positionals.some((word) => word.startsWith("-")))
      throw new UsageError(`unknown option "${parsed.positionals.find((w) => w.startsWith("-"))}"`);
    const topic = parsed.positionals.join(" ").trim();
    if (topic.length > 500) throw new UsageError(`the topic is ${topic.length} characters long; at most 500`);
    return parsed;
  }, usage);
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    return null;
  }
  const articlesDir = parsed.values.articles ?? config.articlesDir;
  const service = new LibraryService({ articlesDir, dbPath: parsed.values.db ?? config.dbPath });
  // Progress of a long build goes to stderr, never into stdout (and so never into --json output).
  await service.open(progressReporter(process.stderr, { tty: Boolean(process.stderr.isTTY) }));
  const topic = parsed.positionals.join(" ").trim();
  return { library: service.library, articlesDir, json: Boolean(parsed.values.json), topic: topic || null };
}
