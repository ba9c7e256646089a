/**
 * Slash-command JSON derived from the same command definitions the terminal uses: the bot never
 * keeps a second list of its commands.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type APIApplicationCommandBasicOption,
} from "discord.js";
import type { AnyCommand, CommandOption } from "../commands/command.js";

function optionJson(option: CommandOption): APIApplicationCommandBasicOption {
  const base = { name: option.name, description: option.description, required: option.required ?? false };
  if (option.type === "attachment") return { ...base, type: ApplicationCommandOptionType.Attachment };
  if (option.type === "integer") {
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(option.minValue !== undefined ? { min_value: option.minValue } : {}),
      ...(option.maxValue !== undefined ? { max_value: option.maxValue } : {}),
    };
  }
  return {
    ...base,
    type: ApplicationCommandOptionType.String,
    ...(option.autocomplete ? { autocomplete: true } : {}),
    ...(option.maxLength !== undefined ? { max_length: option.maxLength } : {}),
  };
}

export function slashCommandJson(command: AnyCommand): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description,
    options: (command.options as readonly CommandOption[]).map(optionJson),
    // Moderator commands are hidden from members by default; the handler checks again at run time.
    default_member_permissions: command.moderatorOnly ? PermissionFlagsBits.ManageGuild.toString() : null,
  };
}

export function slashCommandsJson(
  commands: readonly AnyCommand[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map(slashCommandJson);
}
