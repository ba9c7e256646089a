/**
 * timeline(library, topic): every dated event in the articles (or those about a topic), in date
 * order, from the dates the parser resolved (ArticleOverview.dates): each entry its date and
 * precision, the phrase it was resolved from and the sentence that says it. One event several
 * outlets report — same date, alike sentences — is one entry with "also reported by". Relative
 * expressions in undated articles have no date: they are counted, never placed.
 *
 * Sentences are referred to by number and read only when shown, so a timeline of 10,000
 * articles costs a pass over their precomputed dates and term ids.
 */
import type { Article, DatePrecision, DateMention, Sentence } from "../article.js";
import type { Library } from "../library.js";
import { overviewOf } from "./articleOverview.js";
import { dayOfIso } from "./calendar.js";
import { topicCache } from "./topicCache.js";
import { analyzeTopic, MIN_TOPIC_COVERAGE, topicCoverage, type Topic } from "./topic.js";
import {
  cosine,
  heaviestTerms,
  libraryTerms,
  sentenceIds,
  vectorOf,
  type LibraryTerms,
  type TermVector,
} from "./vectors.js";

export interface EventRef {
  article: Article;
  /** The sentence's number (Sentence.n). */
  sentence: number;
}

export interface TimelineEvent extends EventRef {
  /** The day, or the first day of the week, month or year (YYYY-MM-DD). */
  date: string;
  precision: DatePrecision;
  /** The words the date was resolved from ("last Sunday"). */
  phrase: string;
  /** Other articles reporting the same event on the same date. */
  alsoReportedBy: EventRef[];
}

export interface Timeline {
  /** The topic as analysed; null for every event. */
  topic: string | null;
  events: TimelineEvent[];
  /** Relative date expressions (on the topic) left out because their article has no date. */
  undated: number;
  /** Why there are no events, when there are none for a reason other than an empty timeline. */
  reason: "empty-question" | "unknown-names" | "no-match" | null;
}

/**
 * Two articles' mentions of one date report one event when the words around them are this alike
 * (cosine of tf-idf vectors): "a deadly Russian strike Sunday on Ukraine's Sumy" / "Last Sunday's
 * strike on Sumy, resulting in mass casualties".
 */
const SAME_EVENT_COSINE = 0.2;
/** Each entry is found through its highest-weighted terms (a same-event sentence shares one). */
const KEY_TERMS = 4;
const PRECISION_ORDER: Record<DatePrecision, number> = { year: 0, month: 1, week: 2, day: 3 };

/** The sentence an event quotes (read from the store on first use). */
export function eventSentence(event: EventRef): Sentence {
  return event.article.sentences[event.sentence - 1] as Sentence;
}

/** The timeline of the articles, or of their sentences about `topic`; kept per library snapshot. */
export const timeline: (library: Library, topic: string | null) => Timeline = topicCache(
  64,
  (library, topic) => computeTimeline(library, topic),
);

interface Dated {
  a: number;
  mention: DateMention & { date: string; precision: DatePrecision };
  /** Sort key: day number and precision. */
  key: number;
}

function computeTimeline(library: Library, rawTopic: string | null): Timeline {
  const terms = libraryTerms(library);
  let topic: Topic | null = null;
  if (rawTopic !== null) {
    topic = analyzeTopic(library, terms, rawTopic);
    const none = (reason: Timeline["reason"]): Timeline => ({
      topic: topic?.text ?? null,
      events: [],
      undated: 0,
      reason,
    });
    if (topic.empty) return none("empty-question");
    if (topic.missingNames.length) return none("unknown-names");
    if (topic.terms.length === 0) return none("no-match");
  }
  if (topic) return onTopic(library, terms, topic, timeline(library, null));
  return allEvents(library, terms);
}

/** Whether sentence `n` of article `a` is about the topic. */
function about(library: Library, terms: LibraryTerms, topic: Topic, a: number, n: number): boolean {
  const starts = terms.starts[a] as Int32Array;
  return (
    topicCoverage(topic, terms.ids[a] as Int32Array, starts[n - 1] as number, starts[n] as number) >=
    MIN_TOPIC_COVERAGE
  );
}

/**
 * The events about a topic, taken from the whole timeline (computed once per library): each event
 * whose sentence, or another outlet's report of it, is about the topic — shown in a sentence that is.
 */
