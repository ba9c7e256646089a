/**
 * What the question log and votes say about the article set (pure): the questions most often
 * left unanswered, grouped by their normalised form; the answers most voted down; the articles
 * no logged answer ever quoted.
 */
import type { FeedbackData, QuotedSentence } from "./feedbackData.js";

export interface UnansweredQuestion {
  /** The normalised form the group shares. */
  question: string;
  /** How it was last asked, as typed. */
  example: string;
  asked: number;
  lastAsked: string;
  /** Why nothing was quoted, and how often. */
  reasons: Record<string, number>;
}

export interface VotedDownAnswer {
  question: string;
  quotes: QuotedSentence[];
  down: number;
  up: number;
  /** The article set's version when it was last answered so. */
  version: string;
}

export interface FeedbackReport {
  /** Questions in the log, answered and not, and since when. */
  questions: number;
  answered: number;
  unanswered: number;
  since: string | null;
  votes: { up: number; down: number };
  mostUnanswered: UnansweredQuestion[];
  mostVotedDown: VotedDownAnswer[];
  /** Articles served now that no logged answer quoted. */
  neverQuoted: { id: string; title: string }[];
}

export function buildReport(
  data: FeedbackData,
  articles: readonly { id: string; title: string }[],
  top = 10,
): FeedbackReport {
  const asked = data.questions.filter((q) => q.command === "ask");
  const unanswered = new Map<string, UnansweredQuestion>();
  for (const q of asked) {
    if (q.answered) continue;
    const group = unanswered.get(q.normalized) ?? {
      question: q.normalized,
      example: q.question,
      asked: 0,
      lastAsked: q.at,
      reasons: {},
    };
    group.asked++;
    group.example = q.question;
    group.lastAsked = q.at;
    const reason = q.reason ?? "unknown";
    group.reasons[reason] = (group.reasons[reason] ?? 0) + 1;
    unanswered.set(q.normalized, group);
  }

  // The same question answered with the same sentences is one answer, whoever asked it.
  const answers = new Map<string, VotedDownAnswer>();
  const normalizedOf = new Map(data.questions.map((q) => [q.id, q.normalized]));
  for (const vote of data.votes) {
    const question = normalizedOf.get(vote.answer) ?? vote.question.toLowerCase();
    const key = `${question}\u0000${vote.quotes.map((q) => `${q.article}#${q.sentence}`).join(",")}`;
    const answer = answers.get(key) ?? {
      question: vote.question,
      quotes: vote.quotes,
      down: 0,
      up: 0,
      version: vote.version,
    };
    answer[vote.vote]++;
    answer.version = vote.version;
    answers.set(key, answer);
  }

  const quoted = new Set(data.questions.flatMap((q) => q.quotes.map((quote) => quote.article)));
  return {
    questions: data.questions.length,
    answered: data.questions.filter((q) => q.answered).length,
    unanswered: data.questions.filter((q) => !q.answered).length,
    since: data.questions[0]?.at ?? null,
    votes: {
      up: data.votes.filter((v) => v.vote === "up").length,
      down: data.votes.filter((v) => v.vote === "down").length,
    },
    mostUnanswered: [...unanswered.values()]
      .sort((a, b) => b.asked - a.asked || b.lastAsked.localeCompare(a.lastAsked))
      .slice(0, top),
    mostVotedDown: [...answers.values()]
      .filter((a) => a.down > 0)
      .sort((a, b) => b.down - a.down || a.up - b.up)
      .slice(0, top),
    neverQuoted: articles.filter((a) => !quoted.has(a.id)).map(({ id, title }) => ({ id, title })),
  };
}
