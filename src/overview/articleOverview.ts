/**
 * Computed once per article while it is parsed: every date expression placed on the calendar
 * against the article's date, and which sentences can't stand alone in a summary. Stored with
 * the article, so a summary or a timeline over thousands of articles reads neither the sentences
 * nor wink again.
 */
import type { Article, ArticleOverview, DateMention, Sentence } from "../article.js";
import { analyzeText, type AnalyzedToken } from "../nlp/wink.js";
import { termsOf } from "../text/terms.js";
import type { FoundDate } from "./dateForms.js";
import { findDates } from "./findDates.js";
import { resolveDate } from "./resolveDate.js";

const MIN_WORDS = 8;
const MAX_WORDS = 70;
const CONJUNCTION_OPENER = /^(?:and|but|or|so|yet|nor)\b/iu;
/**
 * "The report was contributed by …", "Additional reporting by …": credits, not news. (`(?<!\w)`
 * is `\b` before a letter, and much faster here: see CAUSE_PATTERN.)
 */
const CREDIT =
  /(?<!\w)(?:contributed\s+(?:to\s+)?(?:this|the)\s+report|report\s+was\s+contributed|(?:additional\s+)?reporting\s+by|editing\s+by|writing\s+by)\b/iu;
/** Every credit has "report" or "by" in it (in ASCII letters: the u flag folds none of them to others). */
const MAY_BE_CREDIT = /report|by/i;
const CLOSING_QUOTE = /["”″’']\s*$/u;

/** Whether a sentence needs the sentences around it to make sense (see ArticleOverview.dependent). */
export function isDependent(sentence: Pick<Sentence, "text" | "cues">): boolean {
  const text = sentence.text;
  // Sentence texts have their whitespace collapsed: words are spaces + 1.
  let words = 1;
  for (let i = text.indexOf(" "); i >= 0 && words <= MAX_WORDS; i = text.indexOf(" ", i + 1)) words++;
  if (words < MIN_WORDS || words > MAX_WORDS) return true;
  if (text.endsWith("?")) return true;
  const cues = sentence.cues ?? [];
  if (cues.includes("opens-with-pronoun") || cues.includes("pronoun-speaker")) return true;
  // A quotation with nobody named: "“It’s not our war.”"
  if (cues.includes("opens-with-quote") && CLOSING_QUOTE.test(text)) return true;
  return CONJUNCTION_OPENER.test(text) || (MAY_BE_CREDIT.test(text) && CREDIT.test(text));
}

/** Tokens on each side of a date phrase whose terms say what happened then. */
const AROUND = 7;

/** Positions of the terms whose tokens lie within AROUND of the phrase, the phrase's own left out. */
function termsAround(termTokens: readonly number[], date: FoundDate): number[] {
  const around: number[] = [];
  termTokens.forEach((token, position) => {
    const near = token >= date.from - AROUND && token < date.to + AROUND;
    if (near && (token < date.from || token >= date.to)) around.push(position);
  });
  return around;
}

/** Collects an article's date expressions and dependent sentences while the parser walks it. */
export class OverviewCollector {
  readonly #found: { sentence: number; date: FoundDate; around: number[] }[] = [];
  readonly #dependent: number[] = [];

  /**
   * One parsed sentence, with the tokens and text it was analysed from, and the token each of
   * its terms came from (Term.token).
   */
  add(
    sentence: Sentence,
    tokens: readonly AnalyzedToken[],
    text: string,
    termTokens: readonly number[],
  ): void {
    for (const date of findDates(tokens, text)) {
      this.#found.push({ sentence: sentence.n, date, around: termsAround(termTokens, date) });
    }
    if (isDependent(sentence)) this.#dependent.push(sentence.n);
  }

  /** The overview, dates placed against the article's final date (the text's or the sidecar's). */
  finish(articleDate: string | null): ArticleOverview {
    const dates: DateMention[] = this.#found.map(({ sentence, date, around }) => {
      const resolved = resolveDate(date.form, date.tense, articleDate);
      return {
        sentence,
        phrase: date.phrase,
        date: resolved?.date ?? null,
        precision: resolved?.precision ?? null,
        around,
      };
    });
    return { dates, dependent: this.#dependent };
  }
}

const computed = new WeakMap<Article, ArticleOverview>();

/**
 * The article's overview: as parsed, or worked out now for an article built without one (a
 * fixture, an older store) from its sentences, once per article object.
 */
export function overviewOf(article: Article): ArticleOverview {
  if (article.overview) return article.overview;
  let overview = computed.get(article);
  if (!overview) {
    const collector = new OverviewCollector();
    for (const sentence of article.sentences) {
      const tokens = analyzeText(sentence.text).flatMap((s) => s.tokens);
      collector.add(
        sentence,
        tokens,
        sentence.text,
        termsOf(tokens).map((term) => term.token),
      );
    }
    overview = collector.finish(article.date);
    computed.set(article, overview);
  }
  return overview;
}
