// End to end: the real program (`node --import tsx src/main.ts`, as `npm start` runs it) as a child
// process, talking to the Discord emulator over HTTP and the gateway: a member's question cooldown,
// a server's question limit, and a clean shutdown on SIGTERM. One bot process for the describe.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_ID } from "./botFixtures.js";
import { ask, expectWellBehaved, interact, onlyEmbed, replyTo, startRunning, type Running } from "./e2e.js";
import { DEFAULTS, guildIdOnShard } from "./emulator.js";

describe("the bot's guards and shutdown", () => {
  const CAROL = { id: "1100000000000000003", username: "carol" };
  const DAVE = { id: "1100000000000000004", username: "dave" };
  const ERIN = { id: "1100000000000000005", username: "erin" };
  const FRANK = { id: "1100000000000000006", username: "frank" };
  const OTHER_GUILD = guildIdOnShard(0, 1, 1);
  let running: Running;
  beforeAll(async () => {
    running = await startRunning({
      emulator: {
        guilds: [
          {
            id: DEFAULTS.guildId,
            name: "Test Guild",
            channels: [{ id: DEFAULTS.channelId, name: "general" }],
          },
          {
            id: OTHER_GUILD,
            name: "Other Guild",
            channels: [{ id: "1200000000000000030", name: "general" }],
          },
        ],
      },
      env: {
        QUESTION_COOLDOWN_COUNT: "2",
        QUESTION_COOLDOWN_SECONDS: "60",
        GUILD_QUESTION_LIMIT_COUNT: "6",
        GUILD_QUESTION_LIMIT_SECONDS: "60",
      },
    });
  });
  afterAll(() => running?.stop());

  it("a third question within the cooldown gets a polite ephemeral note", async () => {
    const { emulator } = running;
    for (let i = 0; i < 2; i++) {
      const { data } = await ask(emulator, "Who hosted the Paris summit?", { user: CAROL });
      expect(data.embeds).toHaveLength(1);
    }
    const third = await ask(emulator, "Who hosted the Paris summit?", { user: CAROL });
    expect(third.data.flags).toBe(64);
    expect(third.data.content).toMatch(/^You're asking quickly! Please wait \d+ s and ask again\.$/u);
    // Someone else is not held up by Carol's questions.
    expect((await ask(emulator, "Who hosted the Paris summit?")).data.embeds).toHaveLength(1);
  });

  it("◀ ▶ paging is not a question: clicks never use up the cooldown", async () => {
    const { emulator } = running;
    type Row = { components: { custom_id: string }[] };
    let message = (
      await interact(emulator, { kind: "command", name: "search", options: { terms: "Rubio" }, user: DAVE })
    ).data; // Dave's first question
    for (let page = 2; page <= 4; page++) {
      const next = (message.components?.[0] as Row).components[2]?.custom_id ?? "";
      const click = await interact(emulator, { kind: "button", customId: next, user: DAVE });
      expect(click.type).toBe(7);
      expect(onlyEmbed(click.data).footer?.text).toMatch(new RegExp(`^Page ${page} of`, "u"));
      message = click.data;
    }
    const second = await ask(emulator, "Who hosted the Paris summit?", { user: DAVE });
    expect(second.data.embeds).toHaveLength(1);
    const third = await ask(emulator, "Who hosted the Paris summit?", { user: DAVE });
    expect(third.data.content).toMatch(/^You're asking quickly!/u);
  });

  it("a server over its limit is refused politely there; another server and DMs are not", async () => {
    const { emulator } = running;
    // So far this server asked 5 of its 6: Carol 2, Alice 1, Dave 2.
    expect((await ask(emulator, "Who hosted the Paris summit?", { user: ERIN })).data.embeds).toHaveLength(1);
    const refused = await ask(emulator, "Who hosted the Paris summit?", { user: FRANK });
    expect(refused.data.flags).toBe(64);
    expect(refused.data.content).toMatch(
      /^Lots of questions in this server right now! Please wait \d+ s and ask again\.$/u,
    );
    const mention = emulator.sendMessage({
      user: FRANK,
      content: `<@${BOT_ID}> who hosted the Paris summit?`,
    });
    expect((await replyTo(emulator, mention)).body).toMatchObject({
      content: expect.stringMatching(/^Lots of questions in this server/u) as unknown,
    });
    const elsewhere = await ask(emulator, "Who hosted the Paris summit?", {
      user: FRANK,
      guildId: OTHER_GUILD,
    });
    expect(elsewhere.data.embeds).toHaveLength(1);
    const dm = await ask(emulator, "Who hosted the Paris summit?", { user: FRANK, dm: true });
    expect(dm.data.embeds).toHaveLength(1);
  });

  it("pinged no one, stayed within limits, had no 4xx, logged every answer's latency, never the token", async () => {
    await expectWellBehaved(running);
  });

  it("shuts down cleanly on SIGTERM: logs out and exits 0", async () => {
    // A shutdown that hangs fails by the test's timeout; how fast it is, is not asserted here.
    running.bot.child.kill("SIGTERM");
    const exit = await running.bot.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    await running.bot.waitForLog("shutting down", (line) => line.signal === "SIGTERM");
    await running.bot.waitForLog("stopped");
    expect(running.bot.logs().filter((line) => line.level === "error")).toEqual([]);
  });
});
