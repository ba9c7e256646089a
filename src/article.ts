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
}

export interface ArticleMeta {
  title: string;
  /** Where the title came from: the file's headline, the sidecar, or derived from the first sentence. */
  titleSource: "headline" | "sidecar" | "derived";
  /** ISO date (YYYY-MM-DD) when the text or the sidecar says so; never guessed. */
  date: string | null;
  outlet: string | null;
  url: string | null;
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
}
