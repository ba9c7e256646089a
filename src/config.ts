/**
 * The environment, read and checked once. Secrets come only from here (a git-ignored `.env` is
 * loaded when present); nothing else reads process.env.
 */
import { existsSync } from "node:fs";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export interface Config {
  articlesDir: string;
  dbPath: string;
  logLevel: LogLevel;
  discord: {
    token: string | null;
    clientId: string | null;
    guildId: string | null;
    modRoleId: string | null;
    apiUrl: string | null;
    /** How often a long /reload edits its deferred reply with its progress. */
    reloadProgressMs: number;
  };
  /** Questions a user may ask per window. */
  cooldown: { questions: number; windowMs: number };
  /** Questions a server's members may ask together per window (DMs count only per user). */
  guildLimit: { questions: number; windowMs: number };
  /**
   * SHARDS: run the bot under discord.js's ShardingManager, one process per shard: a count, or
   * "auto" for Discord's recommendation. null (unset): one process, no manager.
   */
  shards: "auto" | number | null;
  /** In a shard process the manager started: the shards this process runs, of how many. */
  shard: ShardAssignment | null;
  /** Moderators' changes to the article set (/add, /remove, /source). */
  curation: {
    /** ALLOW_PRIVATE_URLS=1: /add may fetch from loopback and private addresses (an intranet, tests). */
    allowPrivateUrls: boolean;
  };
  /**
   * LOG_SALT: the secret that user ids are hashed with in the question log and votes; null: a
   * random one per process (a member may then vote again on an answer after a restart).
   */
  logSalt: string | null;
}

export interface ShardAssignment {
  ids: number[];
  count: number;
}

const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];

export class ConfigError extends Error {}

function text(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = text(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`config: ${name} should be a positive whole number, instead found "${raw}"`);
  }
  return value;
}

function snowflake(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = text(env, name);
  if (value !== null && !/^\d{5,25}$/u.test(value)) {
    throw new ConfigError(`config: ${name} should be a Discord id (digits), instead found "${value}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = text(env, name);
  if (raw === null) return false;
  if (/^(?:1|true|yes)$/iu.test(raw)) return true;
  if (/^(?:0|false|no)$/iu.test(raw)) return false;
  throw new ConfigError(`config: ${name} should be 1 or 0, instead found "${raw}"`);
}

/** In a shard process SHARDS is the manager's (its shard ids), not the operator's setting. */
function shardingOf(env: NodeJS.ProcessEnv): Pick<Config, "shards" | "shard"> {
  const shard = shardAssignment(env);
  return { shard, shards: shard ? null : shardCount(env) };
}

/** SHARDS as the operator sets it: unset, "auto", or a number of shards. */
function shardCount(env: NodeJS.ProcessEnv): "auto" | number | null {
  const raw = text(env, "SHARDS");
  if (raw === null) return null;
  if (raw.toLowerCase() === "auto") return "auto";
  const count = Number(raw);
  if (!Number.isInteger(count) || count <= 0) {
    throw new ConfigError(
      `config: SHARDS should be "auto" or a positive whole number, instead found "${raw}"`,
    );
  }
  return count;
}

/**
 * What the ShardingManager hands a shard process: SHARDING_MANAGER, SHARDS (its shard id, or a
 * JSON list of ids) and SHARD_COUNT. discord.js's Client reads the same variables.
 */
function shardAssignment(env: NodeJS.ProcessEnv): ShardAssignment | null {
  if (!text(env, "SHARDING_MANAGER")) return null;
  const raw = text(env, "SHARDS") ?? "";
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // reported below
  }
  const ids = (Array.isArray(parsed) ? parsed : [parsed]).filter(
    (id): id is number => Number.isInteger(id) && (id as number) >= 0,
  );
  const count = Number(text(env, "SHARD_COUNT"));
  if (ids.length === 0 || !Number.isInteger(count) || count < 1 || ids.some((id) => id >= count)) {
    throw new ConfigError(
      `config: a shard process should get SHARDS (shard ids) below SHARD_COUNT from its manager, instead found SHARDS="${raw}" SHARD_COUNT="${text(env, "SHARD_COUNT") ?? ""}"`,
    );
  }
  return { ids, count };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const level = (text(env, "LOG_LEVEL") ?? "info").toLowerCase();
  if (!LEVELS.includes(level as LogLevel)) {
    throw new ConfigError(
      `config: LOG_LEVEL should be one of ${LEVELS.join(", ")}, instead found "${level}"`,
    );
  }
  const apiUrl = text(env, "DISCORD_API_URL");
  if (apiUrl !== null && !/^https?:\/\/\S+$/iu.test(apiUrl)) {
    throw new ConfigError(`config: DISCORD_API_URL should be an http(s) URL, instead found "${apiUrl}"`);
  }
  return {
    articlesDir: text(env, "ARTICLES_DIR") ?? "seeds",
    dbPath: text(env, "DB_PATH") ?? "data/db.json",
    logLevel: level as LogLevel,
    discord: {
      token: text(env, "DISCORD_TOKEN"),
      clientId: snowflake(env, "DISCORD_CLIENT_ID"),
      guildId: snowflake(env, "DISCORD_GUILD_ID"),
      modRoleId: snowflake(env, "MOD_ROLE_ID"),
      apiUrl: apiUrl?.replace(/\/+$/u, "") ?? null,
      reloadProgressMs: positiveInt(env, "RELOAD_PROGRESS_MS", 3000),
    },
    cooldown: {
      questions: positiveInt(env, "QUESTION_COOLDOWN_COUNT", 5),
      windowMs: positiveInt(env, "QUESTION_COOLDOWN_SECONDS", 30) * 1000,
    },
    guildLimit: {
      questions: positiveInt(env, "GUILD_QUESTION_LIMIT_COUNT", 60),
      windowMs: positiveInt(env, "GUILD_QUESTION_LIMIT_SECONDS", 30) * 1000,
    },
    ...shardingOf(env),
    curation: { allowPrivateUrls: flag(env, "ALLOW_PRIVATE_URLS") },
    logSalt: text(env, "LOG_SALT"),
  };
}

/** Loads `.env` from the working directory into process.env, if the file exists (Node's own loader). */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
