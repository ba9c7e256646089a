/**
 * Slash commands, autocomplete and paging buttons. Every interaction gets an answer: the reply,
 * a short ephemeral message for a user's mistake, or an ephemeral apology for a bug.
 */
import { performance } from "node:perf_hooks";
import {
  MessageFlags,
  type Attachment,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from "discord.js";
import type { App } from "../app.js";
import type { AnyCommand, CommandUser } from "../commands/command.js";
import { moderatorGuard, APOLOGY } from "../commands/dispatch.js";
import type { RawArgs } from "../commands/dispatch.js";
import { log } from "../log.js";
import { errorReply, type Reply } from "../reply/reply.js";
import {
  conversationFor,
  conversationKey,
  type ConversationMemory,
  type PagedLists,
} from "./conversations.js";
import { isModerator, roleIdsOf } from "./moderators.js";
import { renderDiscord, type DiscordMessage } from "./renderDiscord.js";
import { LIMITS } from "./limits.js";
import { errorText, interactionExpired } from "./discordErrors.js";
import { parseVote, voteAcknowledgement } from "./voteButtons.js";
import type { AttachedFile } from "../curation/articleSource.js";

export interface DiscordDeps {
  app: App;
  modRoleId: string | null;
  /** How often a long reload edits its progress message (default 3 s). */
  progressEveryMs?: number;
  memory: ConversationMemory;
  pages: PagedLists;
}

const PROGRESS_EVERY_MS = 3000;
const NO_MENTIONS = { parse: [] as [] };

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
    // memberPermissions is what Discord computed for this member here; member.permissions would be
    // recomputed from the bot's role cache, without channel overwrites.
    isModerator: isModerator(interaction.memberPermissions, roleIdsOf(interaction.member), modRoleId),
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

/** Moderator commands (a reload can take a while): refused, or deferred and then edited in. */
async function runModeratorCommand(
  deps: DiscordDeps,
  interaction: ChatInputCommandInteraction,
  command: AnyCommand,
  user: CommandUser,
  args: RawArgs,
): Promise<void> {
  const refused = moderatorGuard(command, deps.app.context({ user }));
  if (refused) return send(interaction, renderDiscord(refused));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let lastEdit = performance.now();
  const reply = await deps.app.run({
    command: command.name,
    args,
    user,
    guildId: interaction.guildId,
    onProgress: (done, total) => {
      const now = performance.now();
      if (now - lastEdit < (deps.progressEveryMs ?? PROGRESS_EVERY_MS) || done >= total) return;
      lastEdit = now;
      interaction
        .editReply({
          content: `Parsed ${done.toLocaleString("en")} / ${total.toLocaleString("en")} articles…`,
          allowedMentions: NO_MENTIONS,
        })
        .catch((error: unknown) => log.warn("progress edit failed", { error }));
    },
  });
  const message = render(deps, reply);
  // Clear the progress text unless the reply is itself text (an error).
  return send(interaction, message.content === undefined ? { ...message, content: "" } : message);
}

/** An uploaded file as the commands take it: its name, size and type, and Discord's link to it. */
function attachedFile(attachment: Attachment): AttachedFile {
  return {
    name: attachment.name,
    size: attachment.size,
    contentType: attachment.contentType ?? null,
    url: attachment.url,
  };
}

async function onChatInput(deps: DiscordDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const user = commandUser(interaction, deps.modRoleId);
  const command = deps.app.command(interaction.commandName);
  const args: RawArgs = Object.fromEntries(
    interaction.options.data.map((option) => [
      option.name,
      option.attachment ? attachedFile(option.attachment) : (option.value as string | number | undefined),
    ]),
  );
  if (command?.moderatorOnly) return runModeratorCommand(deps, interaction, command, user, args);
  const inThread = interaction.channel?.isThread() ?? false;
  const conversation = conversationFor(
    deps.memory,
    conversationKey(interaction.channelId, inThread, user.id),
  );
  const reply = await deps.app.run({
    command: interaction.commandName,
    args,
    user,
    guildId: interaction.guildId,
    conversation,
  });
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
    // No suggestions is a fine answer while typing; the command itself reports real problems.
    log.error("autocomplete failed", { command: interaction.commandName, error });
  }
  await interaction.respond(choices.slice(0, LIMITS.choices));
}

