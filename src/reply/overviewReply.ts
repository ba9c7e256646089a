/**
 * Summaries and timelines as replies: a summary is an answer (quotes with numbered sources, "also
 * reported by"); a timeline is a paged list of dated lines, each its date, the sentence and its
 * source, with the phrase the date was read from.
 */
import type { Library } from "../library.js";
import type { Summary } from "../overview/summary.js";
import { eventSentence, type Timeline, type TimelineEvent } from "../overview/timeline.js";
import { answerReply, NOT_IN_ARTICLES } from "./answerReply.js";
import { CitationList } from "./citations.js";
import { EMPTY_TOPIC, notMentioned } from "./compareReply.js";
import { errorReply, type AnswerReply, type ListReply, type NoAnswerReply, type Reply } from "./reply.js";

/** Timeline entries per page (◀ ▶ on Discord, /next in the terminal). */
export const TIMELINE_PAGE_SIZE = 8;

/** Why a summary or a timeline on `topic` has nothing, as the user should read it. */
function nothingOn(topic: string | null, reason: string | null, question: string): Reply {
  if (reason === "empty-question") return errorReply(EMPTY_TOPIC);
  return {
    kind: "no-answer",
    question,
    text: topic ? notMentioned(topic) : NOT_IN_ARTICLES,
    suggestions: [],
  } satisfies NoAnswerReply;
}

/**
 * The summary as an answer. `asked`: the user's question it answers, shown as the title ("Q: What
 * happened?"); without one, the title says what it summarises.
 */
export function summaryReply(library: Library, summary: Summary, asked?: string): Reply {
  if (!summary.answered) return nothingOn(summary.topic, summary.reason, asked ?? summary.question);
  const reply = answerReply(library, summary) as AnswerReply;
  if (asked) return { ...reply, question: asked };
  const articles = library.articles.length;
  const title = summary.topic
    ? `Summary: ${summary.topic}`
    : `Summary of ${articles} article${articles === 1 ? "" : "s"}`;
  return { ...reply, title };
}

/** "2025-04-13 (Sun)", "week of 2025-04-21", "February 2025", "2022". */
export function dateLabel(event: Pick<TimelineEvent, "date" | "precision">): string {
  const date = new Date(`${event.date}T12:00:00Z`);
  const name = (part: "weekday" | "month") =>
    date.toLocaleString("en-GB", { [part]: part === "weekday" ? "short" : "long", timeZone: "UTC" });
  switch (event.precision) {
    case "day":
      return `${event.date} (${name("weekday")})`;
    case "week":
      return `week of ${event.date}`;
    case "month":
      return `${name("month")} ${event.date.slice(0, 4)}`;
    case "year":
      return event.date.slice(0, 4);
  }
}

/** One page of a timeline as a paged list. */
export function timelineReply(library: Library, result: Timeline, page = 1): Reply {
  const title = result.topic
    ? `Timeline: ${result.topic}`
    : `Timeline of ${library.articles.length} articles`;
  if (result.events.length === 0) {
    if (result.reason) return nothingOn(result.topic, result.reason, title);
    return {
      kind: "list",
      title,
      items: [],
      sources: [],
      page: null,
      footer: undatedNote(result.undated) ?? "No sentence on it gives a date.",
    } satisfies ListReply;
  }
  const pages = Math.max(1, Math.ceil(result.events.length / TIMELINE_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const citations = new CitationList();
  const items = result.events
    .slice((current - 1) * TIMELINE_PAGE_SIZE, current * TIMELINE_PAGE_SIZE)
    .map((event) => {
      const source = citations.cite(event.article);
      const also = event.alsoReportedBy.map((ref) => `[${citations.cite(ref.article)}]`);
      return {
        label: `${dateLabel(event)} · ${eventSentence(event).text}`,
        detail: [`from “${event.phrase}”`, also.length ? `also reported by ${also.join(", ")}` : ""]
          .filter(Boolean)
          .join(" · "),
        source,
        sentence: event.sentence,
      };
    });
  return {
    kind: "list",
    title,
    items,
    sources: citations.all,
    page: {
      page: current,
      pages,
      total: result.events.length,
      command: "timeline",
      args: result.topic ? { topic: result.topic } : {},
    },
    footer: undatedNote(result.undated),
  } satisfies ListReply;
}

function undatedNote(undated: number): string | null {
  if (undated === 0) return null;
  return `${undated} relative date${undated === 1 ? "" : "s"} (“on Friday”, “next week”) left out: ${undated === 1 ? "its article has" : "their articles have"} no date.`;
}
