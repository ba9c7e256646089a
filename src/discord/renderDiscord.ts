/**
 * Draws a platform-neutral reply as a Discord message: an embed with block-quoted sentences and
 * numbered sources, within every Discord limit. Quotes are dropped whole, never cut mid-sentence.
 */
import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from "discord.js";
import { sourceLabel } from "../reply/citations.js";
import type { Citation, ListReply, Reply, ReplyQuote } from "../reply/reply.js";
import { clip, LIMITS } from "./limits.js";

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  ephemeral: boolean;
  /** Always empty: no reply may ping @everyone, a role or a user. */
  allowedMentions: { parse: [] };
}

const COLOR = { answer: 0x2b6cb0, none: 0x718096, list: 0x2f855a, info: 0x4a5568, error: 0xc53030 } as const;

/** Text from articles or users, made inert: no markdown tricks, no working mentions. */
export function inert(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/giu, "@\u200b$1")
    .replace(/<(@[!&]?|#)(\d+)>/gu, "<\u200b$1$2>");
}

function sourceLine(citation: Citation): string {
  const parts = [`**${inert(clip(sourceLabel(citation), 120))}**`];
  if (citation.outlet) parts.push(inert(clip(citation.title, 120)));
  if (citation.date) parts.push(citation.date);
  if (citation.url) parts.push(`<${citation.url}>`);
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

/** Keeps whole blocks while they fit in `limit` characters (joined by blank lines). */
function fitBlocks(blocks: readonly string[], limit: number): { text: string; kept: number } {
  let text = "";
  let kept = 0;
  for (const block of blocks) {
    const next = text ? `${text}\n\n${block}` : block;
    if (next.length > limit) break;
    text = next;
    kept++;
  }
  return { text, kept };
}

/** Keeps whole lines while they fit in `limit` characters. */
function fitLines(lines: readonly string[], limit: number): string {
  return fitBlocks(lines, limit).text.replace(/\n\n/gu, "\n");
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

/** @param pageKey identifies a paged list for its ◀ ▶ buttons (see pagedLists.ts). */
export function renderDiscord(reply: Reply, pageKey?: string): DiscordMessage {
  const ephemeral = reply.ephemeral ?? false;
  switch (reply.kind) {
    case "answer": {
      const title = clip(`Q: ${inert(reply.question)}`, LIMITS.title);
      // Sources first claim their room (they are short), then whole quotes fill the rest.
      const sources = fitLines(reply.sources.map(sourceLine), LIMITS.fieldValue);
      const note = reply.note ? `\n\n⚠️ ${inert(reply.note)}` : "";
      const room =
        Math.min(LIMITS.description, LIMITS.embedTotal - title.length - sources.length - 64) - note.length;
      const { text, kept } = fitBlocks(reply.quotes.map(quoteBlock), room);
      const footer =
        kept < reply.quotes.length
          ? { text: `${reply.quotes.length - kept} more quote(s) did not fit` }
          : undefined;
      return message(
        {
          embeds: [
            {
              color: COLOR.answer,
              title,
              description: `${text}${note}`,
              fields: sources ? [{ name: "Sources", value: sources }] : [],
              ...(footer ? { footer } : {}),
            },
          ],
        },
        ephemeral,
      );
    }
    case "no-answer": {
      const covered = reply.suggestions.length
        ? `\n\nThe articles cover: ${reply.suggestions.map((s) => `*${inert(clip(s, 100))}*`).join("; ")}`
        : "";
      return message(
        {
          embeds: [
            {
              color: COLOR.none,
              title: clip(`Q: ${inert(reply.question)}`, LIMITS.title),
              description: clip(`${inert(reply.text)}${covered}`, LIMITS.description),
            },
          ],
        },
        ephemeral,
      );
    }
    case "list": {
      const items = reply.items.map((item, i) => {
        const cite = item.source ? ` **[${item.source}]**` : "";
        const detail = item.detail ? `\n-# ${inert(clip(item.detail, 300))}` : "";
        return `${i + 1}. ${inert(item.label)}${cite}${detail}`;
      });
      const sources = fitLines(reply.sources.map(sourceLine), LIMITS.fieldValue);
      const footerText = [
        reply.page && reply.page.pages > 1
          ? `Page ${reply.page.page} of ${reply.page.pages} · ${reply.page.total} matches`
          : "",
        reply.footer ?? "",
      ]
        .filter(Boolean)
        .join(" · ");
      const title = clip(inert(reply.title), LIMITS.title);
      const room = Math.min(
        LIMITS.description,
        LIMITS.embedTotal - title.length - sources.length - footerText.length - 64,
      );
      const { text } = fitBlocks(items, room);
      return message(
        {
          embeds: [
            {
              color: COLOR.list,
              title,
              description: text || "Nothing to show.",
              fields: sources ? [{ name: "Sources", value: sources }] : [],
              ...(footerText ? { footer: { text: clip(footerText, LIMITS.footer) } } : {}),
            },
          ],
          components: reply.page && reply.page.pages > 1 && pageKey ? [pageButtons(reply.page, pageKey)] : [],
        },
        ephemeral,
      );
    }
    case "info": {
      const fields = reply.fields.slice(0, LIMITS.fields).map((field) => ({
        name: clip(field.name, LIMITS.fieldName),
        value: clip(field.value, LIMITS.fieldValue) || "—",
      }));
      const title = clip(inert(reply.title), LIMITS.title);
      const used = title.length + fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
      return message(
        {
          embeds: [
            {
              color: COLOR.info,
              title,
              description: clip(
                inert(reply.text),
                Math.min(LIMITS.description, LIMITS.embedTotal - used - 16),
              ),
              fields,
              ...(reply.url ? { url: reply.url } : {}),
            },
          ],
        },
        ephemeral,
      );
    }
    case "error":
      return message({ content: clip(reply.text, LIMITS.content) }, reply.ephemeral ?? true);
  }
}
