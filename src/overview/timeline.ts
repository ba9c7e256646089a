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
import { analyzeTopic, MIN_TOPIC_COVERAGE, topicCoverage, type Topic } from "./topic.js";
import {
  cosine,
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

const cache = new WeakMap<Library, Map<string, Timeline>>();
const CACHE_TOPICS = 64;

/** The timeline of the articles, or of their sentences about `topic`; kept per library snapshot. */
export function timeline(library: Library, topic: string | null): Timeline {
  const key = topic?.trim() ?? "";
  let byTopic = cache.get(library);
  let result = byTopic?.get(key);
  if (!result) {
    result = computeTimeline(library, key === "" ? null : key);
    if (!byTopic) cache.set(library, (byTopic = new Map()));
    if (byTopic.size >= CACHE_TOPICS) byTopic.delete(byTopic.keys().next().value as string);
    byTopic.set(key, result);
  }
  return result;
}

interface Dated {
  a: number;
  mention: DateMention & { date: string; precision: DatePrecision };
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
  const dated: Dated[] = [];
  let undated = 0;
  library.articles.forEach((article, a) => {
    const seen = new Set<string>();
    for (const mention of overviewOf(article).dates) {
      if (
        topic &&
        topicCoverage(topic, sentenceIds(library, terms, a, mention.sentence - 1)) < MIN_TOPIC_COVERAGE
      )
        continue;
      if (mention.date === null || mention.precision === null) {
        undated++;
        continue;
      }
      // "Thursday … Thursday's" in one sentence is one event.
      const key = `${mention.sentence} ${mention.date} ${mention.precision}`;
      if (seen.has(key)) continue;
      seen.add(key);
      dated.push({ a, mention: mention as Dated["mention"] });
    }
  });
  dated.sort(
    (x, y) =>
      (x.mention.date < y.mention.date ? -1 : x.mention.date > y.mention.date ? 1 : 0) ||
      PRECISION_ORDER[x.mention.precision] - PRECISION_ORDER[y.mention.precision] ||
      x.a - y.a ||
      x.mention.sentence - y.mention.sentence,
  );
  const events = mergeSameEvents(library, terms, dated);
  return {
    topic: topic?.text ?? null,
    events,
    undated,
    reason: events.length === 0 && undated === 0 && topic ? "no-match" : null,
  };
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
    for (const { a, mention } of dated.slice(start, end)) {
      const article = library.articles[a] as Article;
      const vector = eventVector(library, terms, a, mention);
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
      for (const id of keyTerms(vector)) {
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
  for (const id of keyTerms(vector)) {
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
  return vectorOf(
    mention.around.flatMap((position) => (position < ids.length ? [ids[position] as number] : [])),
    terms.idf,
  );
}

/** A vector's highest-weighted term ids. */
function keyTerms(vector: TermVector | null): number[] {
  if (!vector) return [];
  return Array.from(vector.ids.keys())
    .sort((i, j) => (vector.weights[j] as number) - (vector.weights[i] as number))
    .slice(0, KEY_TERMS)
    .map((i) => vector.ids[i] as number);
}
