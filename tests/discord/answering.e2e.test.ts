// End to end: the real program (`node --import tsx src/main.ts`, as `npm start` runs it) as a child
// process, talking to the Discord emulator over HTTP and the gateway: slash commands, buttons,
// mentions, DMs and threads answered; an unexpected failure and a dropped gateway socket survived.
// One bot process for the describe.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APOLOGY } from "../../src/commands/dispatch.js";
import { NOT_IN_ARTICLES } from "../../src/reply/answerReply.js";
import { seedFiles } from "../helpers.js";
import { TOKEN } from "./botProcess.js";
import { BOT_ID, seedCorpus } from "./botFixtures.js";
import { botMessages, quotedSentences, shown, type MessageJson } from "./discordChecks.js";
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
import { DEFAULTS, type DiscordEmulator } from "./emulator.js";

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
