// End to end: moderators curate the article set from Discord, members vote on answers — the real
// bot (`node --import tsx src/main.ts`) against the emulator, fetching pages from a news site on
// the loopback address.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedbackData } from "../../src/feedback/feedbackData.js";
import { page, PAGES, startNewsSite, type NewsSite } from "../curation/newsSite.js";
import type { MessageJson } from "./discordChecks.js";
import { ask, expectWellBehaved, interact, onlyEmbed, replyTo, startRunning, type Running } from "./e2e.js";
import { DEFAULTS, type DiscordEmulator, type SendInteractionOptions } from "./emulator.js";

const BOT_ID = DEFAULTS.botId;
const MOD_ROLE = "1400000000000000009";
const MANAGE_GUILD = (1n << 5n).toString();
const VIEW_AND_SEND = ((1n << 10n) | (1n << 11n) | (1n << 31n)).toString();
const MOD = { id: "1100000000000000021", username: "mira" };
const ROLE_MOD = { id: "1100000000000000022", username: "rolf" };
const MEMBER = { id: "1100000000000000023", username: "mel" };
const VOTER = { id: "1100000000000000024", username: "vic" };
const CAROL = { id: "1100000000000000025", username: "carol" };
const DAN = { id: "1100000000000000026", username: "dan" };
const GENEVA_LINK = "https://www.dailyplanet.example/world/2025/05/04/geneva-prisoner-exchange";

let running: Running;
let emulator: DiscordEmulator;
let site: NewsSite;

beforeAll(async () => {
  site = await startNewsSite();
  running = await startRunning({
    emulator: {
      guilds: [
        {
          id: DEFAULTS.guildId,
          name: "Test Guild",
          ownerId: "1100000000000000777",
          channels: [{ id: DEFAULTS.channelId, name: "general" }],
          roles: [{ id: MOD_ROLE, name: "article mods" }],
        },
      ],
    },
    env: {
      ALLOW_PRIVATE_URLS: "1",
      MOD_ROLE_ID: MOD_ROLE,
      LOG_SALT: "e2e-salt",
      QUESTION_COOLDOWN_COUNT: "2",
      QUESTION_COOLDOWN_SECONDS: "600",
    },
  });
  emulator = running.emulator;
});
afterAll(async () => {
  await running?.stop();
  await site?.stop();
});

const asModerator = { user: MOD, memberPermissions: MANAGE_GUILD };
const asRoleModerator = { user: ROLE_MOD, roles: [MOD_ROLE], memberPermissions: VIEW_AND_SEND };

/** A moderator command: deferred ephemerally, then the result edited in. */
async function moderate(options: Partial<SendInteractionOptions> & { name: string }): Promise<MessageJson> {
  const deferred = await interact(emulator, { kind: "command", ...options } as SendInteractionOptions);
  expect(deferred.type).toBe(5);
  expect(deferred.data.flags).toBe(64);
  const token = emulator.interactions.get(deferred.id)?.token ?? "";
  const edit = await emulator.waitForRequest(
    (r) => r.method === "PATCH" && r.path === `/webhooks/${BOT_ID}/${token}/messages/@original`,
    15_000,
  );
  return edit.body as MessageJson;
}

const articleFiles = async () => (await readdir(running.library.articlesDir)).sort();
const feedback = async () =>
  JSON.parse(await readFile(join(running.library.root, "data", "feedback.json"), "utf8")) as FeedbackData;

