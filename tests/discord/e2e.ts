/**
 * Driving the real bot (a child process) through the emulator in end-to-end tests: start it, send
 * interactions, find its replies, and the checks every e2e describe ends with.
 */
import { expect } from "vitest";
import { scratchLibrary } from "../helpers.js";
import { startBot, TOKEN, type BotProcess } from "./botProcess.js";
import {
  botMessages,
  collapse,
  limitProblems,
  quotedSentences,
  type EmbedJson,
  type MessageJson,
} from "./discordChecks.js";
import {
  startEmulator,
  type DiscordEmulator,
  type EmulatorOptions,
  type JsonObject,
  type RecordedRequest,
  type SendInteractionOptions,
} from "./emulator.js";

export interface Running {
  emulator: DiscordEmulator;
  bot: BotProcess;
  library: Awaited<ReturnType<typeof scratchLibrary>>;
  /** Requests the test made fail on purpose (excluded from the "no 4xx" check). */
  injected: Set<number>;
  stop(): Promise<void>;
}

export async function startRunning(
  options: { emulator?: EmulatorOptions; env?: Record<string, string> } = {},
) {
  const library = await scratchLibrary();
  const emulator = await startEmulator(options.emulator);
  const bot = startBot(library.root, {
    DISCORD_API_URL: emulator.apiUrl,
    ARTICLES_DIR: library.articlesDir,
    DB_PATH: library.dbPath,
    ...options.env,
  });
  await bot.waitForLog("discord ready", undefined, 20_000);
  const running: Running = {
    emulator,
    bot,
    library,
    injected: new Set(),
    async stop() {
      await bot.stop();
      await emulator.stop();
      await library.cleanup();
    },
  };
  return running;
}

export interface Answered {
  id: string;
  callback: RecordedRequest;
  /** The callback's type: 4 reply, 5 deferred, 7 update, 8 choices. */
  type: number;
  data: MessageJson & { choices?: { name: string; value: string }[] };
}

export async function interact(
  emulator: DiscordEmulator,
  options: SendInteractionOptions,
): Promise<Answered> {
  const sent = emulator.sendInteraction(options);
  const callback = await emulator.waitForCallback(sent.id);
  const body = callback.body as { type: number; data?: Answered["data"] };
  return { id: sent.id, callback, type: body.type, data: body.data ?? {} };
}

export function ask(
  emulator: DiscordEmulator,
  question: string,
  extra: Partial<SendInteractionOptions> = {},
) {
  return interact(emulator, {
    kind: "command",
    name: "ask",
    options: { question },
    ...extra,
  } as SendInteractionOptions);
}

export function onlyEmbed(message: MessageJson): EmbedJson {
  expect(message.embeds).toHaveLength(1);
  return message.embeds?.[0] as EmbedJson;
}

/** The answer's quotes, each checked to be a sentence of `corpus` and cited in the Sources field. */
export function expectVerbatimQuotes(embed: EmbedJson, corpus: string): string[] {
  const quotes = quotedSentences(embed.description ?? "");
  expect(quotes.length).toBeGreaterThan(0);
  const sources = embed.fields?.find((f) => f.name === "Sources")?.value ?? "";
  for (const quote of quotes) {
    expect(corpus).toContain(collapse(quote.text));
    expect(sources).toMatch(new RegExp(`^\\[${quote.source}\\] \\*\\*`, "mu"));
  }
  return quotes.map((q) => q.text);
}

/** The bot's reply to a user's message (POST /channels/:id/messages referencing it). */
export function replyTo(emulator: DiscordEmulator, message: JsonObject, timeoutMs = 5_000) {
  return emulator.waitForRequest(
    (r) =>
      r.method === "POST" &&
      r.path === `/channels/${String(message.channel_id)}/messages` &&
      (r.body as MessageJson).message_reference?.message_id === message.id,
    timeoutMs,
  );
}

/** The checks every describe ends with: mentions, limits, errors, latency logs, the token. */
export async function expectWellBehaved(running: Running): Promise<void> {
  const { emulator, bot, injected } = running;
  const sent = botMessages(emulator.requests);
  expect(sent.length).toBeGreaterThan(0);
  for (const { request, message } of sent) {
    expect(message.allowed_mentions?.parse, `${request.method} ${request.path}`).toEqual([]);
    expect(limitProblems(message), `${request.method} ${request.path}`).toEqual([]);
  }
  const failed = emulator.requests.filter((r) => (r.status ?? 0) >= 400 && !injected.has(r.seq));
  expect(failed.map((r) => `${r.method} ${r.path} → ${r.status} ${JSON.stringify(r.response)}`)).toEqual([]);
  expect(emulator.errors).toEqual([]);

  // Each interaction's log line (written just after its answer reached the emulator).
  for (const id of emulator.interactions.keys()) {
    if (emulator.requests.some((r) => injected.has(r.seq) && r.path.includes(`/${id}/`))) continue;
    const line = await bot.waitForLog("interaction answered", (l) => l.id === id, 2_000);
    expect(line).toMatchObject({ level: "info", ms: expect.any(Number) as number });
  }
  expectNoToken(running);
  expect(bot.logs().filter((line) => line.level === "raw")).toEqual([]);
}

/**
 * The token (or its secret part) is in no log line and in nothing the bot sent Discord or got back:
 * no message, reply, error reply, URL or header. (The emulator leaves out `Authorization`, where
 * the token belongs, and the gateway IDENTIFY, which must carry it.)
 */
export function expectNoToken(running: Running): void {
  const secret = TOKEN.split(".")[2] ?? TOKEN;
  const traffic = JSON.stringify(
    running.emulator.requests.map((r) => [r.path, r.query, r.headers, r.body, r.response]),
  );
  for (const [what, text] of [
    ["stderr", running.bot.stderr()],
    ["REST traffic", traffic],
  ] as const) {
    expect(text.includes(TOKEN), `the token in ${what}`).toBe(false);
    expect(text.includes(secret), `the token's secret part in ${what}`).toBe(false);
  }
}
