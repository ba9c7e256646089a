/**
 * Draws a platform-neutral reply as a Discord message: an embed with block-quoted sentences and
 * numbered sources, within every Discord limit. Quotes are dropped whole, never cut mid-sentence.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from "discord.js";
import { sourceLabel } from "../reply/citations.js";
import type { AnswerReply, Citation, InfoReply, ListReply, Reply, ReplyQuote } from "../reply/reply.js";
import { inert, noMentions } from "./inert.js";
import { clip, LIMITS } from "./limits.js";
import { renderCompare } from "./renderCompare.js";
import { voteRow } from "./voteButtons.js";

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  ephemeral: boolean;
  /** Always empty: no reply may ping @everyone, a role or a user. */
  allowedMentions: { parse: [] };
}

const COLOR = { answer: 0x2b6cb0, none: 0x718096, list: 0x2f855a, info: 0x4a5568, error: 0xc53030 } as const;

/**
 * Room kept free in an embed's 6000 characters for the short parts sized after the description
 * (the "Sources" field name, a footer such as "2 more quotes did not fit").
 */
const SMALL_PARTS = 64;
const MAX_URL = 300;

export { inert, noMentions };

function sourceLine(citation: Citation): string {
  const parts = [`**${inert(clip(sourceLabel(citation), 120))}**`];
  if (citation.outlet) parts.push(inert(clip(citation.title, 120)));
  if (citation.date) parts.push(citation.date);
  // A link can't be shortened; one too long to leave room for the other sources is left out.
  if (citation.url && citation.url.length <= MAX_URL) parts.push(`<${citation.url}>`);
  return `[${citation.n}] ${parts.join(" — ")}`;
}

function quoteBlock(quote: ReplyQuote, index: number): string {
  const lines: string[] = [];
  if (quote.context) lines.push(`*${inert(clip(quote.context, 300))}*`);
  lines.push(`> ${inert(quote.text)} **[${quote.source}]**`);
  if (quote.alsoReportedBy.length) {
    lines.push(`-# also reported by ${quote.alsoReportedBy.map((o) => `[${o.source}]`).join(", ")}`);
  }
  return `${index + 1}.\n${lines.join("\n")}`;
}

/** Keeps whole blocks, in order, while they fit in `limit` characters joined by `separator`. */
function fitBlocks(
  blocks: readonly string[],
  limit: number,
  separator = "\n\n",
): { text: string; kept: number } {
  let text = "";
  let kept = 0;
  for (const block of blocks) {
    const next = kept ? `${text}${separator}${block}` : block;
    if (next.length > limit) break;
    text = next;
    kept++;
  }
  return { text, kept };
}

function message(partial: Partial<DiscordMessage>, ephemeral = false): DiscordMessage {
  return { embeds: [], components: [], ephemeral, allowedMentions: { parse: [] }, ...partial };
}

export function pageButtons(
  page: NonNullable<ListReply["page"]>,
  key: string,
): APIActionRowComponent<APIButtonComponent> {
  const button = (label: string, target: number | "current", disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: `page:${key}:${target}`,
    disabled,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button("◀", page.page - 1, page.page <= 1),
      button(`${page.page} / ${page.pages}`, "current", true),
      button("▶", page.page + 1, page.page >= page.pages),
    ],
  };
}

function renderAnswer(reply: AnswerReply): APIEmbed {
  const title = clip(reply.title ? inert(reply.title) : `Q: ${inert(reply.question)}`, LIMITS.title);
  // Sources first claim their room (they are short), then whole quotes fill the rest.
  const sources = fitBlocks(reply.sources.map(sourceLine), LIMITS.fieldValue, "\n").text;
  const note = reply.note ? `\n\n⚠️ ${inert(reply.note)}` : "";
  const room =
    Math.min(LIMITS.description, LIMITS.embedTotal - title.length - sources.length - SMALL_PARTS) -
    note.length;
  const { text, kept } = fitBlocks(reply.quotes.map(quoteBlock), room);
  const dropped = reply.quotes.length - kept;
  // A sentence too long for a whole embed is not cut: the reply says where to read it instead.
  const description = kept
    ? `${text}${note}`
    : `The answering sentences are too long to show here: ${reply.quotes
        .map((q) => `[${q.source}] sentence ${q.sentence}`)
        .join(", ")}.${note}`;
  return {
    color: COLOR.answer,
    title,
    description: clip(description, LIMITS.description),
    fields: sources ? [{ name: "Sources", value: sources }] : [],
    ...(kept && dropped
      ? { footer: { text: `${dropped} more quote${dropped === 1 ? "" : "s"} did not fit` } }
      : {}),
  };
}

