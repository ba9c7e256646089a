// 👍 / 👎 in the shared Discord rendering: under any logged answer, whatever command gave it.
import { describe, expect, it } from "vitest";
import { defineCommand, type CommandContext } from "../../src/commands/command.js";
import { parseVote, voteAcknowledgement } from "../../src/discord/voteButtons.js";
import { renderDiscord } from "../../src/discord/renderDiscord.js";
import { answerRecord } from "../../src/feedback/answerRecord.js";
import type { ListReply, Reply } from "../../src/reply/reply.js";

const context = {
  library: { version: "v9" },
  user: { id: "1100000000000000001", name: "alice", isModerator: false },
} as unknown as Pick<CommandContext, "library" | "user">;

const timeline: ListReply = {
  kind: "list",
  title: "Timeline: Paris talks",
  items: [{ label: "On April 17 the talks opened.", source: 1, sentence: 4 }],
  sources: [{ n: 1, articleId: "003_x", title: "T", outlet: null, date: null, url: null }],
  page: null,
  footer: null,
};

const labels = (reply: Reply) =>
  renderDiscord(reply).components.flatMap((row) => row.components.map((b) => ("label" in b ? b.label : "")));

describe("vote buttons", () => {
  it("GIVEN a logged answer of any kind THEN 👍 and 👎 under it; not logged, or an error THEN none", () => {
    expect(labels({ ...timeline, feedbackId: "abc" })).toEqual(["👍", "👎"]);
    expect(labels(timeline)).toEqual([]);
    expect(labels({ kind: "error", text: "No.", ephemeral: true, feedbackId: "abc" })).toEqual([]);
    const row = renderDiscord({ ...timeline, feedbackId: "abc" }).components[0];
    expect(row?.components.map((b) => ("custom_id" in b ? b.custom_id : ""))).toEqual([
      "vote:abc:up",
      "vote:abc:down",
    ]);
    expect(parseVote("vote:abc:down")).toEqual({ answerId: "abc", vote: "down" });
    expect(parseVote("page:abc:2")).toBeNull();
  });

  it("GIVEN a command with collectsFeedback THEN its reply is logged with its quoted sentences; without THEN not", () => {
    const summary = defineCommand({
      name: "timeline",
      description: "d",
      collectsFeedback: true,
      options: [{ name: "topic", description: "d", type: "string", required: true }],
      execute: () => timeline,
    });
    expect(answerRecord(summary, { topic: "Paris talks" }, timeline, context)).toEqual({
      command: "timeline",
      userId: "1100000000000000001",
      question: "Paris talks",
      answered: true,
      reason: null,
      version: "v9",
      quotes: [{ article: "003_x", sentence: 4 }],
    });
    expect(
      answerRecord({ ...summary, collectsFeedback: false }, { topic: "x" }, timeline, context),
    ).toBeNull();
  });

  it("GIVEN each vote outcome THEN a short acknowledgement for the voter alone", () => {
    expect(voteAcknowledgement({ status: "counted", vote: "up", saved: true })).toBe(
      "Thanks: your 👍 is counted.",
    );
    expect(voteAcknowledgement({ status: "changed", vote: "down", saved: false })).toBe(
      "Thanks: your vote is now 👎. (It is kept in memory until it can be written to disk.)",
    );
    expect(voteAcknowledgement({ status: "unknown-answer" })).toMatch(
      /^That answer is too old to vote on now/u,
    );
  });
});
