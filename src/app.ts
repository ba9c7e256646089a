/**
 * The bot without a front end: the served library, the commands and the guards. The terminal
 * chat, the CLI and Discord all run commands through here.
 */
import type { Config } from "./config.js";
import type { Library } from "./library.js";
import type { AnyCommand, CommandContext, CommandUser, Exchange } from "./commands/command.js";
import { Cooldown } from "./commands/cooldown.js";
import { findCommand, runCommand, type RawArgs } from "./commands/dispatch.js";
import { loadCommands } from "./commands/registry.js";
import { errorReply, type Reply } from "./reply/reply.js";
import type { ReloadOutcome } from "./reply/reloadReply.js";
import { LibraryService, type ReloadReport } from "./store/libraryService.js";
import { prepareEngine } from "./answer/prepare.js";
import type { ProgressListener } from "./store/refreshArticles.js";
import { log } from "./log.js";
import { precomputeOverview } from "./overview/precompute.js";
import { Curation } from "./curation/curation.js";
import { feedbackPathFor, FeedbackLog } from "./feedback/feedbackLog.js";
import { answerRecord } from "./feedback/answerRecord.js";

export interface Conversation {
  previous: Exchange | null;
  remember(exchange: Exchange): void;
}

export interface RunRequest {
  command: string;
  args: RawArgs;
  user: CommandUser;
  /** The server the command came from (its question limit applies); absent in DMs and the terminal. */
  guildId?: string | null;
  /** false when the run only shows more of an earlier answer (◀ ▶ paging): no question is counted. */
  countsAsQuestion?: boolean;
  conversation?: Conversation;
  /** Progress of a reload this command starts. */
  onProgress?: ProgressListener;
}

/** How often questions may be asked: per user, and per server (all its members together). */
export interface QuestionLimits {
  user?: Cooldown;
  guild?: Cooldown;
}

/** How a reload runs: by default in this process alone; a sharded bot also swaps the other shards. */
export type Reloader = (onProgress?: ProgressListener) => Promise<ReloadOutcome>;

/** What commands use besides the library: curation of the folder, and the question log. */
export interface AppServices {
  curation: Curation;
  /** null: questions are not logged and answers carry no vote buttons. */
  feedback: FeedbackLog | null;
}

export class App {
  #reloader: Reloader = (onProgress) => this.service.reload(onProgress);
  readonly curation: Curation;
  readonly feedback: FeedbackLog | null;

  constructor(
    readonly service: LibraryService,
    readonly commands: readonly AnyCommand[],
    readonly limits: QuestionLimits = {},
    services: Partial<AppServices> = {},
  ) {
    this.curation =
      services.curation ??
      new Curation({ articlesDir: service.options.articlesDir, fetch: {} }, () => service.library);
    this.feedback = services.feedback ?? null;
  }

  /** Replaces how reloads run (see Reloader). */
  useReloader(reloader: Reloader): void {
    this.#reloader = reloader;
  }

  command(name: string): AnyCommand | undefined {
    return findCommand(this.commands, name);
  }

  context(request: Omit<RunRequest, "command" | "args">): CommandContext {
    const conversation = request.conversation;
    return {
      library: this.service.library,
      reload: (onProgress) =>
        this.reload(request.user, onProgress ?? request.onProgress, request.guildId ?? null),
      user: request.user,
      previous: conversation?.previous ?? null,
      commands: this.commands,
      ...(conversation ? { remember: (exchange: Exchange) => conversation.remember(exchange) } : {}),
      curation: this.curation,
      feedback: this.feedback,
    };
  }

