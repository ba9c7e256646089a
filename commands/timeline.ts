import { defineCommand } from "../src/commands/command.js";
import { MAX_QUESTION_LENGTH } from "../src/commands/questionInput.js";
import { optionalTopic } from "../src/commands/topicOption.js";
import { timeline } from "../src/overview/timeline.js";
import { timelineReply } from "../src/reply/overviewReply.js";
import { errorReply } from "../src/reply/reply.js";

export default defineCommand({
  name: "timeline",
  description: "The events the articles date, in order: each date, the sentence and its source.",
  asksQuestion: true,
  options: [
    {
      name: "topic",
      description: "Only events on this, e.g. Sumy (leave empty for everything)",
      type: "string",
      maxLength: MAX_QUESTION_LENGTH,
    },
    { name: "page", description: "Page of the timeline", type: "integer", minValue: 1, maxValue: 10000 },
  ],
  execute(context, args) {
    const checked = optionalTopic(args.topic);
    if (!checked.ok) return errorReply(checked.message);
    const topic = checked.question;
    return timelineReply(context.library, timeline(context.library, topic), args.page ?? 1);
  },
});
