import { defineCommand } from "../src/commands/command.js";
import { sentenceCount as sentencesIn } from "../src/index/sentenceIndex.js";

export default defineCommand({
  name: "sources",
  description: "List the articles the bot quotes from.",
  options: [],
  execute(context) {
    const { articles, sentenceCount } = context.library;
    return {
      kind: "list",
      title: `Sources: ${articles.length} article${articles.length === 1 ? "" : "s"}, ${sentenceCount} sentences`,
      items: articles.map((article) => ({
        label: article.outlet ? `${article.outlet}: ${article.title}` : article.title,
        detail: [article.id, article.date ?? "undated", `${sentencesIn(article)} sentences`, article.url]
          .filter(Boolean)
          .join(" · "),
      })),
      sources: [],
      page: null,
      footer: articles.length ? "`/article <id>` shows one article." : "No articles are loaded.",
    };
  },
});
