/** The discord.js client with only the intents the bot needs. */
import { Client, GatewayIntentBits, Partials, type ClientOptions, type RateLimitData } from "discord.js";
import { log } from "../log.js";

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

/**
 * discord.js waits out every rate limit (a 429's `retry_after`, or a bucket it knows is empty) and
 * then retries; this hook only logs the wait. The route is the bucket's (ids and tokens as `:id`,
 * `:token`), never the URL, which holds the interaction token.
 */
function logRateLimit(limit: RateLimitData): boolean {
  log.warn("discord rate limit", {
    method: limit.method,
    route: limit.route,
    retryAfterMs: Math.round(limit.retryAfter),
    global: limit.global,
    scope: limit.scope,
  });
  return false;
}

export function createClient(apiUrl: string | null, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: INTENTS,
    // DM channels are not cached before their first message; without this, DMs are never seen.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...(apiUrl ? { api: apiUrl } : {}), rejectOnRateLimit: logRateLimit },
    ...extra,
  });
}
