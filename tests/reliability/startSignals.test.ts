import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const BUSY = join(ROOT, "tests/reliability/fixtures/busyUntilSigterm.ts");

/** `npm start`'s command line, as package.json has it, with the bot's entry swapped for another. */
function startCommand(entry: string): string[] {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  return (scripts.start ?? "").split(/\s+/u).map((word) => (word === "src/main.ts" ? entry : word));
}

/** Runs the command as npm does (node_modules/.bin first on the PATH), SIGTERMs it once busy, and gives its exit. */
function sigtermWhileBusy(
  command: readonly string[],
): Promise<{ code: number | null; signal: string | null }> {
  const [program, ...args] = command;
  return new Promise((resolve, reject) => {
    const child = spawn(program as string, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        PATH: `${join(ROOT, "node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`,
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.on("error", reject);
    child.stdout.once("data", () => setTimeout(() => child.kill("SIGTERM"), 300));
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
}

describe("stopping npm start's program", () => {
  it("GIVEN it is busy (a big reload blocks its event loop) WHEN SIGTERM THEN its own handler stops it, exit 0", async () => {
    // One process (node --import tsx): the signal reaches the bot's handler however busy it is.
    // The tsx CLI is a wrapper that SIGKILLs a child not acknowledging a relayed signal within
    // about 60 ms, and exits 143: the bot's clean shutdown never ran.
    expect(startCommand(BUSY)).toContain(BUSY);
    expect(await sigtermWhileBusy(startCommand(BUSY))).toEqual({ code: 0, signal: null });
  });
});
