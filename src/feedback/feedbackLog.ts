/**
 * The question log and votes behind a tiny interface: changes apply to the in-memory view at once
 * and are written shortly after, several at a time, to `data/feedback.json` — a lowdb document,
 * written to a temp file and renamed (a crash leaves the old file or the new one). Writers in other
 * processes (shards) are not overwritten: each write holds a lock, re-reads the file and applies
 * its changes to what it finds.
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { mkdir, rename } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Low } from "lowdb";
import { DataFile } from "lowdb/node";
import { log } from "../log.js";
import { withStoreLock } from "../store/storeLock.js";
import {
  applyChanges,
  emptyFeedback,
  feedbackShapeProblem,
  normalizeQuestion,
  type FeedbackChange,
  type FeedbackData,
  type LoggedQuestion,
  type QuotedSentence,
  type Vote,
} from "./feedbackData.js";

export const FEEDBACK_FILE = "feedback.json";

/** Where the feedback document lives: beside the store. */
export function feedbackPathFor(dbPath: string): string {
  return join(dirname(dbPath), FEEDBACK_FILE);
}

export interface FeedbackLogOptions {
  via: LoggedQuestion["via"];
  /** The secret user ids are hashed with (LOG_SALT); null: a random one for this process. */
  salt: string | null;
  /** How long changes wait to be written together. */
  writeDelayMs?: number;
}

export interface AnswerRecord {
  command: string;
  userId: string;
  question: string;
  answered: boolean;
  reason: string | null;
  version: string;
  quotes: QuotedSentence[];
}

/** `saved` false: writing the file failed (the vote is kept in memory and written with the next change). */
export type VoteOutcome =
  | { status: "counted" | "changed" | "unchanged"; vote: Vote["vote"]; saved: boolean }
  | { status: "unknown-answer" };

function file(path: string): DataFile<FeedbackData> {
  return new DataFile<FeedbackData>(path, {
    parse: (text) => JSON.parse(text) as FeedbackData,
    stringify: (data) => JSON.stringify(data),
  });
}

/**
 * The document on disk. Missing: `fallback` (empty, or what this process last wrote, so a file
 * deleted while the bot runs is written again). Unreadable: set aside (kept, never lost), then
 * `fallback` (a reader that must not move files, the report script, passes setAside: false).
 */
export async function readFeedback(
  path: string,
  fallback: FeedbackData = emptyFeedback(),
  { setAside = true }: { setAside?: boolean } = {},
): Promise<FeedbackData> {
  const db = new Low<FeedbackData | null>(file(path) as DataFile<FeedbackData | null>, null);
  let problem: string | null;
  try {
    await db.read();
    if (db.data === null) return fallback;
    problem = feedbackShapeProblem(db.data);
  } catch (error) {
    problem = `not JSON (${(error as Error).message.slice(0, 80)})`;
  }
  if (problem === null && db.data) return db.data;
  if (!setAside) return fallback;
  const aside = `${path}.unreadable-${Date.now()}`;
  await rename(path, aside).catch(() => undefined);
  log.warn("feedback file unreadable, set aside", { path, aside, problem });
  return fallback;
}

interface Pending {
  seq: number;
  change: FeedbackChange;
}

export class FeedbackLog {
  #saved: FeedbackData;
  #view: FeedbackData;
  #pending: Pending[] = [];
  #seq = 0;
  #waiters: { seq: number; resolve: (saved: boolean) => void }[] = [];
  #timer: NodeJS.Timeout | null = null;
  #draining: Promise<void> | null = null;
  readonly #salt: string;

  private constructor(
    readonly path: string,
    readonly options: FeedbackLogOptions,
    data: FeedbackData,
  ) {
    this.#saved = data;
    this.#view = data;
    this.#salt = options.salt ?? randomBytes(32).toString("hex");
  }

  static async open(path: string, options: FeedbackLogOptions): Promise<FeedbackLog> {
    await mkdir(dirname(path), { recursive: true });
    return new FeedbackLog(path, options, await readFeedback(path));
  }

