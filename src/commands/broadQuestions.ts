/**
 * Broad questions asked with /ask, a mention or a DM ("What happened at the talks?", "Give me a
 * timeline") get the summary or the timeline instead of three quotes. A topic they cover too
 * thinly (fewer than two summary sentences, no dated event) is left to the answer engine: the
 * question was more specific than it looked.
 */
import type { CommandContext } from "./command.js";
import { classifyBroadQuestion } from "../overview/broadQuestion.js";
import { summarize } from "../overview/summary.js";
import { timeline } from "../overview/timeline.js";
import { summaryReply, timelineReply } from "../reply/overviewReply.js";
import type { Reply } from "../reply/reply.js";

const MIN_SUMMARY_QUOTES = 2;

/** The summary or timeline reply for a broad question, or null for the answer engine to answer. */
export function answerBroadQuestion(
  context: Pick<CommandContext, "library" | "remember">,
  question: string,
): Reply | null {
  const broad = classifyBroadQuestion(question);
  if (!broad) return null;
  if (broad.kind === "summary") {
    const summary = summarize(context.library, broad.topic, question);
    if (!summary.answered || (broad.topic && summary.quotes.length < MIN_SUMMARY_QUOTES)) return null;
    context.remember?.({ question, answer: summary });
    return summaryReply(context.library, summary, question);
  }
  const result = timeline(context.library, broad.topic);
  if (result.events.length === 0) return null;
  return timelineReply(context.library, result);
}
