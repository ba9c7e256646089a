import { defineCommand } from "../src/commands/command.js";
import { checkTopic, MAX_QUESTION_LENGTH } from "../src/commands/questionInput.js";
import { compareArticles } from "../src/answer/compare.js";
import { compareReply } from "../src/reply/compareReply.js";
import { errorReply } from "../src/reply/reply.js";

export default defineCommand({
  name: "compare",
  description: "What each article says about a topic, side by side, with sources.",
  asksQuestion: true,
  options: [
    {
      name: "topic",
      description: "A subject, e.g. minerals deal, ceasefire, Rubio",
      type: "string",
      required: true,
      maxLength: MAX_QUESTION_LENGTH,
    },
  ],
  execute(context, args) {
    const checked = checkTopic(args.topic);
    if (!checked.ok) return errorReply(checked.message);
    return compareReply(compareArticles(context.library, checked.question));
  },
});
