// Self-test of the Discord emulator against the real discord.js client (in-process).

import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  Partials,
  PermissionFlagsBits,
  type Interaction,
  type Message,
} from "discord.js";
import { DEFAULTS, DiscordEmulator, guildIdOnShard, shardIdForGuild } from "./emulator.js";

const BOT_ID = DEFAULTS.botId;
let emulator: DiscordEmulator;
let client: Client;

/** What the bot saw, for assertions. */
const seen = {
  interactions: [] as Interaction[],
  messages: [] as Message[],
  errors: [] as unknown[],
  responseMessageContent: undefined as string | undefined,
};

async function onInteraction(interaction: Interaction): Promise<void> {
  seen.interactions.push(interaction);
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    await interaction.respond([{ name: `Alpha (${typed})`, value: "alpha" }]);
    return;
  }
  if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  switch (interaction.commandName) {
    case "hello": {
      const who = interaction.options.getString("who") ?? "you";
      await interaction.reply({ content: `hi ${who}`, allowedMentions: { parse: [] } });
      return;
    }
    case "slow":
      await interaction.deferReply();
      await interaction.editReply({ content: "done", allowedMentions: { parse: [] } });
      return;
    case "buttons": {
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId("again").setLabel("Again").setStyle(ButtonStyle.Primary),
      );
      await interaction.reply({ content: "pick", components: [row] });
      return;
    }
    case "file":
      await interaction.reply({
        content: "see file",
        files: [{ attachment: Buffer.from("hello"), name: "a.txt" }],
      });
      return;
    case "with-response": {
      const response = await interaction.reply({ content: "created", withResponse: true });
      seen.responseMessageContent = response.resource?.message?.content;
      return;
    }
    case "upload": {
      // Reads the attachment back from its URL, as the bot does.
      const file = interaction.options.getAttachment("file", true);
      const body = await (await fetch(file.url)).text();
      await interaction.reply({
        content: `${file.name} ${file.size} ${file.contentType ?? "?"}: ${body}`,
        allowedMentions: { parse: [] },
      });
      return;
    }
    case "long":
      await interaction.reply({ content: "x".repeat(2001) }).catch((err: unknown) => seen.errors.push(err));
      return;
  }
}

async function onMessage(message: Message): Promise<void> {
  if (message.author.bot) return; // the emulator echoes the bot's own messages, like Discord
  seen.messages.push(message);
  if (message.channel.type === ChannelType.DM) {
    await message.reply({ content: "dm pong", allowedMentions: { repliedUser: false } });
  } else if (client.user && message.mentions.has(client.user)) {
    await message.reply({ content: "pong", allowedMentions: { repliedUser: false } });
  }
}

