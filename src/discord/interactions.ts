/**
 * Slash commands, autocomplete and paging buttons. Every interaction gets an answer: the reply,
 * a short ephemeral message for a user's mistake, or an ephemeral apology for a bug.
 */
import { performance } from "node:perf_hooks";
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from "discord.js";
import type { App, Conversation } from "../app.js";
import type { CommandUser } from "../commands/command.js";
import { moderatorGuard, APOLOGY } from "../commands/dispatch.js";
import { log } from "../log.js";
import { errorReply, type Reply } from "../reply/reply.js";
import { ConversationMemory, PagedLists } from "./conversations.js";
import { isModerator } from "./moderators.js";
import { renderDiscord, type DiscordMessage } from "./renderDiscord.js";
import { LIMITS } from "./limits.js";

export interface DiscordDeps {
  app: App;
  modRoleId: string | null;
  memory: ConversationMemory;
  pages: PagedLists;
}

/** How often a long reload edits its progress message. */
const PROGRESS_EVERY_MS = 3000;

function payload(message: DiscordMessage) {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowedMentions,
  };
}

function commandUser(interaction: Interaction, modRoleId: string | null): CommandUser {
  return {
    id: interaction.user.id,
    name: interaction.user.username,
    isModerator: isModerator(interaction.inGuild() ? interaction.member : null, modRoleId),
  };
}

/** The conversation a question belongs to: its thread, else the user in that channel. */
export function conversationFor(memory: ConversationMemory, key: string): Conversation {
  return {
    get previous() {
      return memory.get(key);
    },
    remember: (exchange) => memory.set(key, exchange),
  };
}

async function send(interaction: RepliableInteraction, message: DiscordMessage): Promise<void> {
  const body = payload(message);
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply(body);
  } else {
    await interaction.reply({ ...body, ...(message.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }
}

function render(deps: DiscordDeps, reply: Reply): DiscordMessage {
  const pageKey =
    reply.kind === "list" && reply.page ? deps.pages.add(reply.page.command, reply.page.args) : undefined;
  return renderDiscord(reply, pageKey);
}

async function onChatInput(deps: DiscordDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const { app } = deps;
  const user = commandUser(interaction, deps.modRoleId);
  const command = app.command(interaction.commandName);
  const args = Object.fromEntries(
    interaction.options.data.map((option) => [option.name, option.value as string | number | undefined]),
  );
  const conversation = conversationFor(deps.memory, `${interaction.channelId}:${user.id}`);
  if (command?.moderatorOnly) {
    const refused = moderatorGuard(command, app.context({ user }));
    if (refused) return send(interaction, renderDiscord(refused));
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    let lastEdit = performance.now();
    const reply = await app.run({
      command: command.name,
      args,
      user,
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - lastEdit < PROGRESS_EVERY_MS || done >= total) return;
        lastEdit = now;
        interaction
          .editReply({
            content: `Parsed ${done.toLocaleString("en")} / ${total.toLocaleString("en")} articles…`,
            allowedMentions: { parse: [] },
          })
          .catch((error: unknown) => log.warn("progress edit failed", { error }));
      },
    });
    const message = render(deps, reply);
    // Clear the progress text unless the reply is itself text (an error).
    return send(interaction, message.content === undefined ? { ...message, content: "" } : message);
  }
  const reply = await app.run({ command: interaction.commandName, args, user, conversation });
  await send(interaction, render(deps, reply));
}

async function onAutocomplete(deps: DiscordDeps, interaction: AutocompleteInteraction): Promise<void> {
  const command = deps.app.command(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  let choices: { name: string; value: string }[] = [];
  try {
    choices =
      command?.autocomplete?.({ library: deps.app.service.library }, focused.name, String(focused.value)) ??
      [];
  } catch (error) {
    log.error("autocomplete failed", { command: interaction.commandName, error });
  }
  await interaction.respond(choices.slice(0, LIMITS.choices));
}

async function onButton(deps: DiscordDeps, interaction: ButtonInteraction): Promise<void> {
  const [kind, key, target] = interaction.customId.split(":");
  if (kind !== "page" || key === undefined) return;
  const list = deps.pages.get(key);
  const page = Number(target);
  if (!list || !Number.isInteger(page)) {
    await send(
      interaction,
      renderDiscord(errorReply("This list has expired; please run the command again.")),
    );
    return;
  }
  const user = commandUser(interaction, deps.modRoleId);
  const reply = await deps.app.run({ command: list.command, args: { ...list.args, page }, user });
  const message = reply.kind === "list" && reply.page ? renderDiscord(reply, key) : renderDiscord(reply);
  if (message.ephemeral) await send(interaction, message);
  else await interaction.update(payload(message));
}

export async function handleInteraction(deps: DiscordDeps, interaction: Interaction): Promise<void> {
  const started = performance.now();
  const name =
    interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : interaction.type;
  try {
    if (interaction.isChatInputCommand()) await onChatInput(deps, interaction);
    else if (interaction.isAutocomplete()) await onAutocomplete(deps, interaction);
    else if (interaction.isButton()) await onButton(deps, interaction);
    else return;
    log.info("interaction answered", {
      command: name,
      user: interaction.user.id,
      guild: interaction.guildId,
      ms: Math.round(performance.now() - started),
    });
  } catch (error) {
    log.error("interaction failed", { command: name, user: interaction.user.id, error });
    if (!interaction.isRepliable()) return;
    const apology = { content: APOLOGY, allowedMentions: { parse: [] as [] } };
    try {
      if (interaction.replied || interaction.deferred)
        await interaction.followUp({ ...apology, flags: MessageFlags.Ephemeral });
      else await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
    } catch (followUpError) {
      log.warn("could not send the apology", { command: name, error: followUpError });
    }
  }
}
