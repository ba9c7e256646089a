// What the emulator's users do: run slash commands, autocomplete, click buttons, post messages.
// Each becomes the gateway dispatch Discord would send the bot.

import { randomBytes } from "node:crypto";
import type {
  AttachmentSpec,
  InteractionOption,
  JsonObject,
  OptionsInput,
  SendInteractionOptions,
  SendMessageOptions,
  SentInteraction,
} from "../emulator-types.js";
import type { Gateway } from "./gateway.js";
import { EVERYONE_PERMISSIONS, snowflake } from "./ids.js";
import { asArray, asObject } from "./replies.js";
import type { EmulatorWorld } from "./world.js";

export class UserActions {
  constructor(
    private readonly world: EmulatorWorld,
    private readonly gateway: Gateway,
  ) {}

  sendInteraction(o: SendInteractionOptions): SentInteraction {
    const ctx = this.world.context(o);
    const session = this.gateway.sessionFor(ctx.guildId); // throws if the bot is not connected
    const id = snowflake();
    const token = `itok.${id}.${randomBytes(8).toString("hex")}`;
    let type: number;
    let data: JsonObject;
    let sourceMessage: JsonObject | null = null;
    if (o.kind === "button") {
      type = 3;
      data = { custom_id: o.customId, component_type: 2 };
      sourceMessage = o.message ?? this.world.findButtonMessage(ctx.channelId, o.customId);
    } else {
      const command = this.world.findCommand(o.name, ctx.guildId);
      type = o.kind === "command" ? 2 : 4;
      const focused = o.kind === "autocomplete" ? { name: o.focused, value: o.value } : undefined;
      data = {
        id: command?.id ?? snowflake(),
        name: o.name,
        type: 1,
        options: buildOptions(command, o.subcommand, o.options, focused),
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      };
      if (o.kind === "command" && o.attachments) this.attach(data, o.attachments);
    }
    const payload: JsonObject = {
      id,
      application_id: this.world.applicationId,
      type,
      data,
      token,
      version: 1,
      locale: o.locale ?? "en-US",
      app_permissions: this.world.options.botPermissions,
      entitlements: [],
      authorizing_integration_owners: ctx.guildId ? { "0": ctx.guildId } : { "1": ctx.user.id },
      context: ctx.guildId ? 0 : 1,
      attachment_size_limit: 10_485_760,
      channel: ctx.channel,
      channel_id: ctx.channelId,
      ...(ctx.guildId
        ? {
            guild_id: ctx.guildId,
            guild: { id: ctx.guildId, locale: "en-US", features: [] },
            guild_locale: "en-US",
            member: {
              ...this.world.apiMember(ctx.user, o.roles),
              permissions: String(o.memberPermissions ?? EVERYONE_PERMISSIONS),
            },
          }
        : { user: ctx.user }),
      ...(sourceMessage ? { message: sourceMessage } : {}),
    };
    this.world.interactions.set(id, {
      id,
      token,
      type,
      guildId: ctx.guildId,
      channelId: ctx.channelId,
      user: ctx.user,
      createdAt: Date.now(),
      callbackType: null,
      original: null,
      sourceMessage,
      choices: null,
      followUps: [],
    });
    this.gateway.dispatch(session, "INTERACTION_CREATE", payload);
    return {
      id,
      token,
      applicationId: this.world.applicationId,
      guildId: ctx.guildId,
      channelId: ctx.channelId,
      payload,
    };
  }

  /** Uploads the files: attachment options whose values are the ids `data.resolved` describes. */
  private attach(data: JsonObject, files: Record<string, AttachmentSpec>): void {
    const resolved: JsonObject = {};
    const options = asArray(data.options).map(asObject);
    for (const [name, file] of Object.entries(files)) {
      const id = snowflake();
      const bytes = Buffer.isBuffer(file.body) ? file.body : Buffer.from(file.body, "utf8");
      const contentType = file.contentType ?? contentTypeOf(file.filename);
      this.world.attachmentFiles.set(id, { filename: file.filename, contentType, bytes });
      const url = `${this.world.origin}/attachments/${id}/${encodeURIComponent(file.filename)}`;
      resolved[id] = {
        id,
        filename: file.filename,
        size: bytes.length,
        content_type: contentType,
        url,
        proxy_url: url,
        ephemeral: true,
      };
      options.push({ name, type: 11, value: id });
    }
    data.options = options;
    data.resolved = { attachments: resolved };
  }

  /** A user posts a message (guild channel or DM). Returns the MESSAGE_CREATE payload. */
  sendMessage(o: SendMessageOptions): JsonObject {
    const ctx = this.world.context(o);
    this.gateway.sessionFor(ctx.guildId); // throws if the bot is not connected; intents are checked on dispatch
    const mentionsBot = o.mentionsBot ?? new RegExp(`<@!?${String(this.world.botUser.id)}>`).test(o.content);
    const botMention = ctx.guildId
      ? { ...this.world.botUser, member: this.world.apiMember(null, [this.world.botRoleId]) }
      : this.world.botUser;
    const message: JsonObject = {
      ...this.world.baseMessage(ctx.channelId, ctx.user),
      content: o.content,
      mentions: mentionsBot ? [botMention] : [],
      ...(ctx.guildId ? { guild_id: ctx.guildId, member: this.world.apiMember(null) } : {}),
      channel_type: ctx.guildId ? 0 : 1,
    };
    this.world.messages.set(String(message.id), message);
    this.gateway.dispatchMessageEvent("MESSAGE_CREATE", message);
    return message;
  }
}

/** Build `data.options` from a record (typed by the registered command when known) or a raw array. */
function buildOptions(
  command: JsonObject | undefined,
  subcommand: string | undefined,
  input: OptionsInput | undefined,
  focused?: { name: string; value: string },
): InteractionOption[] {
  let defs = asArray(command?.options).map(asObject);
  if (subcommand) defs = asArray(defs.find((d) => d.name === subcommand)?.options).map(asObject);
  const typeOf = (name: string, value: unknown): number => {
    const declared = defs.find((d) => d.name === name)?.type;
    if (typeof declared === "number") return declared;
    if (typeof value === "boolean") return 5;
    if (typeof value === "number") return Number.isInteger(value) ? 4 : 10;
    return 3;
  };
  let list: InteractionOption[] = Array.isArray(input)
    ? [...input]
    : Object.entries(input ?? {}).map(([name, value]) => ({ name, type: typeOf(name, value), value }));
  if (focused) {
    list = list.filter((o) => o.name !== focused.name);
    list.push({
      name: focused.name,
      type: typeOf(focused.name, focused.value),
      value: focused.value,
      focused: true,
    });
  }
  return subcommand ? [{ name: subcommand, type: 1, options: list }] : list;
}

function contentTypeOf(filename: string): string {
  const types: Record<string, string> = {
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
  };
  return types[/\.[^.]+$/u.exec(filename.toLowerCase())?.[0] ?? ""] ?? "application/octet-stream";
}
