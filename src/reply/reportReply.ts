/** The feedback report as a moderator reads it: what members ask that the articles don't answer. */
import type { FeedbackReport } from "../feedback/report.js";
import type { InfoReply } from "./reply.js";

const SHOWN = 10;

function lines(items: string[], none: string): string {
  return items.length ? items.slice(0, SHOWN).join("\n") : none;
}

export function reportReply(report: FeedbackReport): InfoReply {
  const since = report.since ? ` since ${report.since.slice(0, 10)}` : "";
  return {
    kind: "info",
    title: "What the articles don't answer",
    text:
      `${report.questions} questions logged${since}: ${report.answered} answered, ${report.unanswered} not. ` +
      `Votes: ${report.votes.up} 👍, ${report.votes.down} 👎.`,
    fields: [
      {
        name: "Most often unanswered",
        value: lines(
          report.mostUnanswered.map(
            (q) => `${q.asked}× “${q.example}” (${Object.keys(q.reasons).join(", ")})`,
          ),
          "none",
        ),
      },
      {
        name: "Most voted down",
        value: lines(
          report.mostVotedDown.map(
            (a) =>
              `👎 ${a.down} 👍 ${a.up}: “${a.question}” → ${a.quotes.map((q) => `${q.article} #${q.sentence}`).join(", ") || "no quote"}`,
          ),
          "none",
        ),
      },
      {
        name: `Never quoted (${report.neverQuoted.length})`,
        value: lines(
          report.neverQuoted.map((a) => `${a.id}: ${a.title}`),
          "every article has been quoted",
        ),
      },
    ],
    url: null,
    ephemeral: true,
  };
}
