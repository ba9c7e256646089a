/**
 * answer(library, question): the sentences that answer a question, ranked, each with its
 * citation, or an honest "the articles don't say".
 *
 * Per question: analyse it (type, answer kind, terms and paraphrases, names carried from a
 * previous question), retrieve the best CANDIDATES sentences by BM25 through one call
 * (`retrieve`), rerank that bounded list, decide whether the best is good enough to quote, then
 * shape the top quotes: near-duplicates from other outlets folded in as "also reported by",
 * context for quotes that point back, and a note when outlets give different figures.
 */
import { SPEAKER_ELSEWHERE } from "./speechType.js";
import type { Article, Sentence } from "../article.js";
import { candidateNamesRole, roleAsked } from "./roleOwner.js";
import { headlineHolds } from "./headline.js";
import { pointingBack, retrieve } from "./retrieve.js";
export { retrievalTerms, retrieve, TRAINING_CANDIDATES } from "./retrieve.js";
import { holdsTerm, type Library } from "../library.js";
import { readsAsName } from "./oneCaseNames.js";
import { holdsNameInOtherWords, namesWrittenOtherwise } from "./nameMeanings.js";
import { sentenceAt, type ScoredSentence } from "../index/sentenceIndex.js";
import { analyzeQuestion, type AnalyzedQuestion, type QuestionContext } from "./analyzeQuestion.js";
import { isSingleCase } from "./questionText.js";
import { confidenceOf, minConfidence, minPredicateShare, typeMatchOf } from "./confidence.js";
import { ablated } from "./ablation.js";
import { trainedModels } from "../rank/model.js";
import { isWeakQuote } from "../rank/quoteGap.js";
import { isCommonAbbreviation } from "./askedNames.js";
import { contextSentence } from "./context.js";
import { claimTerms, sameClaim, type ClaimTerms } from "./corroborate.js";
import { findDisagreement, type Disagreement } from "./disagreement.js";
import { followUpContext, topicNames } from "./followUp.js";
import { unknownAcronyms, writeOutAcronyms } from "./acronyms.js";
import { articleHoldsYears, askedYears } from "./askedYears.js";
import {
  readCandidates,
  rerankContext,
  scoreCandidates,
  type Candidate,
  type RerankContext,
} from "./rerank.js";

export interface SentenceRef {
  article: Article;
  sentence: Sentence;
}

export interface Quote {
  /** The cited sentence, verbatim (always `sentence.text`). */
  text: string;
  score: number;
  article: Article;
  sentence: Sentence;
  /** Other outlets' sentences that state the same claim in near-identical words. */
  alsoReportedBy?: SentenceRef[];
  /**
   * For a quote that points back ("He said…", a bare quotation): the sentence before it in the
   * same article, which names who or what it is about. Shown beside the quote, never in it.
   */
  context?: string | null;
  contextSentence?: Sentence | null;
  /**
   * A quote after the first scoring far below it (`quoteGap` in weights.json, chosen on the dev
   * sets): seldom an answer, so a reply leaves it out; the CLI's JSON keeps it, marked.
   */
  weak?: boolean;
}

/** Fields added after the first release are optional in the type (older code builds Answers too); answer() always sets them. */
export interface Answer {
  question: string;
  answered: boolean;
  quotes: Quote[];
  /**
   * Why nothing was quoted, when nothing was: no question; no sentence shares its words; the best
   * sentence is not likely enough to answer it; it names things no article mentions; or it asks
   * for a date, a figure or a place and no sentence on its topic holds one; or it was restricted
   * to an article the library does not have.
   */
  reason:
    | "empty-question"
    | "no-match"
    | "low-confidence"
    | "unknown-names"
    | "no-answer-of-kind"
    | "unknown-article"
    | null;
  /** How sure the engine is that the first quote answers the question (0…1). */
  confidence?: number;
  /** Outlets giving different figures for the same claim, when they do. */
  disagreement?: Disagreement | null;
  /** A one-line note for the reader (the disagreement, if any). */
  note?: string | null;
  /** Index terms of the names this exchange is about: what a follow-up ("what did he say?") refers to. */
  topicNames?: string[];
}

export interface AnswerOptions {
  /** How many quotes at most (default 3). */
  top?: number;
  /** Only quote this article. */
  articleId?: string;
  /** The exchange before this one, for follow-ups that say "he" or name no one. */
  previous?: { question: string; answer?: Answer };
}

export const DEFAULT_TOP = 3;
/**
 * How many of the best candidates are read for quotes and their corroborations: a rewrite of a
 * picked claim scores like it, so it is among these; the rest are not worth comparing.
 */
const CORROBORATION_WINDOW = 30;
/** Above this share of the question's weight in names no article contains, it is off-topic. */
export const MAX_UNKNOWN_NAME_SHARE = 0.25;

