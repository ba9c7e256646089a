/**
 * A comparison as one Discord embed: a field per article (its citation as the field's name, its
 * sentences on the topic as the value), within every limit — 25 fields, 1024 characters a
 * field, 6000 in all. When room runs short a sentence is cut with an ellipsis (display only; the
 * citation and sentence number always stay), so a sentence shown without one is verbatim.
 */
import type { APIEmbed } from "discord.js";
import { sourceLabel } from "../reply/citations.js";
import type { Citation, CompareQuote, CompareReply } from "../reply/reply.js";
import { inert } from "./inert.js";
import { clip, LIMITS } from "./limits.js";

/** Room kept free for the footer ("3 more articles mention it") and rounding. */
const SMALL_PARTS = 64;
const MAX_URL = 300;
/** Field names are kept short so 25 of them leave room for the sentences. */
const MAX_LABEL = 100;
const MAX_NOTE = 400;
const MAX_UNMENTIONED = 600;
const MAX_CONTEXT = 200;
/** A sentence cut shorter than this says too little to show; a second one needs more room still. */
const MIN_QUOTE = 24;
const MIN_SECOND_QUOTE = 80;

/** The article's citation as a field name: outlet (or title) and date. */
function fieldName(source: Citation): string {
  const date = source.date ?? "undated";
  return clip(`${inert(clip(sourceLabel(source), MAX_LABEL))} · ${date}`, LIMITS.fieldName);
}

/**
 * The sentence as shown in `room` characters: whole when it fits, else cut at a word with an
 * ellipsis. The cut is made on the article's text before escaping, so escapes are never split.
 */
export function fitQuote(text: string, room: number): string {
  const whole = inert(text);
  if (whole.length <= room) return whole;
  let cut = text.slice(0, Math.max(0, room - 1));
  while (cut && inert(cut).length + 1 > room) cut = cut.slice(0, cut.length - (inert(cut).length + 1 - room));
  const space = cut.lastIndexOf(" ");
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  // Never leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  return `${inert(cut.trimEnd())}…`;
}

function quoteLine(quote: CompareQuote, room: number): string | null {
  const suffix = ` *(sentence ${quote.sentence})*`;
  const available = room - 2 - suffix.length;
  if (available < MIN_QUOTE) return null;
  return `> ${fitQuote(quote.text, available)}${suffix}`;
}

/** An article's sentences (and link) in at most `budget` characters; the first sentence first. */
export function articleValue(article: CompareReply["articles"][number], budget: number): string {
  const { source, quotes } = article;
  // The link goes too when it leaves room for a sentence (a long one can't be shortened).
  const url = source.url && source.url.length <= MAX_URL ? `<${source.url}>` : "";
  const link = url && budget - url.length - 1 >= MIN_SECOND_QUOTE ? url : "";
  let room = budget - (link ? link.length + 1 : 0);
  const lines: string[] = [];
  for (const quote of quotes) {
    const separator = lines.length ? 1 : 0;
    if (lines.length && room - separator < MIN_SECOND_QUOTE) break;
    // Who or what a "He said…" quote is about goes above it, in at most a third of the room.
    const contextRoom = Math.min(MAX_CONTEXT, Math.floor((room - separator) / 3) - 3);
    const context =
      quote.context && contextRoom > MIN_QUOTE ? `*${inert(clip(quote.context, contextRoom))}*\n` : "";
    const withContext = context ? quoteLine(quote, room - separator - context.length) : null;
    const line = withContext ?? quoteLine(quote, room - separator);
    if (!line) break;
    const block = withContext ? context + withContext : line;
    lines.push(block);
    room -= block.length + separator;
  }
  if (lines.length === 0) {
    // Too little room for any sentence: the citation still says where to read it.
    lines.push(clip(`Sentence ${quotes.map((q) => q.sentence).join(", ")}`, Math.max(1, room)));
  }
  if (link) lines.push(link);
  return lines.join("\n");
}

function unmentionedField(reply: CompareReply): { name: string; value: string } | null {
  const count = reply.unmentioned.length;
  if (count === 0) return null;
  const labels = reply.unmentioned.map((c) => inert(clip(sourceLabel(c), MAX_LABEL)));
  let value = "";
  let shown = 0;
  for (const label of labels) {
    const next = shown ? `${value}; ${label}` : label;
    if (next.length > MAX_UNMENTIONED - 20) break;
    value = next;
    shown++;
  }
  if (shown < count) value += `${shown ? " and " : ""}${count - shown} more`;
  return { name: `No mention (${count})`, value };
}

export function renderCompare(reply: CompareReply): APIEmbed {
  const title = clip(`Compare: ${inert(reply.topic)}`, LIMITS.title);
  if (reply.empty) return { title, description: clip(inert(reply.empty), LIMITS.description) };

  const total = reply.articles.length + reply.unmentioned.length;
  const note = reply.note ? `\n\n⚠️ ${inert(clip(reply.note, MAX_NOTE))}` : "";
  const description = `${reply.articles.length} of ${total} article${total === 1 ? "" : "s"} mention it, most relevant first.${note}`;
  const unmentioned = unmentionedField(reply);
  const shown = reply.articles.slice(0, LIMITS.fields - (unmentioned ? 1 : 0));
  const names = shown.map((article) => fieldName(article.source));
  let room =
    LIMITS.embedTotal -
    title.length -
    description.length -
    SMALL_PARTS -
    (unmentioned ? unmentioned.name.length + unmentioned.value.length : 0) -
    names.reduce((sum, name) => sum + name.length, 0);

  // Each field gets an even share of what is left; room one doesn't use passes to the next.
  const fields: { name: string; value: string }[] = [];
  shown.forEach((article, i) => {
    const share = Math.min(LIMITS.fieldValue, Math.floor(room / (shown.length - i)));
    const value = articleValue(article, share);
    room -= value.length;
    fields.push({ name: names[i] as string, value });
  });
  if (unmentioned) fields.push(unmentioned);
  const hidden = reply.articles.length - shown.length;
  return {
    title,
    description,
    fields,
    ...(hidden ? { footer: { text: `${hidden} more article${hidden === 1 ? "" : "s"} mention it` } } : {}),
  };
}
