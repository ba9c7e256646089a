/**
 * Questions asked in chat: a message that mentions the bot, or any DM, is answered as `/ask`
 * with a reply to that message. Bots (and the bot itself) are ignored.
 */
import { performance } from "node:perf_hooks";
import { ChannelType, type Message } from "discord.js";
import { log } from "../log.js";
import { APOLOGY } from "../commands/dispatch.js";
import type { Exchange } from "../commands/command.js";
import type { Reply } from "../reply/reply.js";
import { conversationFor, conversationKey } from "./conversations.js";
import { errorText } from "./discordErrors.js";
import type { DiscordDeps } from "./interactions.js";
import { isModerator, roleIdsOf } from "./moderators.js";
import { renderDiscord } from "./renderDiscord.js";

const NO_PINGS = { parse: [] as [], repliedUser: false };

/** The question in a message, with the bot's own mention taken out; null when not for the bot. */
export function questionIn(
  message: Pick<Message, "content" | "guildId">,
  botId: string,
  mentioned: boolean,
): string | null {
  if (message.guildId && !mentioned) return null;
  return message.content.replace(new RegExp(`<@!?${botId}>`, "gu"), " ").trim();
}

const HOW_TO_ASK: Reply = {
  kind: "error",
  text: "Ask me a question about the articles, e.g. `@talksbot who hosted the Paris talks?`",
};

export async function handleMessage(deps: DiscordDeps, message: Message): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || message.author.id === botId || message.system) return;
  const question = questionIn(message, botId, message.mentions.users.has(botId));
  if (question === null) return;
  const started = performance.now();
  try {
    const conversation = conversationFor(
      deps.memory,
      conversationKey(message.channelId, message.channel.isThread(), message.author.id),
    );
    // A reply to one of the bot's answers continues that exchange, wherever it was asked.
    const repliedTo = message.reference?.messageId;
    const previous = (repliedTo ? deps.memory.get(`message:${repliedTo}`) : null) ?? conversation.previous;
    let asked: Exchange | null = null;
    const reply = question
      ? await deps.app.run({
          command: "ask",
          args: { question },
          user: {
            id: message.author.id,
            name: message.author.username,
            isModerator: isModerator(message.member?.permissions, roleIdsOf(message.member), deps.modRoleId),
          },
          guildId: message.guildId,
          conversation: {
            previous,
            remember: (exchange) => {
              asked = exchange;
              conversation.remember(exchange);
            },
          },
        })
      : HOW_TO_ASK;
    const rendered = renderDiscord(reply);
    const sent = await message.reply({
      ...(rendered.content !== undefined ? { content: rendered.content } : {}),
      embeds: rendered.embeds,
      components: rendered.components,
      allowedMentions: NO_PINGS,
    });
    if (asked) deps.memory.set(`message:${sent.id}`, asked);
    log.info("message answered", {
      user: message.author.id,
      guild: message.guildId,
      dm: message.channel.type === ChannelType.DM,
      ms: Math.round(performance.now() - started),
    });
  } catch (error) {
    // One line per failed message, whatever became of the apology (Discord may be failing too).
    const apology = await message.reply({ content: APOLOGY, allowedMentions: NO_PINGS }).then(
      () => "sent",
      (apologyError: unknown) => `failed: ${errorText(apologyError)}`,
    );
    log.error("message failed", {
      message: message.id,
      user: message.author.id,
      guild: message.guildId,
      channel: message.channelId,
      ms: Math.round(performance.now() - started),
      error,
      apology,
    });
  }
}