/**
 * A question analysed against the library: one-case words cased as the articles write them, slips
 * read as their terms and names (analyzeQuestion's knownNames, knownTerm and writtenAsName).
 */
export function readQuestion(library: Library, text: string, context?: QuestionContext): AnalyzedQuestion {
  return analyzeQuestion(
    text,
    context,
    library.names,
    (term) => holdsTerm(library, term),
    (term, word, counted, terms) => readsAsName(library, term, word, counted, terms),
  );
}

export function answer(library: Library, question: string, options: AnswerOptions = {}): Answer {
  const top = Math.max(1, Math.min(options.top ?? DEFAULT_TOP, 25));
  const holds = (term: string) => holdsTerm(library, term);
  const read = (text: string) =>
    readQuestion(library, text, options.previous ? followUpContext(options.previous) : undefined);
  const asked = read(question);
  const articleFilter = options.articleId ? library.byId.get(options.articleId) : undefined;
  const articleIndex = articleFilter ? library.articles.indexOf(articleFilter) : -1;
  // "What did the NTSB say": capitals no article has, for a name the articles write out — one of
  // those the rest of the question finds.
  const unknown = new Set(asked.concepts.flatMap((c) => (c.framing || holds(c.term) ? [] : [c.term])));
  const acronyms = ablated("unknown-names") ? [] : unknownAcronyms(question, unknown);
  const writtenOut =
    acronyms.length > 0
      ? writeOutAcronyms(library, question, acronyms, candidateArticles(library, asked, articleIndex))
      : null;
  const analyzed = writtenOut ? read(writtenOut) : asked;
  const base: Answer = {
    question: asked.text,
    answered: false,
    quotes: [],
    reason: null,
    confidence: 0,
    disagreement: null,
    note: null,
    topicNames: topicNames(analyzed, null),
  };
  if (analyzed.concepts.length === 0) return { ...base, reason: "empty-question" };

  const context = rerankContext(library, analyzed, articleIndex >= 0);
  if (!ablated("unknown-names") && unknownNameShare(context) > MAX_UNKNOWN_NAME_SHARE)
    return { ...base, reason: "unknown-names" };

  const found = retrieve(library, analyzed, articleIndex);
  const ranked = rankCandidates(context, found);
  if (ranked.length === 0) return { ...base, reason: "no-match" };
  // "How high will the satellite orbit": where no sentence found holds a figure, date or place of
  // the kind asked, the one right after a found one may, pointing back to it ("It will monitor
  // crops… from an altitude of 550 km"). Asked of one article, those are among the found already.
  const typed = answerableCandidates(context, ranked);
  const candidates =
    typed.length > 0 || articleIndex >= 0 || !FIGURE_KINDS.has(analyzed.kind)
      ? typed
      : answerableCandidates(context, rankCandidates(context, pointingBack(library, found)));
  const best = candidates[0];
  if (!best) return { ...base, reason: "no-answer-of-kind" };
  const confidence = round(confidenceOf(context, candidates));
  if (!ablated("confidence") && confidence < minConfidence(context.restricted))
    return { ...base, confidence, reason: "low-confidence" };

  const picked = pickQuotes(library, candidates, top);
  const quotes = picked.map((p) => p.quote);
  // Only figures the reply shows are compared: a weak quote is left out of it, and its figure is
  // seldom the same thing's ("met three times" against "struck four times").
  const disagreement =
    analyzed.kind === "number"
      ? findDisagreement(
          picked
            .filter((p) => !p.quote.weak)
            .map((p) => ({
              article: p.quote.article,
              sentence: p.quote.sentence,
              figure: p.candidate.answerSpan?.text ?? null,
              sameSubject: p.candidate.namesMatched,
              byUnit: p.candidate.answerByUnit,
              type: p.candidate.answerSpan?.type ?? null,
            })),
        )
      : null;
  return {
    ...base,
    answered: quotes.length > 0,
    quotes,
    reason: quotes.length ? null : "no-match",
    confidence,
    disagreement,
    note: disagreement?.note ?? null,
    topicNames: topicNames(analyzed, quotes[0]?.sentence ?? null),
  };
}

/** The articles of the question's candidates, best first, each once. */
function candidateArticles(library: Library, question: AnalyzedQuestion, article: number): number[] {
  if (article >= 0) return [article];
  const articles = new Set<number>();
  for (const found of retrieve(library, question)) {
    const ref = sentenceAt(library.index, found.doc);
    if (ref) articles.add(ref.article);
  }
  return [...articles];
}

/**
 * Kinds whose answer is a figure, a date or a place: it comes with some of what it is the figure,
 * date or place of (answerableCandidates), and a sentence pointing back to a found one may hold it.
 */
