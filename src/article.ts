/** The parsed-article data model, shared by the parser, the store and the engine. */

export interface Sentence {
  /** 1-based position among the article's answer sentences (what citations show). */
  n: number;
  /** The article's own words for this sentence, whitespace runs collapsed to one space. */
  text: string;
  /** Character offsets (UTF-16 code units) into the file's decoded text: file.slice(start, end). */
  start: number;
  end: number;
  /** 0-based paragraph index. */
  paragraph: number;
  /** The section heading this sentence sits under, if any. */
  heading: string | null;
  /** Index terms (folded, stemmed, stop words out), computed once at parse time. */
  terms: string[];
  /** Named-entity types found in the sentence (DATE, CARDINAL, PERSON, …), for answer typing. */
  entities: string[];
  // The fields below are computed by the parser for answer typing. They are optional because
  // sentences built elsewhere (fixtures, stores written by older versions) may lack them; the
  // engine then treats them as empty.
  /** Positions in `terms` of names (proper nouns, acronyms, aliases): who-questions want them. */
  nameAt?: number[];
  /** wink entities as spans of `terms` positions, so an answer's distance to the topic is known. */
  entitySpans?: EntitySpan[];
  /** Positions in `terms` of names that modify the noun after them ("Russian strikes", "Kremlin spokesman"): not who did it. */
  modifierAt?: number[];
  /** Positions in `terms` of names placed by a locative ("in Paris", "the city of Sumy"). */
  placeAt?: number[];
  /** Positions in `terms` of nouns after a locative ("at the station", "near the crossing"): places if WordNet's are. */
  siteAt?: number[];
  /** Positions in `terms` of names and nouns where someone or something went ("headed to Paris", "taken to the hospital"). */
  destinationAt?: number[];
  /** Positions in `terms` of nouns followed by what they are or do ("a deal granting access…"). */
  describedAt?: number[];
  /**
   * Position in `terms` of a common word the sentence opens on with a capital, which is no name
   * ("Mediators from Qatar proposed…", "20:10 — Scuffles broke out…"; parse/openingNames.ts).
   */
  openerAt?: number;
  /** What the sentence's form says about it (see SentenceCue). */
  cues?: SentenceCue[];
}

/** A wink entity (DATE, CARDINAL, …) over `terms` positions [from, to); from === to when all its words are stop words. */
export interface EntitySpan {
  type: string;
  /** The entity as written ("more than 60", "April 17, 2025"). */
  text: string;
  from: number;
  to: number;
  /** For a figure right before a common noun ("34 civilians", "two large drones"): that noun's `terms` position. */
  counts?: number;
}

/**
 * - quote: contains a quotation; opens-with-quote: starts with one (the speaker may be named
 *   in the sentence before);
 * - opens-with-pronoun: starts with "He", "It", "This", … (refers to the sentence before);
 * - cause: states a reason or purpose ("because", "as compensation for", "following");
 * - pronoun-speaker: reports speech with a pronoun subject ("…,” he said"): the speaker is
 *   named in the sentence before.
 */
export type SentenceCue = "quote" | "opens-with-quote" | "opens-with-pronoun" | "cause" | "pronoun-speaker";

export interface ArticleMeta {
  title: string;
  /** Where the title came from: the file's headline, the sidecar, or derived from the first sentence. */
  titleSource: "headline" | "sidecar" | "derived";
  /** ISO date (YYYY-MM-DD) when the text or the sidecar says so; never guessed. */
  date: string | null;
  outlet: string | null;
  url: string | null;
}

export type DatePrecision = "day" | "week" | "month" | "year";

/** A date expression of one sentence, placed on the calendar when it was parsed. */
export interface DateMention {
  /** The sentence's number (Sentence.n). */
  sentence: number;
  /** The words as written ("last Sunday", "April 17, 2025"). */
  phrase: string;
  /**
   * The day it names, or the first day of the week (Monday), month or year; null when it is
   * relative ("last Sunday", "April 4") and the article has no date: never guessed.
   */
  date: string | null;
  precision: DatePrecision | null;
  /**
   * Positions in the sentence's `terms` of the words around the phrase (not its own): what
   * happened then, to tell one event from another on the same date.
   */
  around?: number[];
}

/**
 * What summaries and timelines need of an article without reading its sentences (which a large
 * store loads lazily), computed by the parser (src/overview/articleOverview.ts).
 */
export interface ArticleOverview {
  /** Every date expression, in order. */
  dates: DateMention[];
  /**
   * Sentences (by number) that can't stand alone in a summary: questions, bare quotations,
   * "He said…", credits, fragments.
   */
  dependent: number[];
}

export interface Article extends ArticleMeta {
  /** Stable id: the file name without its extension. */
  id: string;
  /** File name inside the article folder. */
  file: string;
  /** Links found on bare markdown-link lines (metadata, not sentences). */
  links: string[];
  headings: string[];
  paragraphCount: number;
  sentences: Sentence[];
  /**
   * Index terms the article writes as names in most of their uses (proper nouns, capitalised
   * words, acronyms): how a question typed in one case is read. Optional: fixtures and stores
   * written by older versions lack it.
   */
  names?: string[];
  /** Absent in articles built elsewhere (fixtures); src/overview computes it then. */
  overview?: ArticleOverview;
}
