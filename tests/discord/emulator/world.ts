// The Discord emulator's world: its users, guilds, channels, messages, interactions and commands,
// shared by the REST side (rest.ts), the gateway (gateway.ts) and the user actions (userActions.ts).

import { EventEmitter } from "node:events";
import type {
  EmulatorOptions,
  GuildSpec,
  InteractionContext,
  InteractionState,
  JsonObject,
  RecordedFile,
  RecordedRequest,
  UserSpec,
} from "../emulator-types.js";
import { BOT_PERMISSIONS, DEFAULTS, snowflake } from "./ids.js";

/** A file a user attached to an interaction, served at its URL until the emulator stops. */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export type WorldOptions = Required<Omit<EmulatorOptions, "bot" | "guilds" | "defaultUser">>;

export class EmulatorWorld {
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Problems inside the emulator or unsupported client behaviour; tests may assert it is empty. */
  readonly errors: string[] = [];
  /** All messages by id (sent by users via sendMessage and created by the bot). */
  readonly messages = new Map<string, JsonObject>();
  readonly interactions = new Map<string, InteractionState>();
  /** Registered commands: key "global" or a guild id. */
  readonly commands = new Map<string, JsonObject[]>();
  readonly deletedMessageIds = new Set<unknown>();
  /** Files users attached to commands, by attachment id. */
  readonly attachmentFiles = new Map<string, StoredAttachment>();
  readonly botRoleId = snowflake();

  readonly botUser: JsonObject & { id: string };
  readonly applicationId: string;
  readonly guilds: GuildSpec[];
  readonly defaultUser: UserSpec;
  readonly options: WorldOptions;
  port = 0;

  private readonly events = new EventEmitter().setMaxListeners(0);
  private readonly dmChannels = new Map<string, JsonObject>(); // by user id

  constructor(options: EmulatorOptions = {}) {
    const botId = options.bot?.id ?? DEFAULTS.botId;
    this.botUser = {
      ...this.apiUser({ id: botId, username: options.bot?.username ?? "talksbot", bot: true }),
      verified: true,
      mfa_enabled: false,
    };
    this.applicationId = botId;
    this.guilds = options.guilds ?? [
      { id: DEFAULTS.guildId, name: "Test Guild", channels: [{ id: DEFAULTS.channelId, name: "general" }] },
    ];
    this.defaultUser = options.defaultUser ?? DEFAULTS.user;
    this.options = {
      recommendedShards: options.recommendedShards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 16,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3_000,
      botPermissions: options.botPermissions ?? BOT_PERMISSIONS,
      echoBotMessages: options.echoBotMessages ?? true,
      log: options.log ?? process.env.DISCORD_EMULATOR_LOG === "1",
    };
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  // ------------------------------------------------------------------------------------------
  // Change notifications (the waiting helpers listen)

  changed(): void {
    this.events.emit("change");
  }

  stopped(): void {
    this.events.emit("stopped");
  }

  on(event: "change" | "stopped", listener: () => void): void {
    this.events.on(event, listener);
  }

  off(event: "change" | "stopped", listener: () => void): void {
    this.events.off(event, listener);
  }

  log(message: string): void {
    if (this.options.log) process.stderr.write(`[discord-emulator] ${message}\n`);
  }

  /** Where an interaction or message comes from: a guild channel or the user's DM channel. */
  context(o: InteractionContext): {
    guildId: string | null;
    channelId: string;
    channel: JsonObject;
    user: JsonObject & { id: string };
  } {
    const user = this.apiUser({ ...this.defaultUser, ...o.user });
    if (o.dm) {
      const channel = this.dmChannelFor(user);
      return { guildId: null, channelId: String(channel.id), channel, user };
    }
    const guild = this.guilds.find((g) => g.id === (o.guildId ?? this.guilds[0]?.id));
    if (!guild) throw new Error(`Unknown guild ${o.guildId ?? "(none configured)"}`);
    const channelId = o.channelId ?? guild.channels[0]?.id;
    const channel = this.findChannel(channelId ?? "");
    if (!channelId || !channel)
      throw new Error(`Unknown channel ${channelId ?? "(none)"} in guild ${guild.id}`);
    return { guildId: guild.id, channelId, channel, user };
  }

  // ------------------------------------------------------------------------------------------
  // Building API objects

  apiUser(u: Partial<UserSpec> & { id: string }): JsonObject & { id: string } {
    return {
      id: u.id,
      username: u.username ?? `user${u.id.slice(-4)}`,
      global_name: u.globalName ?? null,
      discriminator: "0",
      avatar: null,
      bot: u.bot ?? false,
      system: false,
      public_flags: 0,
      flags: 0,
    };
  }

  /** A guild member; `user` null gives the partial member used in MESSAGE_CREATE/mentions. */
  apiMember(user: JsonObject | null, roles: string[] = []): JsonObject {
    return {
      ...(user ? { user } : {}),
      roles,
      nick: null,
      avatar: null,
      joined_at: "2024-01-01T00:00:00.000Z",
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  /** A guild channel or a DM channel by id, as the API returns it. */
  findChannel(id: string): JsonObject | null {
    for (const guild of this.guilds) {
      const c = guild.channels.find((ch) => ch.id === id);
      if (c) {
        return {
          id: c.id,
          type: c.type ?? 0,
          guild_id: guild.id,
          name: c.name,
          position: guild.channels.indexOf(c),
          permission_overwrites: [],
          parent_id: null,
          nsfw: false,
          topic: null,
          last_message_id: null,
          rate_limit_per_user: 0,
          flags: 0,
        };
      }
    }
    return [...this.dmChannels.values()].find((c) => c.id === id) ?? null;
  }

  dmChannelFor(user: JsonObject & { id: string }): JsonObject {
    let channel = this.dmChannels.get(user.id);
    if (!channel) {
      channel = { id: snowflake(), type: 1, last_message_id: null, flags: 0, recipients: [user] };
      this.dmChannels.set(user.id, channel);
    }
    return channel;
  }

  findCommand(name: string, guildId: string | null): JsonObject | undefined {
    const scopes = [
      ...(guildId ? [this.commands.get(guildId) ?? []] : []),
      this.commands.get("global") ?? [],
    ];
    return scopes.flat().find((c) => c.name === name);
  }

  findButtonMessage(channelId: string, customId: string): JsonObject {
    const hasButton = (m: JsonObject): boolean =>
      JSON.stringify(m.components ?? []).includes(JSON.stringify(customId));
    const found = [...this.messages.values()]
      .reverse()
      .find((m) => m.channel_id === channelId && !this.deletedMessageIds.has(m.id) && hasButton(m));
    if (!found)
      throw new Error(`No message with a button "${customId}" in channel ${channelId}; pass \`message\``);
    return found;
  }

  baseMessage(channelId: string, author: JsonObject): JsonObject {
    return {
      id: snowflake(),
      channel_id: channelId,
      author,
      content: "",
      embeds: [],
      attachments: [],
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: 0,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    };
  }

  /** Attachment objects for files the bot uploaded (recorded, not stored). */
  attachments(files: RecordedFile[]): JsonObject[] {
    return files.map((f) => {
      const id = snowflake();
      const url = `${this.origin}/attachments/${id}/${encodeURIComponent(f.filename)}`;
      return { id, filename: f.filename, size: f.size, content_type: f.contentType, url, proxy_url: url };
    });
  }
}
