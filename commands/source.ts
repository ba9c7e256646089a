import { defineCommand } from "../src/commands/command.js";
import { ARTICLE_ID_OPTION, articleChoices } from "../src/commands/articleChoices.js";
import { sourceReply } from "../src/reply/curationReply.js";

export default defineCommand({
  name: "source",
  description: "Moderators: fix an article's title, outlet, date or link (- clears one), then reload.",
  moderatorOnly: true,
  options: [
    ARTICLE_ID_OPTION,
    { name: "title", description: "Its headline", type: "string", maxLength: 200 },
    { name: "outlet", description: "Who published it, e.g. Reuters", type: "string", maxLength: 100 },
    { name: "date", description: "When it was published: YYYY-MM-DD", type: "string", maxLength: 10 },
    { name: "url", description: "Its link (http or https)", type: "string", maxLength: 2000 },
  ],
  async execute(context, args) {
    const { id, ...fields } = args;
    return sourceReply(await context.curation.editSource(id, fields, context.user, () => context.reload()));
  },
  autocomplete: (context, _option, typed) => articleChoices(context.library, typed),
});
