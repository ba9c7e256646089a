/**
 * Questions asked in chat: a message that mentions the bot, or any DM, is answered as `/ask`
 * with a reply to that message. Bots (and the bot itself) are ignored.
 */
import { performance } from "node:perf_hooks";
import { ChannelType, type Message } from "discord.js";
import { log } from "../log.js";
import { APOLOGY } from "../commands/dispatch.js";
import type { DiscordDeps } from "./interactions.js";
import { conversationFor } from "./interactions.js";
import { isModerator } from "./moderators.js";
import { renderDiscord } from "./renderDiscord.js";

/** The question in a message, with the bot's own mention taken out; null when not for the bot. */
export function questionIn(
  message: Pick<Message, "content" | "guildId">,
  botId: string,
  mentioned: boolean,
): string | null {
  if (message.guildId && !mentioned) return null;
  return message.content.replace(new RegExp(`<@!?${botId}>`, "gu"), " ").trim();
}

export async function handleMessage(deps: DiscordDeps, message: Message): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || message.author.id === botId || message.system) return;
  const mentioned = message.mentions.users.has(botId);
  const question = questionIn(message, botId, mentioned);
  if (question === null) return;
  const started = performance.now();
  try {
    // A reply to one of the bot's answers continues that exchange; a thread keeps its own.
    const repliedTo = message.reference?.messageId;
    const key = message.channel.isThread()
      ? `thread:${message.channelId}`
      : `${message.channelId}:${message.author.id}`;
    const conversation = conversationFor(deps.memory, key);
    const previous = repliedTo ? deps.memory.get(`message:${repliedTo}`) : null;
    let asked: Parameters<typeof conversation.remember>[0] | null = null;
    const reply = question
      ? await deps.app.run({
          command: "ask",
          args: { question },
          user: {
            id: message.author.id,
            name: message.author.username,
            isModerator: isModerator(message.member, deps.modRoleId),
          },
          conversation: {
            previous: previous ?? conversation.previous,
            remember: (exchange) => {
              asked = exchange;
              conversation.remember(exchange);
            },
          },
        })
      : {
          kind: "error" as const,
          text: "Ask me a question about the articles, e.g. `@talksbot who hosted the Paris talks?`",
        };
    const rendered = renderDiscord(reply);
    const sent = await message.reply({
      ...(rendered.content !== undefined ? { content: rendered.content } : {}),
      embeds: rendered.embeds,
      allowedMentions: { parse: [], repliedUser: false },
    });
    if (asked) deps.memory.set(`message:${sent.id}`, asked);
    log.info("message answered", {
      user: message.author.id,
      guild: message.guildId,
      dm: message.channel.type === ChannelType.DM,
      ms: Math.round(performance.now() - started),
    });
  } catch (error) {
    log.error("message failed", { user: message.author.id, channel: message.channelId, error });
    await message
      .reply({ content: APOLOGY, allowedMentions: { parse: [], repliedUser: false } })
      .catch(() => undefined);
  }
}
