/** Draws a reply as plain text for the terminal chat. */
import { sourceLabel } from "../reply/citations.js";
import type { Citation, CompareReply, Reply } from "../reply/reply.js";

function sourceLine(citation: Citation): string {
  const parts = [sourceLabel(citation)];
  if (citation.outlet) parts.push(citation.title);
  parts.push(citation.date ?? "undated");
  if (citation.url) parts.push(citation.url);
  return `  [${citation.n}] ${parts.join(" — ")}  (${citation.articleId})`;
}

function sourcesBlock(sources: readonly Citation[]): string[] {
  return sources.length ? ["Sources:", ...sources.map(sourceLine)] : [];
}

/** Each article's citation, then its sentences on the topic; the articles without any, in one line. */
function compareLines(reply: CompareReply): string[] {
  if (reply.empty) return [reply.empty];
  const total = reply.articles.length + reply.unmentioned.length;
  const lines = [`Compare: ${reply.topic} — ${reply.articles.length} of ${total} articles mention it`];
  for (const { source, quotes } of reply.articles) {
    lines.push(sourceLine(source));
    for (const quote of quotes) {
      if (quote.context) lines.push(`       (${quote.context})`);
      lines.push(`     “${quote.text}” [sentence ${quote.sentence}]`);
    }
  }
  if (reply.unmentioned.length) {
    const names = reply.unmentioned.map((c) => `[${c.n}] ${sourceLabel(c)}`).join("; ");
    lines.push(`  No mention: ${names}`);
  }
  if (reply.note) lines.push(`  Note: ${reply.note}`);
  return lines;
}

export function renderText(reply: Reply): string {
  const lines: string[] = [];
  switch (reply.kind) {
    case "answer":
      if (reply.title) lines.push(reply.title);
      reply.quotes.forEach((quote, i) => {
        if (quote.context) lines.push(`     (${quote.context})`);
        lines.push(`  ${i + 1}. “${quote.text}” [${quote.source}, sentence ${quote.sentence}]`);
        if (quote.alsoReportedBy.length) {
          lines.push(`     also reported by ${quote.alsoReportedBy.map((o) => `[${o.source}]`).join(", ")}`);
        }
      });
      if (reply.note) lines.push(`  Note: ${reply.note}`);
      lines.push(...sourcesBlock(reply.sources));
      break;
    case "no-answer":
      lines.push(reply.text);
      if (reply.suggestions.length) lines.push(`The articles cover: ${reply.suggestions.join("; ")}`);
      break;
    case "list":
      lines.push(reply.title);
      reply.items.forEach((item, i) => {
        const cite = item.source ? ` [${item.source}, sentence ${item.sentence}]` : "";
        lines.push(`  ${i + 1}. ${item.label}${cite}`);
        if (item.detail) lines.push(`     ${item.detail}`);
      });
      if (reply.page && reply.page.pages > 1) {
        lines.push(
          `  page ${reply.page.page} of ${reply.page.pages} (${reply.page.total} matches) — /next for more`,
        );
      }
      if (reply.footer) lines.push(reply.footer);
      lines.push(...sourcesBlock(reply.sources));
      break;
    case "info":
      lines.push(reply.title, reply.text);
      for (const field of reply.fields)
        lines.push(`  ${field.name}: ${field.value.replace(/\n/gu, "\n    ")}`);
      if (reply.url) lines.push(`  ${reply.url}`);
      break;
    case "compare":
      lines.push(...compareLines(reply));
      break;
    case "error":
      lines.push(reply.text);
      break;
  }
  return lines.join("\n");
}