describe("moderators curate from Discord", () => {
  it("/add url: fetches the page, writes the article, reloads; members' answers cite its link", async () => {
    const embed = onlyEmbed(
      await moderate({ name: "add", options: { url: site.url(PAGES.geneva) }, ...asModerator }),
    );
    expect(embed.title).toBe("Article added: 005\\_prisoner-exchange-agreed-at-geneva-talks");
    expect(embed.description).toContain(
      `Cited as: The Daily Planet — Prisoner Exchange Agreed at Geneva Talks — 2025-05-04 — <${GENEVA_LINK}>`,
    );
    expect(embed.fields).toContainEqual({
      name: "Added (1)",
      value: "005_prisoner-exchange-agreed-at-geneva-talks.txt",
    });
    const { data } = await ask(emulator, "How many prisoners will each side exchange?", { user: MEMBER });
    const answer = onlyEmbed(data);
    expect(answer.description).toContain("exchange 212 prisoners each");
    expect(answer.fields?.find((f) => f.name === "Sources")?.value).toContain(
      `2025-05-04 — <${GENEVA_LINK}>`,
    );
    await running.bot.waitForLog("article added", (l) => l.by === MOD.id && l.name === MOD.username);
  });

  it("/add file: the emulator serves the attachment; a moderator role may add", async () => {
    const body = await moderate({
      name: "add",
      attachments: { file: { filename: "grain.html", body: page("kyiv-grain-corridor.html") } },
      ...asRoleModerator,
    });
    expect(onlyEmbed(body).title).toBe("Article added: 006\\_grain-ships-leave-odesa-as-corridor-reopens");
    const download = emulator.requests.find((r) => r.method === "GET" && r.path.startsWith("/attachments/"));
    expect(download?.status).toBe(200);
    expect(await articleFiles()).toContain("006_grain-ships-leave-odesa-as-corridor-reopens.txt");
  });

  it("/source: fixes the outlet and date; /remove: sets an article aside", async () => {
    const fixed = onlyEmbed(
      await moderate({
        name: "source",
        options: { id: "006", outlet: "The Harbour Herald", date: "2025-05-07" },
        ...asModerator,
      }),
    );
    expect(fixed.title).toBe("Source updated: 006\\_grain-ships-leave-odesa-as-corridor-reopens");
    expect(fixed.description).toContain(
      "Now cited as: The Harbour Herald — Grain ships leave Odesa as corridor reopens — 2025-05-07",
    );
    const removed = onlyEmbed(await moderate({ name: "remove", options: { id: "006" }, ...asModerator }));
    expect(removed.fields).toContainEqual({
      name: "Removed (1)",
      value: "006_grain-ships-leave-odesa-as-corridor-reopens.txt",
    });
    expect(await articleFiles()).not.toContain("006_grain-ships-leave-odesa-as-corridor-reopens.txt");
    expect(await readdir(join(running.library.articlesDir, ".removed"))).toContain(
      "006_grain-ships-leave-odesa-as-corridor-reopens.txt",
    );
  });

  it("a refusal (a redirect loop) is said in a sentence, ephemerally, and writes nothing", async () => {
    const before = await articleFiles();
    const body = await moderate({ name: "add", options: { url: site.url(PAGES.loop) }, ...asModerator });
    expect(body.content).toBe("The link redirects in a loop, so there is no page to add.");
    expect(body.embeds ?? []).toEqual([]);
    expect(await articleFiles()).toEqual(before);
  });

  it("refuses /add, /remove, /source and /report to a member and in a DM, fetching and writing nothing", async () => {
    const before = await articleFiles();
    const fetched = site.requests.length;
    const attempts: [string, Partial<SendInteractionOptions>][] = [
      ["add", { options: { url: site.url(PAGES.grain) } }],
      ["add", { attachments: { file: { filename: "notes.txt", body: page("field-notes.txt") } } }],
      ["remove", { options: { id: "005" } }],
      ["source", { options: { id: "005", outlet: "Nobody" } }],
      ["report", {}],
    ];
    for (const [name, extra] of attempts) {
      for (const who of [
        { user: MEMBER, memberPermissions: VIEW_AND_SEND },
        { dm: true, user: MOD, roles: [MOD_ROLE], memberPermissions: MANAGE_GUILD },
      ]) {
        const refused = await interact(emulator, {
          kind: "command",
          name,
          ...extra,
          ...who,
        } as SendInteractionOptions);
        expect(refused.type).toBe(4);
        expect(refused.data.flags).toBe(64);
        expect(refused.data.content).toBe(`Only moderators (Manage Server) can use /${name}.`);
      }
    }
    expect(await articleFiles()).toEqual(before);
    expect(site.requests.length).toBe(fetched);
    const refusals = running.bot.logs().filter((l) => l.msg === "moderator command refused");
    expect(refusals.map((l) => l.command)).toEqual(attempts.flatMap(([name]) => [name, name]));
  });
});

