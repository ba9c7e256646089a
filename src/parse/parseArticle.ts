/**
 * One article file's text → an Article: metadata (date, headline, links) apart from the answer
 * sentences, boilerplate dropped, headings kept as headings, every sentence with its offsets.
 */
import type { Article, ArticleMeta, Sentence } from "../article.js";
import { analyzeText, type AnalyzedSentence, type AnalyzedToken } from "../nlp/wink.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { attachFootnoteMarks, joinQuoteAttributions } from "../nlp/sentenceBounds.js";
import { termsOf, WORD_CHAR } from "../text/terms.js";
import { collapseWhitespace } from "../text/normalize.js";
import { sentenceFeatures } from "../text/sentenceFeatures.js";
import { OverviewCollector } from "../overview/articleOverview.js";
import { unnameCommonOpeners, type SentenceTerms } from "./openingNames.js";
import {
  DATE_PREFIX,
  headingText,
  isBoilerplate,
  isHeadingLine,
  listMarkerLength,
  opensAsHeadline,
  isPromotion,
  linkLineUrls,
} from "./lineKinds.js";

export interface ArticleInput {
  /** File name inside the article folder, e.g. `001_30adab4a3c73e80a.txt`. */
  file: string;
  /** The file's decoded text (offsets are into this string). */
  text: string;
  /** Moderator-provided metadata (the sidecar); wins over what the text says. */
  meta?: Partial<Omit<ArticleMeta, "titleSource">>;
}

/** The entity types of the tokens, each once, in order of appearance. */
function entityTypes(tokens: readonly AnalyzedToken[]): string[] {
  const types = new Set<string>();
  for (const token of tokens) if (token.entity) types.add(token.entity);
  return [...types];
}

/** A sentence as read from its line, before its features (openingNames.ts needs the whole article first). */
interface ReadSentence extends SentenceTerms {
  analyzed: AnalyzedSentence;
  /** Its line's text after any list marker, where that text starts, its paragraph and heading. */
  content: string;
  start: number;
  paragraph: number;
  heading: string | null;
  text: string;
}

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/gu;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === "") break;
    lines.push({ text: match[0].replace(/[\r\n]+$/u, ""), start: match.index });
  }
  return lines;
}

/** A real calendar date in YYYY-MM-DD form, else null: a date is metadata only when it is valid. */
export function validIsoDate(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : null;
}

/** The article id: its file name without the extension. */
export function articleIdFromFile(file: string): string {
  return file.replace(/\.(?:txt|md)$/iu, "");
}

const TITLE_LENGTH = 80;

