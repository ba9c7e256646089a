/** Reads one line of the terminal chat as a command: `/ask …`, `/article 001`, or a bare question. */
import type { AnyCommand, CommandOption } from "../commands/command.js";
import type { RawArgs } from "../commands/dispatch.js";

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
  // The rest of the line fills the command's first option ("/search minerals deal").
  const first = (command?.options as readonly CommandOption[] | undefined)?.[0];
  return { kind: "command", command: lower, args: first && rest ? { [first.name]: rest } : {} };
}
