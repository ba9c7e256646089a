// Faults from Discord, injected through the emulator into the real bot (`node --import tsx
// src/main.ts` as a child process): rate limits, server errors, slow and late responses, gateway
// closes and invalidated sessions. After each one the process is still up and answers the next
// interaction, and nothing ever reaches it as an unhandled rejection. One bot process for the whole
// file.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APOLOGY } from "../../src/commands/dispatch.js";
import { TOKEN, type LogLine } from "./botProcess.js";
import type { MessageJson } from "./discordChecks.js";
import { ask, expectWellBehaved, onlyEmbed, startRunning, type Running } from "./e2e.js";
import { DEFAULTS, type DiscordEmulator, type JsonObject, type RecordedRequest } from "./emulator.js";

const BOT_ID = DEFAULTS.botId;
const QUESTION = "Who hosted the Paris summit?";
const BOB = { id: "1100000000000000002", username: "bob" };
const MESSAGES_PATH = `/channels/${DEFAULTS.channelId}/messages`;

let running: Running;
let emulator: DiscordEmulator;

beforeAll(async () => {
  running = await startRunning({
    env: { QUESTION_COOLDOWN_COUNT: "1000", GUILD_QUESTION_LIMIT_COUNT: "1000" },
  });
  emulator = running.emulator;
});
afterAll(() => running?.stop());

const status = (r: RecordedRequest) => r.status ?? 0;

/** The interaction's first successful callback (earlier attempts may have been refused on purpose). */
function delivered(id: string, timeoutMs = 5_000): Promise<RecordedRequest> {
  return emulator.waitForRequest(
    (r) => r.method === "POST" && r.path.startsWith(`/interactions/${id}/`) && status(r) < 300,
    timeoutMs,
  );
}

/** The bot's successful reply to a user's message. */
function deliveredReply(message: JsonObject, timeoutMs = 5_000): Promise<RecordedRequest> {
  return emulator.waitForRequest(
    (r) =>
      r.method === "POST" &&
      r.path === MESSAGES_PATH &&
      (r.body as MessageJson).message_reference?.message_id === message.id &&
      status(r) < 300,
    timeoutMs,
  );
}

/** Every callback attempt of an interaction, in order. */
function callbackAttempts(id: string): RecordedRequest[] {
  return emulator.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
}

/** Every callback attempt of an interaction, as statuses in order. */
function callbackStatuses(id: string): number[] {
  return callbackAttempts(id).map(status);
}

/** The errors from `fromSeq` on were provoked by the test: the final checks leave them out. */
function provoked(fromSeq: number): void {
  for (const r of emulator.requests) if (r.seq > fromSeq && status(r) >= 400) running.injected.add(r.seq);
}

/** Log lines of one interaction (every line the bot writes about one carries its id). */
const linesOf = (id: string): LogLine[] => running.bot.logs().filter((line) => line.id === id);
const count = (msg: string): number => running.bot.logs().filter((line) => line.msg === msg).length;

/** The bot answers a fresh question with quotes. */
async function stillAnswers(extra: Parameters<typeof ask>[2] = {}): Promise<void> {
  const { type, data } = await ask(emulator, QUESTION, extra);
  expect(type).toBe(4);
  expect(onlyEmbed(data).description).toMatch(/^1\.\n> /u);
}

function askNow() {
  return emulator.sendInteraction({ kind: "command", name: "ask", options: { question: QUESTION } });
}

