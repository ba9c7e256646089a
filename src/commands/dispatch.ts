/**
 * The one way every front end runs a command: argument checks, the moderator guard, the question
 * limits (per user and per server), and one error path. A user's mistake gets a short message; a
 * bug gets logged and an apology, never a stack trace.
 */
import { log } from "../log.js";
import { ReloadError } from "../store/libraryService.js";
import { errorReply, type Reply } from "../reply/reply.js";
import type { AnyCommand, CommandContext, CommandOption } from "./command.js";
import type { Cooldown } from "./cooldown.js";
import type { AttachedFile } from "../curation/articleSource.js";

export type RawArgs = Record<string, string | number | AttachedFile | undefined>;

export interface DispatchOptions {
  /** Questions per user. */
  cooldown?: Cooldown;
  /** Questions per server, all its members together; applies when `guildId` is set. */
  guildCooldown?: Cooldown;
  /** The server the command came from; null in DMs, the terminal and the CLI. */
  guildId?: string | null;
  /** false when the run only shows more of an earlier answer (◀ ▶ paging): not a new question. */
  countsAsQuestion?: boolean;
}

export const APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment.";

/** A problem with what the user asked for, with a message meant for them. */
export class UserError extends Error {}

export function findCommand(commands: readonly AnyCommand[], name: string): AnyCommand | undefined {
  return commands.find((command) => command.name === name.toLowerCase());
}

/** Moderator-only commands refuse everyone else. */
export function moderatorGuard(command: AnyCommand, context: CommandContext): Reply | null {
  if (!command.moderatorOnly || context.user.isModerator) return null;
  log.info("moderator command refused", { command: command.name, by: context.user.id });
  return errorReply(`Only moderators (Manage Server) can use /${command.name}.`);
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Counts a question against the user's limit and their server's, or says why not. A refused
 * question counts against neither, so one user's flood never uses up the server's share.
 */
function takeQuestion(userId: string, options: DispatchOptions): Reply | null {
  const { cooldown, guildCooldown, guildId } = options;
  const userWait = cooldown?.wait(userId) ?? 0;
  if (userWait > 0) {
    return errorReply(`You're asking quickly! Please wait ${seconds(userWait)} s and ask again.`);
  }
  const guildWait = guildId ? (guildCooldown?.wait(guildId) ?? 0) : 0;
  if (guildWait > 0) {
    return errorReply(
      `Lots of questions in this server right now! Please wait ${seconds(guildWait)} s and ask again.`,
    );
  }
  // No await since the checks above: nothing else can take the last place in between.
  cooldown?.take(userId);
  if (guildId) guildCooldown?.take(guildId);
  return null;
}

function coerceArgs(command: AnyCommand, raw: RawArgs): RawArgs {
  const args: RawArgs = {};
  for (const option of command.options as readonly CommandOption[]) {
    const value = raw[option.name];
    if (value === undefined || value === "") {
      if (option.required) throw new UserError(`/${command.name} needs ${option.name}.`);
      args[option.name] = undefined;
      continue;
    }
    if (option.type === "attachment") {
      if (typeof value !== "object") throw new UserError(`${option.name} should be an attached file.`);
      args[option.name] = value;
    } else if (typeof value === "object") {
      throw new UserError(`${option.name} should be text, not a file.`);
    } else if (option.type === "integer") {
      const n = typeof value === "number" ? value : Number(String(value).trim());
      if (!Number.isInteger(n)) throw new UserError(`${option.name} should be a whole number.`);
      args[option.name] = n;
    } else {
      args[option.name] = String(value);
    }
  }
  return args;
}

export async function runCommand(
  command: AnyCommand,
  raw: RawArgs,
  context: CommandContext,
  options: DispatchOptions = {},
): Promise<Reply> {
  try {
    const refused = moderatorGuard(command, context);
    if (refused) return refused;
    const args = coerceArgs(command, raw);
    if (command.asksQuestion && options.countsAsQuestion !== false) {
      const limited = takeQuestion(context.user.id, options);
      if (limited) return limited;
    }
    return await command.execute(context, args);
  } catch (error) {
    if (error instanceof UserError) return errorReply(error.message);
    if (error instanceof ReloadError)
      return errorReply(`The reload failed: ${error.message}. Still serving the previous articles.`);
    log.error("command failed", { command: command.name, user: context.user.id, error });
    return errorReply(APOLOGY);
  }
}
