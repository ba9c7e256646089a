/** Telling Discord's refusals apart, and logging them without what they carry. */
import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";

/**
 * Discord takes no answer to this interaction any more: the first response came later than 3 s
 * (10062 Unknown interaction), or the 15-minute interaction token ran out (10015 Unknown Webhook).
 */
export function interactionExpired(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction || error.code === RESTJSONErrorCodes.UnknownWebhook)
  );
}

/** An error as one short line: a DiscordAPIError's own fields hold the request URL, token included. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
