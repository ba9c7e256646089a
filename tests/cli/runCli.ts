/** Runs one of the CLI scripts (src/cli/<script>.ts) as the user would, and what it printed. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const ROOT = new URL("../..", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

export function cli(
  script: "ask" | "reload" | "summary" | "timeline",
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return runScript(`src/cli/${script}.ts`, args);
}

/** Runs any TypeScript script of the repository (its path from the root), and what it printed. */
export async function runScript(
  path: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(ROOT, path), ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "warn" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
