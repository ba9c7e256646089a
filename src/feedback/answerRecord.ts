/**
 * Which replies are logged answers, and what the log keeps of one: the question, whether it was
 * answered (and why not), the quoted sentences and the article set's version.
 */
import type { AnyCommand, CommandContext } from "../commands/command.js";
import type { RawArgs } from "../commands/dispatch.js";
import type { Reply } from "../reply/reply.js";
import type { AnswerRecord } from "./feedbackLog.js";

/** The question a command was asked: the reply's own, else its first text argument. */
function questionOf(args: RawArgs, reply: Reply): string | null {
  if ("question" in reply && typeof reply.question === "string") return reply.question;
  const first = Object.values(args).find((value) => typeof value === "string");
  return typeof first === "string" ? first : null;
}

export function answerRecord(
  command: AnyCommand,
  args: RawArgs,
  reply: Reply,
  context: Pick<CommandContext, "library" | "user">,
): AnswerRecord | null {
  const isAnswer = reply.kind === "answer" || reply.kind === "no-answer";
  if (reply.kind === "error" || !(isAnswer || command.collectsFeedback)) return null;
  const question = questionOf(args, reply);
  if (question === null) return null;
  const quotes =
    reply.kind === "answer"
      ? reply.quotes.map((quote) => ({
          article: reply.sources.find((source) => source.n === quote.source)?.articleId ?? "",
          sentence: quote.sentence,
        }))
      : reply.kind === "list"
        ? reply.items.flatMap((item) => {
            const article = reply.sources.find((source) => source.n === item.source)?.articleId;
            return article && item.sentence ? [{ article, sentence: item.sentence }] : [];
          })
        : [];
  return {
    command: command.name,
    userId: context.user.id,
    question,
    answered: reply.kind !== "no-answer",
    reason: reply.kind === "no-answer" ? (reply.reason ?? null) : null,
    version: context.library.version,
    quotes,
  };
}
