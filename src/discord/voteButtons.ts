/**
 * 👍 / 👎 under an answer: the buttons' custom ids carry the logged answer's id, so a vote finds
 * its answer after a restart too (`vote:<answer id>:up`).
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from "discord.js";

export type VoteValue = "up" | "down";

const LABEL: Record<VoteValue, string> = { up: "👍", down: "👎" };

export function voteRow(answerId: string): APIActionRowComponent<APIButtonComponent> {
  const button = (vote: VoteValue): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: LABEL[vote],
    custom_id: `vote:${answerId}:${vote}`,
  });
  return { type: ComponentType.ActionRow, components: [button("up"), button("down")] };
}

/** The answer and vote a button's custom id names, or null when it is not a vote button. */
export function parseVote(customId: string): { answerId: string; vote: VoteValue } | null {
  const match = /^vote:([\w-]{1,80}):(up|down)$/u.exec(customId);
  return match ? { answerId: match[1] as string, vote: match[2] as VoteValue } : null;
}

/** What the voter is told, only them. */
export function voteAcknowledgement(
  outcome:
    | { status: "counted" | "changed" | "unchanged"; vote: VoteValue; saved: boolean }
    | { status: "unknown-answer" },
): string {
  if (outcome.status === "unknown-answer")
    return "That answer is too old to vote on now; ask again to vote on a new one.";
  const emoji = LABEL[outcome.vote];
  const said =
    outcome.status === "counted"
      ? `Thanks: your ${emoji} is counted.`
      : outcome.status === "changed"
        ? `Thanks: your vote is now ${emoji}.`
        : `Your ${emoji} was already counted.`;
  return outcome.saved ? said : `${said} (It is kept in memory until it can be written to disk.)`;
}
