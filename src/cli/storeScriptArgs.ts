/**
 * What the scripts over the store share (`reload`, `add`, `remove`, `report`): the environment read
 * once, then `[--json] [--articles DIR] [--db FILE]` and their positional arguments. Bad arguments
 * print the usage and exit 2 before anything is read or written.
 */
import { loadDotEnv, readConfig, type Config } from "../config.js";
import { setLogLevel } from "../log.js";
import { orUsage, parseCli, UsageError } from "./cliArgs.js";

export interface StoreScriptArgs {
  config: Config;
  json: boolean;
  articlesDir: string;
  dbPath: string;
  /** The one positional argument, for a script that takes one. */
  target: string | null;
}

export function storeScriptArgs(usage: string, positionals: 0 | 1): StoreScriptArgs {
  loadDotEnv();
  const config = readConfig();
  setLogLevel(config.logLevel === "debug" ? "debug" : "warn");
  return orUsage(() => {
    const parsed = parseCli(process.argv.slice(2), {
      json: { type: "boolean" },
      articles: { type: "string" },
      db: { type: "string" },
    });
    const given = parsed.positionals;
    if (positionals === 0 && given.length) throw new UsageError(`unexpected argument "${given[0]}"`);
    if (positionals === 1 && given.length !== 1) {
      throw new UsageError(
        given.length ? `one argument expected, instead found ${given.length}` : "nothing given to act on",
      );
    }
    return {
      config,
      json: parsed.values.json === true,
      articlesDir: parsed.values.articles ?? config.articlesDir,
      dbPath: parsed.values.db ?? config.dbPath,
      target: given[0] ?? null,
    };
  }, usage);
}
