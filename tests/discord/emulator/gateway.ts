// The Discord emulator's gateway: a `ws` server (JSON encoding, no compression) with sessions per
// shard, IDENTIFY / RESUME with replay of missed dispatches, intents honoured on message events,
// and the gateway faults a test can inject (dropped sockets, close codes, op 7, op 9).

import type http from "node:http";
import { randomBytes } from "node:crypto";
import { WebSocket, WebSocketServer } from "ws";
import type { DroppedDispatch, IdentifyRecord, JsonObject, ResumeRecord } from "../emulator-types.js";
import { Intents, shardIdForGuild } from "./ids.js";
import { asArray, asObject } from "./replies.js";
import { guildCreatePayload } from "./guildPayload.js";
import type { EmulatorWorld } from "./world.js";

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

export class Gateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  /** Query string of every gateway connection (discord.js sends v=10&encoding=json). */
  readonly gatewayConnections: { at: number; query: Record<string, string> }[] = [];
  /** Dispatches not delivered, e.g. because the bot lacks the intent. */
  readonly droppedDispatches: DroppedDispatch[] = [];

  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<number, Session>(); // by shard id

  constructor(private readonly world: EmulatorWorld) {}

  get url(): string {
    return `ws://127.0.0.1:${this.world.port}/gateway`;
  }

  /** Takes the HTTP server's upgrades to /gateway. */
  attach(server: http.Server): void {
    server.on("upgrade", (req, socket, head) => {
      if (!(req.url ?? "").startsWith("/gateway")) return void socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
    });
  }

  close(): void {
    for (const conn of this.connections) conn.ws.terminate();
    this.wss.close();
  }

  // ------------------------------------------------------------------------------------------
  // Faults

  /** Kill every gateway socket without a close frame (client sees 1006 and RESUMEs). */
  dropSockets(shard?: number): void {
    for (const conn of this.connectionsOf(shard)) conn.ws.terminate();
  }

  /** Close gateway sockets with a close code (4000 unknown error → resume, 4009 timed out → resume). */
  closeWith(code: number, shard?: number): void {
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
  // Connections and sessions

  private onConnection(ws: WebSocket, req: http.IncomingMessage): void {
    const query = Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams);
    this.gatewayConnections.push({ at: Date.now(), query });
    const conn: Connection = { ws, session: null };
    this.connections.add(conn);
    ws.on("message", (raw) => this.onMessage(conn, String(raw)));
    ws.on("close", () => {
      this.connections.delete(conn);
      if (conn.session?.conn === conn) conn.session.conn = null;
    });
    ws.on("error", (err) => this.world.log(`gateway socket error: ${err.message}`));
    if (query.compress || (query.encoding && query.encoding !== "json")) {
      this.world.errors.push(
        `Unsupported gateway query ${JSON.stringify(query)} (is zlib-sync/erlpack installed?)`,
      );
      ws.close(1011, "emulator supports only encoding=json without compression");
      return;
    }
    this.send(conn, {
      op: 10,
      s: null,
      t: null,
      d: { heartbeat_interval: this.world.options.heartbeatIntervalMs },
    });
  }

  private onMessage(conn: Connection, raw: string): void {
    let payload: { op?: number; d?: unknown };
    try {
      payload = JSON.parse(raw) as { op?: number; d?: unknown };
    } catch {
      return conn.ws.close(4002, "Decode error");
    }
    this.world.log(`gateway ← op ${payload.op}`);
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
    const guilds = this.world.guilds.filter((g) => shardIdForGuild(g.id, shardCount) === shardId);
    this.dispatch(session, "READY", {
      v: 10,
      user: this.world.botUser,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.url,
      session_type: "normal",
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      ...(shardArg ? { shard: shardArg } : {}),
    });
    for (const guild of guilds) this.dispatch(session, "GUILD_CREATE", guildCreatePayload(this.world, guild));
    this.world.changed();
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
      return this.world.changed();
    }
    if (session.conn && session.conn !== conn) session.conn.ws.terminate();
    session.conn = conn;
    conn.session = session;
    const missed = session.history.filter((e) => e.s > record.seq);
    for (const event of missed) this.send(conn, event);
    this.resumes.push({ ...record, ok: true, replayed: missed.length });
    this.dispatch(session, "RESUMED", {});
    this.world.changed();
  }

  private forgetSession(session: Session): void {
    if (this.sessions.get(session.shard[0]) === session) this.sessions.delete(session.shard[0]);
  }

  /** The current session of the shard that owns `guildId` (DMs: shard 0). */
  sessionFor(guildId: string | null): Session {
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
  dispatch(session: Session, t: string, d: unknown): void {
    const payload: DispatchPayload = { op: 0, t, s: ++session.seq, d: structuredClone(d) };
    session.history.push(payload);
    if (session.history.length > 1_000) session.history.shift();
    if (session.conn) this.send(session.conn, payload);
  }

  /** MESSAGE_* events honour the intents like Discord (incl. MESSAGE_CONTENT stripping). */
  dispatchMessageEvent(t: string, message: JsonObject): boolean {
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
    const mentioned = asArray(message.mentions).some((m) => asObject(m).id === this.world.botUser.id);
    const hidden =
      guildId &&
      (session.intents & Intents.MessageContent) === 0 &&
      author.id !== this.world.botUser.id &&
      !mentioned;
    const d = hidden ? { ...message, content: "", embeds: [], attachments: [], components: [] } : message;
    this.dispatch(session, t, d);
    return true;
  }

  private send(conn: Connection, payload: object): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    const p = payload as { op?: number; t?: string | null };
    this.world.log(`gateway → op ${p.op}${p.t ? ` ${p.t}` : ""}`);
    conn.ws.send(JSON.stringify(payload));
  }

  // ------------------------------------------------------------------------------------------
  // REST
}
