// End to end: the real program (`tsx src/main.ts`, `tsx src/cli/register.ts`) as a child process,
// talking to the Discord emulator over HTTP and the gateway. One bot process per describe.

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APOLOGY } from "../../src/commands/dispatch.js";
import { NOT_IN_ARTICLES } from "../../src/reply/answerReply.js";
import { scratchLibrary, seedFiles, SEEDS_DIR } from "../helpers.js";
import { runRegister, TOKEN } from "./botProcess.js";
import {
  botMessages,
  collapse,
  limitProblems,
  quotedSentences,
  shown,
  type MessageJson,
} from "./discordChecks.js";
import {
  ask,
  expectVerbatimQuotes,
  expectWellBehaved,
  interact,
  onlyEmbed,
  replyTo,
  startRunning,
  type Running,
} from "./e2e.js";
import {
  DEFAULTS,
  guildIdOnShard,
  startEmulator,
  type DiscordEmulator,
  type JsonObject,
  type SendInteractionOptions,
} from "./emulator.js";

const BOT_ID = DEFAULTS.botId;
const MANAGE_GUILD = 1n << 5n;
const VIEW_AND_SEND = (1n << 10n) | (1n << 11n) | (1n << 31n);
const BOB = { id: "1100000000000000002", username: "bob" };

let seedCorpus = "";
beforeAll(async () => {
  const texts = await Promise.all((await seedFiles()).map((f) => readFile(join(SEEDS_DIR, f), "utf8")));
  seedCorpus = texts.map(collapse).join("\n");
});

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