describe("REST faults", () => {
  it("429 on the interaction callback: waits retry_after, retries, answers", async () => {
    const from = emulator.requests.length;
    const sent = askNow();
    emulator.failNext({
      method: "POST",
      pathIncludes: `/interactions/${sent.id}/`,
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 1, global: false },
    });
    const callback = await delivered(sent.id);
    expect(callbackStatuses(sent.id)).toEqual([429, 204]);
    // The retry reached Discord no sooner than retry_after (a lower bound: load only lengthens it).
    const [limited, retried] = callbackAttempts(sent.id);
    expect((retried?.at ?? 0) - (limited?.at ?? Infinity)).toBeGreaterThanOrEqual(1_000);
    expect(onlyEmbed((callback.body as { data: MessageJson }).data).description).toMatch(/^1\.\n> /u);
    const limit = await running.bot.waitForLog("discord rate limit");
    expect(limit).toMatchObject({ level: "warn", route: "/interactions/:id/:token/callback" });
    await running.bot.waitForLog("interaction answered", (line) => line.id === sent.id);
    provoked(from);
  });

  it("429 on a message reply: waits retry_after, retries, replies", async () => {
    const from = emulator.requests.length;
    const message = emulator.sendMessage({ content: `<@${BOT_ID}> ${QUESTION}` });
    emulator.failNext({
      method: "POST",
      pathIncludes: MESSAGES_PATH,
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.5, global: false },
    });
    const reply = await deliveredReply(message);
    const attempts = emulator.requests.filter((r) => r.seq > from && r.path === MESSAGES_PATH);
    expect(attempts.map(status)).toEqual([429, 200]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? Infinity)).toBeGreaterThanOrEqual(500);
    expect(onlyEmbed(reply.body as MessageJson).description).toMatch(/^1\.\n> /u);
    await running.bot.waitForLog("discord rate limit", (line) => line.route === "/channels/:id/messages");
    provoked(from);
  });

  it("a transient 500 on the callback is retried and the answer gets through, nothing logged as failed", async () => {
    const from = emulator.requests.length;
    const sent = askNow();
    emulator.failNext({ method: "POST", pathIncludes: `/interactions/${sent.id}/`, status: 500, times: 2 });
    const callback = await delivered(sent.id);
    expect(callbackStatuses(sent.id)).toEqual([500, 500, 204]);
    expect((callback.body as { type: number }).type).toBe(4);
    await running.bot.waitForLog("interaction answered", (line) => line.id === sent.id);
    expect(linesOf(sent.id).map((line) => line.msg)).toEqual(["interaction answered"]);
    provoked(from);
  });

  it("persistent 500s on the answer: discord.js gives up after 4 tries, the apology gets through, logged once", async () => {
    const from = emulator.requests.length;
    const sent = askNow();
    emulator.failNext({ method: "POST", pathIncludes: `/interactions/${sent.id}/`, status: 500, times: 4 });
    const apology = await delivered(sent.id);
    expect(callbackStatuses(sent.id)).toEqual([500, 500, 500, 500, 204]);
    expect(apology.body).toMatchObject({ type: 4, data: { content: APOLOGY, flags: 64 } });
    const failed = await running.bot.waitForLog("interaction failed", (line) => line.id === sent.id);
    expect(failed).toMatchObject({ level: "error", apology: "sent", error: { name: "HTTPError" } });
    expect(linesOf(sent.id)).toHaveLength(1);
    provoked(from);
    await stillAnswers();
  });

  it("Discord refusing every attempt: the user can't be answered; logged once; the next interaction is served", async () => {
    const from = emulator.requests.length;
    const sent = askNow();
    emulator.failNext({ method: "POST", pathIncludes: `/interactions/${sent.id}/`, status: 500, times: 8 });
    const failed = await running.bot.waitForLog("interaction failed", (line) => line.id === sent.id);
    expect(callbackStatuses(sent.id)).toEqual(Array<number>(8).fill(500));
    expect(failed).toMatchObject({ level: "error", apology: expect.stringMatching(/^failed: HTTPError/u) });
    expect(linesOf(sent.id)).toHaveLength(1);
    provoked(from);
    await stillAnswers();
  });

  it("persistent 500s on a message reply: logged once; the next message is answered", async () => {
    const from = emulator.requests.length;
    const before = count("message failed");
    const message = emulator.sendMessage({ content: `<@${BOT_ID}> ${QUESTION}` });
    emulator.failNext({ method: "POST", pathIncludes: MESSAGES_PATH, status: 500, times: 8 });
    const failed = await running.bot.waitForLog("message failed", (line) => line.message === message.id);
    expect(failed).toMatchObject({ level: "error", apology: expect.stringMatching(/^failed: HTTPError/u) });
    expect(emulator.requests.filter((r) => r.seq > from && r.path === MESSAGES_PATH).map(status)).toEqual(
      Array<number>(8).fill(500),
    );
    provoked(from);
    const next = emulator.sendMessage({ content: `<@${BOT_ID}> ${QUESTION}` });
    await deliveredReply(next);
    expect(count("message failed")).toBe(before + 1);
  });

  it("a slow callback (1.5 s) still arrives in time and holds up no one else; a slow message reply arrives", async () => {
    const slow = askNow();
    emulator.failNext({ method: "POST", pathIncludes: `/interactions/${slow.id}/`, delayMs: 1_500 });
    // Bob asks while the slow answer is still on its way, and is answered first.
    const quick = await ask(emulator, "Where is Sumy?", { user: BOB });
    expect(quick.type).toBe(4);
    // Bob's answer is in while the slow callback has reached Discord and is still held there.
    const held = callbackAttempts(slow.id);
    expect(held).toHaveLength(1);
    expect(held[0]?.status).toBeUndefined();
    const callback = await delivered(slow.id);
    expect((callback.body as { type: number }).type).toBe(4);

    const message = emulator.sendMessage({ content: `<@${BOT_ID}> ${QUESTION}` });
    const delay = emulator.failNext({ method: "POST", pathIncludes: MESSAGES_PATH, delayMs: 2_000 });
    await deliveredReply(message);
    expect(delay.hits).toBe(1); // the reply that arrived is the one held for 2 s
    expect(linesOf(slow.id).map((line) => line.msg)).toEqual(["interaction answered"]);
  });

  it("an answer later than 3 s (10062 Unknown interaction): logged once as expired, no apology tried", async () => {
    const from = emulator.requests.length;
    const late = askNow();
    emulator.failNext({ method: "POST", pathIncludes: `/interactions/${late.id}/`, delayMs: 3_200 });
    const expired = await running.bot.waitForLog("interaction expired", (line) => line.id === late.id);
    expect(expired).toMatchObject({
      level: "warn",
      error: { name: expect.stringMatching(/DiscordAPIError/u) },
    });
    // The one attempt, answered by Discord's deadline; an apology could not reach anyone either.
    expect(callbackStatuses(late.id)).toEqual([404]);
    const attempt = emulator.requests.find((r) => r.path.startsWith(`/interactions/${late.id}/`));
    expect(attempt?.response).toMatchObject({ code: 10062 });
    expect(linesOf(late.id)).toHaveLength(1);
    provoked(from);
    await stillAnswers();
  });

  it("a 10062 Unknown interaction from Discord straight away: the same, for a slash command and a button", async () => {
    const from = emulator.requests.length;
    const sources = emulator.sendInteraction({ kind: "command", name: "sources" });
    emulator.failNext({
      method: "POST",
      pathIncludes: `/interactions/${sources.id}/`,
      status: 404,
      body: { message: "Unknown interaction", code: 10062 },
    });
    await running.bot.waitForLog("interaction expired", (line) => line.id === sources.id);

    const list = await emulator.waitForCallback(
      emulator.sendInteraction({ kind: "command", name: "search", options: { terms: "Rubio" } }).id,
    );
    const row = (list.body as { data: MessageJson }).data.components?.[0] as {
      components: { custom_id: string }[];
    };
    const click = emulator.sendInteraction({ kind: "button", customId: row.components[2]?.custom_id ?? "" });
    emulator.failNext({
      method: "POST",
      pathIncludes: `/interactions/${click.id}/`,
      status: 404,
      body: { message: "Unknown interaction", code: 10062 },
    });
    await running.bot.waitForLog("interaction expired", (line) => line.id === click.id);
    expect(callbackStatuses(sources.id)).toEqual([404]);
    expect(callbackStatuses(click.id)).toEqual([404]);
    expect(linesOf(sources.id)).toHaveLength(1);
    expect(linesOf(click.id)).toHaveLength(1);
    provoked(from);
    await stillAnswers();
  });
});