describe("members vote on answers", () => {
  it("👍 / 👎 under every answer, not under errors: one vote per member, changeable, never a question", async () => {
    const first = await ask(emulator, "Who hosted the Paris summit?", { user: CAROL });
    const row = first.data.components?.[0] as { components: { label: string; custom_id: string }[] };
    expect(row.components.map((b) => b.label)).toEqual(["👍", "👎"]);
    const [up, down] = row.components.map((b) => b.custom_id) as [string, string];
    expect(up).toMatch(/^vote:\w+:up$/u);

    const click = async (customId: string, user: { id: string; username: string }) => {
      const reply = await interact(emulator, {
        kind: "button",
        customId,
        user,
        message: emulator.interactions.get(first.id)?.original ?? undefined,
      });
      expect(reply.type).toBe(4);
      expect(reply.data.flags).toBe(64);
      return reply.data.content;
    };
    expect(await click(up, CAROL)).toBe("Thanks: your 👍 is counted.");
    expect(await click(up, CAROL)).toBe("Your 👍 was already counted.");
    expect(await click(down, CAROL)).toBe("Thanks: your vote is now 👎.");
    expect(await click(down, VOTER)).toBe("Thanks: your 👎 is counted.");

    const answerId = up.split(":")[1];
    const votes = (await feedback()).votes.filter((v) => v.answer === answerId);
    expect(votes.map((v) => v.vote)).toEqual(["down", "down"]);
    expect(JSON.stringify(await feedback())).not.toContain(CAROL.id);

    // Four clicks, and Carol's second question is still within her limit of two.
    expect(
      onlyEmbed((await ask(emulator, "Who hosted the Paris summit?", { user: CAROL })).data).title,
    ).toBeDefined();
    expect((await ask(emulator, "Who hosted the Paris summit?", { user: CAROL })).data.content).toMatch(
      /^You're asking quickly/u,
    );

    const error = await interact(emulator, {
      kind: "command",
      name: "ask",
      options: { question: "Who hosted the Paris summit?", article: "999_nothing" },
      user: VOTER,
    });
    expect(error.data.flags).toBe(64);
    expect(error.data.components ?? []).toEqual([]);

    const unanswered = await ask(emulator, "What is the population of Canada?", { user: VOTER });
    expect((unanswered.data.components?.[0] as typeof row).components.map((b) => b.label)).toEqual([
      "👍",
      "👎",
    ]);
    const mention = emulator.sendMessage({
      user: DAN,
      content: `<@${BOT_ID}> who hosted the Paris summit?`,
    });
    const reply = (await replyTo(emulator, mention)).body as MessageJson;
    expect((reply.components?.[0] as typeof row).components[0]?.custom_id ?? "").toMatch(/^vote:\w+:up$/u);
  });
});

describe("the report", () => {
  it("/report: ephemeral, the questions unanswered, the answers voted down, the articles never quoted", async () => {
    const embed = onlyEmbed(await moderate({ name: "report", ...asModerator }));
    expect(embed.title).toBe("What the articles don't answer");
    expect(embed.description).toMatch(
      /^\d+ questions logged since \d{4}-\d\d-\d\d: \d+ answered, 1 not\. Votes: 0 👍, 2 👎\.$/u,
    );
    const field = (name: string) => embed.fields?.find((f) => f.name.startsWith(name))?.value ?? "";
    expect(field("Most often unanswered")).toMatch(/^1× “What is the population of Canada\?”/u);
    expect(field("Most voted down")).toMatch(/^👎 2 👍 0: “Who hosted the Paris summit\?” → 00\d_\w+ #\d+/u);
    const quoted = new Set(
      (await feedback()).questions.flatMap((q) => q.quotes.map((quote) => quote.article)),
    );
    const served = (await articleFiles())
      .filter((f) => f.endsWith(".txt"))
      .map((f) => f.replace(/\.txt$/u, ""));
    const never = served.filter((id) => !quoted.has(id));
    expect(quoted.has("005_prisoner-exchange-agreed-at-geneva-talks")).toBe(true);
    expect(never.length).toBeGreaterThan(0);
    expect(embed.fields?.find((f) => f.name.startsWith("Never quoted"))?.name).toBe(
      `Never quoted (${never.length})`,
    );
    expect(
      field("Never quoted")
        .split("\n")
        .map((line) => line.split(":")[0]),
    ).toEqual(never);
  });

  it("pinged no one, stayed within limits, had no 4xx, logged every answer's latency, never the token", async () => {
    await expectWellBehaved(running);
    const done = running.bot
      .logs()
      .filter((l) => l.msg === "moderator command run")
      .map((l) => [l.command, l.by]);
    expect(done).toEqual([
      ["add", MOD.id],
      ["add", ROLE_MOD.id],
      ["source", MOD.id],
      ["remove", MOD.id],
      ["add", MOD.id],
      ["report", MOD.id],
    ]);
  });
});
