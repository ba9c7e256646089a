// End to end: /summary, /timeline and broad questions asked in chat, through the real bot process
// and discord.js against the Discord emulator.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFiles, SEEDS_DIR } from "../helpers.js";
import { collapse, type MessageJson } from "./discordChecks.js";
import {
  expectVerbatimQuotes,
  expectWellBehaved,
  interact,
  onlyEmbed,
  replyTo,
  startRunning,
  type Running,
} from "./e2e.js";
import { DEFAULTS, type DiscordEmulator } from "./emulator.js";

const BOT_ID = DEFAULTS.botId;

interface Button {
  label: string;
  custom_id: string;
  disabled: boolean;
}

function buttonsOf(message: MessageJson): Button[] {
  return ((message.components?.[0] as { components?: Button[] } | undefined)?.components ?? []) as Button[];
}

describe("summaries and timelines on Discord", () => {
  let running: Running;
  let emulator: DiscordEmulator;
  let corpus = "";
  beforeAll(async () => {
    const texts = await Promise.all((await seedFiles()).map((f) => readFile(join(SEEDS_DIR, f), "utf8")));
    corpus = texts.map(collapse).join("\n");
    running = await startRunning({ env: { QUESTION_COOLDOWN_COUNT: "1000" } });
    emulator = running.emulator;
  });
  afterAll(() => running?.stop());

  it("/summary: an embed of verbatim, cited sentences from several articles", async () => {
    const { data } = await interact(emulator, { kind: "command", name: "summary" });
    const embed = onlyEmbed(data);
    expect(embed.title).toBe("Summary of 5 articles");
    const quotes = expectVerbatimQuotes(embed, corpus);
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    const sources = embed.fields?.find((f) => f.name === "Sources")?.value ?? "";
    expect(sources.split("\n").length).toBeGreaterThanOrEqual(3);
  });

  it("/summary with a topic the articles don't cover: says so", async () => {
    const { data } = await interact(emulator, {
      kind: "command",
      name: "summary",
      options: { topic: "Tokyo" },
    });
    expect(onlyEmbed(data).description).toMatch(/^The articles don't mention “Tokyo”\./u);
  });

  it("/timeline pages with ◀ ▶; ▶ shows the next dated lines", async () => {
    const first = await interact(emulator, { kind: "command", name: "timeline" });
    const embed = onlyEmbed(first.data);
    expect(embed.title).toBe("Timeline of 5 articles");
    expect(embed.description).toMatch(/^1\. 2022 · /u);
    expect(embed.footer?.text).toMatch(/^Page 1 of 3 · 22 matches/u);
    const buttons = buttonsOf(first.data);
    expect(buttons.map((b) => b.disabled)).toEqual([true, true, false]);
    const click = await interact(emulator, { kind: "button", customId: buttons[2]?.custom_id ?? "" });
    expect(click.type).toBe(7);
    const page2 = onlyEmbed(click.data);
    expect(page2.footer?.text).toMatch(/^Page 2 of 3/u);
    expect(page2.description).toMatch(/^1\. 2025-04-13 \(Sun\) · /u);
  });

  it("a mention asking what happened gets the summary; a DM asking for a timeline gets it, and ▶ pages it", async () => {
    const mention = emulator.sendMessage({ content: `<@${BOT_ID}> what happened at the Paris talks?` });
    const reply = (await replyTo(emulator, mention)).body as MessageJson;
    const embed = onlyEmbed(reply);
    expect(embed.title).toBe("Q: what happened at the Paris talks?");
    for (const quote of expectVerbatimQuotes(embed, corpus)) expect(quote).toMatch(/\bParis\b/u);

    const dm = emulator.sendMessage({ dm: true, content: "Give me a timeline of events" });
    const dmReply = (await replyTo(emulator, dm)).body as MessageJson;
    expect(onlyEmbed(dmReply).title).toBe("Timeline of 5 articles");
    const next = buttonsOf(dmReply)[2];
    expect(next?.label).toBe("▶");
    const click = await interact(emulator, { kind: "button", customId: next?.custom_id ?? "", dm: true });
    expect(onlyEmbed(click.data).footer?.text).toMatch(/^Page 2 of 3/u);
  });

  it("/help lists /summary and /timeline", async () => {
    const help = onlyEmbed((await interact(emulator, { kind: "command", name: "help" })).data);
    const names = help.fields?.map((f) => f.name.split(" ")[0]);
    expect(names).toContain("/summary");
    expect(names).toContain("/timeline");
  });

  it("pinged no one, stayed within limits, had no 4xx, logged every answer's latency, never the token", async () => {
    await expectWellBehaved(running);
  });
});
