/** Checks on the messages the bot sends: Discord's limits, mentions, and the quoted sentences. */
import type { JsonObject, RecordedRequest } from "./emulator-types.js";

export interface EmbedJson {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

export interface MessageJson {
  content?: string;
  embeds?: EmbedJson[];
  components?: JsonObject[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id?: string };
}

/** What Discord counts towards an embed's 6000 characters. */
export function embedLength(embed: EmbedJson): number {
  return [
    embed.title,
    embed.description,
    embed.footer?.text,
    embed.author?.name,
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
  ].reduce((sum, text) => sum + (text?.length ?? 0), 0);
}

/** Every Discord message limit the message breaks (empty when it fits). */
export function limitProblems(message: MessageJson): string[] {
  const problems: string[] = [];
  const over = (what: string, text: string | undefined, max: number) => {
    if (text !== undefined && text.length > max) problems.push(`${what}: ${text.length} > ${max}`);
  };
  over("content", message.content, 2000);
  let total = 0;
  for (const embed of message.embeds ?? []) {
    over("title", embed.title, 256);
    over("description", embed.description, 4096);
    over("footer", embed.footer?.text, 2048);
    if ((embed.fields?.length ?? 0) > 25) problems.push(`fields: ${embed.fields?.length} > 25`);
    for (const field of embed.fields ?? []) {
      over("field name", field.name, 256);
      over("field value", field.value, 1024);
      if (!field.name || !field.value) problems.push("empty field");
    }
    total += embedLength(embed);
  }
  if (total > 6000) problems.push(`embeds total: ${total} > 6000`);
  return problems;
}

/** Whitespace runs as one space, as sentences are quoted. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Markdown escapes and zero-width spaces taken out again: the text as Discord shows it. */
export function shown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/gu, "$1").replace(/\u200b/gu, "");
}

/** The block-quoted sentences of an answer's description, as shown, with their citation numbers. */
export function quotedSentences(description: string): { text: string; source: number }[] {
  return description
    .split("\n")
    .filter((line) => line.startsWith("> "))
    .map((line) => {
      const match = /^> (.*) \*\*\[(\d+)\]\*\*$/u.exec(line);
      if (!match) throw new Error(`a quote line without its citation: ${line}`);
      return { text: shown(match[1] ?? ""), source: Number(match[2]) };
    });
}

/** Each message the bot sent or edited, with the request that carried it. */
export function botMessages(
  requests: readonly RecordedRequest[],
): { request: RecordedRequest; message: MessageJson }[] {
  const sent: { request: RecordedRequest; message: MessageJson }[] = [];
  for (const request of requests) {
    const body = request.body as (MessageJson & { type?: number; data?: MessageJson }) | undefined;
    if (!body) continue;
    const isCallback = request.method === "POST" && request.path.startsWith("/interactions/");
    if (isCallback && (body.type === 4 || body.type === 7) && body.data)
      sent.push({ request, message: body.data });
    const isMessage =
      /^\/(channels\/\d+\/messages|webhooks\/\d+\/[^/]+)(\/messages\/\S+)?$/u.test(request.path) &&
      (request.method === "POST" || request.method === "PATCH");
    if (isMessage) sent.push({ request, message: body });
  }
  return sent;
}
