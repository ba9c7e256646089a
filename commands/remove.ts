import { defineCommand } from "../src/commands/command.js";
import { articleChoices } from "../src/commands/articleChoices.js";
import { removedReply } from "../src/reply/curationReply.js";

export default defineCommand({
  name: "remove",
  description: "Moderators: take an article out of the set (moved aside, never deleted), then reload.",
  moderatorOnly: true,
  options: [
    {
      name: "id",
      description: "The article (start typing its title)",
      type: "string",
      required: true,
      autocomplete: true,
    },
  ],
  async execute(context, args) {
    return removedReply(await context.curation.remove(args.id, context.user, () => context.reload()));
  },
  autocomplete: (context, _option, typed) => articleChoices(context.library, typed),
});
