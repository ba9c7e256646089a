// End to end, sharded: the real program with SHARDS=auto runs discord.js's ShardingManager, which
// forks two real shard processes (the emulator recommends 2). Guilds sit on each shard; a /reload
// on shard 0 must reach shard 1 without shard 1 parsing anything.

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_IN_ARTICLES } from "../../src/reply/answerReply.js";
import type { LogLine } from "./botProcess.js";
import { seedCorpus } from "./botFixtures.js";
import { collapse, type MessageJson } from "./discordChecks.js";
import {
  ask,
  expectVerbatimQuotes,
  expectWellBehaved,
  interact,
  onlyEmbed,
  startRunning,
  type Running,
} from "./e2e.js";
import { DEFAULTS, guildIdOnShard, type GuildSpec, type SendInteractionOptions } from "./emulator.js";

const MODERATOR = ((1n << 5n) | (1n << 10n) | (1n << 11n) | (1n << 31n)).toString(); // Manage Server, view, send, commands
const MOD = { id: "1100000000000000031", username: "mod" };
const READER = { id: "1100000000000000032", username: "reader" };
const GUILDS: GuildSpec[] = [0, 1].map((shard) => ({
  id: guildIdOnShard(shard, 2),
  name: `Guild on shard ${shard}`,
  ownerId: "1100000000000000777",
  channels: [{ id: `12000000000000001${shard}0`, name: "general" }],
}));
const [ON_SHARD_0, ON_SHARD_1] = GUILDS.map((g) => g.id) as [string, string];

const QUESTION = "Who signed the Flurbington accord?";
const FLURBINGTON =
  "Flurbington Accord Signed in Tallinn\n\n" +
  "The Flurbington accord was signed by Mayor Odalys Quenby in Tallinn on March 3, 2025.\n\n" +
  "The accord commits the twin towns of Flurbington and Kessenvale to share a single ferry timetable.\n";
const SECOND =
  "Kessenvale Ferry Timetable\n\nThe Kessenvale ferry leaves at dawn from pier nine every Sunday.\n";

let running: Running;
const pids = new Set<number>();
const logs = (msg: string): LogLine[] => running.bot.logs().filter((line) => line.msg === msg);

/** A /reload by a member with Manage Server, and the report edited into its deferred reply. */
async function reload(guildId: string) {
  const deferred = await interact(running.emulator, {
    kind: "command",
    name: "reload",
    guildId,
    user: MOD,
    memberPermissions: MODERATOR,
  } as SendInteractionOptions);
  expect(deferred.type).toBe(5);
  const token = running.emulator.interactions.get(deferred.id)?.token ?? "";
  const edit = await running.emulator.waitForRequest(
    (r) => r.method === "PATCH" && r.path === `/webhooks/${DEFAULTS.botId}/${token}/messages/@original`,
    15_000,
  );
  return onlyEmbed(edit.body as MessageJson);
}

beforeAll(async () => {
  running = await startRunning({
    emulator: { recommendedShards: 2, guilds: GUILDS },
    env: { SHARDS: "auto", QUESTION_COOLDOWN_COUNT: "1000" },
  });
  const started = await running.bot.waitForLog("starting shards");
  pids.add(started.pid as number);
  await running.bot.waitForLog("all shards ready", undefined, 20_000);
  // The manager hears "ready" from discord.js a moment before the shard's own log line.
  await Promise.all([0, 1].map((shard) => running.bot.waitForLog("discord ready", (l) => l.shard === shard)));
  for (const line of logs("shard started")) pids.add(line.pid as number);
}, 30_000);

