/**
 * The shape every module in commands/ exports: a definition (name, description, options) beside
 * its handler. Front ends derive everything else (slash-command JSON, chat parsing, help) from it.
 */
import type { Library } from "../library.js";
import type { ProgressListener } from "../store/refreshArticles.js";
import type { Answer } from "../answer/answer.js";
import type { Reply } from "../reply/reply.js";
import type { ReloadOutcome } from "../reply/reloadReply.js";
import type { AttachedFile } from "../curation/articleSource.js";
import type { Curation } from "../curation/curation.js";
import type { FeedbackLog } from "../feedback/feedbackLog.js";

/** An uploaded file option (Discord's attachment; a path in the terminal chat). */
export type OptionType = "string" | "integer" | "attachment";

export interface CommandOption {
  readonly name: string;
  readonly description: string;
  readonly type: OptionType;
  readonly required?: boolean;
  /** Offer suggestions while the user types (see Command.autocomplete). */
  readonly autocomplete?: boolean;
  readonly maxLength?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
}

type ValueOf<T extends OptionType> = T extends "integer"
  ? number
  : T extends "attachment"
    ? AttachedFile
    : string;

/** A handler's arguments, typed from its option definitions: one source of truth for names. */
export type ArgsOf<O extends readonly CommandOption[]> = {
  [K in O[number] as K["name"]]: K["required"] extends true
    ? ValueOf<K["type"]>
    : ValueOf<K["type"]> | undefined;
};

/** The previous question and answer in this conversation, for follow-ups ("what did he say…"). */
export interface Exchange {
  question: string;
  answer: Answer;
}

export interface CommandUser {
  id: string;
  name: string;
  /** May change the article set (Manage Server, the moderator role, or the terminal's operator). */
  isModerator: boolean;
}

export interface CommandContext {
  /** The library to answer from: one snapshot for the whole command. */
  library: Library;
  reload(onProgress?: ProgressListener): Promise<ReloadOutcome>;
  user: CommandUser;
  previous: Exchange | null;
  /** Every command, for /help. */
  commands: readonly AnyCommand[];
  /** Called when a question was answered, so the front end can keep the exchange. */
  remember?(exchange: Exchange): void;
  /** Moderators' changes to the article folder (/add, /remove, /source). */
  curation: Curation;
  /** The question log and members' votes; null where none is kept (the scripted CLI, tests). */
  feedback: FeedbackLog | null;
}

export interface Choice {
  name: string;
  value: string;
}

export interface Command<O extends readonly CommandOption[] = readonly CommandOption[]> {
  readonly name: string;
  readonly description: string;
  readonly options: O;
  /** Only moderators may run it (checked by the dispatcher, and registered so on Discord). */
  readonly moderatorOnly?: boolean;
  /** Counts against the per-user question cooldown. */
  readonly asksQuestion?: boolean;
  /**
   * Its replies are logged with the question and carry 👍 / 👎 vote buttons on Discord (answer
   * and no-answer replies always do). One line for a new command whose replies answer questions.
   */
  readonly collectsFeedback?: boolean;
  execute(context: CommandContext, args: ArgsOf<O>): Reply | Promise<Reply>;
  autocomplete?(context: Pick<CommandContext, "library">, option: string, typed: string): Choice[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of commands with different option tuples
export type AnyCommand = Command<any>;

/** Declares a command, keeping its option tuple's literal types for ArgsOf. */
export function defineCommand<const O extends readonly CommandOption[]>(command: Command<O>): Command<O> {
  return command;
}
