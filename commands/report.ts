import { defineCommand } from "../src/commands/command.js";
import { buildReport } from "../src/feedback/report.js";
import { errorReply } from "../src/reply/reply.js";
import { reportReply } from "../src/reply/reportReply.js";

export default defineCommand({
  name: "report",
  description:
    "Moderators: the questions the articles leave unanswered, answers voted down, articles never quoted.",
  moderatorOnly: true,
  options: [],
  execute(context) {
    if (!context.feedback) return errorReply("No question log is kept here, so there is nothing to report.");
    return reportReply(buildReport(context.feedback.data, context.library.articles));
  },
});
