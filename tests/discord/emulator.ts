// A small Discord emulator (REST + gateway) for end-to-end tests of a discord.js v14 bot.
//
//   const emulator = new DiscordEmulator();
//   await emulator.start();
//   const client = new Client({ intents, partials, rest: { api: emulator.apiUrl } });
//   await client.login("test-token");                       // token is not checked
//   const { id } = emulator.sendInteraction({ kind: "command", name: "ask", options: { question: "?" } });
//   const callback = await emulator.waitForCallback(id);
//   ...
//   await client.destroy(); await emulator.stop();          // destroy the client first, or it reconnects
//
// REST: one node:http server; discord.js calls `${apiUrl}/v10${route}`. Every request is recorded in
// `requests`. Gateway: a `ws` server on the same port at /gateway, JSON encoding, no compression.
// Events go to the session of the shard that owns the guild ((guildId >> 22) % shardCount; DMs → 0).

import http from "node:http";
import { EventEmitter } from "node:events";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";
import type {
  ActiveFailRule,
  DroppedDispatch,
  EmulatorOptions,
  FailRule,
  GuildSpec,
  IdentifyRecord,
  InteractionContext,
  InteractionOption,
  InteractionState,
  JsonObject,
  OptionsInput,
  RecordedFile,
  RecordedRequest,
  ResumeRecord,
  SendInteractionOptions,
  SendMessageOptions,
  SentInteraction,
  UserSpec,
} from "./emulator-types.js";

export type * from "./emulator-types.js";

// ---------------------------------------------------------------------------------------------
// Ids, permissions, defaults

const DISCORD_EPOCH = 1420070400000n;
let snowflakeCounter = 0n;

/** A fresh, increasing snowflake id. */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (snowflakeCounter & 0x3fffffn)).toString();
}

/** The shard that receives events of a guild: (guild_id >> 22) % shardCount. */
export function shardIdForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A deterministic guild id that lands on `shardId` of `shardCount` (index picks another one). */
export function guildIdOnShard(shardId: number, shardCount: number, index = 0): string {
  const base = 300_000_000_000n * BigInt(shardCount); // ~2019 timestamp, a multiple of shardCount
  return ((base + BigInt(index * shardCount + shardId)) << 22n).toString();
}

const P = {
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
};
/** Permissions of @everyone (and of interaction members unless the test says otherwise). */
export const EVERYONE_PERMISSIONS = (
  P.ViewChannel |
  P.SendMessages |
  P.ReadMessageHistory |
  P.AddReactions |
  P.EmbedLinks |
  P.AttachFiles |
  P.UseApplicationCommands
).toString();
const BOT_PERMISSIONS = (
  BigInt(EVERYONE_PERMISSIONS) |
  P.UseExternalEmojis |
  P.SendMessagesInThreads
).toString();

const Intents = { Guilds: 1 << 0, GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 };

export const DEFAULTS = {
  botId: "1300000000000000001",
  guildId: guildIdOnShard(0, 1),
  channelId: "1200000000000000010",
  user: { id: "1100000000000000001", username: "alice", globalName: "Alice" } satisfies UserSpec,
};

// ---------------------------------------------------------------------------------------------
// Internal types

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
interface DispatchPayload {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}
interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  history: DispatchPayload[];
  conn: Connection | null;
}
interface Connection {
  ws: WebSocket;
  session: Session | null;
}
type RouteHandler = (r: RecordedRequest, a: string, b: string, c: string) => Reply;

const ok = (body: unknown): Reply => ({ status: 200, body });
const noContent = (): Reply => ({ status: 204 });
const apiError = (status: number, code: number, message: string, extra: JsonObject = {}): Reply => ({
  status,
  body: { message, code, ...extra },
});
const asObject = (v: unknown): JsonObject =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as JsonObject) : {};
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

// ---------------------------------------------------------------------------------------------

export class DiscordEmulator {
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  /** Query string of every gateway connection (discord.js sends v=10&encoding=json). */
  readonly gatewayConnections: { at: number; query: Record<string, string> }[] = [];
  /** Dispatches not delivered, e.g. because the bot lacks the intent. */
  readonly droppedDispatches: DroppedDispatch[] = [];
  /** Problems inside the emulator or unsupported client behaviour; tests may assert it is empty. */
  readonly errors: string[] = [];
  /** All messages by id (sent by users via sendMessage and created by the bot). */
  readonly messages = new Map<string, JsonObject>();
  readonly interactions = new Map<string, InteractionState>();
  /** Registered commands: key "global" or a guild id. */
  readonly commands = new Map<string, JsonObject[]>();

  readonly botUser: JsonObject;
  readonly applicationId: string;
  readonly guilds: GuildSpec[];
  readonly defaultUser: UserSpec;

