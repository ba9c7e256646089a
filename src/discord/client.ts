/** The discord.js client with only the intents the bot needs. */
import { Client, GatewayIntentBits, Partials, type ClientOptions } from "discord.js";

/**
 * Guilds: slash commands and guild metadata. GuildMessages + DirectMessages: messages that
 * mention the bot, and DMs. Discord delivers the content of those without the privileged
 * MessageContent intent, so the bot does not ask for it.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

export function createClient(apiUrl: string | null, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: INTENTS,
    // DM channels are not cached before their first message; without this, DMs are never seen.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
    ...extra,
  });
}
