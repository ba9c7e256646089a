/** Summaries and timelines drawn as Discord messages: within every limit, paged, pinging no one. */
import { describe, expect, it } from "vitest";
import { renderDiscord } from "../../src/discord/renderDiscord.js";
import { summarize } from "../../src/overview/summary.js";
import { timeline, type Timeline } from "../../src/overview/timeline.js";
import { summaryReply, timelineReply } from "../../src/reply/overviewReply.js";
import { createLibrary } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { seedLibrary } from "../answer/seedLibrary.js";
import { limitProblems, quotedSentences, type MessageJson } from "./discordChecks.js";

function json(message: ReturnType<typeof renderDiscord>): MessageJson {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds as MessageJson["embeds"],
    components: message.components as unknown as MessageJson["components"],
  };
}

describe("a summary on Discord", () => {
  it("GIVEN the seeds' summary THEN one embed titled as a summary, each quote whole and cited", () => {
    const library = seedLibrary();
    const summary = summarize(library, null);
    const message = renderDiscord(summaryReply(library, summary));
    expect(limitProblems(json(message))).toEqual([]);
    const embed = message.embeds[0];
    expect(embed?.title).toBe("Summary of 5 articles");
    expect(quotedSentences(embed?.description ?? "").map((q) => q.text)).toEqual(
      summary.quotes.map((q) => q.text),
    );
    expect(embed?.description).toMatch(/-# also reported by \[\d\]/u);
    expect(message.allowedMentions).toEqual({ parse: [] });
  });
});

describe("a timeline on Discord", () => {
  it("GIVEN more events than a page THEN dated lines, ◀ ▶ buttons, and the undated counted in the footer", () => {
    const library = seedLibrary();
    const message = renderDiscord(timelineReply(library, timeline(library, null)), "k1");
    expect(limitProblems(json(message))).toEqual([]);
    const embed = message.embeds[0];
    expect(embed?.title).toBe("Timeline of 5 articles");
    expect(embed?.description?.split("\n").filter((l) => /^\d+\. /u.test(l))).toHaveLength(8);
    expect(embed?.description).toMatch(/^1\. 2022 · /u);
    expect(embed?.footer?.text).toMatch(/^Page 1 of 3 · 22 matches · 12 relative dates/u);
    const buttons = (message.components[0]?.components ?? []) as {
      label?: string;
      custom_id?: string;
      disabled?: boolean;
    }[];
    expect(buttons.map((b) => b.label)).toEqual(["◀", "1 / 3", "▶"]);
    expect(buttons.map((b) => b.custom_id)).toEqual(["page:k1:0", "page:k1:current", "page:k1:2"]);
  });

  it("GIVEN sentences too long for a page THEN whole lines drop, with a note, and every limit holds", () => {
    // An article of eight dated sentences of ~1,500 characters, and @everyone in one.
    const long = (n: number) =>
      `On April ${n} officials met in Paris @everyone and ${"talked at length about the ceasefire and the minerals deal ".repeat(25)}then left.`;
    const text = ` date 2025-04-18 ${Array.from({ length: 8 }, (_, i) => long(i + 1)).join(" ")}`;
    const library = createLibrary([parseArticle({ file: "long.txt", text })]);
    const result: Timeline = timeline(library, null);
    expect(result.events).toHaveLength(8);
    const message = renderDiscord(timelineReply(library, result), "k2");
    expect(limitProblems(json(message))).toEqual([]);
    const embed = message.embeds[0];
    expect(embed?.footer?.text).toMatch(/more not shown/u);
    expect(embed?.description).not.toMatch(/@everyone/u);
  });
});