describe("the bot answering on Discord", () => {
  const THREAD_ID = "1200000000000000020";
  let running: Running;
  let emulator: DiscordEmulator;
  beforeAll(async () => {
    running = await startRunning({
      emulator: {
        guilds: [
          {
            id: DEFAULTS.guildId,
            name: "Test Guild",
            channels: [
              { id: DEFAULTS.channelId, name: "general" },
              { id: THREAD_ID, name: "a thread", type: 11 },
            ],
          },
        ],
      },
      env: { QUESTION_COOLDOWN_COUNT: "1000" },
    });
    emulator = running.emulator;
  });
  afterAll(() => running?.stop());

  it("logs in with the token and only the intents it needs", async () => {
    const identify = await emulator.waitForIdentify();
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe((1 << 0) | (1 << 9) | (1 << 12)); // no privileged MessageContent
    const ready = await running.bot.waitForLog("discord ready");
    expect(ready).toMatchObject({ level: "info", user: "talksbot", guilds: 1 });
  });

  it("/ask: an embed of verbatim article sentences with numbered citations and sources", async () => {
    const { type, data } = await ask(emulator, "Who hosted the Paris summit?");
    expect(type).toBe(4);
    expect((data.flags ?? 0) & 64).toBe(0); // everyone in the channel sees it
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const embed = onlyEmbed(data);
    expect(embed.title).toBe("Q: Who hosted the Paris summit?");
    const quotes = expectVerbatimQuotes(embed, seedCorpus);
    expect(quotes[0]).toMatch(/hosted by French President Emmanuel Macron/u);
    expect(embed.description).toMatch(/^1\.\n> /u);
  });

  it("/ask about something the articles don't cover: the plain answer", async () => {
    const { type, data } = await ask(emulator, "What is the population of Canada?");
    expect(type).toBe(4);
    const embed = onlyEmbed(data);
    expect(embed.description?.startsWith(NOT_IN_ARTICLES)).toBe(true);
    expect(quotedSentences(embed.description ?? "")).toEqual([]);
    expect(embed.fields ?? []).toEqual([]);
  });

  it("/ask with an unknown article id: a short ephemeral message", async () => {
    const { type, data } = await interact(emulator, {
      kind: "command",
      name: "ask",
      options: { question: "Who hosted the Paris summit?", article: "999_no_such_article" },
    });
    expect(type).toBe(4);
    expect(data.flags).toBe(64);
    expect(data.content).toMatch(/no such article/u);
    expect(data.content?.length).toBeLessThan(200);
    expect(data.embeds ?? []).toEqual([]);
  });

  it("autocompletes articles by title on /ask's article and /article's id (≤ 25 choices)", async () => {
    const ids = (await seedFiles()).map((f) => f.replace(/\.txt$/u, ""));
    const onAsk = await interact(emulator, {
      kind: "autocomplete",
      name: "ask",
      focused: "article",
      value: "rubio",
      options: { question: "Who hosted the talks?" },
    });
    expect(onAsk.type).toBe(8);
    const askChoices = onAsk.data.choices ?? [];
    expect(askChoices.length).toBeGreaterThan(1);
    expect(askChoices.length).toBeLessThanOrEqual(25);
    for (const choice of askChoices) {
      expect(choice.name.toLowerCase()).toContain("rubio");
      expect(ids).toContain(choice.value);
    }
    const onArticle = await interact(emulator, {
      kind: "autocomplete",
      name: "article",
      focused: "id",
      value: "ceasefire",
    });
    expect(onArticle.data.choices).toEqual([
      {
        name: "US Seeks Ukraine Ceasefire Progress in Paris, Rubio Signals Possible Exit",
        value: "003_0df8127b532af0cd",
      },
    ]);
    const everything = await interact(emulator, {
      kind: "autocomplete",
      name: "article",
      focused: "id",
      value: "",
    });
    expect(everything.data.choices?.map((c) => c.value)).toEqual(ids);
  });

  it("/search pages with ◀ ▶ buttons; ▶ updates the message to page 2", async () => {
    const first = await interact(emulator, { kind: "command", name: "search", options: { terms: "Rubio" } });
    const embed = onlyEmbed(first.data);
    expect(embed.footer?.text).toMatch(/^Page 1 of (\d+) · \d+ matches/u);
    const row = first.data.components?.[0] as {
      components: { label: string; custom_id: string; disabled: boolean }[];
    };
    expect(row.components.map((b) => b.label)).toEqual(["◀", expect.stringMatching(/^1 \/ \d+$/u), "▶"]);
    expect(row.components.map((b) => b.disabled)).toEqual([true, true, false]);
    const next = row.components[2]?.custom_id ?? "";

    const click = await interact(emulator, { kind: "button", customId: next });
    expect(click.type).toBe(7);
    expect(click.data.allowed_mentions).toEqual({ parse: [] });
    const page2 = onlyEmbed(click.data);
    expect(page2.footer?.text).toMatch(/^Page 2 of \d+/u);
    expect(page2.description).toMatch(/^1\. /u);
    expect(page2.description).not.toBe(embed.description);
    const buttons = (click.data.components?.[0] as typeof row).components;
    expect(buttons.map((b) => b.disabled)).toEqual([false, true, false]);
    expect(emulator.interactions.get(first.id)?.original).toMatchObject({
      embeds: [{ footer: page2.footer }],
    });
  });

  it("answers a mention in a channel and a DM with a reply; ignores bots and unmentioned messages", async () => {
    const mention = emulator.sendMessage({ content: `<@${BOT_ID}> who hosted the Paris summit?` });
    const reply = await replyTo(emulator, mention);
    const replied = reply.body as MessageJson;
    expect(replied.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectVerbatimQuotes(onlyEmbed(replied), seedCorpus);
    expect(onlyEmbed(replied).title).toBe("Q: who hosted the Paris summit?");

    const dm = emulator.sendMessage({ dm: true, content: "Who hosted the Paris summit?" });
    const dmReply = await replyTo(emulator, dm);
    expect(dmReply.path).toBe(`/channels/${String(dm.channel_id)}/messages`);
    expectVerbatimQuotes(onlyEmbed(dmReply.body as MessageJson), seedCorpus);

    const fromBot = emulator.sendMessage({
      content: `<@${BOT_ID}> who hosted the Paris summit?`,
      user: { id: "1100000000000000099", username: "otherbot", bot: true },
    });
    const unmentioned = emulator.sendMessage({ content: "who hosted the Paris summit?" });
    // Something the bot does answer, after them: once it is answered, they were handled too.
    const marker = emulator.sendMessage({ content: `<@${BOT_ID}> when did Rubio go to Paris?` });
    await replyTo(emulator, marker);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const referenced = botMessages(emulator.requests).map((m) => m.message.message_reference?.message_id);
    expect(referenced).toContain(marker.id); // replies are found by their reference, so the checks below can fail
    expect(referenced).not.toContain(fromBot.id);
    expect(referenced).not.toContain(unmentioned.id);
  });

  it("answers in a thread, slash command and mention alike", async () => {
    const { data } = await ask(emulator, "Who hosted the Paris summit?", { channelId: THREAD_ID });
    expectVerbatimQuotes(onlyEmbed(data), seedCorpus);
    const mention = emulator.sendMessage({
      channelId: THREAD_ID,
      content: `<@${BOT_ID}> who is Steve Witkoff?`,
    });
    await replyTo(emulator, mention);
  });

  it("/compare: an embed with a field per article, its verbatim sentences, and the articles with no mention", async () => {
    const { type, data } = await interact(emulator, {
      kind: "command",
      name: "compare",
      options: { topic: "Kharkiv injuries" },
    });
    expect(type).toBe(4);
    expect((data.flags ?? 0) & 64).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const embed = onlyEmbed(data);
    expect(embed.title).toBe("Compare: Kharkiv injuries");
    expect(embed.description).toMatch(/^2 of 5 articles mention it/u);
    expect(embed.description).toContain("different figures: 98 vs more than 60");
    const fields = embed.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual([
      expect.stringMatching(/^U\.S\. Secretary of State Marco Rubio stated on Friday .* · undated$/u),
      expect.stringMatching(/^We are now reaching a point .* · 2025-04-18$/u),
      "No mention (3)",
    ]);
    // Each article's best one or two sentences, each quoted verbatim with its number.
    const quoted = fields.slice(0, 2).map((field) => {
      const lines = field.value.split("\n");
      expect(lines.length, field.value).toBeGreaterThanOrEqual(1);
      expect(lines.length, field.value).toBeLessThanOrEqual(2);
      return lines.map((line) => {
        const match = /^> (.*) \*\(sentence (\d+)\)\*$/u.exec(line);
        expect(match, line).not.toBeNull();
        const text = shown(match?.[1] ?? "");
        expect(seedCorpus).toContain(text);
        return text;
      });
    });
    expect(quoted[0]?.[0]).toContain("98 injuries");
    expect(quoted[1]?.join("\n")).toContain("more than 60 others were hurt");

    const all = onlyEmbed(
      (await interact(emulator, { kind: "command", name: "compare", options: { topic: "minerals deal" } }))
        .data,
    );
    expect(all.fields).toHaveLength(5);
    expect(all.fields?.map((f) => f.name)).not.toContain("No mention (0)");
  });

  it("/compare on a topic the articles don't cover: says so, quotes nothing, pings no one", async () => {
    const { type, data } = await interact(emulator, {
      kind: "command",
      name: "compare",
      options: { topic: "@everyone the population of Canada" },
    });
    expect(type).toBe(4);
    const embed = onlyEmbed(data);
    expect(embed.description).toBe("The articles don't mention “@\u200beveryone the population of Canada”.");
    expect(embed.fields ?? []).toEqual([]);
    const wordless = await interact(emulator, {
      kind: "command",
      name: "compare",
      options: { topic: "?!?" },
    });
    expect(wordless.data.flags).toBe(64);
    expect(wordless.data.content).toMatch(/^Please give a topic in words/u);
  });

  it("/sources, /help and /article draw embeds within Discord's limits", async () => {
    const sources = onlyEmbed((await interact(emulator, { kind: "command", name: "sources" })).data);
    expect(sources.title).toMatch(/^Sources: 5 articles, \d+ sentences$/u);
    expect(sources.description?.split("\n").filter((l) => /^\d+\. /u.test(l))).toHaveLength(5);
    const help = onlyEmbed((await interact(emulator, { kind: "command", name: "help" })).data);
    expect(help.fields?.map((f) => f.name.split(" ")[0])).toEqual([
      "/article",
      "/ask",
      "/compare",
      "/help",
      "/search",
      "/sources",
      "/summary",
      "/timeline",
    ]);
    const article = onlyEmbed(
      (await interact(emulator, { kind: "command", name: "article", options: { id: "003" } })).data,
    );
    expect(article.title).toBe("US Seeks Ukraine Ceasefire Progress in Paris, Rubio Signals Possible Exit");
    expect(article.fields?.find((f) => f.name === "Id")?.value).toBe("003_0df8127b532af0cd");
  });

  it("an unexpected failure gets an ephemeral apology, never a stack trace", async () => {
    const sent = emulator.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: "Who hosted the Paris summit?" },
    });
    // Discord rejects the bot's reply: an error the bot did not expect, mid-interaction.
    emulator.failNext({
      method: "POST",
      pathIncludes: `/interactions/${sent.id}/`,
      status: 400,
      body: { message: "Invalid Form Body", code: 50035 },
    });
    const apology = await emulator.waitForRequest(
      (r) => r.path.startsWith(`/interactions/${sent.id}/`) && r.status === 204,
    );
    for (const r of emulator.requests)
      if (r.path.includes(sent.id) && r.status === 400) running.injected.add(r.seq);
    expect(running.injected.size).toBe(1);
    expect(apology.body).toEqual({
      type: 4,
      data: expect.objectContaining({
        content: APOLOGY,
        flags: 64,
        allowed_mentions: { parse: [] },
      }) as unknown,
    });
    const logged = await running.bot.waitForLog("interaction failed", (line) => line.id === sent.id);
    expect(logged.level).toBe("error");
  });

  it("resumes after the gateway socket drops and answers the next interaction", async () => {
    const before = emulator.resumes.length;
    emulator.dropGatewaySockets();
    const resume = await emulator.waitForResume(before + 1, 15_000);
    expect(resume.ok).toBe(true);
    await running.bot.waitForLog("gateway resumed");
    const { data } = await ask(emulator, "Who hosted the Paris summit?");
    expectVerbatimQuotes(onlyEmbed(data), seedCorpus);
    expect(emulator.identifies).toHaveLength(1);
  });

  it("pinged no one, stayed within limits, had no 4xx, logged every answer's latency, never the token", async () => {
    await expectWellBehaved(running);
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
