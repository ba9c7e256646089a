/**
 * Loads every command module in commands/ and checks it has the Command shape. A module that
 * doesn't fit is skipped and named in `problems` (the front ends log them; a test fails on them).
 */
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import type { AnyCommand } from "./command.js";

export const COMMANDS_DIR = fileURLToPath(new URL("../../commands/", import.meta.url));

export interface LoadedCommands {
  commands: AnyCommand[];
  problems: string[];
}

const NAME = /^[a-z0-9_-]{1,32}$/u;

/** What is wrong with a module's default export, or null when it is a command. */
export function commandShapeProblem(value: unknown): string | null {
  if (!value || typeof value !== "object") return "should export a command object as default";
  const c = value as Partial<AnyCommand>;
  if (typeof c.name !== "string" || !NAME.test(c.name))
    return `name should match ${NAME}, instead found ${String(c.name)}`;
  if (typeof c.description !== "string" || c.description.length < 1 || c.description.length > 100) {
    return "description should be 1-100 characters";
  }
  if (!Array.isArray(c.options)) return "options should be an array";
  for (const option of c.options as unknown[]) {
    const o = option as { name?: unknown; description?: unknown; type?: unknown };
    if (typeof o.name !== "string" || !NAME.test(o.name)) return `option name should match ${NAME}`;
    if (typeof o.description !== "string" || o.description.length < 1 || o.description.length > 100) {
      return `option ${o.name} description should be 1-100 characters`;
    }
    if (o.type !== "string" && o.type !== "integer" && o.type !== "attachment")
      return `option ${o.name} type should be string, integer or attachment`;
  }
  if (typeof c.execute !== "function") return "execute should be a function";
  return null;
}

export async function loadCommands(dir: string = COMMANDS_DIR): Promise<LoadedCommands> {
  const files = (await readdir(dir)).filter((f) => /\.(?:ts|js)$/u.test(f) && !f.endsWith(".d.ts")).sort();
  const commands: AnyCommand[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let module: { default?: unknown };
    try {
      module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    } catch (error) {
      problems.push(`${file}: could not be loaded (${(error as Error).message})`);
      continue;
    }
    const problem = commandShapeProblem(module.default);
    if (problem) {
      problems.push(`${file}: ${problem}`);
      continue;
    }
    const command = module.default as AnyCommand;
    if (commands.some((c) => c.name === command.name)) {
      problems.push(`${file}: a command named ${command.name} is already loaded`);
      continue;
    }
    commands.push(command);
  }
  return { commands, problems };
}