describe("Discord emulator with the real discord.js client", () => {
  beforeAll(async () => {
    emulator = await new DiscordEmulator().start();
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      rest: { api: emulator.apiUrl },
    });
    client.on(
      Events.InteractionCreate,
      (i) => void onInteraction(i).catch((err: unknown) => seen.errors.push(err)),
    );
    client.on(Events.MessageCreate, (m) => void onMessage(m).catch((err: unknown) => seen.errors.push(err)));
    const ready = once(client, Events.ClientReady);
    await client.login("test-token");
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await emulator?.stop();
  });

  it("logs in: gateway/bot, IDENTIFY, READY and GUILD_CREATE", async () => {
    expect(client.user?.id).toBe(BOT_ID);
    expect(client.guilds.cache.get(DEFAULTS.guildId)?.available).toBe(true);
    expect(client.channels.cache.get(DEFAULTS.channelId)?.isTextBased()).toBe(true);
    const identify = await emulator.waitForIdentify();
    expect(identify.shard).toEqual([0, 1]);
    expect(identify.token).toBe("test-token");
    expect(emulator.gatewayConnections[0]?.query).toEqual({ v: "10", encoding: "json" });
    expect(
      emulator.requests.some((r) => r.method === "GET" && r.path === "/gateway/bot" && r.authorized),
    ).toBe(true);
  });

  it("delivers a slash command and records the reply callback (type 4)", async () => {
    const sent = emulator.sendInteraction({ kind: "command", name: "hello", options: { who: "world" } });
    const callback = await emulator.waitForCallback(sent.id);
    expect(callback.status).toBe(204);
    expect(callback.path).toBe(`/interactions/${sent.id}/${sent.token}/callback`);
    expect(callback.query).toEqual({ with_response: "false" });
    expect(callback.authorized).toBe(false);
    expect(callback.body).toMatchObject({
      type: 4,
      data: { content: "hi world", allowed_mentions: { parse: [] } },
    });
    expect(emulator.interactions.get(sent.id)?.original).toMatchObject({ content: "hi world", type: 20 });

    const interaction = seen.interactions.find((i) => i.id === sent.id);
    expect(interaction?.inGuild()).toBe(true);
    expect(interaction?.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(false);
  });

  it("passes member permissions through (ManageGuild)", async () => {
    const manage = (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel).toString();
    const sent = emulator.sendInteraction({ kind: "command", name: "hello", memberPermissions: manage });
    await emulator.waitForCallback(sent.id);
    const interaction = seen.interactions.find((i) => i.id === sent.id);
    expect(interaction?.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(true);
  });

  it("records deferReply (type 5) and editReply (PATCH @original)", async () => {
    const sent = emulator.sendInteraction({ kind: "command", name: "slow" });
    const callback = await emulator.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({ type: 5 });
    const edit = await emulator.waitForRequest(
      (r) => r.method === "PATCH" && r.path === `/webhooks/${BOT_ID}/${sent.token}/messages/@original`,
    );
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ content: "done", allowed_mentions: { parse: [] } });
    expect(emulator.interactions.get(sent.id)?.original).toMatchObject({ content: "done", flags: 0 });
  });

  it("delivers a mention and records message.reply as POST /channels/:id/messages", async () => {
    const message = emulator.sendMessage({ content: `<@${BOT_ID}> ping` });
    const post = await emulator.waitForRequest(
      (r) => r.method === "POST" && r.path === `/channels/${DEFAULTS.channelId}/messages`,
    );
    expect(post.status).toBe(200);
    expect(post.body).toMatchObject({ content: "pong", message_reference: { message_id: message.id } });
    const received = seen.messages.find((m) => m.id === message.id);
    expect(received?.content).toBe(`<@${BOT_ID}> ping`); // mentions keep their content without MessageContent
    expect(received?.inGuild()).toBe(true);
  });

  it("delivers a DM (Partials.Channel) and records the reply", async () => {
    const message = emulator.sendMessage({ dm: true, content: "hello in private" });
    const post = await emulator.waitForRequest(
      (r) => r.method === "POST" && r.path === `/channels/${String(message.channel_id)}/messages`,
    );
    expect(post.body).toMatchObject({ content: "dm pong" });
    const received = seen.messages.find((m) => m.id === message.id);
    expect(received?.channel.type).toBe(ChannelType.DM);
    expect(received?.content).toBe("hello in private");
  });

  it("attaches a file to a slash command and serves it at the attachment's URL", async () => {
    const sent = emulator.sendInteraction({
      kind: "command",
      name: "upload",
      attachments: { file: { filename: "notes.txt", body: "Talks resume in Geneva." } },
    });
    const callback = await emulator.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({
      data: { content: "notes.txt 23 text/plain; charset=utf-8: Talks resume in Geneva." },
    });
    const download = emulator.requests.find((r) => r.method === "GET" && r.path.startsWith("/attachments/"));
    expect(download).toMatchObject({
      status: 200,
      path: expect.stringMatching(/^\/attachments\/\d+\/notes\.txt$/u) as unknown,
    });
  });

  it("records an autocomplete respond() as type 8", async () => {
    const sent = emulator.sendInteraction({
      kind: "autocomplete",
      name: "hello",
      focused: "who",
      value: "al",
    });
    const callback = await emulator.waitForCallback(sent.id);
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: "Alpha (al)", value: "alpha" }] } });
  });

  it("delivers a button click on the bot's message and records update() as type 7", async () => {
    const command = emulator.sendInteraction({ kind: "command", name: "buttons" });
    await emulator.waitForCallback(command.id);
    const click = emulator.sendInteraction({ kind: "button", customId: "again" });
    const callback = await emulator.waitForCallback(click.id);
    expect(callback.body).toMatchObject({ type: 7, data: { content: "clicked again", components: [] } });
    expect(emulator.interactions.get(command.id)?.original?.content).toBe("clicked again");
  });

  it("parses multipart uploads (payload_json + files)", async () => {
    const sent = emulator.sendInteraction({ kind: "command", name: "file" });
    const callback = await emulator.waitForCallback(sent.id);
    expect(callback.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(callback.body).toMatchObject({ type: 4, data: { content: "see file" } });
    expect(callback.files).toEqual([
      { field: "files[0]", filename: "a.txt", contentType: expect.any(String) as string, size: 5 },
    ]);
    expect(emulator.interactions.get(sent.id)?.original?.attachments).toMatchObject([{ filename: "a.txt" }]);
  });

  it("answers ?with_response=true with the created message", async () => {
    const sent = emulator.sendInteraction({ kind: "command", name: "with-response" });
    const callback = await emulator.waitForCallback(sent.id);
    expect(callback.query).toEqual({ with_response: "true" });
    await expect.poll(() => seen.responseMessageContent).toBe("created");
  });

  it("answers invalid bodies like Discord (content over 2000 characters)", async () => {
    const sent = emulator.sendInteraction({ kind: "command", name: "long" });
    const callback = await emulator.waitForCallback(sent.id);
    expect(callback.status).toBe(400);
    await expect.poll(() => seen.errors.length).toBe(1);
    expect(seen.errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((seen.errors[0] as DiscordAPIError).code).toBe(50035);
    seen.errors.length = 0;
  });

  it("injects a 429 that discord.js retries", async () => {
    const rule = emulator.failNext({ method: "POST", pathIncludes: "/messages", status: 429 });
    const message = emulator.sendMessage({ content: `<@${BOT_ID}> again` });
    const isReply = (r: { method: string; body: unknown }): boolean =>
      r.method === "POST" && JSON.stringify(r.body).includes(String(message.id));
    const ok = await emulator.waitForRequest((r) => isReply(r) && r.status === 200);
    expect(rule.hits).toBe(1);
    expect(emulator.requests.filter((r) => isReply(r)).map((r) => r.status)).toEqual([429, 200]);
    expect(ok.body).toMatchObject({ content: "pong" });
  });

  it("RESUMEs after the gateway socket drops, replays missed events, keeps working", async () => {
    const resumesBefore = emulator.resumes.length;
    emulator.dropGatewaySockets();
    // Sent while the bot is disconnected: must be replayed on RESUME.
    const missed = emulator.sendInteraction({ kind: "command", name: "hello", options: { who: "missed" } });
    const resume = await emulator.waitForResume(resumesBefore + 1);
    expect(resume.ok).toBe(true);
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    expect((await emulator.waitForCallback(missed.id)).body).toMatchObject({
      data: { content: "hi missed" },
    });

    const after = emulator.sendInteraction({ kind: "command", name: "hello", options: { who: "again" } });
    expect((await emulator.waitForCallback(after.id)).body).toMatchObject({
      type: 4,
      data: { content: "hi again" },
    });
    expect(emulator.identifies).toHaveLength(1); // resumed, not re-identified
  });

  it("saw no emulator errors and no bot errors", () => {
    expect(emulator.errors).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});

describe("Discord emulator with two shards", () => {
  const onShard0 = guildIdOnShard(0, 2);
  const onShard1 = guildIdOnShard(1, 2);
  let emu: DiscordEmulator;
  let bot: Client;
  const received: Interaction[] = [];

  beforeAll(async () => {
    emu = await new DiscordEmulator({
      recommendedShards: 2,
      guilds: [
        { id: onShard0, name: "Zero", channels: [{ id: "1200000000000000100", name: "zero" }] },
        { id: onShard1, name: "One", channels: [{ id: "1200000000000000200", name: "one" }] },
      ],
    }).start();
    // discord.js runs ONE shard unless told otherwise: shards "auto" uses `shards` from /gateway/bot.
    bot = new Client({
      intents: [GatewayIntentBits.Guilds],
      shards: "auto",
      rest: { api: emu.apiUrl },
    });
    bot.on(Events.InteractionCreate, (i) => {
      received.push(i);
      if (i.isChatInputCommand()) void i.reply({ content: `shard ${i.guild?.shardId ?? "dm"}` });
    });
    const ready = once(bot, Events.ClientReady);
    await bot.login("test-token");
    await ready;
  });

  afterAll(async () => {
    await bot?.destroy();
    await emu?.stop();
  });

  it("identifies both shards and routes events to the shard owning the guild", async () => {
    expect(shardIdForGuild(onShard1, 2)).toBe(1);
    expect(emu.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(bot.guilds.cache.get(onShard1)?.shardId).toBe(1);
    const sent = emu.sendInteraction({ kind: "command", name: "where", guildId: onShard1 });
    expect((await emu.waitForCallback(sent.id)).body).toMatchObject({ data: { content: "shard 1" } });
  });

  it("resumes only the shard whose socket was closed (4009)", async () => {
    const before = emu.resumes.length;
    emu.closeGateway(4009, 1);
    await emu.waitForResume(before + 1);
    const sent = emu.sendInteraction({ kind: "command", name: "where", guildId: onShard1 });
    expect((await emu.waitForCallback(sent.id)).body).toMatchObject({ data: { content: "shard 1" } });
    const other = emu.sendInteraction({ kind: "command", name: "where", guildId: onShard0 });
    expect((await emu.waitForCallback(other.id)).body).toMatchObject({ data: { content: "shard 0" } });
    expect(emu.resumes).toHaveLength(before + 1);
    expect(emu.identifies).toHaveLength(2);
  });
});
