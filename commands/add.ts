import { defineCommand } from "../src/commands/command.js";
import { addedReply } from "../src/reply/curationReply.js";
import { errorReply } from "../src/reply/reply.js";

export default defineCommand({
  name: "add",
  description: "Moderators: add an article from a link or a file (.txt, .md, .html), then reload.",
  moderatorOnly: true,
  options: [
    { name: "url", description: "A link to the article's web page", type: "string", maxLength: 2000 },
    {
      name: "file",
      description: "Or the article as a .txt, .md or .html file (up to 2 MB)",
      type: "attachment",
    },
  ],
  async execute(context, args) {
    const url = args.url?.trim();
    if (Boolean(url) === Boolean(args.file)) {
      return errorReply("Give the article as a link (url) or as a file, one of the two.");
    }
    const source = url ? { kind: "url" as const, url } : { kind: "file" as const, file: args.file! };
    return addedReply(await context.curation.add(source, context.user, () => context.reload()));
  },
});