afterAll(async () => {
  await running?.stop();
  // Whatever happened above, no shard outlives the test.
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

describe("the bot sharded under discord.js's ShardingManager", () => {
  it("forks two shard processes that IDENTIFY as shard [0, 2] and [1, 2], one guild each", () => {
    expect(logs("starting shards")[0]).toMatchObject({ shards: 2, recommended: 2 });
    const started = logs("shard started");
    expect(started.map((line) => line.shard).sort()).toEqual([0, 1]);
    expect(new Set(started.map((line) => line.pid)).size).toBe(2);
    expect(running.emulator.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const ready = logs("discord ready");
    expect(ready.map((line) => [line.shard, line.shardCount, line.guilds]).sort()).toEqual([
      [0, 2, 1],
      [1, 2, 1],
    ]);
  });

  it("a /reload on shard 0 parses once; shard 1 adopts the new store and answers from the new article", async () => {
    const before = await ask(running.emulator, QUESTION, { guildId: ON_SHARD_1, user: READER });
    expect(onlyEmbed(before.data).description?.startsWith(NOT_IN_ARTICLES)).toBe(true);

    await writeFile(join(running.library.articlesDir, "zz_flurbington.txt"), FLURBINGTON);
    const report = await reload(ON_SHARD_0);
    expect(report.title).toBe("Articles reloaded");
    expect(report.fields?.[0]).toEqual({ name: "Added (1)", value: "zz_flurbington.txt" });
    expect(report.fields?.find((f) => f.name === "Shards")?.value).toBe("All 2 shards serve this set.");

    const after = await ask(running.emulator, QUESTION, { guildId: ON_SHARD_1, user: READER });
    const quotes = expectVerbatimQuotes(onlyEmbed(after.data), `${seedCorpus}\n${collapse(FLURBINGTON)}`);
    expect(quotes[0]).toBe(
      "The Flurbington accord was signed by Mayor Odalys Quenby in Tallinn on March 3, 2025.",
    );
    const answered = await running.bot.waitForLog("interaction answered", (line) => line.id === after.id);
    expect(answered.shard).toBe(1);
    // Parsed by shard 0 alone; shard 1 read the derived index (before shard 0 replied).
    expect(logs("articles reloaded").map((line) => [line.shard, line.added])).toEqual([[0, 1]]);
    expect(logs("articles adopted").map((line) => [line.shard, line.adopted, line.source])).toEqual([
      [1, true, "index"],
    ]);
  });

  it("two moderators reloading at once on both shards: one parses, the other finds nothing new", async () => {
    await writeFile(join(running.library.articlesDir, "zz_ferry.txt"), SECOND);
    const [fromShard0, fromShard1] = await Promise.all([reload(ON_SHARD_0), reload(ON_SHARD_1)]);
    const added = [fromShard0, fromShard1].map((r) => r.fields?.[0]?.value);
    expect(added.sort()).toEqual(["none", "zz_ferry.txt"]);
    for (const report of [fromShard0, fromShard1]) {
      expect(report.fields?.find((f) => f.name === "Shards")?.value).toBe("All 2 shards serve this set.");
    }
    const reloads = logs("articles reloaded").slice(1);
    expect(reloads.map((line) => line.added).sort()).toEqual([0, 1]);
    // Both shards answer from the set with both new articles.
    const answers = await Promise.all(
      GUILDS.map((g) =>
        ask(running.emulator, "When does the Kessenvale ferry leave?", { guildId: g.id, user: READER }),
      ),
    );
    for (const answer of answers)
      expect(onlyEmbed(answer.data).description).toMatch(/leaves at dawn from pier nine/u);
  });

  it("pinged no one, had no 4xx, logged every answer, never the token", async () => {
    await expectWellBehaved(running);
  });

  it("SIGTERM to the manager stops both shards cleanly and exits 0", async () => {
    running.bot.child.kill("SIGTERM");
    expect(await running.bot.exited).toEqual({ code: 0, signal: null });
    expect(
      logs("stopped")
        .map((line) => line.shard ?? "manager")
        .sort(),
    ).toEqual([0, 1, "manager"]);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    expect(running.bot.logs().filter((line) => line.level === "error")).toEqual([]);
  });
});