  private readonly options: Required<Omit<EmulatorOptions, "bot" | "guilds" | "defaultUser">>;
  private readonly server = http.createServer((req, res) => void this.onHttp(req, res));
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly events = new EventEmitter().setMaxListeners(0);
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<number, Session>(); // by shard id
  private readonly failRules: ActiveFailRule[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly dmChannels = new Map<string, JsonObject>(); // by user id
  private readonly deletedMessageIds = new Set<unknown>();
  private readonly botRoleId = snowflake();
  private port = 0;
  private stopped = false;

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

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<this> {
    this.server.on("upgrade", (req, socket, head) => {
      if (!(req.url ?? "").startsWith("/gateway")) return void socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, req));
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.log(`listening on ${this.apiUrl}`);
    return this;
  }

  /** Closes sockets and servers. Destroy the discord.js client first, or it keeps reconnecting. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const conn of this.connections) conn.ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.events.emit("stopped");
  }

  // ------------------------------------------------------------------------------------------
  // Waiting helpers

  /** Resolves with the first answered request matching `predicate` (already recorded ones included). */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    return this.waitFor(
      "a matching request",
      () => this.requests.find((r) => r.status !== undefined && predicate(r)),
      timeoutMs,
    );
  }

  /** The answered POST /interactions/:id/:token/callback of an interaction. */
  waitForCallback(interactionId: string, timeoutMs = 5_000): Promise<RecordedRequest> {
    const prefix = `/interactions/${interactionId}/`;
    return this.waitForRequest((r) => r.method === "POST" && r.path.startsWith(prefix), timeoutMs);
  }

  /** Resolves once at least `count` IDENTIFYs were received in total; returns the count-th. */
  waitForIdentify(count = 1, timeoutMs = 5_000): Promise<IdentifyRecord> {
    return this.waitFor(`IDENTIFY #${count}`, () => this.identifies[count - 1], timeoutMs);
  }

  /** Resolves once at least `count` RESUMEs were answered in total; returns the count-th. */
  waitForResume(count = 1, timeoutMs = 5_000): Promise<ResumeRecord> {
    return this.waitFor(`RESUME #${count}`, () => this.resumes[count - 1], timeoutMs);
  }