/** A short title from the first sentence, cut at a word boundary. */
export function deriveTitle(firstSentence: string | undefined, file: string): string {
  if (!firstSentence) return articleIdFromFile(file);
  const text = firstSentence.replace(/^[\s"'“‘]+/u, "");
  if (text.length <= TITLE_LENGTH) return text;
  const cut = text.slice(0, TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:—–-]+$/u, "")}…`;
}

export function parseArticle(input: ArticleInput): Article {
  const { file, text } = input;
  let date: string | null = null;
  let headline: string | null = null;
  let heading: string | null = null;
  let paragraph = 0;
  const links: string[] = [];
  const headings: string[] = [];
  const sentences: Sentence[] = [];
  const read: ReadSentence[] = [];
  const overview = new OverviewCollector();
  let seenContent = false;
  // The date prefix may open the first line, or the first line after a headline.
  let dateMayFollow = false;

  const lines = splitLines(text).filter((line) => line.text.trim() !== "");
  for (const [i, line] of lines.entries()) {
    let content = line.text;
    let start = line.start;
    if (!seenContent || dateMayFollow) {
      const first = !seenContent;
      seenContent = true;
      dateMayFollow = false;
      const prefix = DATE_PREFIX.exec(content);
      if (prefix) {
        date = validIsoDate(prefix[1]);
        start += prefix[0].length;
        content = content.slice(prefix[0].length);
        // "date 2025-03-11" on a line of its own.
        if (content.trim() === "") continue;
      } else if (first && opensAsHeadline(content, lines[i + 1]?.text)) {
        headline = headingText(content);
        dateMayFollow = true;
        continue;
      }
    }
    const urls = linkLineUrls(content);
    if (urls) {
      links.push(...urls);
      continue;
    }
    // A list item's text is read without its marker, and is never a heading.
    const marker = listMarkerLength(content);
    start += marker;
    content = content.slice(marker);
    if (isBoilerplate(content) || isPromotion(content)) continue;
    if (marker === 0 && isHeadingLine(content)) {
      heading = headingText(content);
      headings.push(heading);
      continue;
    }
    for (const analyzed of attachFootnoteMarks(joinQuoteAttributions(analyzeText(content)))) {
      if (!analyzed.tokens.some((token) => WORD_CHAR.test(token.text))) continue;
      const sentenceText = collapseWhitespace(content.slice(analyzed.start, analyzed.end));
      // A paragraph may end with "Subscribe to …": that sentence goes, the others keep their offsets.
      if (isPromotion(sentenceText)) continue;
      read.push({
        analyzed,
        terms: termsOf(analyzed.tokens),
        tokens: analyzed.tokens,
        content,
        start,
        paragraph,
        heading,
        text: sentenceText,
      });
    }
    paragraph++;
  }

  // Which capitalised words opening a sentence are names is read from the whole article.
  const openers = unnameCommonOpeners(read, defaultLexicon());
  for (const [i, { analyzed, terms, content, start, paragraph, heading, text }] of read.entries()) {
    const openerAt = openers[i] as number;
    const sentence: Sentence = {
      n: sentences.length + 1,
      text,
      start: start + analyzed.start,
      end: start + analyzed.end,
      paragraph,
      heading,
      terms: terms.map((t) => t.term),
      entities: entityTypes(analyzed.tokens),
      ...sentenceFeatures(analyzed.tokens, terms, text),
      ...(openerAt >= 0 ? { openerAt } : {}),
    };
    sentences.push(sentence);
    overview.add(
      sentence,
      analyzed.tokens,
      content,
      terms.map((t) => t.token),
    );
  }

  const meta = input.meta ?? {};
  const names = namesOf(sentences);
  const title = meta.title ?? headline ?? deriveTitle(sentences[0]?.text, file);
  const articleDate = validIsoDate(meta.date) ?? date;
  return {
    id: articleIdFromFile(file),
    file,
    title,
    titleSource: meta.title ? "sidecar" : headline ? "headline" : "derived",
    date: articleDate,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    links: [...new Set(links)],
    headings,
    paragraphCount: paragraph,
    sentences,
    names,
    overview: overview.finish(articleDate),
  };
}

/** Terms written as names in more than half of their uses in these sentences, sorted. */
function namesOf(sentences: readonly Sentence[]): string[] {
  const asName = new Map<string, number>();
  const opening = new Map<string, number>();
  for (const sentence of sentences) {
    for (const at of sentence.nameAt ?? []) {
      const term = sentence.terms[at] as string;
      asName.set(term, (asName.get(term) ?? 0) + 1);
      // A sentence's first word is capitalised whatever it is ("Rescuers said…").
      if (at === 0) opening.set(term, (opening.get(term) ?? 0) + 1);
    }
  }
  // Uses are counted only for terms written as a name somewhere: a small map, quick to look up.
  const uses = new Map<string, number>();
  for (const sentence of sentences) {
    for (const term of sentence.terms) if (asName.has(term)) uses.set(term, (uses.get(term) ?? 0) + 1);
  }
  // A name opening a sentence counts only for a term the article never writes otherwise.
  return [...asName]
    .filter(([term, n]) => {
      const all = uses.get(term) ?? 0;
      return n === all || (n - (opening.get(term) ?? 0)) * 2 > all;
    })
    .map(([term]) => term)
    .sort();
}
