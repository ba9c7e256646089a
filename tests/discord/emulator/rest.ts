// The Discord emulator's REST API: one node:http handler for `${apiUrl}/v10${route}`, every request
// recorded, faults injected (faults.ts), and the routes a discord.js bot uses: gateway discovery,
// messages, interaction callbacks and webhooks (follow-ups, @original), command registration.

import type http from "node:http";
import type { JsonObject, RecordedFile, RecordedRequest } from "../emulator-types.js";
import { FailRules } from "./faults.js";
import type { Gateway } from "./gateway.js";
import { snowflake } from "./ids.js";
import {
  apiError,
  asArray,
  asObject,
  failReply,
  formError,
  noContent,
  ok,
  parseBody,
  validateChoices,
  validateMessage,
  type Reply,
} from "./replies.js";
import type { EmulatorWorld } from "./world.js";

type RouteHandler = (r: RecordedRequest, a: string, b: string, c: string) => Reply;

export class RestApi {
  readonly failRules = new FailRules();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly world: EmulatorWorld,
    private readonly gateway: Gateway,
  ) {}

  /** Stops answering: requests still waiting on an injected delay are never answered. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
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
      seq: this.world.requests.length + 1,
      at: Date.now(),
      method: (req.method ?? "GET").toUpperCase(),
      path: decodeURIComponent(versioned ? url.pathname.slice(prefix.length) : url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers,
      authorized: req.headers.authorization !== undefined,
      ...(await parseBody(Buffer.concat(chunks), headers["content-type"])),
    };
    this.world.requests.push(record);
    this.world.changed();

    const rule = this.failRules.take(record);
    if (rule?.delayMs) await this.sleep(rule.delayMs);
    if (this.stopped) return;
    let reply: Reply;
    try {
      reply =
        rule?.status !== undefined ? failReply(rule) : versioned ? this.route(record) : this.file(record);
    } catch (err) {
      this.world.errors.push(`${record.method} ${record.path}: ${String(err)}`);
      reply = apiError(500, 0, `Emulator error: ${String(err)}`);
    }
    record.status = reply.status;
    record.response = reply.body;
    this.world.log(`${record.method} ${record.path} → ${reply.status}`);
    if (reply.raw) {
      res.writeHead(reply.status, {
        "content-type": reply.raw.contentType,
        "content-length": reply.raw.bytes.length,
      });
      res.end(reply.raw.bytes);
      return this.world.changed();
    }
    const body = reply.status === 204 || reply.body === undefined ? undefined : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...(body ? { "content-type": "application/json" } : {}),
      ...reply.headers,
    });
    res.end(body);
    this.world.changed();
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
    ["GET",    /^\/gateway$/, () => ok({ url: this.gateway.url })],
    ["GET",    /^\/users\/@me$/, () => ok(this.world.botUser)],
    ["GET",    /^\/users\/(\d+)$/, (_r, id) => ok(id === this.world.botUser.id ? this.world.botUser : this.world.apiUser({ id }))],
    ["GET",    /^\/applications\/@me$/, () => ok(this.application())],
    ["POST",   /^\/users\/@me\/channels$/, (r) => ok(this.world.dmChannelFor(this.world.apiUser({ id: String(asObject(r.body).recipient_id) })))],
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
    ["GET",    /^\/applications\/(\d+)\/commands$/, () => ok(this.world.commands.get("global") ?? [])],
    ["GET",    /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (_r, _app, guildId) => ok(this.world.commands.get(guildId) ?? [])],
  ];

  /** Discord's CDN: the files users attached (`/attachments/:id/:filename`). */
  private file(r: RecordedRequest): Reply {
    const match = /^\/attachments\/(\d+)\/[^/]+$/u.exec(r.path);
    const file = r.method === "GET" && match ? this.world.attachmentFiles.get(match[1] as string) : undefined;
    if (!file) return { status: 404, raw: { bytes: Buffer.from("Not Found"), contentType: "text/plain" } };
    return { status: 200, raw: { bytes: file.bytes, contentType: file.contentType } };
  }

  private gatewayBot(): JsonObject {
    const { recommendedShards, maxConcurrency } = this.world.options;
    return {
      url: this.gateway.url,
      shards: recommendedShards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: maxConcurrency },
    };
  }

  private application(): JsonObject {
    const bot = this.world.botUser;
    return {
      id: this.world.applicationId,
      name: bot.username,
      description: "",
      flags: 0,
      owner: bot,
      bot,
      team: null,
    };
  }

  private getChannel(id: string): Reply {
    const channel = this.world.findChannel(id);
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
    if (!this.world.findChannel(channelId)) return apiError(404, 10003, "Unknown Channel");
    const data = asObject(r.body);
    const invalid = validateMessage(data, { create: true, files: r.files.length });
    if (invalid) return invalid;
    const message = this.botMessage(channelId, data, r.files, data.message_reference ? { type: 19 } : {});
    return ok(message);
  }

  private interactionCallback(r: RecordedRequest, id: string, token: string): Reply {
    const state = this.world.interactions.get(id);
    if (
      !state ||
      state.token !== token ||
      Date.now() - state.createdAt > this.world.options.interactionDeadlineMs
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
    const webhookFields = {
      webhook_id: this.world.applicationId,
      application_id: this.world.applicationId,
      ...metadata,
    };
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
    this.world.changed();

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
    const state = [...this.world.interactions.values()].find((s) => s.token === token);
    if (!state) return apiError(404, 10015, "Unknown Webhook");
    const data = asObject(r.body);
    const invalid = validateMessage(data, { create: true, files: r.files.length });
    if (invalid) return invalid;
    const message = this.botMessage(state.channelId, data, r.files, {
      webhook_id: this.world.applicationId,
      application_id: this.world.applicationId,
    });
    state.followUps.push(message);
    return ok(message);
  }

  private webhookMessage(token: string, id: string, then: (m: JsonObject) => Reply): Reply {
    const state = [...this.world.interactions.values()].find((s) => s.token === token);
    if (!state) return apiError(404, 10015, "Unknown Webhook");
    const message = id === "@original" ? state.original : (state.followUps.find((m) => m.id === id) ?? null);
    const exists = message && !this.world.deletedMessageIds.has(message.id);
    return exists ? then(message) : apiError(404, 10008, "Unknown Message");
  }

  private getMessage(channelId: string, id: string): Reply {
    const message = this.messageIn(channelId, id);
    return message ? ok(message) : apiError(404, 10008, "Unknown Message");
  }

  private messageIn(channelId: string, id: string): JsonObject | null {
    const message = this.world.messages.get(id);
    const exists = message && message.channel_id === channelId && !this.world.deletedMessageIds.has(id);
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
    if (files.length) message.attachments = this.world.attachments(files);
    message.edited_timestamp = new Date().toISOString();
    if (this.world.options.echoBotMessages && !(Number(message.flags) & 64))
      this.gateway.dispatchMessageEvent("MESSAGE_UPDATE", message);
    return ok(message);
  }

  private deleteMessage(message: JsonObject | null): Reply {
    if (!message) return apiError(404, 10008, "Unknown Message");
    this.world.deletedMessageIds.add(message.id);
    if (this.world.options.echoBotMessages && !(Number(message.flags) & 64)) {
      const { id, channel_id, guild_id } = message;
      this.gateway.dispatchMessageEvent("MESSAGE_DELETE", {
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
    const previous = this.world.commands.get(key) ?? [];
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
        application_id: this.world.applicationId,
        version: snowflake(),
        ...(guildId ? { guild_id: guildId } : {}),
      };
    });
    this.world.commands.set(key, commands);
    return ok(commands);
  }

  // ------------------------------------------------------------------------------------------
  // Building API objects

  /** Store a message authored by the bot and echo it over the gateway like Discord does. */
  private botMessage(
    channelId: string,
    data: JsonObject,
    files: RecordedFile[],
    extra: JsonObject,
  ): JsonObject {
    const guildId = this.world.findChannel(channelId)?.guild_id;
    const message: JsonObject = {
      ...this.world.baseMessage(channelId, this.world.botUser),
      ...(guildId ? { guild_id: guildId } : {}),
      content: typeof data.content === "string" ? data.content : "",
      embeds: asArray(data.embeds),
      components: asArray(data.components),
      flags: Number(data.flags ?? 0),
      attachments: this.world.attachments(files),
      ...(data.message_reference
        ? { message_reference: { ...asObject(data.message_reference), channel_id: channelId } }
        : {}),
      ...extra,
    };
    this.world.messages.set(String(message.id), message);
    if (this.world.options.echoBotMessages && !(Number(message.flags) & 64))
      this.gateway.dispatchMessageEvent("MESSAGE_CREATE", message);
    return message;
  }
}