const FIGURE_KINDS: ReadonlySet<AnalyzedQuestion["kind"]> = new Set(["number", "date", "place"]);

/**
 * Kinds of question only a sentence holding that kind of answer can answer: a date for "when", a
 * figure for "how many / how much", a place for "where", a person for "who hosted…", the named
 * speaker speaking for "what did X say", the name written out for "what does X stand for", a name
 * the question lacks for "what was the name of the ship" — and,
 * for a date, figure or place, enough of the thing it would be the date, figure or place of
 * (answerType.ts's predicateShare) and, asked of the whole library, one of the names it is about.
 * A yes-or-no question ("did Rubio ever run for president") must have some of its predicate too:
 * a sentence holding only its names says nothing either way. Others are answered by any sentence.
 */
const TYPED_KINDS: ReadonlySet<AnalyzedQuestion["kind"]> = new Set([
  "date",
  "number",
  "place",
  "person",
  "speech",
  "expansion",
  "name",
]);

/**
 * The candidates that can answer the question: for a typed kind, those holding its kind of answer;
 * for a yes-or-no question, those holding some of its predicate.
 * @param minPredicate how much of its predicate a date, figure, place or yes-or-no answer must come with (chosen by `npm run train`)
 */
export function answerableCandidates(
  context: RerankContext,
  ranked: readonly Candidate[],
  minPredicate = minPredicateShare(context.restricted),
): Candidate[] {
  if (ablated("typed-abstention") || ablated("answer-type")) return [...ranked];
  // Whose role a title is, the title chains of every candidate's article say (roleOwner.ts).
  const everyCandidate = ranked;
  // "How many people were killed in 2024": not in an article that neither mentions 2024 nor was written then.
  const years = askedYears(context.question);
  if (years.length > 0)
    ranked = ranked.filter((candidate) => articleHoldsYears(context.library, candidate.article, years));
  if (context.question.type === "yes-no")
    return ranked.filter((candidate) => candidate.predicateShare >= minPredicate);
  if (!TYPED_KINDS.has(context.question.kind)) return [...ranked];
  const { kind, speakers } = context.question;
  // "Who is Germany's foreign minister": only a sentence naming Germany's (or an unowned one).
  const role = kind === "person" || kind === "speech" ? roleAsked(context, everyCandidate) : null;
  // "What did Macron say": only a sentence where Macron speaks; "what was said about X": any;
  // "what did the prime minister say": any but those naming only another minister.
  if (kind === "speech" && speakers.length === 0)
    return role ? ranked.filter((candidate) => candidateNamesRole(context, role, candidate)) : [...ranked];
  const needsPredicate = FIGURE_KINDS.has(kind);
  // "How many children does Rubio have": a figure in a sentence without Rubio is no figure of his.
  // (Asked of one article, the article is on its subject: "It has 2.1 million inhabitants".)
  const needsName = needsPredicate && !context.restricted;
  // "What is the population of Lorrick": a figure that is a population, not "seven people were
  // treated… and two taken to Lorrick" (givesPopulation, true for any other question).
  const typed = ranked.filter(
    (candidate) =>
      (!needsPredicate || candidate.predicateShare >= minPredicate) &&
      // "How many soldiers were killed": not a sentence giving only a toll of people (figureCounts.ts's countedUnit).
      candidate.unitHeld &&
      (!needsName || candidate.namesHeld || headlineNames(context, candidate)) &&
      candidate.givesPopulation &&
      typeMatchOf(context, candidate) > 0 &&
      !(kind === "speech" && candidate.features.typeSpeech === SPEAKER_ELSEWHERE) &&
      (!role || candidateNamesRole(context, role, candidate)),
  );
  // "What does AARP stand for": where a sentence writes the name out, one only saying it is an
  // acronym ("the world's worst acronym") does not answer.
  if (kind === "expansion") {
    const writtenOut = typed.filter((candidate) => candidate.features.acronym >= 1);
    if (writtenOut.length > 0) return writtenOut;
  }
  return typed;
}

/**
 * Whether the candidate's article has a headline of its own naming what the question asks about:
 * "how many people were evacuated after the Harrowmere Dam failed" is answered in an article
 * headlined about the dam, though its sentence says only "three towns".
 */
function headlineNames(context: RerankContext, candidate: Candidate): boolean {
  const article = context.library.articles[candidate.article];
  return (
    article !== undefined &&
    context.askedNames.some((i) => headlineHolds(article, context.question.concepts[i]?.term ?? ""))
  );
}

/** The retrieved sentences reranked, best first. */
export function rankCandidates(context: RerankContext, scored: readonly ScoredSentence[]): Candidate[] {
  return scoreCandidates(readCandidates(context, scored));
}