describe("gateway faults", () => {
  it.each([
    [4000, "Unknown error"],
    [4009, "Session timed out"],
  ])("close %i (%s): RESUMEs the same session and answers the next interaction", async (code) => {
    const resumes = emulator.resumes.length;
    const identifies = emulator.identifies.length;
    emulator.closeGateway(code);
    const resume = await emulator.waitForResume(resumes + 1, 10_000);
    expect(resume.ok).toBe(true);
    expect(resume.sessionId).toBe(emulator.identifies.at(-1)?.sessionId);
    await stillAnswers();
    expect(emulator.identifies).toHaveLength(identifies);
  });

  it("close 4007 (Invalid seq, not resumable): IDENTIFYs again (a new session) and answers", async () => {
    const identifies = emulator.identifies.length;
    const resumes = emulator.resumes.length;
    emulator.closeGateway(4007);
    const identify = await emulator.waitForIdentify(identifies + 1, 15_000);
    expect(identify.token).toBe(TOKEN);
    expect(emulator.identifies[identifies - 1]?.sessionId).toEqual(expect.any(String));
    expect(identify.sessionId).not.toBe(emulator.identifies[identifies - 1]?.sessionId);
    expect(emulator.resumes).toHaveLength(resumes);
    await stillAnswers();
  });

  it("an interaction created while the socket is down is replayed on RESUME and answered", async () => {
    const resumes = emulator.resumes.length;
    emulator.closeGateway(4009);
    const sent = askNow(); // not delivered now: the session keeps it for the RESUME
    const resume = await emulator.waitForResume(resumes + 1, 10_000);
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    const callback = await delivered(sent.id);
    expect((callback.body as { type: number }).type).toBe(4);
  });

  it("op 7 RECONNECT: RESUMEs and answers", async () => {
    const resumes = emulator.resumes.length;
    emulator.requestReconnect();
    expect((await emulator.waitForResume(resumes + 1, 10_000)).ok).toBe(true);
    await stillAnswers();
  });

  it("op 9 invalid session, resumable: RESUMEs and answers", async () => {
    const resumes = emulator.resumes.length;
    const identifies = emulator.identifies.length;
    emulator.invalidateSession(true);
    expect((await emulator.waitForResume(resumes + 1, 10_000)).ok).toBe(true);
    await stillAnswers();
    expect(emulator.identifies).toHaveLength(identifies);
  });

  it("op 9 invalid session, not resumable: IDENTIFYs again (a new session) and answers", async () => {
    const identifies = emulator.identifies.length;
    const resumes = emulator.resumes.length;
    emulator.invalidateSession(false);
    const identify = await emulator.waitForIdentify(identifies + 1, 15_000);
    expect(identify.token).toBe(TOKEN);
    expect(emulator.identifies[identifies - 1]?.sessionId).toEqual(expect.any(String));
    expect(identify.sessionId).not.toBe(emulator.identifies[identifies - 1]?.sessionId);
    expect(emulator.resumes).toHaveLength(resumes);
    await stillAnswers();
    await stillAnswers({ dm: true });
  });
});

