/** Text from articles or users made safe to show on Discord: no working mentions, no markdown tricks. */
import { escapeMarkdown } from "discord.js";

/**
 * Mentions made inert with a zero-width space, so they read the same but ping no one even if a
 * message's allowed_mentions were ever wrong.
 */
export function noMentions(text: string): string {
  return text.replace(/@(everyone|here)/giu, "@\u200b$1").replace(/<(@[!&]?|#)(\d+)>/gu, "<\u200b$1$2>");
}

/** Text from articles or users, made inert: no markdown tricks, no working mentions. */
export function inert(text: string): string {
  return noMentions(escapeMarkdown(text, { maskedLink: true, heading: true }));
}
