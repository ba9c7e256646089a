/**
 * What a command answers, before any front end draws it: quotes with numbered citations, lists,
 * plain text. The terminal and Discord each render this their own way.
 */

export interface Citation {
  /** The number the quotes refer to ([1], [2], …). */
  n: number;
  articleId: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
}

export interface ReplyQuote {
  /** The article's own sentence, verbatim. */
  text: string;
  /** Who or what the quote is about, when the sentence alone doesn't say (shown outside the quote). */
  context: string | null;
  /** The citation number of this quote's source, and the sentence's number in that article. */
  source: number;
  sentence: number;
  /** Other outlets reporting the same thing. */
  alsoReportedBy: { source: number; sentence: number }[];
}

export interface ListItem {
  label: string;
  detail?: string;
  /** A citation number and sentence number, when the item is a quoted sentence. */
  source?: number;
  sentence?: number;
}

interface ReplyBase {
  /** Only the asker should see it (Discord ephemeral). */
  ephemeral?: boolean;
  /** The logged answer this reply is: members vote on it (👍 / 👎 under it on Discord). */
  feedbackId?: string;
}

export interface AnswerReply extends ReplyBase {
  kind: "answer";
  question: string;
  /** Shown instead of the question ("Summary of 5 articles"), when the reply answers none. */
  title?: string;
  quotes: ReplyQuote[];
  sources: Citation[];
  /** e.g. "The sources differ on this." */
  note: string | null;
}

export interface NoAnswerReply extends ReplyBase {
  kind: "no-answer";
  question: string;
  text: string;
  /** Topics the articles do cover that come nearest. */
  suggestions: string[];
  /** Why nothing was quoted (the engine's reason: no-match, low-confidence, …). */
  reason?: string | null;
}

export interface ListReply extends ReplyBase {
  kind: "list";
  title: string;
  items: ListItem[];
  sources: Citation[];
  /** For paged lists: page is 1-based. */
  page: { page: number; pages: number; total: number; command: string; args: Record<string, string> } | null;
  footer: string | null;
}

export interface InfoReply extends ReplyBase {
  kind: "info";
  title: string;
  text: string;
  fields: { name: string; value: string }[];
  url: string | null;
}

/** One sentence an article says about a compared topic. */
export interface CompareQuote {
  /** The article's own sentence, verbatim. */
  text: string;
  /** Who or what the quote is about, when the sentence alone doesn't say (shown outside the quote). */
  context: string | null;
  /** The sentence's number in its article. */
  sentence: number;
}

/** What each article says about one topic, article by article. */
export interface CompareReply extends ReplyBase {
  kind: "compare";
  topic: string;
  /** Articles with something on the topic, most relevant first, each with its best sentences. */
  articles: { source: Citation; quotes: CompareQuote[] }[];
  /** Articles that say nothing on it. */
  unmentioned: Citation[];
  /** e.g. the articles giving different figures. */
  note: string | null;
  /** Why no article is compared, when none is ("The articles don't mention …"). */
  empty: string | null;
}

export interface ErrorReply extends ReplyBase {
  kind: "error";
  text: string;
}

export type Reply = AnswerReply | NoAnswerReply | ListReply | InfoReply | CompareReply | ErrorReply;

export function errorReply(text: string): ErrorReply {
  return { kind: "error", text, ephemeral: true };
}
