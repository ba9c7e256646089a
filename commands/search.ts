import { defineCommand } from "../src/commands/command.js";
import { checkQuestion } from "../src/commands/questionInput.js";
import { searchSentences } from "../src/answer/search.js";
import { CitationList } from "../src/reply/citations.js";
import { errorReply } from "../src/reply/reply.js";

const PAGE_SIZE = 5;

export default defineCommand({
  name: "search",
  description: "Find the sentences that contain your words, best matches first.",
  asksQuestion: true,
  options: [
    { name: "terms", description: "Words to look for", type: "string", required: true, maxLength: 500 },
    { name: "page", description: "Page of results", type: "integer", minValue: 1, maxValue: 1000 },
  ],
  execute(context, args) {
    const checked = checkQuestion(args.terms);
    if (!checked.ok) return errorReply(checked.message);
    const hits = searchSentences(context.library, checked.question);
    const pages = Math.max(1, Math.ceil(hits.length / PAGE_SIZE));
    const page = Math.min(Math.max(1, args.page ?? 1), pages);
    const citations = new CitationList();
    const items = hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((hit) => ({
      label: hit.sentence.text,
      source: citations.cite(hit.article),
      sentence: hit.sentence.n,
    }));
    return {
      kind: "list",
      title: `Search: ${checked.question}`,
      items,
      sources: citations.all,
      page: hits.length
        ? { page, pages, total: hits.length, command: "search", args: { terms: checked.question } }
        : null,
      footer: hits.length ? null : "No sentence contains those words.",
    };
  },
});