  async run(request: RunRequest): Promise<Reply> {
    const command = this.command(request.command);
    if (!command) return errorReply(`I don't know /${request.command.slice(0, 32)}. Try /help.`);
    const context = this.context(request);
    const reply = await runCommand(command, request.args, context, {
      ...(this.limits.user ? { cooldown: this.limits.user } : {}),
      ...(this.limits.guild ? { guildCooldown: this.limits.guild } : {}),
      guildId: request.guildId ?? null,
      countsAsQuestion: request.countsAsQuestion ?? true,
    });
    if (command.moderatorOnly && context.user.isModerator) {
      log.info("moderator command run", {
        command: command.name,
        by: context.user.id,
        name: context.user.name,
        guild: request.guildId ?? null,
        outcome: reply.kind === "error" ? "refused" : "done",
      });
    }
    // A new question's answer is logged, and gets the id its vote buttons carry.
    if (this.feedback && request.countsAsQuestion !== false) {
      const record = answerRecord(command, request.args, reply, context);
      if (record) reply.feedbackId = this.feedback.logAnswer(record).id;
    }
    return reply;
  }

  async reload(
    user: CommandUser,
    onProgress?: ProgressListener,
    guildId: string | null = null,
  ): Promise<ReloadOutcome> {
    const report = await this.#reloader(onProgress);
    precomputeOverviewSoon(this.service.library);
    log.info("articles reloaded", {
      by: user.id,
      name: user.name,
      guild: guildId,
      added: report.added.length,
      changed: report.changed.length,
      removed: report.removed.length,
      failed: report.failed.length,
      articles: report.articles,
      ms: report.ms,
      ...(report.shards
        ? { shards: report.shards.total, notSwapped: report.shards.failed.map((f) => f.shard) }
        : {}),
    });
    return report;
  }
}

/**
 * Works out the summary and timeline of a new library once the current work is done, so neither
 * a start nor a reload reply waits for it and the first /summary or /timeline finds it ready.
 */
function precomputeOverviewSoon(library: Library): void {
  setImmediate(() => {
    try {
      precomputeOverview(library);
    } catch (error) {
      log.warn("overview precompute failed", { error });
    }
  });
}

export interface StartedApp {
  app: App;
  report: ReloadReport;
  problems: string[];
}

/**
 * Opens the store (building it if needed) and loads the commands. `cooldown: true` applies the
 * question limits: per user, and per server when the config has a `guildLimit`.
 */
export async function startApp(
  config: Pick<Config, "articlesDir" | "dbPath" | "cooldown"> &
    Partial<Pick<Config, "guildLimit" | "curation" | "logSalt">>,
  options: {
    cooldown?: boolean;
    onProgress?: ProgressListener;
    /** Log questions and take votes, as this front end. */
    feedback?: FeedbackLog["options"]["via"];
  } = {},
): Promise<StartedApp> {
  const service = new LibraryService({ articlesDir: config.articlesDir, dbPath: config.dbPath });
  const feedback = options.feedback
    ? FeedbackLog.open(feedbackPathFor(config.dbPath), {
        via: options.feedback,
        salt: config.logSalt ?? null,
      })
    : Promise.resolve(null);
  const [report, loaded] = await Promise.all([service.open(options.onProgress), loadCommands()]);
  precomputeOverviewSoon(service.library);
  for (const problem of loaded.problems) log.warn("command module skipped", { problem });
  const preparing = performance.now();
  prepareEngine();
  log.info("engine ready", { ms: Math.round(performance.now() - preparing) });
  const limits: QuestionLimits = {};
  if (options.cooldown) {
    limits.user = new Cooldown(config.cooldown.questions, config.cooldown.windowMs);
    if (config.guildLimit)
      limits.guild = new Cooldown(config.guildLimit.questions, config.guildLimit.windowMs);
  }
  const curation = new Curation(
    { articlesDir: config.articlesDir, fetch: { allowPrivate: config.curation?.allowPrivateUrls ?? false } },
    () => service.library,
  );
  const services = { curation, feedback: await feedback };
  if (services.feedback && !config.logSalt) {
    log.warn(
      "LOG_SALT is not set: user ids in the question log are hashed with a salt that changes at every start",
    );
  }
  return { app: new App(service, loaded.commands, limits, services), report, problems: loaded.problems };
}