/** 👍 / 👎 under an answer: one vote per member per answer, changeable; never a question. */
async function onVote(
  deps: DiscordDeps,
  interaction: ButtonInteraction,
  vote: NonNullable<ReturnType<typeof parseVote>>,
) {
  const outcome = deps.app.feedback
    ? await deps.app.feedback.vote(vote.answerId, interaction.user.id, vote.vote)
    : ({ status: "unknown-answer" } as const);
  log.info("vote", {
    answer: vote.answerId,
    vote: vote.vote,
    status: outcome.status,
    guild: interaction.guildId,
  });
  await interaction.reply({
    content: voteAcknowledgement(outcome),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}

/** ◀ ▶ on a paged list: custom id `page:<list key>:<page>`; 👍 / 👎: `vote:<answer id>:<up|down>`. */
async function onButton(deps: DiscordDeps, interaction: ButtonInteraction): Promise<void> {
  const vote = parseVote(interaction.customId);
  if (vote) return onVote(deps, interaction, vote);
  const [kind, key = "", target] = interaction.customId.split(":");
  const list = kind === "page" ? deps.pages.get(key) : undefined;
  const page = Number(target);
  if (!list || !Number.isInteger(page)) {
    // The bot restarted (keys live in memory) or the list was forgotten.
    await send(
      interaction,
      renderDiscord(errorReply("This list has expired; please run the command again.")),
    );
    return;
  }
  const user = commandUser(interaction, deps.modRoleId);
  // Turning the page of an answer already given is not a new question: no cooldown is used.
  const reply = await deps.app.run({
    command: list.command,
    args: { ...list.args, page },
    user,
    guildId: interaction.guildId,
    countsAsQuestion: false,
  });
  const message = reply.kind === "list" && reply.page ? renderDiscord(reply, key) : renderDiscord(reply);
  if (message.ephemeral) await send(interaction, message);
  else await interaction.update(payload(message));
}

function interactionName(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  return interaction.isButton() ? "button" : String(interaction.type);
}

/** Sends the apology wherever the user is looking: the deferred reply, a follow-up, or a reply. */
async function apologise(interaction: RepliableInteraction): Promise<void> {
  const apology = { content: APOLOGY, allowedMentions: NO_MENTIONS };
  if (interaction.replied) await interaction.followUp({ ...apology, flags: MessageFlags.Ephemeral });
  else if (interaction.deferred) await interaction.editReply(apology);
  else await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
}

export async function handleInteraction(deps: DiscordDeps, interaction: Interaction): Promise<void> {
  const started = performance.now();
  const name = interactionName(interaction);
  try {
    if (interaction.isChatInputCommand()) await onChatInput(deps, interaction);
    else if (interaction.isAutocomplete()) await onAutocomplete(deps, interaction);
    else if (interaction.isButton()) await onButton(deps, interaction);
    else return;
    log.info("interaction answered", {
      id: interaction.id,
      command: name,
      user: interaction.user.id,
      guild: interaction.guildId,
      ms: Math.round(performance.now() - started),
    });
  } catch (error) {
    const fields = {
      id: interaction.id,
      command: name,
      user: interaction.user.id,
      guild: interaction.guildId,
      ms: Math.round(performance.now() - started),
    };
    if (interactionExpired(error)) {
      // Nothing reaches the user any more, an apology included: note it and move on.
      log.warn("interaction expired", { ...fields, error });
      return;
    }
    // One line per failed interaction, whatever became of the apology (Discord may be failing too).
    const apology = interaction.isRepliable()
      ? await apologise(interaction).then(
          () => "sent",
          (apologyError: unknown) => `failed: ${errorText(apologyError)}`,
        )
      : "not possible";
    log.error("interaction failed", { ...fields, error, apology });
  }
}