  /** Everything logged and voted, the changes not yet written included. */
  get data(): FeedbackData {
    return this.#view;
  }

  /** A member's id as stored: a salted hash, the same for the same member while the salt is. */
  userKey(userId: string): string {
    return createHmac("sha256", this.#salt).update(userId).digest("base64url").slice(0, 22);
  }

  /** Logs a question and what came of it; returns the entry (its id is the answer's, for votes). */
  logAnswer(record: AnswerRecord): LoggedQuestion {
    const entry: LoggedQuestion = {
      id: randomUUID().replace(/-/gu, "").slice(0, 20),
      at: new Date().toISOString(),
      via: this.options.via,
      command: record.command,
      user: this.userKey(record.userId),
      question: record.question,
      normalized: normalizeQuestion(record.question),
      answered: record.answered,
      reason: record.reason,
      version: record.version,
      quotes: record.quotes,
    };
    void this.#add({ kind: "question", entry });
    return entry;
  }

  answer(id: string): LoggedQuestion | undefined {
    return this.#view.questions.find((q) => q.id === id);
  }

  /**
   * A member's vote on an answer: one per member, the latest counts. Resolves once written, or
   * after `waitMs` with the write still under way (Discord wants its answer within 3 s).
   */
  async vote(answerId: string, userId: string, vote: Vote["vote"], waitMs = 1500): Promise<VoteOutcome> {
    const answer = this.answer(answerId);
    if (!answer) return { status: "unknown-answer" };
    const user = this.userKey(userId);
    const before = this.#view.votes.find((v) => v.answer === answerId && v.user === user);
    if (before?.vote === vote) return { status: "unchanged", vote, saved: true };
    const written = this.#add({
      kind: "vote",
      vote: {
        answer: answerId,
        user,
        vote,
        at: new Date().toISOString(),
        question: answer.question,
        quotes: answer.quotes,
        version: answer.version,
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), waitMs)));
    const saved = await Promise.race([written, late]).finally(() => clearTimeout(timer));
    return { status: before ? "changed" : "counted", vote, saved };
  }

  /** Writes what is pending now (at shutdown). */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    await this.#draining;
    if (this.#pending.length) await this.#drain();
  }

  #add(change: FeedbackChange): Promise<boolean> {
    const seq = ++this.#seq;
    this.#pending.push({ seq, change });
    this.#view = applyChanges(this.#view, [change]);
    const written = new Promise<boolean>((resolve) => this.#waiters.push({ seq, resolve }));
    if (!this.#timer && !this.#draining) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        void this.#drain();
      }, this.options.writeDelayMs ?? 100);
    }
    return written;
  }

  #drain(): Promise<void> {
    this.#draining ??= this.#writeAll().finally(() => {
      this.#draining = null;
    });
    return this.#draining;
  }

  async #writeAll(): Promise<void> {
    while (this.#pending.length) {
      const batch = this.#pending.splice(0);
      const upTo = batch.at(-1)?.seq ?? 0;
      let saved = true;
      try {
        await withStoreLock(
          this.path,
          async () => {
            const next = applyChanges(
              await readFeedback(this.path, this.#saved),
              batch.map((p) => p.change),
            );
            await file(this.path).write(next);
            this.#saved = next;
          },
          { waitMs: 10_000 },
        );
      } catch (error) {
        saved = false;
        // Kept in memory and tried again with the next change.
        this.#pending.unshift(...batch);
        log.error("could not write the feedback file", { path: this.path, error: (error as Error).message });
      }
      this.#view = applyChanges(
        this.#saved,
        this.#pending.map((p) => p.change),
      );
      for (const waiter of this.#waiters.filter((w) => w.seq <= upTo)) waiter.resolve(saved);
      this.#waiters = this.#waiters.filter((w) => w.seq > upTo);
      if (!saved) return;
    }
  }
}
