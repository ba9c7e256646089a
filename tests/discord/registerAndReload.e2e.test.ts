// End to end: the real program (`tsx src/cli/register.ts`, `node --import tsx src/main.ts`) as a
// child process, talking to the Discord emulator over HTTP and the gateway: registering the slash
// commands, and moderators' /reload. `npm run register` runs against an emulator alone; one bot
// process per /reload describe.

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_IN_ARTICLES } from "../../src/reply/answerReply.js";
import { scratchLibrary } from "../helpers.js";
import { runRegister } from "./botProcess.js";
import { BOT_ID, seedCorpus } from "./botFixtures.js";
import { collapse, limitProblems, quotedSentences, type MessageJson } from "./discordChecks.js";
import {
  ask,
  expectVerbatimQuotes,
  expectWellBehaved,
  interact,
  onlyEmbed,
  startRunning,
  type Running,
} from "./e2e.js";
import {
  DEFAULTS,
  startEmulator,
  type DiscordEmulator,
  type JsonObject,
  type SendInteractionOptions,
} from "./emulator.js";

const MANAGE_GUILD = 1n << 5n;
const VIEW_AND_SEND = (1n << 10n) | (1n << 11n) | (1n << 31n);
const BOB = { id: "1100000000000000002", username: "bob" };

describe("npm run register", () => {
  let emulator: DiscordEmulator;
  let scratch: Awaited<ReturnType<typeof scratchLibrary>>;
  beforeAll(async () => {
    emulator = await startEmulator();
    scratch = await scratchLibrary({ copySeeds: false });
  });
  afterAll(async () => {
    await emulator.stop();
    await scratch.cleanup();
  });

  const env = () => ({ DISCORD_API_URL: emulator.apiUrl, DISCORD_CLIENT_ID: emulator.applicationId });

  it("PUTs the command definitions to the guild with DISCORD_GUILD_ID", async () => {
    const result = await runRegister(scratch.root, { ...env(), DISCORD_GUILD_ID: DEFAULTS.guildId });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Registered 13 commands in guild \d+: \/add \/article \/ask \/compare \/help/u,
    );
    const put = await emulator.waitForRequest((r) => r.method === "PUT");
    expect(put.path).toBe(`/applications/${emulator.applicationId}/guilds/${DEFAULTS.guildId}/commands`);
    expect(put.authorized).toBe(true);
    expect(put.status).toBe(200);
    const commands = put.body as JsonObject[];
    expect(commands.map((c) => c.name)).toEqual([
      "add",
      "article",
      "ask",
      "compare",
      "help",
      "reload",
      "remove",
      "report",
      "search",
      "source",
      "sources",
      "summary",
      "timeline",
    ]);
    const byName = Object.fromEntries(commands.map((c) => [String(c.name), c]));
    expect(byName.ask?.options).toEqual([
      expect.objectContaining({ name: "question", type: 3, required: true, max_length: 500 }),
      expect.objectContaining({ name: "article", type: 3, required: false, autocomplete: true }),
    ]);
    expect(byName.article?.options).toEqual([
      expect.objectContaining({ name: "id", type: 3, required: true, autocomplete: true }),
    ]);
    expect(byName.search?.options).toEqual([
      expect.objectContaining({ name: "terms", type: 3, required: true }),
      expect.objectContaining({ name: "page", type: 4, required: false, min_value: 1, max_value: 1000 }),
    ]);
    expect((byName.search?.options as JsonObject[])[0]).not.toHaveProperty("autocomplete");
    // /compare takes one topic, as long as a question may be.
    expect(byName.compare?.options).toEqual([
      expect.objectContaining({ name: "topic", type: 3, required: true, max_length: 500 }),
    ]);
    expect((byName.compare?.options as JsonObject[])[0]).not.toHaveProperty("autocomplete");
    // /add takes a link or an uploaded file (type 11, an attachment); neither is required alone.
    expect(byName.add?.options).toEqual([
      expect.objectContaining({ name: "url", type: 3, required: false }),
      expect.objectContaining({ name: "file", type: 11, required: false }),
    ]);
    expect((byName.source?.options as JsonObject[]).map((o) => o.name)).toEqual([
      "id",
      "title",
      "outlet",
      "date",
      "url",
    ]);
    const moderatorOnly = ["add", "reload", "remove", "report", "source"];
    for (const command of commands) {
      expect(command.type).toBe(1);
      expect(command.default_member_permissions).toBe(
        moderatorOnly.includes(String(command.name)) ? "32" : null,
      );
    }
    expect(emulator.commands.get(DEFAULTS.guildId)).toHaveLength(13);
  });

  it("PUTs them globally without DISCORD_GUILD_ID", async () => {
    const result = await runRegister(scratch.root, env());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/globally/u);
    const put = await emulator.waitForRequest(
      (r) => r.method === "PUT" && r.path === `/applications/${emulator.applicationId}/commands`,
    );
    expect((put.body as JsonObject[]).map((c) => c.name)).toHaveLength(13);
    expect(emulator.commands.get("global")).toHaveLength(13);
    expect(emulator.requests.every((r) => (r.status ?? 0) < 400)).toBe(true);
  });

  it("takes the application id from the token when DISCORD_CLIENT_ID is unset", async () => {
    const result = await runRegister(scratch.root, { DISCORD_API_URL: emulator.apiUrl });
    expect(result.code).toBe(0);
    const puts = emulator.requests.filter((r) => r.method === "PUT");
    expect(puts.at(-1)?.path).toBe(`/applications/${BOT_ID}/commands`);
  });

  it("says what is missing when no application id can be found, and never prints the token", async () => {
    const token = "not-an-id.secret-part";
    const result = await runRegister(scratch.root, {
      DISCORD_API_URL: emulator.apiUrl,
      DISCORD_TOKEN: token,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^register: DISCORD_CLIENT_ID should be set/u);
    expect(result.stdout + result.stderr).not.toContain("secret-part");
  });
});

