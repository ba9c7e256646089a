/** Reads one line of the terminal chat as a command: `/ask …`, `/article 001`, or a bare question. */
import { basename } from "node:path";
import type { AnyCommand, CommandOption } from "../commands/command.js";
import type { RawArgs } from "../commands/dispatch.js";
import { escapeRegExp } from "../text/normalize.js";

export type ChatLine =
  | { kind: "command"; command: string; args: RawArgs }
  | { kind: "quit" }
  | { kind: "next" }
  | { kind: "empty" };

export function parseChatLine(line: string, commands: readonly AnyCommand[]): ChatLine {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  if (!text.startsWith("/")) return { kind: "command", command: "ask", args: { question: text } };
  const [, name = "", rest = ""] = /^\/(\S*)\s*([\s\S]*)$/u.exec(text) ?? [];
  const lower = name.toLowerCase();
  if (lower === "quit" || lower === "exit") return { kind: "quit" };
  if (lower === "next") return { kind: "next" };
  const command = commands.find((c) => c.name === lower);
  const options = (command?.options as readonly CommandOption[] | undefined) ?? [];
  return { kind: "command", command: lower, args: argsFor(options, rest.trim()) };
}

/**
 * Discord-style `name:value` pairs when the line starts with one (`/source id:005 outlet:Reuters
 * date:2025-04-18`), each value running to the next pair. Otherwise the rest of the line fills the
 * first option (`/search minerals deal`) — or, for a command that takes a file, a path that is not
 * a link fills the file option (`/add ./report.html`).
 */
function argsFor(options: readonly CommandOption[], rest: string): RawArgs {
  if (!rest || options.length === 0) return {};
  const pair = new RegExp(`(?:^|\\s)(${options.map((o) => escapeRegExp(o.name)).join("|")}):`, "gu");
  const raw: Record<string, string> = {};
  const pairs = [...rest.matchAll(pair)];
  if (pairs[0]?.index === 0) {
    pairs.forEach((match, i) => {
      const start = (match.index ?? 0) + match[0].length;
      const end = pairs[i + 1]?.index ?? rest.length;
      raw[match[1] as string] = rest.slice(start, end).trim();
    });
  } else {
    const file = options.find((o) => o.type === "attachment");
    const first = file && !/^[a-z][a-z0-9+.-]*:\/\//iu.test(rest) ? file : options[0];
    raw[(first as CommandOption).name] = rest;
  }
  const args: RawArgs = {};
  for (const [name, value] of Object.entries(raw)) {
    const option = options.find((o) => o.name === name);
    // The operator's own machine: a file option is a local path.
    args[name] =
      option?.type === "attachment" && value
        ? { name: basename(value), size: null, contentType: null, path: value }
        : value;
  }
  return args;
}