interface Picked {
  quote: Quote;
  /** The quote's `alsoReportedBy`, filled while later candidates are read. */
  also: SentenceRef[];
  candidate: Candidate;
  claim: ClaimTerms;
}

/**
 * The top quotes, each a different piece of information: a candidate stating the same claim as
 * a quote already picked is attached to it as "also reported by" (another outlet) or dropped
 * (the same article repeating itself).
 */
function pickQuotes(library: Library, candidates: readonly Candidate[], top: number): Picked[] {
  const picked: Picked[] = [];
  const gap = trainedModels().quoteGap;
  for (const candidate of candidates.slice(0, Math.max(CORROBORATION_WINDOW, top * 4))) {
    const article = library.articles[candidate.article];
    if (!article) continue;
    const claim = claimTerms(library, candidate.sentence);
    const same = picked.find(
      (p) =>
        p.quote.text === candidate.sentence.text || (!ablated("corroboration") && sameClaim(p.claim, claim)),
    );
    if (same) {
      const known = [same.quote.article, ...same.also.map((r) => r.article)];
      if (!known.includes(article)) same.also.push({ article, sentence: candidate.sentence });
      continue;
    }
    if (picked.length >= top) continue;
    const previous = contextSentence(article.sentences, candidate.index);
    const also: SentenceRef[] = [];
    picked.push({
      candidate,
      claim,
      also,
      quote: {
        text: candidate.sentence.text,
        score: round(candidate.final),
        article,
        sentence: candidate.sentence,
        alsoReportedBy: also,
        context: previous?.text ?? null,
        contextSentence: previous,
        weak: picked.length > 0 && isWeakQuote((picked[0] as Picked).candidate.final, candidate.final, gap),
      },
    });
  }
  return picked;
}

/** Share of the question's weight in names that no sentence of the library contains. */
export function unknownNameShare(context: RerankContext): number {
  const { library, question } = context;
  const absent = (i: number) => {
    const concept = question.concepts[i];
    return concept !== undefined && !concept.framing && !library.index.postings.has(concept.term);
  };
  // Typed in one case, a name the articles lack has no capitals to show it: two words side by
  // side that no article has ("who won the champions league final") are read as one — unless
  // one is a verb ("was anybody killed", "which politician wants…"), which no name has.
  const unnamed = new Set<number>();
  if (isSingleCase(question.text))
    question.concepts.forEach((concept, i) => {
      const next = question.concepts[i + 1];
      if (concept.token === undefined || next?.token !== concept.token + 1) return;
      // (A phrasal verb the tagger took for a noun, "the chief step down", is a verb too.)
      if (!nameLike(concept) || !nameLike(next)) return;
      // "How many vehicles use the bridge": what a how-many question counts is no name.
      if (question.type === "how-many" && (concept.unit || next.unit)) return;
      if (!concept.isName && !next.isName && absent(i) && absent(i + 1)) unnamed.add(i).add(i + 1);
    });
  // "The Gaza Strip", where the articles write "Gaza": no word of it is unknown (looked up only
  // once a name is missing).
  let writtenOtherwise: Set<number> | undefined;
  let unknown = 0;
  question.concepts.forEach((concept, i) => {
    // A name in the words around the question ("I read it in the Kyiv Independent.") is not asked about.
    const unknownName =
      concept.isName &&
      concept.source !== "context" &&
      absent(i) &&
      !(writtenOtherwise ??= namesWrittenOtherwise(library, question)).has(i) &&
      !isCommonAbbreviation(concept.term, question.text) &&
      !holdsNameInOtherWords(library, concept.term);
    if (unknownName || unnamed.has(i)) unknown += context.conceptWeight[i] as number;
  });
  return context.totalWeight > 0 ? unknown / context.totalWeight : 0;
}

/**
 * Whether a one-case question's word may be part of a name: not a verb, an adverb ("actually
 * sat down"), a pronoun ("did anybody storm out"), a phrasal verb or a phrase term.
 */
function nameLike(concept: AnalyzedQuestion["concepts"][number]): boolean {
  return (
    !concept.verb && !concept.adverb && !concept.pronoun && !isPhrasal(concept) && !isFixedPhrase(concept)
  );
}

/**
 * A term of several words, such as a phrase of the paraphrase table ("sit down with", "walk
 * away"): words, never half of a name.
 */
function isFixedPhrase(concept: AnalyzedQuestion["concepts"][number]): boolean {
  return concept.term.includes(" ");
}

/** A concept read as a phrasal verb ("step down"). */
function isPhrasal(concept: AnalyzedQuestion["concepts"][number]): boolean {
  return concept.sense?.includes(" ") ?? false;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
