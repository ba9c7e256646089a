import { defineCommand } from "../src/commands/command.js";
import { ARTICLE_ID_OPTION, articleChoices } from "../src/commands/articleChoices.js";
import { removedReply } from "../src/reply/curationReply.js";

export default defineCommand({
  name: "remove",
  description: "Moderators: take an article out of the set (moved aside, never deleted), then reload.",
  moderatorOnly: true,
  options: [ARTICLE_ID_OPTION],
  async execute(context, args) {
    return removedReply(await context.curation.remove(args.id, context.user, () => context.reload()));
  },
  autocomplete: (context, _option, typed) => articleChoices(context.library, typed),
});
