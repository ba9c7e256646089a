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
//
// The parts: emulator/world.ts (users, guilds, messages, interactions, commands), emulator/rest.ts
// (the REST routes), emulator/gateway.ts (sessions, dispatches, gateway faults), emulator/faults.ts
// (REST faults), emulator/userActions.ts (what users do), emulator/replies.ts (replies and Discord's
// request checks), emulator/ids.ts (ids, permissions, defaults). This file puts them together.

import http from "node:http";
import type { AddressInfo } from "node:net";
import type {
  ActiveFailRule,
  DroppedDispatch,
  EmulatorOptions,
  FailRule,
  GuildSpec,
  IdentifyRecord,
  InteractionState,
  JsonObject,
  RecordedRequest,
  ResumeRecord,
  SendInteractionOptions,
  SendMessageOptions,
  SentInteraction,
  UserSpec,
} from "./emulator-types.js";
import { Gateway } from "./emulator/gateway.js";
import { RestApi } from "./emulator/rest.js";
import { UserActions } from "./emulator/userActions.js";
import { EmulatorWorld } from "./emulator/world.js";

export type * from "./emulator-types.js";
export {
  DEFAULTS,
  EVERYONE_PERMISSIONS,
  guildIdOnShard,
  shardIdForGuild,
  snowflake,
} from "./emulator/ids.js";

export class DiscordEmulator {
  private readonly world: EmulatorWorld;
  private readonly gateway: Gateway;
  private readonly rest: RestApi;
  private readonly users: UserActions;
  private readonly server = http.createServer((req, res) => void this.rest.handle(req, res));
  private stopped = false;

  constructor(options: EmulatorOptions = {}) {
    this.world = new EmulatorWorld(options);
    this.gateway = new Gateway(this.world);
    this.rest = new RestApi(this.world, this.gateway);
    this.users = new UserActions(this.world, this.gateway);
  }

  /** Every REST request, in arrival order. */
  get requests(): RecordedRequest[] {
    return this.world.requests;
  }
  get identifies(): IdentifyRecord[] {
    return this.gateway.identifies;
  }
  get resumes(): ResumeRecord[] {
    return this.gateway.resumes;
  }
  /** Query string of every gateway connection (discord.js sends v=10&encoding=json). */
  get gatewayConnections(): { at: number; query: Record<string, string> }[] {
    return this.gateway.gatewayConnections;
  }
  /** Dispatches not delivered, e.g. because the bot lacks the intent. */
  get droppedDispatches(): DroppedDispatch[] {
    return this.gateway.droppedDispatches;
  }
  /** Problems inside the emulator or unsupported client behaviour; tests may assert it is empty. */
  get errors(): string[] {
    return this.world.errors;
  }
  /** All messages by id (sent by users via sendMessage and created by the bot). */
  get messages(): Map<string, JsonObject> {
    return this.world.messages;
  }
  get interactions(): Map<string, InteractionState> {
    return this.world.interactions;
  }
  /** Registered commands: key "global" or a guild id. */
  get commands(): Map<string, JsonObject[]> {
    return this.world.commands;
  }
  get botUser(): JsonObject {
    return this.world.botUser;
  }
  get applicationId(): string {
    return this.world.applicationId;
  }
  get guilds(): GuildSpec[] {
    return this.world.guilds;
  }
  get defaultUser(): UserSpec {
    return this.world.defaultUser;
  }

  get apiUrl(): string {
    return `${this.world.origin}/api`;
  }
  get gatewayUrl(): string {
    return this.gateway.url;
  }

  async start(): Promise<this> {
    this.gateway.attach(this.server);
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.world.port = (this.server.address() as AddressInfo).port;
    this.world.log(`listening on ${this.apiUrl}`);
    return this;
  }

  /** Closes sockets and servers. Destroy the discord.js client first, or it keeps reconnecting. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.rest.stop();
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.world.stopped();
  }

  // ------------------------------------------------------------------------------------------
  // Waiting helpers

  /** Resolves with the first answered request matching `predicate` (already recorded ones included). */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    return this.waitFor(
      "a matching request",
      () => this.world.requests.find((r) => r.status !== undefined && predicate(r)),
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
    return this.waitFor(`IDENTIFY #${count}`, () => this.gateway.identifies[count - 1], timeoutMs);
  }

  /** Resolves once at least `count` RESUMEs were answered in total; returns the count-th. */
  waitForResume(count = 1, timeoutMs = 5_000): Promise<ResumeRecord> {
    return this.waitFor(`RESUME #${count}`, () => this.gateway.resumes[count - 1], timeoutMs);
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
        const recent = this.world.requests
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
        this.world.off("change", onChange);
        this.world.off("stopped", onStopped);
      };
      this.world.on("change", onChange);
      this.world.on("stopped", onStopped);
    });
  }

  // ------------------------------------------------------------------------------------------
  // Fault injection

  /** Answer the next matching request(s) with an error status and/or after a delay. */
  failNext(rule: FailRule): ActiveFailRule {
    return this.rest.failRules.add(rule);
  }

  /** Kill every gateway socket without a close frame (client sees 1006 and RESUMEs). */
  dropGatewaySockets(shard?: number): void {
    this.gateway.dropSockets(shard);
  }

  /** Close gateway sockets with a close code (4000 unknown error → resume, 4009 timed out → resume). */
  closeGateway(code: number, shard?: number): void {
    this.gateway.closeWith(code, shard);
  }

  /** Send op 9 INVALID_SESSION. Not resumable → the session is forgotten and the bot must IDENTIFY. */
  invalidateSession(resumable: boolean, shard?: number): void {
    this.gateway.invalidateSession(resumable, shard);
  }

  /** Send op 7 RECONNECT (the bot closes and RESUMEs). */
  requestReconnect(shard?: number): void {
    this.gateway.requestReconnect(shard);
  }

  // ------------------------------------------------------------------------------------------
  // Injecting user actions

  /** A user runs a slash command, types in an autocompleted option, or clicks a button. */
  sendInteraction(o: SendInteractionOptions): SentInteraction {
    return this.users.sendInteraction(o);
  }

  /** A user posts a message (guild channel or DM). Returns the MESSAGE_CREATE payload. */
  sendMessage(o: SendMessageOptions): JsonObject {
    return this.users.sendMessage(o);
  }
}

/** `new DiscordEmulator(options).start()` */
export function startEmulator(options?: EmulatorOptions): Promise<DiscordEmulator> {
  return new DiscordEmulator(options).start();
}
