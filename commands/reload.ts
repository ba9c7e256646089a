import { defineCommand } from "../src/commands/command.js";
import { reloadReply } from "../src/reply/reloadReply.js";

export default defineCommand({
  name: "reload",
  description: "Moderators: re-read the article folder and report what changed.",
  moderatorOnly: true,
  options: [],
  async execute(context) {
    return reloadReply(await context.reload());
  },
});