function renderList(reply: ListReply, pageKey: string | undefined): APIEmbed {
  const items = reply.items.map((item, i) => {
    const cite = item.source ? ` **[${item.source}]**` : "";
    const detail = item.detail ? `\n-# ${inert(clip(item.detail, 300))}` : "";
    return `${i + 1}. ${inert(item.label)}${cite}${detail}`;
  });
  const sources = fitBlocks(reply.sources.map(sourceLine), LIMITS.fieldValue, "\n").text;
  const title = clip(inert(reply.title), LIMITS.title);
  const paged = reply.page && reply.page.pages > 1 && pageKey ? reply.page : null;
  const pageText = paged ? `Page ${paged.page} of ${paged.pages} · ${paged.total} matches` : "";
  const footerBase = [pageText, reply.footer ? noMentions(reply.footer) : ""].filter(Boolean).join(" · ");
  const room = Math.min(
    LIMITS.description,
    LIMITS.embedTotal - title.length - sources.length - footerBase.length - SMALL_PARTS,
  );
  const { text, kept } = fitBlocks(items, room);
  const hidden = items.length - kept;
  const footerText = [footerBase, hidden ? `${hidden} more not shown` : ""].filter(Boolean).join(" · ");
  return {
    color: COLOR.list,
    title,
    description: text || "Nothing to show.",
    fields: sources ? [{ name: "Sources", value: sources }] : [],
    ...(footerText ? { footer: { text: clip(footerText, LIMITS.footer) } } : {}),
  };
}

function renderInfo(reply: InfoReply): APIEmbed {
  const title = clip(inert(reply.title), LIMITS.title);
  const description = clip(inert(reply.text), LIMITS.description) || "—";
  // Field values may hold links and code on purpose: mentions are neutralised, markdown is kept.
  const fields: { name: string; value: string }[] = [];
  let used = title.length + description.length + SMALL_PARTS;
  for (const field of reply.fields.slice(0, LIMITS.fields)) {
    const name = clip(noMentions(field.name), LIMITS.fieldName) || "—";
    const value = clip(noMentions(field.value), LIMITS.fieldValue) || "—";
    if (used + name.length + value.length > LIMITS.embedTotal) break;
    used += name.length + value.length;
    fields.push({ name, value });
  }
  return { color: COLOR.info, title, description, fields, ...(reply.url ? { url: reply.url } : {}) };
}

/** @param pageKey identifies a paged list for its ◀ ▶ buttons (see PagedLists). */
export function renderDiscord(reply: Reply, pageKey?: string): DiscordMessage {
  const drawn = renderReply(reply, pageKey);
  // 👍 / 👎 under every logged answer, whichever command gave it; never under an error.
  if (reply.feedbackId && reply.kind !== "error") {
    drawn.components = [...drawn.components, voteRow(reply.feedbackId)];
  }
  return drawn;
}

function renderReply(reply: Reply, pageKey?: string): DiscordMessage {
  const ephemeral = reply.ephemeral ?? false;
  switch (reply.kind) {
    case "answer":
      return message({ embeds: [renderAnswer(reply)] }, ephemeral);
    case "no-answer": {
      const covered = reply.suggestions.length
        ? `\n\nThe articles cover: ${reply.suggestions.map((s) => `*${inert(clip(s, 100))}*`).join("; ")}`
        : "";
      const embed: APIEmbed = {
        color: COLOR.none,
        title: clip(`Q: ${inert(reply.question)}`, LIMITS.title),
        description: clip(`${inert(reply.text)}${covered}`, LIMITS.description),
      };
      return message({ embeds: [embed] }, ephemeral);
    }
    case "list": {
      const paged = reply.page && reply.page.pages > 1 && pageKey;
      return message(
        {
          embeds: [renderList(reply, pageKey)],
          components: paged && reply.page ? [pageButtons(reply.page, pageKey)] : [],
        },
        ephemeral,
      );
    }
    case "info":
      return message({ embeds: [renderInfo(reply)] }, ephemeral);
    case "compare": {
      const color = reply.articles.length ? COLOR.answer : COLOR.none;
      return message({ embeds: [{ color, ...renderCompare(reply) }] }, ephemeral);
    }
    case "error":
      // Error texts are ours and may use `code`; only mentions are neutralised.
      return message({ content: clip(noMentions(reply.text), LIMITS.content) }, reply.ephemeral ?? true);
  }
}
