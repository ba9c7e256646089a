/**
 * Puts the slash-command definitions on Discord: guild-scoped (instant, for development) when a
 * guild id is given, else global. Uses REST only; it never logs in to the gateway.
 */
import { REST, Routes } from "discord.js";
import type { AnyCommand } from "../commands/command.js";
import { slashCommandsJson } from "./slashCommands.js";

export interface RegisterOptions {
  token: string;
  clientId: string;
  guildId: string | null;
  apiUrl: string | null;
}

/** A bot token's first part is its user id (= the application id) in base64. */
export function applicationIdFromToken(token: string): string | null {
  const [first] = token.split(".");
  if (!first) return null;
  const decoded = Buffer.from(first, "base64").toString("utf8");
  return /^\d{5,25}$/u.test(decoded) ? decoded : null;
}

export async function registerCommands(
  options: RegisterOptions,
  commands: readonly AnyCommand[],
): Promise<number> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  const registered = (await rest.put(route, { body: slashCommandsJson(commands) })) as unknown[];
  return registered.length;
}
