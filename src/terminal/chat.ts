/**
 * The terminal chat: the same commands as Discord, one per line on stdin. Works on a TTY (with a
 * prompt) and with piped input (`printf '/ask …\n/quit\n' | npm start`).
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { App, Conversation } from "../app.js";
import type { CommandUser, Exchange } from "../commands/command.js";
import type { ListReply } from "../reply/reply.js";
import { parseChatLine } from "./parseChatLine.js";
import { progressReporter } from "./progress.js";
import { renderText } from "./renderText.js";

/** Whoever runs the terminal chat runs the bot: they may reload. */
const OPERATOR: CommandUser = { id: "terminal", name: "terminal", isModerator: true };

export interface ChatOptions {
  input: Readable;
  output: Writable;
  interactive: boolean;
}

export async function runChat(app: App, options: ChatOptions): Promise<void> {
  const { output } = options;
  const say = (text: string) => output.write(`${text}\n`);
  let previous: Exchange | null = null;
  const conversation: Conversation = {
    get previous() {
      return previous;
    },
    remember(exchange) {
      previous = exchange;
    },
  };
  let lastPaged: ListReply["page"] = null;

  const rl = createInterface({ input: options.input, output, terminal: options.interactive });
  const prompt = () => {
    if (options.interactive) rl.prompt();
  };
  rl.setPrompt("talksbot> ");
  say(
    `talksbot: ask about ${app.service.library.articles.length} articles. ` +
      "Type a question, /help for commands, /quit to leave.",
  );
  prompt();
  for await (const line of rl) {
    const parsed = parseChatLine(line, app.commands);
    if (parsed.kind === "quit") break;
    if (parsed.kind === "empty") {
      prompt();
      continue;
    }
    let request = parsed.kind === "next" ? null : parsed;
    if (parsed.kind === "next") {
      if (!lastPaged || lastPaged.page >= lastPaged.pages) {
        say("There is no next page.");
        prompt();
        continue;
      }
      request = {
        kind: "command",
        command: lastPaged.command,
        args: { ...lastPaged.args, page: lastPaged.page + 1 },
      };
    }
    if (!request) continue;
    const reply = await app.run({
      command: request.command,
      args: request.args,
      user: OPERATOR,
      conversation,
      // A reload of many files shows its progress (a bar on a terminal, lines otherwise).
      onProgress: progressReporter(output, { tty: options.interactive }),
    });
    if (reply.kind === "list" && reply.page) lastPaged = reply.page;
    say(renderText(reply));
    say("");
    prompt();
  }
  rl.close();
  say("Bye.");
}
