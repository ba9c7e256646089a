/**
 * Chat markup out of a question before it is analysed: Discord mentions (`<@id>`, `<@&role>`,
 * `<#channel>`, `@everyone`, `@here`, and a handle typed as plain text before the question:
 * `@talksbot who…`), custom emoji (`<:name:id>`) and emoji typed by name (`:eyes:`), timestamps, and markdown
 * (bold, italics, underline, strike-through, spoilers, code, quotes, headings, masked links).
 * What is left is the words someone asked.
 */

const REPLACEMENTS: readonly [RegExp, string][] = [
  // Mentions of users, roles and channels; slash-command mentions keep their name.
  [/<@[!&]?\d+>/gu, " "],
  [/<#\d+>/gu, " "],
  [/<\/([\w -]+):\d+>/gu, "$1"],
  [/(^|\s)@(?:everyone|here)\b/giu, "$1"],
  // "@talksbot who hosted…": a handle typed as text (not picked from Discord's list) addresses
  // someone; it is not part of the question. Only before it: "what did @rubio say" asks of him.
  [/^\s*(?:@[\p{L}\p{N}_.]+[\s,:;!—–-]+)+/u, ""],
  [/(^|\s)@(?=\p{L})/gu, "$1"],
  // Custom and animated emoji, emoji typed by name (":thinking:"), timestamps.
  [/<a?:\w+:\d+>/gu, " "],
  [/(^|\s):[a-z][\w+-]*:(?=\s|$)/giu, "$1"],
  [/<t:-?\d+(?::[tTdDfFR])?>/gu, " "],
  // Masked links keep their text; bare angle-bracketed links go.
  [/\[([^\]]*)\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)/giu, "$1"],
  [/<https?:\/\/[^>\s]*>/giu, " "],
  // Code blocks and spans keep their text.
  [/```(?:[\w+-]*\n)?([\s\S]*?)```/gu, "$1"],
  [/`([^`]*)`/gu, "$1"],
  // Spoilers, bold, underline, strike-through, italics (keeping the words).
  [/\|\|([\s\S]*?)\|\|/gu, "$1"],
  [/\*\*([\s\S]+?)\*\*/gu, "$1"],
  [/__([\s\S]+?)__/gu, "$1"],
  [/~~([\s\S]+?)~~/gu, "$1"],
  [/(^|[\s(])\*(?!\s)([^*\n]+?)\*(?=$|[\s).,!?:;])/gu, "$1$2"],
  [/(^|[\s(])_(?!\s)([^_\n]+?)_(?=$|[\s).,!?:;])/gu, "$1$2"],
  // Block quotes, headings, subtext and list bullets at the start of a line.
  [/^[ \t]*(?:>>>|>|#{1,3}|-#|[-*+]|\d+\.)[ \t]+/gmu, ""],
];

export function stripMarkup(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}
