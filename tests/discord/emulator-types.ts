// Types for the Discord emulator used by the end-to-end tests (tests/discord/emulator.ts).
// Payloads are kept loose (JsonObject) on purpose: the emulator builds raw Discord API JSON and
// the tests match it partially.

export type JsonObject = Record<string, unknown>;

export interface UserSpec {
  id: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface ChannelSpec {
  id: string;
  name: string;
  /** Discord channel type, 0 = guild text (default). */
  type?: number;
}

export interface GuildSpec {
  id: string;
  name: string;
  ownerId?: string;
  channels: ChannelSpec[];
  /** Roles besides @everyone and the bot's (e.g. a moderator role), sent in GUILD_CREATE. */
  roles?: RoleSpec[];
}

export interface RoleSpec {
  id: string;
  name: string;
  /** Bitfield string; default "0". */
  permissions?: string;
}

export interface EmulatorOptions {
  /** The bot's user. Its id is also used as the application id. */
  bot?: Partial<UserSpec>;
  /** Guilds the bot is in. Default: one guild with one text channel (see DEFAULTS). */
  guilds?: GuildSpec[];
  /** The human used by sendMessage/sendInteraction when no `user` is given. */
  defaultUser?: UserSpec;
  /** `shards` in GET /gateway/bot (discord.js uses it when the client does not set `shardCount`). */
  recommendedShards?: number;
  /**
   * `session_start_limit.max_concurrency`. discord.js waits ~5-6.5 s between two IDENTIFYs in the
   * same bucket (shardId % maxConcurrency); the default 16 keeps multi-shard logins fast.
   */
  maxConcurrency?: number;
  /** HELLO heartbeat_interval in ms (default 41250 like Discord). */
  heartbeatIntervalMs?: number;
  /** Discord answers 10062 "Unknown interaction" to callbacks later than 3 s. Infinity disables. */
  interactionDeadlineMs?: number;
  /** Permissions of the bot in every guild and `app_permissions` of interactions (bitfield string). */
  botPermissions?: string;
  /** Dispatch MESSAGE_CREATE/UPDATE/DELETE for messages the bot itself creates (Discord does). Default true. */
  echoBotMessages?: boolean;
  /** Print traffic to stderr (also enabled by env DISCORD_EMULATOR_LOG=1). */
  log?: boolean;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  /** 1-based order of arrival. */
  seq: number;
  at: number;
  method: string;
  /** Decoded route after `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Request headers, lower-case names, without `authorization`. */
  headers: Record<string, string>;
  /** Whether an Authorization header was sent (interaction callbacks/webhooks are sent without). */
  authorized: boolean;
  /** Parsed JSON body; for multipart requests the parsed `payload_json`. */
  body: unknown;
  files: RecordedFile[];
  /** Filled in once the emulator answered. */
  status?: number;
  response?: unknown;
}

export interface FailRule {
  method?: string;
  pathIncludes?: string;
  /** Answer with this status instead of the normal handler (omit to only delay). */
  status?: number;
  /** Response body; defaults depend on the status (429 → rate limit body, 5xx → error body). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
  /** How many matching requests this rule applies to (default 1). */
  times?: number;
}

export interface ActiveFailRule extends FailRule {
  remaining: number;
  hits: number;
}

export interface IdentifyRecord {
  at: number;
  shard: [number, number] | null;
  intents: number;
  token: string;
  properties: unknown;
  sessionId: string;
}

export interface ResumeRecord {
  at: number;
  sessionId: string;
  seq: number;
  ok: boolean;
  /** Number of missed dispatches sent again before RESUMED. */
  replayed: number;
}

export interface DroppedDispatch {
  at: number;
  event: string;
  reason: string;
}

/** A raw application command option, as in INTERACTION_CREATE `data.options`. */
export interface InteractionOption {
  name: string;
  /** 1 subcommand, 2 group, 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number. */
  type: number;
  value?: string | number | boolean;
  options?: InteractionOption[];
  focused?: boolean;
}

/**
 * Options as a plain record are typed from the registered command definition (PUT .../commands)
 * when there is one, otherwise from the JS type (string 3, boolean 5, integer 4, other number 10).
 */
export type OptionsInput = InteractionOption[] | Record<string, string | number | boolean>;

export interface InteractionContext {
  /** Send from a DM with the bot instead of a guild channel. */
  dm?: boolean;
  guildId?: string;
  channelId?: string;
  user?: Partial<UserSpec>;
  /** Member permissions (guild only); default: the @everyone permissions, without ManageGuild. */
  memberPermissions?: bigint | string;
  roles?: string[];
  locale?: string;
}

export type SendInteractionOptions =
  | (InteractionContext & {
      kind: "command";
      name: string;
      subcommand?: string;
      options?: OptionsInput;
      /**
       * Files the user attaches, by option name: each becomes an attachment option (its id as the
       * value, the attachment in `data.resolved`), served by the emulator at its URL.
       */
      attachments?: Record<string, AttachmentSpec>;
    })
  | (InteractionContext & {
      kind: "autocomplete";
      name: string;
      subcommand?: string;
      /** Name of the option being typed in, and what has been typed so far. */
      focused: string;
      value: string;
      options?: OptionsInput;
    })
  | (InteractionContext & {
      kind: "button";
      customId: string;
      /** Message carrying the button; default: the newest bot message in the channel with that custom_id. */
      message?: JsonObject;
    });

export interface SentInteraction {
  id: string;
  token: string;
  applicationId: string;
  guildId: string | null;
  channelId: string;
  payload: JsonObject;
}

export interface InteractionState {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete. */
  type: number;
  guildId: string | null;
  channelId: string;
  /** The user who caused the interaction (raw API user). */
  user: JsonObject;
  createdAt: number;
  /** Callback type once acknowledged: 4 reply, 5 defer, 6 deferred update, 7 update, 8 choices, 9 modal. */
  callbackType: number | null;
  /** The "@original" message (reply, deferred placeholder, or the clicked message for 6/7). */
  original: JsonObject | null;
  /** The message the button was on (components only). */
  sourceMessage: JsonObject | null;
  /** Autocomplete choices (callback type 8). */
  choices: JsonObject[] | null;
  followUps: JsonObject[];
}

/** A file a user uploads with a slash command. */
export interface AttachmentSpec {
  filename: string;
  /** Default: from the extension (text/plain, text/markdown, text/html), else application/octet-stream. */
  contentType?: string;
  body: string | Buffer;
}

export interface SendMessageOptions {
  content: string;
  /** Send as a DM to the bot instead of into a guild channel. */
  dm?: boolean;
  guildId?: string;
  channelId?: string;
  user?: Partial<UserSpec>;
  /** Default: true when the content contains `<@BOTID>` or `<@!BOTID>`. */
  mentionsBot?: boolean;
}
