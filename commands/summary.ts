import { defineCommand } from "../src/commands/command.js";
import { MAX_QUESTION_LENGTH } from "../src/commands/questionInput.js";
import { optionalTopic } from "../src/commands/topicOption.js";
import { summarize } from "../src/overview/summary.js";
import { summaryReply } from "../src/reply/overviewReply.js";
import { errorReply } from "../src/reply/reply.js";

export default defineCommand({
  name: "summary",
  description: "A summary across the articles: their most central sentences, each with its source.",
  asksQuestion: true,
  options: [
    {
      name: "topic",
      description: "Only what they say on this, e.g. minerals deal (leave empty for everything)",
      type: "string",
      maxLength: MAX_QUESTION_LENGTH,
    },
  ],
  execute(context, args) {
    const checked = optionalTopic(args.topic);
    if (!checked.ok) return errorReply(checked.message);
    const topic = checked.question;
    const summary = summarize(context.library, topic);
    if (summary.answered) context.remember?.({ question: summary.question, answer: summary });
    return summaryReply(context.library, summary);
  },
});