function onTopic(library: Library, terms: LibraryTerms, topic: Topic, all: Timeline): Timeline {
  const index = new Map(library.articles.map((article, a) => [article, a]));
  const events: TimelineEvent[] = [];
  for (const event of all.events) {
    const reports = [event, ...event.alsoReportedBy];
    const shown = reports.find((r) =>
      about(library, terms, topic, index.get(r.article) as number, r.sentence),
    );
    if (!shown) continue;
    events.push(
      shown === event
        ? event
        : {
            ...event,
            article: shown.article,
            sentence: shown.sentence,
            alsoReportedBy: reports.filter((r) => r !== shown),
          },
    );
  }
  let undated = 0;
  library.articles.forEach((article, a) => {
    for (const mention of overviewOf(article).dates)
      if (mention.date === null && about(library, terms, topic, a, mention.sentence)) undated++;
  });
  return {
    topic: topic.text,
    events,
    undated,
    reason: events.length === 0 && undated === 0 ? "no-match" : null,
  };
}

/** Every dated event of the library. */
function allEvents(library: Library, terms: LibraryTerms): Timeline {
  const dated: Dated[] = [];
  let undated = 0;
  library.articles.forEach((article, a) => {
    let previous: DateMention | null = null;
    for (const mention of overviewOf(article).dates) {
      if (mention.date === null || mention.precision === null) {
        undated++;
        continue;
      }
      // "Thursday … Thursday's" in one sentence is one event.
      const repeat =
        previous !== null &&
        previous.sentence === mention.sentence &&
        previous.date === mention.date &&
        previous.precision === mention.precision;
      previous = mention;
      if (repeat) continue;
      const key = (dayOfIso(mention.date) ?? 0) * 4 + PRECISION_ORDER[mention.precision];
      dated.push({ a, mention: mention as Dated["mention"], key });
    }
  });
  // By date, the coarser first on one date (the month before its first day), then in library order.
  dated.sort((x, y) => x.key - y.key || x.a - y.a || x.mention.sentence - y.mention.sentence);
  return { topic: null, events: mergeSameEvents(library, terms, dated), undated, reason: null };
}

/** Consecutive runs of one date and precision, each run's alike sentences from other articles merged. */
function mergeSameEvents(library: Library, terms: LibraryTerms, dated: readonly Dated[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (let start = 0; start < dated.length;) {
    const first = dated[start] as Dated;
    let end = start + 1;
    while (
      end < dated.length &&
      (dated[end] as Dated).mention.date === first.mention.date &&
      (dated[end] as Dated).mention.precision === first.mention.precision
    )
      end++;
    const entries: { event: TimelineEvent; vector: TermVector | null }[] = [];
    const byTerm = new Map<number, number[]>();
    // Alike sentences matter only where two articles give the date.
    const articles = new Set<number>();
    for (let k = start; k < end && articles.size < 2; k++) articles.add((dated[k] as Dated).a);
    const compare = articles.size > 1;
    for (const { a, mention } of dated.slice(start, end)) {
      const article = library.articles[a] as Article;
      const vector = compare ? eventVector(library, terms, a, mention) : null;
      const same = vector ? sameEvent(entries, byTerm, vector, article) : -1;
      if (same >= 0) {
        (entries[same] as (typeof entries)[number]).event.alsoReportedBy.push({
          article,
          sentence: mention.sentence,
        });
        continue;
      }
      const index = entries.length;
      entries.push({
        event: {
          date: mention.date,
          precision: mention.precision,
          phrase: mention.phrase,
          article,
          sentence: mention.sentence,
          alsoReportedBy: [],
        },
        vector,
      });
      for (const id of heaviestTerms(vector, KEY_TERMS)) {
        let list = byTerm.get(id);
        if (!list) byTerm.set(id, (list = []));
        list.push(index);
      }
    }
    for (const entry of entries) events.push(entry.event);
    start = end;
  }
  return events;
}

/** An entry of the run (from another article, not yet citing this one) whose sentence reports the same event. */
function sameEvent(
  entries: readonly { event: TimelineEvent; vector: TermVector | null }[],
  byTerm: ReadonlyMap<number, number[]>,
  vector: TermVector,
  article: Article,
): number {
  const looked = new Set<number>();
  for (const id of heaviestTerms(vector, KEY_TERMS)) {
    for (const k of byTerm.get(id) ?? []) {
      if (looked.has(k)) continue;
      looked.add(k);
      const entry = entries[k] as (typeof entries)[number];
      if (entry.event.article === article || entry.event.alsoReportedBy.some((r) => r.article === article))
        continue;
      if (entry.vector && cosine(entry.vector, vector) >= SAME_EVENT_COSINE) return k;
    }
  }
  return -1;
}

/** What happened at the date: the terms around its phrase (the whole sentence's when not recorded). */
function eventVector(
  library: Library,
  terms: LibraryTerms,
  a: number,
  mention: DateMention,
): TermVector | null {
  const ids = sentenceIds(library, terms, a, mention.sentence - 1);
  if (!mention.around) return vectorOf(ids, terms.idf);
  const around: number[] = [];
  for (const position of mention.around) if (position < ids.length) around.push(ids[position] as number);
  return vectorOf(around, terms.idf);
}
