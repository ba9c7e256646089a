/**
 * The real program as a child process (`node --import tsx src/main.ts`, as `npm start` runs it;
 * `tsx src/cli/register.ts`) pointed at the Discord emulator, with its JSON log lines captured
 * from stderr.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { startArgs } from "../helpers.js";

const REPO = new URL("../../", import.meta.url).pathname;
const TSX = join(REPO, "node_modules/.bin/tsx");

/** Looks like a bot token (base64 of the emulator's bot id, then two parts); any string logs in. */
export const TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GhOst7.e2e-secret-part-never-logged";

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface BotProcess {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr(): string;
  logs(): LogLine[];
  waitForLog(msg: string, match?: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then the exit (SIGKILL after 5 s). */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A minimal environment: nothing from the developer's shell (a real DISCORD_TOKEN) leaks in. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...env };
}

/**
 * Starts `src/main.ts` as `npm start` does, in one process (`node --import tsx`), in `cwd` (a
 * scratch folder: no `.env`, no writes in the repo).
 */
export function startBot(cwd: string, env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, startArgs(), {
    cwd,
    env: childEnv({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: "info", ...env }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  let partial = "";
  const lines: LogLine[] = [];
  const waiters = new Set<() => void>();
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    const parts = (partial + chunk).split("\n");
    partial = parts.pop() ?? "";
    for (const line of parts.filter(Boolean)) {
      try {
        lines.push(JSON.parse(line) as LogLine);
      } catch {
        lines.push({ level: "raw", msg: line });
      }
    }
    for (const wake of waiters) wake();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );

  const waitForLog = (msg: string, match: (line: LogLine) => boolean = () => true, timeoutMs = 10_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = (): boolean => {
        const found = lines.find((line) => line.msg === msg && match(line));
        if (found) {
          cleanup();
          resolve(found);
        }
        return Boolean(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no "${msg}" log line within ${timeoutMs} ms; stderr:\n${stderr.slice(-3000)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      void exited.then(() => {
        if (!check()) {
          cleanup();
          reject(new Error(`the bot exited before logging "${msg}"; stderr:\n${stderr.slice(-3000)}`));
        }
      });
      check();
    });

  return {
    child,
    stderr: () => stderr,
    logs: () => [...lines],
    waitForLog,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        void exited.then(() => clearTimeout(timer));
      }
      return exited;
    },
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx src/cli/register.ts` with the given environment. */
export async function runRegister(cwd: string, env: Record<string, string>): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [join(REPO, "src/cli/register.ts")], {
      cwd,
      env: childEnv({ DISCORD_TOKEN: TOKEN, ...env }),
      timeout: 20_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}
