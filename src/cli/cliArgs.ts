/** Argument parsing shared by the CLI scripts: bad arguments → usage on stderr, exit code 2. */
import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {}

export function parseCli<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Prints the problem and the usage, then exits 2 (nothing has been written). */
export function exitWithUsage(problem: string, usage: string): never {
  process.stderr.write(`${problem}\n\n${usage}\n`);
  process.exit(2);
}

/** What `read` returns; if it throws a UsageError, the problem and the usage instead, exit 2. */
export function orUsage<T>(read: () => T, usage: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error.message, usage);
    throw error;
  }
}

export function positiveInteger(value: string | undefined, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${name} should be a whole number from 1 to ${max}, instead found "${value}"`);
  return n;
}

/**
 * The options of a developer script (`npm run eval`, `bench`, `train`): `--help` prints the usage
 * and exits 0; an unknown option, a missing value or a stray word prints the problem and the usage
 * and exits 2, rather than a stack trace.
 */
export function scriptOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: T,
  usage: string,
) {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return orUsage(() => {
    const { values, positionals } = parseCli(argv, options);
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
    return values;
  }, usage);
}
