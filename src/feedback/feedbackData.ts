/**
 * What `data/feedback.json` holds, and how changes fold into it (pure). The question log: every
 * question asked on Discord or in the terminal chat, whether it was answered and why not, newest
 * 10,000 kept. The votes: one per member per answer (changeable), newest 10,000 kept. Members are
 * named only by a salted hash of their id.
 */

export const FEEDBACK_SCHEMA = 1;
export const MAX_QUESTIONS = 10_000;
export const MAX_VOTES = 10_000;

/** A quoted sentence: the article and the sentence's number in it (as citations show). */
export interface QuotedSentence {
  article: string;
  sentence: number;
}

export interface LoggedQuestion {
  /** The answer's id: what its vote buttons carry. */
  id: string;
  /** ISO time. */
  at: string;
  /** Where it was asked. */
  via: "discord" | "terminal";
  /** The command that answered ("ask"). */
  command: string;
  /** Salted hash of the asker's id. */
  user: string;
  question: string;
  /** Lower case, accents, punctuation and spacing folded: how questions are grouped. */
  normalized: string;
  answered: boolean;
  /** Why nothing was quoted (no-match, low-confidence, …); null when answered. */
  reason: string | null;
  /** The article set's version when it was answered. */
  version: string;
  quotes: QuotedSentence[];
}

export interface Vote {
  /** The answer (LoggedQuestion.id) voted on. */
  answer: string;
  /** Salted hash of the voter's id. */
  user: string;
  vote: "up" | "down";
  at: string;
  question: string;
  quotes: QuotedSentence[];
  version: string;
}

export interface FeedbackData {
  schemaVersion: number;
  questions: LoggedQuestion[];
  votes: Vote[];
}

export type FeedbackChange = { kind: "question"; entry: LoggedQuestion } | { kind: "vote"; vote: Vote };

export function emptyFeedback(): FeedbackData {
  return { schemaVersion: FEEDBACK_SCHEMA, questions: [], votes: [] };
}

/** Why a parsed file is not feedback data, or null when it is. */
export function feedbackShapeProblem(data: unknown): string | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return "should be a JSON object";
  const d = data as Partial<FeedbackData>;
  if (d.schemaVersion !== FEEDBACK_SCHEMA)
    return `schemaVersion should be ${FEEDBACK_SCHEMA}, instead found ${String(d.schemaVersion)}`;
  if (!Array.isArray(d.questions) || !Array.isArray(d.votes)) return "questions and votes should be arrays";
  return null;
}

/**
 * The data with the changes applied, in order: a question is appended once (by id), a vote
 * replaces the same member's vote on the same answer; then only the newest are kept.
 */
export function applyChanges(data: FeedbackData, changes: readonly FeedbackChange[]): FeedbackData {
  if (changes.length === 0) return data;
  const questions = [...data.questions];
  const votes = [...data.votes];
  const known = new Set(questions.map((q) => q.id));
  for (const change of changes) {
    if (change.kind === "question") {
      if (known.has(change.entry.id)) continue;
      known.add(change.entry.id);
      questions.push(change.entry);
    } else {
      const i = votes.findIndex((v) => v.answer === change.vote.answer && v.user === change.vote.user);
      if (i >= 0) votes.splice(i, 1);
      votes.push(change.vote);
    }
  }
  return {
    schemaVersion: FEEDBACK_SCHEMA,
    questions: questions.slice(-MAX_QUESTIONS),
    votes: votes.slice(-MAX_VOTES),
  };
}

/** A question folded for grouping: "How many died in Kryvyi Rih?" → "how many died in kryvyi rih". */
export function normalizeQuestion(question: string): string {
  return question
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019`\u00b4]/gu, "'")
    .replace(/[^\p{L}\p{N}'\s-]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