describe("moderators reload the articles", () => {
  const MOD_ROLE = "1400000000000000001";
  const NEW_QUESTION = "Who signed the Flurbington accord?";
  const FLURBINGTON =
    "Flurbington Accord Signed in Tallinn\n\n" +
    "The Flurbington accord was signed by Mayor Odalys Quenby in Tallinn on March 3, 2025.\n\n" +
    "The accord commits the twin towns of Flurbington and Kessenvale to share a single ferry timetable.\n";
  let running: Running;
  let emulator: DiscordEmulator;
  const article = (name: string, text: string) => writeFile(join(running.library.articlesDir, name), text);
  const reload = async (who: Partial<SendInteractionOptions>) =>
    interact(emulator, { kind: "command", name: "reload", ...who } as SendInteractionOptions);
  /** The report edited into the deferred reply. */
  const report = (token: string) =>
    emulator.waitForRequest(
      (r) => r.method === "PATCH" && r.path === `/webhooks/${BOT_ID}/${token}/messages/@original`,
      10_000,
    );
  const tokenOf = (id: string) => emulator.interactions.get(id)?.token ?? "";

  beforeAll(async () => {
    running = await startRunning({
      emulator: {
        guilds: [
          {
            id: DEFAULTS.guildId,
            name: "Test Guild",
            ownerId: "1100000000000000777", // nobody in these tests owns the server
            channels: [{ id: DEFAULTS.channelId, name: "general" }],
            roles: [{ id: MOD_ROLE, name: "article mods" }],
          },
        ],
      },
      env: { MOD_ROLE_ID: MOD_ROLE, QUESTION_COOLDOWN_COUNT: "1000" },
    });
    emulator = running.emulator;
    await article("zz_flurbington.txt", FLURBINGTON);
  });
  afterAll(() => running?.stop());

  it("refuses /reload to a member without Manage Server, and keeps serving the old articles", async () => {
    const storeBefore = await readFile(running.library.dbPath, "utf8");
    const refused = await reload({ user: BOB, memberPermissions: VIEW_AND_SEND.toString() });
    expect(refused.type).toBe(4);
    expect(refused.data.flags).toBe(64);
    expect(refused.data.content).toMatch(/^Only moderators/u);
    const { data } = await ask(emulator, NEW_QUESTION, { user: BOB });
    expect(onlyEmbed(data).description?.startsWith(NOT_IN_ARTICLES)).toBe(true);
    expect(running.bot.logs().some((line) => line.msg === "articles reloaded")).toBe(false);
    expect(await readFile(running.library.dbPath, "utf8")).toBe(storeBefore);
  });

  it("refuses /reload in a DM, whoever asks: there is no member there, so no Manage Server and no role", async () => {
    const refused = await reload({
      dm: true,
      user: BOB,
      roles: [MOD_ROLE],
      memberPermissions: (VIEW_AND_SEND | MANAGE_GUILD).toString(),
    });
    expect(refused.type).toBe(4);
    expect(refused.data.flags).toBe(64);
    expect(refused.data.content).toMatch(/^Only moderators/u);
    expect(running.bot.logs().some((line) => line.msg === "articles reloaded")).toBe(false);
    const refusals = running.bot.logs().filter((line) => line.msg === "moderator command refused");
    expect(refusals.map((line) => [line.command, line.by])).toEqual([
      ["reload", BOB.id],
      ["reload", BOB.id],
    ]);
  });

  it("reloads for Manage Server: deferred, the report edited in, the new article answered", async () => {
    const deferred = await reload({
      user: BOB,
      memberPermissions: (VIEW_AND_SEND | MANAGE_GUILD).toString(),
    });
    expect(deferred.type).toBe(5);
    expect(deferred.data.flags).toBe(64);
    const edit = await report(tokenOf(deferred.id));
    const embed = onlyEmbed(edit.body as MessageJson);
    expect(embed.title).toBe("Articles reloaded");
    expect(embed.fields?.slice(0, 3)).toEqual([
      { name: "Added (1)", value: "zz_flurbington.txt" },
      { name: "Changed (0)", value: "none" },
      { name: "Removed (0)", value: "none" },
    ]);
    expect(embed.description).toMatch(/^Now serving 6 articles/u);
    const { data } = await ask(emulator, NEW_QUESTION, { user: BOB });
    const quotes = expectVerbatimQuotes(onlyEmbed(data), `${seedCorpus}\n${collapse(FLURBINGTON)}`);
    expect(quotes[0]).toMatch(/Odalys Quenby/u);
  });

  it("reloads for the moderator role; quoted @everyone and <@id> ping no one; long quotes drop whole", async () => {
    const mentions =
      "The leaked harbour notice addressed @everyone and <@123456789012345678> about the Quibblemoor lighthouse closure.";
    await article(
      "zz_mentions.txt",
      `Harbour Notice Leaked\n\n${mentions}\n\nOfficials said the Quibblemoor lighthouse will stay closed until the storm season ends.\n`,
    );
    const glacier = glacierArticle();
    await article("zz_glacier.txt", glacier);
    await article(
      "zz_flurbington.txt",
      "Flurbington Accord Signed in Tallinn\n\nThe Flurbington accord was signed by Mayor Odalys Quenby in Tallinn on March 3, 2025.\n",
    );

    const deferred = await reload({
      user: BOB,
      roles: [MOD_ROLE],
      memberPermissions: VIEW_AND_SEND.toString(),
    });
    expect(deferred.type).toBe(5);
    const embed = onlyEmbed((await report(tokenOf(deferred.id))).body as MessageJson);
    expect(embed.fields?.slice(0, 2)).toEqual([
      { name: "Added (2)", value: "zz_glacier.txt, zz_mentions.txt" },
      { name: "Changed (1)", value: "zz_flurbington.txt" },
    ]);

    const pinged = await ask(emulator, "What did the harbour notice say about the Quibblemoor lighthouse?");
    expect(pinged.data.allowed_mentions).toEqual({ parse: [] });
    const description = onlyEmbed(pinged.data).description ?? "";
    expect(description).toContain("@\u200beveryone");
    expect(description).toContain("<\u200b@123456789012345678>");
    expect(description).not.toMatch(/@everyone|<@\d+>/u);
    expect(quotedSentences(description).map((q) => q.text)).toContain(mentions);

    const long = await ask(emulator, "What did the Vorquall glacier survey find?");
    const longEmbed = onlyEmbed(long.data);
    expect(limitProblems(long.data)).toEqual([]);
    const quotes = expectVerbatimQuotes(longEmbed, collapse(glacier));
    expect(quotes.length).toBeGreaterThanOrEqual(1);
    expect(quotes.every((q) => q.length > 1500 && q.endsWith("near the Vorquall ice field."))).toBe(true);
    expect(longEmbed.footer?.text).toMatch(/^\d+ more quotes? did not fit$/u);
  });

  it("/sources and autocomplete stay within limits with many articles", async () => {
    for (let i = 0; i < 40; i++) {
      const n = String(i).padStart(2, "0");
      await article(
        `bulk_${n}.txt`,
        `Bulk Article ${n} About the Long Running Harbour Dredging Dispute Between Two Neighbouring Coastal Towns\n\nThe dredging dispute entered its ${i + 2}th week on Monday.\n`,
      );
    }
    const deferred = await reload({ memberPermissions: MANAGE_GUILD.toString() });
    await report(tokenOf(deferred.id));
    const sources = await interact(emulator, { kind: "command", name: "sources" });
    expect(limitProblems(sources.data)).toEqual([]);
    const embed = onlyEmbed(sources.data);
    expect(embed.title).toMatch(/^Sources: 48 articles/u);
    expect(embed.footer?.text).toMatch(/\d+ more not shown/u);
    const choices = await interact(emulator, {
      kind: "autocomplete",
      name: "article",
      focused: "id",
      value: "",
    });
    expect(choices.data.choices).toHaveLength(25);
    const bulk = await interact(emulator, {
      kind: "autocomplete",
      name: "ask",
      focused: "article",
      value: "dredging",
    });
    expect(bulk.data.choices).toHaveLength(25);
    for (const choice of bulk.data.choices ?? []) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it("pinged no one, stayed within limits, had no 4xx, logged every answer's latency, never the token", async () => {
    await expectWellBehaved(running);
    // Every reload names who ran it, and where.
    const reloads = running.bot.logs().filter((line) => line.msg === "articles reloaded");
    expect(reloads.map((line) => [line.by, line.name, line.guild])).toEqual([
      [BOB.id, BOB.username, DEFAULTS.guildId],
      [BOB.id, BOB.username, DEFAULTS.guildId],
      [DEFAULTS.user.id, DEFAULTS.user.username, DEFAULTS.guildId],
    ]);
  });
});

describe("a long /reload shows its progress", () => {
  let running: Running;
  beforeAll(async () => {
    // Progress edits at most every 20 ms here (3 s by default), so a test-sized reload shows some.
    running = await startRunning({ env: { RELOAD_PROGRESS_MS: "20" } });
    for (let i = 0; i < 400; i++) {
      await writeFile(
        join(running.library.articlesDir, `bulk_${String(i).padStart(3, "0")}.txt`),
        `Harbour Report ${i}\n\nThe harbour board met for the ${i}th time on Monday, officials said.\n`,
      );
    }
  });
  afterAll(() => running?.stop());

  it("edits the deferred reply with 'Parsed n / total articles…', then with the report, in that order", async () => {
    const { emulator } = running;
    const deferred = await interact(emulator, {
      kind: "command",
      name: "reload",
      memberPermissions: MANAGE_GUILD.toString(),
    });
    expect(deferred.type).toBe(5);
    const token = emulator.interactions.get(deferred.id)?.token ?? "";
    const original = `/webhooks/${BOT_ID}/${token}/messages/@original`;
    await emulator.waitForRequest(
      (r) =>
        r.method === "PATCH" &&
        r.path === original &&
        (r.body as MessageJson).embeds?.[0]?.title === "Articles reloaded",
      30_000,
    );
    const edits = emulator.requests
      .filter((r) => r.method === "PATCH" && r.path === original)
      .map((r) => r.body as MessageJson & { allowed_mentions?: { parse?: string[] } });
    const progress = edits.slice(0, -1);
    expect(progress.length).toBeGreaterThan(0);
    for (const edit of progress) {
      expect(edit.content).toMatch(/^Parsed [\d,]+ \/ 405 articles…$/u);
      expect(edit.allowed_mentions?.parse).toEqual([]);
    }
    const counts = progress.map((edit) =>
      Number(/Parsed ([\d,]+)/u.exec(edit.content ?? "")?.[1]?.replace(/,/gu, "")),
    );
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const final = edits.at(-1) as MessageJson;
    expect(final.content ?? "").toBe("");
    expect(onlyEmbed(final).description).toMatch(/^Now serving 405 articles/u);
  });
});

/** An article whose five sentences are each ~1,800 characters: two fit in an embed, never a part of one. */
function glacierArticle(): string {
  const words =
    "the glacier survey team measured meltwater channels and moraine ridges across the northern valley while recording temperatures".split(
      " ",
    );
  const sentence = (i: number) =>
    `The Vorquall glacier survey number ${i} found that ${Array.from({ length: 230 }, (_, j) => words[(j * 7 + i) % words.length]).join(" ")} near the Vorquall ice field.`;
  return `Vorquall Glacier Survey Results\n\n${[1, 2, 3, 4, 5].map(sentence).join("\n\n")}\n`;
}