describe("after every fault", () => {
  it("the process never crashed: still running, no unhandled rejection or uncaught exception", () => {
    const { bot } = running;
    expect(bot.child.exitCode).toBeNull();
    expect(bot.child.signalCode).toBeNull();
    const stderr = bot.stderr();
    expect(stderr).not.toMatch(/unhandled ?rejection|uncaught ?exception/iu);
    expect(bot.logs().map((line) => line.msg)).not.toContain("event handler failed");
    expect(bot.logs().map((line) => line.msg)).not.toContain("discord client error");
    expect(bot.logs().filter((line) => line.msg === "gateway reconnecting").length).toBeGreaterThanOrEqual(5);
  });

  it("pinged no one, stayed within limits, had only the provoked errors, never showed the token", async () => {
    await expectWellBehaved(running);
  });
});

describe("a session Discord ends for good", () => {
  it("close 4004 (authentication failed, e.g. a revoked token): logs why once and exits 1 for its supervisor", async () => {
    const own = await startRunning();
    try {
      own.emulator.closeGateway(4004);
      const exit = await own.bot.exited;
      expect(exit.code).toBe(1);
      const lost = own.bot.logs().filter((line) => line.msg === "gateway disconnected for good");
      expect(lost).toHaveLength(1);
      expect(lost[0]?.code).toBe(4004);
      expect(own.bot.stderr()).not.toContain(TOKEN.split(".")[2]);
    } finally {
      await own.stop();
    }
  });
});
