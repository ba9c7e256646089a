import { defineCommand } from "../src/commands/command.js";
import { articleChoices } from "../src/commands/articleChoices.js";
import { findArticle } from "../src/library.js";
import { errorReply } from "../src/reply/reply.js";

const OPENING_SENTENCES = 3;

export default defineCommand({
  name: "article",
  description: "Show one article: its source, date, links and opening.",
  options: [
    {
      name: "id",
      description: "The article (start typing its title)",
      type: "string",
      required: true,
      autocomplete: true,
    },
  ],
  execute(context, args) {
    const article = findArticle(context.library, args.id.slice(0, 200));
    if (!article) return errorReply("There is no such article. `/sources` lists them.");
    const fields = [
      { name: "Id", value: article.id },
      { name: "Date", value: article.date ?? "not given" },
      { name: "Outlet", value: article.outlet ?? "not given" },
      { name: "Sentences", value: String(article.sentences.length) },
    ];
    if (article.headings.length) fields.push({ name: "Sections", value: article.headings.join(" · ") });
    if (article.links.length)
      fields.push({
        name: "Links",
        value: article.links
          .slice(0, 5)
          .map((url) => `<${url}>`)
          .join("\n"),
      });
    return {
      kind: "info",
      title: article.title,
      text: article.sentences
        .slice(0, OPENING_SENTENCES)
        .map((sentence) => sentence.text)
        .join(" "),
      fields,
      url: article.url,
    };
  },
  autocomplete: (context, _option, typed) => articleChoices(context.library, typed),
});