  private waitFor<T>(what: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
    const found = check();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const onChange = (): void => {
        const value = check();
        if (value !== undefined) {
          cleanup();
          resolve(value);
        }
      };
      const onStopped = (): void => {
        cleanup();
        reject(new Error(`Emulator stopped while waiting for ${what}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        const recent = this.requests
          .slice(-10)
          .map((r) => `  ${r.method} ${r.path} → ${r.status ?? "pending"}`);
        reject(
          new Error(
            `Timed out after ${timeoutMs} ms waiting for ${what}. Recent requests:\n${recent.join("\n")}`,
          ),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.events.off("change", onChange);
        this.events.off("stopped", onStopped);
      };
      this.events.on("change", onChange);
      this.events.on("stopped", onStopped);
    });
  }

  private changed(): void {
    this.events.emit("change");
  }

  // ------------------------------------------------------------------------------------------
  // Fault injection

  /** Answer the next matching request(s) with an error status and/or after a delay. */
  failNext(rule: FailRule): ActiveFailRule {
    const active: ActiveFailRule = { ...rule, remaining: rule.times ?? 1, hits: 0 };
    this.failRules.push(active);
    return active;
  }

  /** Kill every gateway socket without a close frame (client sees 1006 and RESUMEs). */
  dropGatewaySockets(shard?: number): void {
    for (const conn of this.connectionsOf(shard)) conn.ws.terminate();
  }

  /** Close gateway sockets with a close code (4000 unknown error → resume, 4009 timed out → resume). */
  closeGateway(code: number, shard?: number): void {
    for (const conn of this.connectionsOf(shard)) conn.ws.close(code, "closed by emulator");
  }

  /** Send op 9 INVALID_SESSION. Not resumable → the session is forgotten and the bot must IDENTIFY. */
  invalidateSession(resumable: boolean, shard?: number): void {
    for (const conn of this.connectionsOf(shard)) {
      if (!resumable && conn.session) this.forgetSession(conn.session);
      this.send(conn, { op: 9, d: resumable });
    }
  }

  /** Send op 7 RECONNECT (the bot closes and RESUMEs). */
  requestReconnect(shard?: number): void {
    for (const conn of this.connectionsOf(shard)) this.send(conn, { op: 7, d: null });
  }

  private connectionsOf(shard?: number): Connection[] {
    return [...this.connections].filter((c) => shard === undefined || c.session?.shard[0] === shard);
  }

  // ------------------------------------------------------------------------------------------
  // Injecting user actions

  sendInteraction(o: SendInteractionOptions): SentInteraction {
    const ctx = this.context(o);
    const session = this.sessionFor(ctx.guildId); // throws if the bot is not connected
    const id = snowflake();
    const token = `itok.${id}.${randomBytes(8).toString("hex")}`;
    let type: number;
    let data: JsonObject;
    let sourceMessage: JsonObject | null = null;
    if (o.kind === "button") {
      type = 3;
      data = { custom_id: o.customId, component_type: 2 };
      sourceMessage = o.message ?? this.findButtonMessage(ctx.channelId, o.customId);
    } else {
      const command = this.findCommand(o.name, ctx.guildId);
      type = o.kind === "command" ? 2 : 4;
      const focused = o.kind === "autocomplete" ? { name: o.focused, value: o.value } : undefined;
      data = {
        id: command?.id ?? snowflake(),
        name: o.name,
        type: 1,
        options: buildOptions(command, o.subcommand, o.options, focused),
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      };
    }
    const payload: JsonObject = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token,
      version: 1,
      locale: o.locale ?? "en-US",
      app_permissions: this.options.botPermissions,
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
              ...this.apiMember(ctx.user, o.roles),
              permissions: String(o.memberPermissions ?? EVERYONE_PERMISSIONS),
            },
          }
        : { user: ctx.user }),
      ...(sourceMessage ? { message: sourceMessage } : {}),
    };
    this.interactions.set(id, {
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
    this.dispatch(session, "INTERACTION_CREATE", payload);
    return {
      id,
      token,
      applicationId: this.applicationId,
      guildId: ctx.guildId,
      channelId: ctx.channelId,
      payload,
    };
  }

  /** A user posts a message (guild channel or DM). Returns the MESSAGE_CREATE payload. */
  sendMessage(o: SendMessageOptions): JsonObject {
    const ctx = this.context(o);
    this.sessionFor(ctx.guildId); // throws if the bot is not connected; intents are checked on dispatch
    const mentionsBot = o.mentionsBot ?? new RegExp(`<@!?${String(this.botUser.id)}>`).test(o.content);
    const botMention = ctx.guildId
      ? { ...this.botUser, member: this.apiMember(null, [this.botRoleId]) }
      : this.botUser;
    const message: JsonObject = {
      ...this.baseMessage(ctx.channelId, ctx.user),
      content: o.content,
      mentions: mentionsBot ? [botMention] : [],
      ...(ctx.guildId ? { guild_id: ctx.guildId, member: this.apiMember(null) } : {}),
      channel_type: ctx.guildId ? 0 : 1,
    };
    this.messages.set(String(message.id), message);
    this.dispatchMessageEvent("MESSAGE_CREATE", message);
    return message;
  }

  private context(o: InteractionContext): {
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
  // Gateway

  private onGatewayConnection(ws: WebSocket, req: http.IncomingMessage): void {
    const query = Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams);
    this.gatewayConnections.push({ at: Date.now(), query });
    const conn: Connection = { ws, session: null };
    this.connections.add(conn);
    ws.on("message", (raw) => this.onGatewayMessage(conn, String(raw)));
    ws.on("close", () => {
      this.connections.delete(conn);
      if (conn.session?.conn === conn) conn.session.conn = null;
    });
    ws.on("error", (err) => this.log(`gateway socket error: ${err.message}`));
    if (query.compress || (query.encoding && query.encoding !== "json")) {
      this.errors.push(
        `Unsupported gateway query ${JSON.stringify(query)} (is zlib-sync/erlpack installed?)`,
      );
      ws.close(1011, "emulator supports only encoding=json without compression");
      return;
    }
    this.send(conn, {
      op: 10,
      s: null,
      t: null,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
    });
  }

  private onGatewayMessage(conn: Connection, raw: string): void {
    let payload: { op?: number; d?: unknown };
    try {
      payload = JSON.parse(raw) as { op?: number; d?: unknown };
    } catch {
      return conn.ws.close(4002, "Decode error");
    }
    this.log(`gateway ← op ${payload.op}`);
    const d = asObject(payload.d);
    switch (payload.op) {
      case 1: // heartbeat
        return this.send(conn, { op: 11 });
      case 2:
        return this.identify(conn, d);
      case 6:
        return this.resume(conn, d);
      default: // presence updates, request guild members, voice: ignored
        return;
    }
  }

  private identify(conn: Connection, d: JsonObject): void {
    if (conn.session) return conn.ws.close(4005, "Already authenticated");
    const shardArg = Array.isArray(d.shard)
      ? ([Number(d.shard[0]), Number(d.shard[1])] as [number, number])
      : null;
    const [shardId, shardCount] = shardArg ?? [0, 1];
    const old = this.sessions.get(shardId);
    if (old) this.forgetSession(old);
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      shard: [shardId, shardCount],
      intents: Number(d.intents ?? 0),
      seq: 0,
      history: [],
      conn,
    };
    conn.session = session;
    this.sessions.set(shardId, session);
    this.identifies.push({
      at: Date.now(),
      shard: shardArg,
      intents: session.intents,
      token: String(d.token ?? ""),
      properties: d.properties,
      sessionId: session.id,
    });
    const guilds = this.guilds.filter((g) => shardIdForGuild(g.id, shardCount) === shardId);
    this.dispatch(session, "READY", {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      session_type: "normal",
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      ...(shardArg ? { shard: shardArg } : {}),
    });
    for (const guild of guilds) this.dispatch(session, "GUILD_CREATE", this.guildCreatePayload(guild));
    this.changed();
  }

  private resume(conn: Connection, d: JsonObject): void {
    const session = [...this.sessions.values()].find((s) => s.id === d.session_id);
    const record: ResumeRecord = {
      at: Date.now(),
      sessionId: String(d.session_id),
      seq: Number(d.seq ?? 0),
      ok: false,
      replayed: 0,
    };
    if (!session) {
      this.resumes.push(record);
      this.send(conn, { op: 9, d: false });
      return this.changed();
    }
    if (session.conn && session.conn !== conn) session.conn.ws.terminate();
    session.conn = conn;
    conn.session = session;
    const missed = session.history.filter((e) => e.s > record.seq);
    for (const event of missed) this.send(conn, event);
    this.resumes.push({ ...record, ok: true, replayed: missed.length });
    this.dispatch(session, "RESUMED", {});
    this.changed();
  }

  private forgetSession(session: Session): void {
    if (this.sessions.get(session.shard[0]) === session) this.sessions.delete(session.shard[0]);
  }

  /** The current session of the shard that owns `guildId` (DMs: shard 0). */
  private sessionFor(guildId: string | null): Session {
    const session = this.trySessionFor(guildId);
    if (!session)
      throw new Error("No gateway session for this guild/DM: log the bot in first (waitForIdentify)");
    return session;
  }

  private trySessionFor(guildId: string | null): Session | undefined {
    const any = this.sessions.values().next().value;
    if (!any) return undefined;
    return this.sessions.get(guildId ? shardIdForGuild(guildId, any.shard[1]) : 0);
  }

  /** Sequence, remember (for RESUME replay) and send if the session is connected. */
  private dispatch(session: Session, t: string, d: unknown): void {
    const payload: DispatchPayload = { op: 0, t, s: ++session.seq, d: structuredClone(d) };
    session.history.push(payload);
    if (session.history.length > 1_000) session.history.shift();
    if (session.conn) this.send(session.conn, payload);
  }

  /** MESSAGE_* events honour the intents like Discord (incl. MESSAGE_CONTENT stripping). */
  private dispatchMessageEvent(t: string, message: JsonObject): boolean {
    const guildId = typeof message.guild_id === "string" ? message.guild_id : null;
    const session = this.trySessionFor(guildId);
    const intent = guildId ? Intents.GuildMessages : Intents.DirectMessages;
    const reason = !session
      ? "no session"
      : (session.intents & intent) === 0
        ? `missing intent ${intent}`
        : null;
    if (!session || reason) {
      this.droppedDispatches.push({ at: Date.now(), event: t, reason: reason ?? "no session" });
      return false;
    }
    const author = asObject(message.author);
    const mentioned = asArray(message.mentions).some((m) => asObject(m).id === this.botUser.id);
    const hidden =
      guildId &&
      (session.intents & Intents.MessageContent) === 0 &&
      author.id !== this.botUser.id &&
      !mentioned;
    const d = hidden ? { ...message, content: "", embeds: [], attachments: [], components: [] } : message;
    this.dispatch(session, t, d);
    return true;
  }

  private send(conn: Connection, payload: object): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    const p = payload as { op?: number; t?: string | null };
    this.log(`gateway → op ${p.op}${p.t ? ` ${p.t}` : ""}`);
    conn.ws.send(JSON.stringify(payload));
  }

  // ------------------------------------------------------------------------------------------
  // REST

  private async onHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://x");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (k !== "authorization" && v !== undefined) headers[k] = Array.isArray(v) ? v.join(", ") : v;
    }
    const prefix = "/api/v10";
    const versioned = url.pathname.startsWith(`${prefix}/`);
    const record: RecordedRequest = {
      seq: this.requests.length + 1,
      at: Date.now(),
      method: (req.method ?? "GET").toUpperCase(),
      path: decodeURIComponent(versioned ? url.pathname.slice(prefix.length) : url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers,
      authorized: req.headers.authorization !== undefined,
      ...(await parseBody(Buffer.concat(chunks), headers["content-type"])),
    };
    this.requests.push(record);
    this.changed();

    const rule = this.takeFailRule(record);
    if (rule?.delayMs) await this.sleep(rule.delayMs);
    if (this.stopped) return;
    let reply: Reply;
    try {
      reply =
        rule?.status !== undefined
          ? failReply(rule)
          : versioned
            ? this.route(record)
            : apiError(404, 0, "404: Not Found");
    } catch (err) {
      this.errors.push(`${record.method} ${record.path}: ${String(err)}`);
      reply = apiError(500, 0, `Emulator error: ${String(err)}`);
    }
    record.status = reply.status;
    record.response = reply.body;
    this.log(`${record.method} ${record.path} → ${reply.status}`);
    const body = reply.status === 204 || reply.body === undefined ? undefined : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...(body ? { "content-type": "application/json" } : {}),
      ...reply.headers,
    });
    res.end(body);
    this.changed();
  }

  private takeFailRule(r: RecordedRequest): ActiveFailRule | undefined {
    const rule = this.failRules.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method.toUpperCase() === r.method) &&
        (!f.pathIncludes || r.path.includes(f.pathIncludes)),
    );
    if (rule) {
      rule.remaining -= 1;
      rule.hits += 1;
    }
    return rule;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  // prettier-ignore
  private readonly routes: [method: string, path: RegExp, handler: RouteHandler][] = [
    ["GET",    /^\/gateway\/bot$/, () => ok(this.gatewayBot())],
    ["GET",    /^\/gateway$/, () => ok({ url: this.gatewayUrl })],
    ["GET",    /^\/users\/@me$/, () => ok(this.botUser)],
    ["GET",    /^\/users\/(\d+)$/, (_r, id) => ok(id === this.botUser.id ? this.botUser : this.apiUser({ id }))],
    ["GET",    /^\/applications\/@me$/, () => ok(this.application())],
    ["POST",   /^\/users\/@me\/channels$/, (r) => ok(this.dmChannelFor(this.apiUser({ id: String(asObject(r.body).recipient_id) })))],
    ["GET",    /^\/channels\/(\d+)$/, (_r, id) => this.getChannel(id)],
    ["POST",   /^\/channels\/(\d+)\/typing$/, () => noContent()],
    ["POST",   /^\/channels\/(\d+)\/messages$/, (r, channelId) => this.createChannelMessage(r, channelId)],
    ["GET",    /^\/channels\/(\d+)\/messages\/(\d+)$/, (_r, channelId, id) => this.getMessage(channelId, id)],
    ["PATCH",  /^\/channels\/(\d+)\/messages\/(\d+)$/, (r, channelId, id) => this.editMessage(r.body, r.files, this.messageIn(channelId, id))],
    ["DELETE", /^\/channels\/(\d+)\/messages\/(\d+)$/, (_r, channelId, id) => this.deleteMessage(this.messageIn(channelId, id))],
    ["PUT",    /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/([^/]+)\/@me$/, () => noContent()],
    ["POST",   /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (r, id, token) => this.interactionCallback(r, id, token)],
    ["POST",   /^\/webhooks\/(\d+)\/([^/]+)$/, (r, _app, token) => this.followUp(r, token)],
    ["GET",    /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (_r, _app, token, id) => this.webhookMessage(token, id, (m) => ok(m))],
    ["PATCH",  /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (r, _app, token, id) => this.webhookMessage(token, id, (m) => this.editMessage(r.body, r.files, m))],
    ["DELETE", /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (_r, _app, token, id) => this.webhookMessage(token, id, (m) => this.deleteMessage(m))],
    ["PUT",    /^\/applications\/(\d+)\/commands$/, (r) => this.putCommands(r, null)],
    ["PUT",    /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (r, _app, guildId) => this.putCommands(r, guildId)],
    ["GET",    /^\/applications\/(\d+)\/commands$/, () => ok(this.commands.get("global") ?? [])],
    ["GET",    /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (_r, _app, guildId) => ok(this.commands.get(guildId) ?? [])],
  ];

  private gatewayBot(): JsonObject {
    const { recommendedShards, maxConcurrency } = this.options;
    return {
      url: this.gatewayUrl,
      shards: recommendedShards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: maxConcurrency },
    };
  }

  private application(): JsonObject {
    const bot = this.botUser;
    return {
      id: this.applicationId,
      name: bot.username,
      description: "",
      flags: 0,
      owner: bot,
      bot,
      team: null,
    };
  }

  private getChannel(id: string): Reply {
    const channel = this.findChannel(id);
    return channel ? ok(channel) : apiError(404, 10003, "Unknown Channel");
  }

  private route(r: RecordedRequest): Reply {
    for (const [method, pattern, handler] of this.routes) {
      const match = method === r.method ? pattern.exec(r.path) : null;
      if (match) {
        const [, a = "", b = "", c = ""] = match;
        return handler(r, a, b, c);
      }
    }
    return apiError(404, 0, "404: Not Found");
  }

  private createChannelMessage(r: RecordedRequest, channelId: string): Reply {
    if (!this.findChannel(channelId)) return apiError(404, 10003, "Unknown Channel");
    const data = asObject(r.body);
    const invalid = validateMessage(data, { create: true, files: r.files.length });
    if (invalid) return invalid;
    const message = this.botMessage(channelId, data, r.files, data.message_reference ? { type: 19 } : {});
    return ok(message);
  }

  private interactionCallback(r: RecordedRequest, id: string, token: string): Reply {
    const state = this.interactions.get(id);
    if (
      !state ||
      state.token !== token ||
      Date.now() - state.createdAt > this.options.interactionDeadlineMs
    ) {
      return apiError(404, 10062, "Unknown interaction");
    }
    if (state.callbackType !== null)
      return apiError(400, 40060, "Interaction has already been acknowledged.");
    const body = asObject(r.body);
    const type = Number(body.type);
    const data = asObject(body.data);
    const allowed: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };
    if (!allowed[state.type]?.includes(type)) {
      return formError([
        [
          "type",
          "BASE_TYPE_CHOICES",
          `Callback type ${type} is not valid for interaction type ${state.type}`,
        ],
      ]);
    }
    const invalid =
      type === 4 || type === 7
        ? validateMessage(data, { create: type === 4, files: r.files.length })
        : type === 8
          ? validateChoices(data)
          : null;
    if (invalid) return invalid;

    state.callbackType = type;
    const metadata = {
      interaction_metadata: { id, type: state.type, user: state.user, authorizing_integration_owners: {} },
    };
    const webhookFields = { webhook_id: this.applicationId, application_id: this.applicationId, ...metadata };
    if (type === 4)
      state.original = this.botMessage(state.channelId, data, r.files, {
        type: state.type === 2 ? 20 : 0,
        ...webhookFields,
      });
    if (type === 5) {
      const flags = 128 | (Number(data.flags ?? 0) & 64); // Loading (+ Ephemeral)
      state.original = this.botMessage(state.channelId, { content: "", flags }, [], {
        type: state.type === 2 ? 20 : 0,
        ...webhookFields,
      });
    }
    if (type === 6) state.original = state.sourceMessage;
    if (type === 7 && state.sourceMessage) {
      this.editMessage(data, r.files, state.sourceMessage);
      state.original = state.sourceMessage;
    }
    if (type === 8) state.choices = asArray(data.choices).map(asObject);
    this.changed();

    if (r.query.with_response !== "true") return noContent();
    const message = type === 4 || type === 5 || type === 7 ? state.original : null;
    return ok({
      interaction: {
        id,
        type: state.type,
        response_message_id: message?.id ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: (Number(message?.flags ?? 0) & 64) !== 0,
      },
      resource: { type, ...(message ? { message } : {}) },
    });
  }

  private followUp(r: RecordedRequest, token: string): Reply {
    const state = [...this.interactions.values()].find((s) => s.token === token);
    if (!state) return apiError(404, 10015, "Unknown Webhook");
    const data = asObject(r.body);
    const invalid = validateMessage(data, { create: true, files: r.files.length });
    if (invalid) return invalid;
    const message = this.botMessage(state.channelId, data, r.files, {
      webhook_id: this.applicationId,
      application_id: this.applicationId,
    });
    state.followUps.push(message);
    return ok(message);
  }

  private webhookMessage(token: string, id: string, then: (m: JsonObject) => Reply): Reply {
    const state = [...this.interactions.values()].find((s) => s.token === token);
    if (!state) return apiError(404, 10015, "Unknown Webhook");
    const message = id === "@original" ? state.original : (state.followUps.find((m) => m.id === id) ?? null);
    const exists = message && !this.deletedMessageIds.has(message.id);
    return exists ? then(message) : apiError(404, 10008, "Unknown Message");
  }

  private getMessage(channelId: string, id: string): Reply {
    const message = this.messageIn(channelId, id);
    return message ? ok(message) : apiError(404, 10008, "Unknown Message");
  }

  private messageIn(channelId: string, id: string): JsonObject | null {
    const message = this.messages.get(id);
    const exists = message && message.channel_id === channelId && !this.deletedMessageIds.has(id);
    return exists ? message : null;
  }

  private editMessage(body: unknown, files: RecordedFile[], message: JsonObject | null): Reply {
    if (!message) return apiError(404, 10008, "Unknown Message");
    const data = asObject(body);
    const invalid = validateMessage(data, { create: false, files: files.length });
    if (invalid) return invalid;
    for (const key of ["content", "embeds", "components"] as const)
      if (key in data) message[key] = data[key] ?? (key === "content" ? "" : []);
    if ("flags" in data) message.flags = Number(data.flags ?? 0) | (Number(message.flags ?? 0) & 64);
    message.flags = Number(message.flags ?? 0) & ~128; // an edit ends the "thinking…" state
    if (files.length) message.attachments = this.attachments(files);
    message.edited_timestamp = new Date().toISOString();
    if (this.options.echoBotMessages && !(Number(message.flags) & 64))
      this.dispatchMessageEvent("MESSAGE_UPDATE", message);
    return ok(message);
  }

  private deleteMessage(message: JsonObject | null): Reply {
    if (!message) return apiError(404, 10008, "Unknown Message");
    this.deletedMessageIds.add(message.id);
    if (this.options.echoBotMessages && !(Number(message.flags) & 64)) {
      const { id, channel_id, guild_id } = message;
      this.dispatchMessageEvent("MESSAGE_DELETE", {
        id,
        channel_id,
        ...(guild_id ? { guild_id } : {}),
        author: message.author,
      });
    }
    return noContent();
  }

  private putCommands(r: RecordedRequest, guildId: string | null): Reply {
    const key = guildId ?? "global";
    const previous = this.commands.get(key) ?? [];
    const commands = asArray(r.body).map((c) => {
      const command = asObject(c);
      return {
        type: 1,
        description: "",
        options: [],
        default_member_permissions: null,
        nsfw: false,
        ...command,
        id: previous.find((p) => p.name === command.name)?.id ?? snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        ...(guildId ? { guild_id: guildId } : {}),
      };
    });
    this.commands.set(key, commands);
    return ok(commands);
  }

  // ------------------------------------------------------------------------------------------
  // Building API objects

  private apiUser(u: Partial<UserSpec> & { id: string }): JsonObject & { id: string } {
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
  private apiMember(user: JsonObject | null, roles: string[] = []): JsonObject {
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

  private guildCreatePayload(guild: GuildSpec): JsonObject {
    const human = this.apiUser({ ...this.defaultUser });
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId ?? this.defaultUser.id,
      unavailable: false,
      large: false,
      lazy: true,
      member_count: 2,
      joined_at: "2024-01-01T00:00:00.000Z",
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: "en-US",
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      application_id: null,
      max_members: 500_000,
      features: [],
      roles: [
        {
          id: guild.id,
          name: "@everyone",
          permissions: EVERYONE_PERMISSIONS,
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
          icon: null,
          unicode_emoji: null,
        },
        {
          id: this.botRoleId,
          name: String(this.botUser.username),
          permissions: this.options.botPermissions,
          position: 1,
          color: 0,
          hoist: false,
          managed: true,
          mentionable: false,
          flags: 0,
          icon: null,
          unicode_emoji: null,
          tags: { bot_id: this.botUser.id },
        },
        ...(guild.roles ?? []).map((role, i) => ({
          id: role.id,
          name: role.name,
          permissions: role.permissions ?? "0",
          position: i + 2,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
          icon: null,
          unicode_emoji: null,
        })),
      ],
      channels: guild.channels.map((c) => this.findChannel(c.id)),
      threads: [],
      members: [this.apiMember(this.botUser, [this.botRoleId]), this.apiMember(human)],
      voice_states: [],
      presences: [],
      emojis: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** A guild channel or a DM channel by id, as the API returns it. */
  private findChannel(id: string): JsonObject | null {
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

  private dmChannelFor(user: JsonObject & { id: string }): JsonObject {
    let channel = this.dmChannels.get(user.id);
    if (!channel) {
      channel = { id: snowflake(), type: 1, last_message_id: null, flags: 0, recipients: [user] };
      this.dmChannels.set(user.id, channel);
    }
    return channel;
  }

  private findCommand(name: string, guildId: string | null): JsonObject | undefined {
    const scopes = [
      ...(guildId ? [this.commands.get(guildId) ?? []] : []),
      this.commands.get("global") ?? [],
    ];
    return scopes.flat().find((c) => c.name === name);
  }

  private findButtonMessage(channelId: string, customId: string): JsonObject {
    const hasButton = (m: JsonObject): boolean =>
      JSON.stringify(m.components ?? []).includes(JSON.stringify(customId));
    const found = [...this.messages.values()]
      .reverse()
      .find((m) => m.channel_id === channelId && !this.deletedMessageIds.has(m.id) && hasButton(m));
    if (!found)
      throw new Error(`No message with a button "${customId}" in channel ${channelId}; pass \`message\``);
    return found;
  }

  private baseMessage(channelId: string, author: JsonObject): JsonObject {
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

  /** Store a message authored by the bot and echo it over the gateway like Discord does. */
  private botMessage(
    channelId: string,
    data: JsonObject,
    files: RecordedFile[],
    extra: JsonObject,
  ): JsonObject {
    const guildId = this.findChannel(channelId)?.guild_id;
    const message: JsonObject = {
      ...this.baseMessage(channelId, this.botUser),
      ...(guildId ? { guild_id: guildId } : {}),
      content: typeof data.content === "string" ? data.content : "",
      embeds: asArray(data.embeds),
      components: asArray(data.components),
      flags: Number(data.flags ?? 0),
      attachments: this.attachments(files),
      ...(data.message_reference
        ? { message_reference: { ...asObject(data.message_reference), channel_id: channelId } }
        : {}),
      ...extra,
    };
    this.messages.set(String(message.id), message);
    if (this.options.echoBotMessages && !(Number(message.flags) & 64))
      this.dispatchMessageEvent("MESSAGE_CREATE", message);
    return message;
  }

  private attachments(files: RecordedFile[]): JsonObject[] {
    return files.map((f) => {
      const id = snowflake();
      const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(f.filename)}`;
      return { id, filename: f.filename, size: f.size, content_type: f.contentType, url, proxy_url: url };
    });
  }

  private log(message: string): void {
    if (this.options.log) process.stderr.write(`[discord-emulator] ${message}\n`);
  }
}

/** `new DiscordEmulator(options).start()` */
export function startEmulator(options?: EmulatorOptions): Promise<DiscordEmulator> {
  return new DiscordEmulator(options).start();
}

// ---------------------------------------------------------------------------------------------
// Helpers without state

/** JSON body, or `payload_json` + file list for multipart; anything unparsable is kept as text. */
async function parseBody(raw: Buffer, contentType = ""): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  try {
    if (contentType.startsWith("application/json"))
      return { body: JSON.parse(raw.toString("utf8")), files: [] };
    if (!contentType.startsWith("multipart/form-data")) return { body: raw.toString("utf8"), files: [] };
    const response = new Response(new Uint8Array(raw), { headers: { "content-type": contentType } });
    let body: unknown;
    const files: RecordedFile[] = [];
    for (const [field, value] of (await response.formData()).entries()) {
      if (typeof value !== "string") {
        files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      } else if (field === "payload_json") body = JSON.parse(value);
      else body = { ...asObject(body), [field]: value };
    }
    return { body, files };
  } catch {
    return { body: raw.toString("utf8"), files: [] };
  }
}

function failReply(rule: ActiveFailRule): Reply {
  const status = rule.status ?? 500;
  if (status === 429) {
    const body = asObject(
      rule.body ?? { message: "You are being rate limited.", retry_after: 0.1, global: false },
    );
    const retryAfter = String(body.retry_after ?? 0.1);
    const headers: Record<string, string> = {
      "retry-after": retryAfter,
      "x-ratelimit-scope": body.global ? "global" : "user",
    };
    if (body.global) headers["x-ratelimit-global"] = "true";
    return { status, body, headers: { ...headers, ...rule.headers } };
  }
  const body =
    rule.body ??
    (status >= 500 ? { message: "Internal Server Error", code: 0 } : { message: "Error", code: 0 });
  return { status, body, ...(rule.headers ? { headers: rule.headers } : {}) };
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

type FieldError = [path: string, code: string, message: string];

function formError(errors: FieldError[]): Reply {
  const tree: JsonObject = {};
  for (const [path, code, message] of errors) {
    let node = tree;
    for (const part of path.split(".")) node = asObject((node[part] ??= {}));
    node._errors = [...asArray(node._errors), { code, message }];
  }
  return apiError(400, 50035, "Invalid Form Body", { errors: tree });
}

/** The message limits Discord enforces most often (content, embeds, components). */
function validateMessage(data: JsonObject, opts: { create: boolean; files: number }): Reply | null {
  const errors: FieldError[] = [];
  const tooLong = (path: string, value: unknown, max: number): void => {
    if (typeof value === "string" && value.length > max)
      errors.push([path, "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`]);
  };
  tooLong("content", data.content, 2000);
  const embeds = asArray(data.embeds).map(asObject);
  if (embeds.length > 10) errors.push(["embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length."]);
  let embedChars = 0;
  embeds.forEach((e, i) => {
    const fields = asArray(e.fields).map(asObject);
    const footer = asObject(e.footer);
    const author = asObject(e.author);
    tooLong(`embeds.${i}.title`, e.title, 256);
    tooLong(`embeds.${i}.description`, e.description, 4096);
    tooLong(`embeds.${i}.footer.text`, footer.text, 2048);
    tooLong(`embeds.${i}.author.name`, author.name, 256);
    if (fields.length > 25)
      errors.push([`embeds.${i}.fields`, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."]);
    fields.forEach((f, j) => {
      tooLong(`embeds.${i}.fields.${j}.name`, f.name, 256);
      tooLong(`embeds.${i}.fields.${j}.value`, f.value, 1024);
      if (!f.name || !f.value)
        errors.push([`embeds.${i}.fields.${j}`, "BASE_TYPE_REQUIRED", "This field is required"]);
    });
    for (const text of [
      e.title,
      e.description,
      footer.text,
      author.name,
      ...fields.flatMap((f) => [f.name, f.value]),
    ]) {
      if (typeof text === "string") embedChars += text.length;
    }
  });
  if (embedChars > 6000)
    errors.push(["embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"]);
  const rows = asArray(data.components).map(asObject);
  if (rows.length > 5) errors.push(["components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."]);
  rows.forEach((row, i) => {
    const items = asArray(row.components).map(asObject);
    if (items.length > 5)
      errors.push([`components.${i}.components`, "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."]);
    items.forEach((c, j) => {
      tooLong(`components.${i}.components.${j}.custom_id`, c.custom_id, 100);
      tooLong(`components.${i}.components.${j}.label`, c.label, 80);
    });
  });
  if (errors.length) return formError(errors);
  const hasContent = typeof data.content === "string" && data.content.trim() !== "";
  if (
    opts.create &&
    !hasContent &&
    !embeds.length &&
    !rows.length &&
    !opts.files &&
    !data.poll &&
    !asArray(data.sticker_ids).length
  ) {
    return apiError(400, 50006, "Cannot send an empty message");
  }
  return null;
}

function validateChoices(data: JsonObject): Reply | null {
  const choices = asArray(data.choices).map(asObject);
  const errors: FieldError[] = [];
  if (choices.length > 25)
    errors.push(["data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."]);
  choices.forEach((c, i) => {
    if (typeof c.name !== "string" || c.name.length < 1 || c.name.length > 100) {
      errors.push([`data.choices.${i}.name`, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."]);
    }
    if (typeof c.value === "string" && c.value.length > 100) {
      errors.push([`data.choices.${i}.value`, "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."]);
    }
  });
  return errors.length ? formError(errors) : null;
}
