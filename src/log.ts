/**
 * Structured logs: one JSON object per line on stderr (stdout belongs to the chat and the CLI).
 * Secrets registered with `redact` never appear, whatever is logged.
 */
import type { LogLevel } from "./config.js";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };
const secrets = new Set<string>();
let threshold: LogLevel = "info";
let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);
let context: Record<string, unknown> = {};

export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

/** Sends log lines elsewhere (tests). */
export function setLogSink(write: (line: string) => void): void {
  sink = write;
}

/** Fields every line carries from now on: a shard's id, where several processes share one stderr. */
export function setLogContext(fields: Record<string, unknown>): void {
  context = { ...fields };
}

/** Never log this value (a token), in any field or message. */
export function redact(secret: string | null | undefined): void {
  if (secret && secret.length >= 4) secrets.add(secret);
}

function scrub(line: string): string {
  let clean = line;
  for (const secret of secrets) clean = clean.split(secret).join("[redacted]");
  return clean;
}

function serializeError(error: unknown): unknown {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return error;
}

function write(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < ORDER[threshold]) return;
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, msg: message, ...context };
  for (const [key, value] of Object.entries(fields))
    entry[key] = key === "error" ? serializeError(value) : value;
  let line: string;
  try {
    line = JSON.stringify(entry);
  } catch {
    line = JSON.stringify({ time: entry.time, level, msg: message, note: "fields not serialisable" });
  }
  sink(scrub(line));
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
