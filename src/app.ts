/**
 * The bot without a front end: the served library, the commands and the guards. The terminal
 * chat, the CLI and Discord all run commands through here.
 */
import type { Config } from "./config.js";
import type { AnyCommand, CommandContext, CommandUser, Exchange } from "./commands/command.js";
import { Cooldown } from "./commands/cooldown.js";
import { findCommand, runCommand, type RawArgs } from "./commands/dispatch.js";
import { loadCommands } from "./commands/registry.js";
import { errorReply, type Reply } from "./reply/reply.js";
import { LibraryService, type ReloadReport } from "./store/libraryService.js";
import type { ProgressListener } from "./store/refreshArticles.js";
import { log } from "./log.js";

export interface Conversation {
  previous: Exchange | null;
  remember(exchange: Exchange): void;
}

export interface RunRequest {
  command: string;
  args: RawArgs;
  user: CommandUser;
  conversation?: Conversation;
  /** Progress of a reload this command starts. */
  onProgress?: ProgressListener;
}

export class App {
  constructor(
    readonly service: LibraryService,
    readonly commands: readonly AnyCommand[],
    readonly cooldown: Cooldown | undefined,
  ) {}

  command(name: string): AnyCommand | undefined {
    return findCommand(this.commands, name);
  }

  context(request: Omit<RunRequest, "command" | "args">): CommandContext {
    const conversation = request.conversation;
    return {
      library: this.service.library,
      reload: (onProgress) => this.reload(request.user, onProgress ?? request.onProgress),
      user: request.user,
      previous: conversation?.previous ?? null,
      commands: this.commands,
      ...(conversation ? { remember: (exchange: Exchange) => conversation.remember(exchange) } : {}),
    };
  }

  async run(request: RunRequest): Promise<Reply> {
    const command = this.command(request.command);
    if (!command) return errorReply(`I don't know /${request.command.slice(0, 32)}. Try /help.`);
    return runCommand(
      command,
      request.args,
      this.context(request),
      this.cooldown ? { cooldown: this.cooldown } : {},
    );
  }

  async reload(user: CommandUser, onProgress?: ProgressListener): Promise<ReloadReport> {
    const report = await this.service.reload(onProgress);
    log.info("articles reloaded", {
      by: user.id,
      added: report.added.length,
      changed: report.changed.length,
      removed: report.removed.length,
      failed: report.failed.length,
      articles: report.articles,
      ms: report.ms,
    });
    return report;
  }
}

export interface StartedApp {
  app: App;
  report: ReloadReport;
  problems: string[];
}

/** Opens the store (building it if needed) and loads the commands. */
export async function startApp(
  config: Pick<Config, "articlesDir" | "dbPath" | "cooldown">,
  options: { cooldown?: boolean; onProgress?: ProgressListener } = {},
): Promise<StartedApp> {
  const service = new LibraryService({ articlesDir: config.articlesDir, dbPath: config.dbPath });
  const [report, loaded] = await Promise.all([service.open(options.onProgress), loadCommands()]);
  for (const problem of loaded.problems) log.warn("command module skipped", { problem });
  const cooldown = options.cooldown
    ? new Cooldown(config.cooldown.questions, config.cooldown.windowMs)
    : undefined;
  return { app: new App(service, loaded.commands, cooldown), report, problems: loaded.problems };
}
