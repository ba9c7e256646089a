/**
 * Whether a sentence holds the figure, date or span of time a question asks for: a date near the
 * topic for "when", a figure counting the question's unit for "how many", a span of time for "how
 * long", an amount of money, an age, a measure with its unit. Part of the answer-type check
 * (answerType.ts); what a figure counts is figureCounts.ts's to say. Each check reads only the
 * sentence's stored terms, entities and text.
 */
import type { EntitySpan, Sentence } from "../article.js";
import { NUMBER_MASK } from "../nlp/wink.js";
import { wordTerm } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { LINEAR_UNIT, MASS_UNIT } from "../lexicon/relations.js";
import type { AnswerTypeMatch, TypeContext } from "./answerType.js";
import { DIMENSIONS, howWord, PERCENT_QUESTION } from "./questionKind.js";
import { MONEY_CLASSES } from "./questionFocus.js";
import { distanceTo, nearness, nearTopic } from "./nearness.js";
import { ofAnotherSize } from "./figureSize.js";
import {
  HOW_MUCH,
  NAME_THEN_AGE,
  SUMS,
  countOfOne,
  countsOtherToll,
  countsSomethingElse,
  isCurrency,
  isPeople,
  isUnitOfMeasure,
  UNIT_CLASS,
} from "./figureCounts.js";
import {
  OTHER_GRAIN,
  RELATIVE_TIME_CREDIT,
  TIME_STAMP,
  TIME_STAMP_CREDIT,
  boundsSpan,
  dateGrain,
  datelineWords,
  holdsGrain,
  isRelativeTime,
  precededBy,
  textAfter,
  textBefore,
} from "./dateSpans.js";

/** Units of time: "how many days" is answered by a duration. */
const TIME_UNITS: ReadonlySet<string> = new Set(
  ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"].map((w) => wordTerm(w)),
);

/** What answers "how many days": a figure, or a span of time. */
const NUMBER_OR_TIME = ["CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DURATION"];

/** What a date or an ordinal counts for as the answer to "how long" (a span of time counts 1); chosen by cross-validation over 0.25 / 0.5 / 0.75. */
const DATE_FOR_SPAN = 0.25;

/**
 * Whether an entity is of a wanted type. A number written "<num>" (TrecQA masks its numbers) is
 * read as a year when it stands alone ("worth $<num>" tags as a date): it may be a figure too.
 */
function isWanted(span: EntitySpan, wanted: readonly string[]): boolean {
  if (wanted.includes(span.type)) return true;
  return span.type === "DATE" && wanted.includes("CARDINAL") && MASKED_FIGURE.test(span.text);
}
const MASKED_FIGURE = new RegExp(`^\\W*${NUMBER_MASK}\\W*$`, "u");

/** Entity types that answer each kind of question. */
const ENTITY_KINDS: Partial<Record<AnalyzedQuestion["kind"], readonly string[]>> = {
  date: ["DATE", "TIME"],
  number: ["CARDINAL", "MONEY", "PERCENT", "QUANTITY"],
  duration: ["DURATION", "DATE", "ORDINAL"],
};

/** The kinds of question a figure, a date or a span of time answers. */
export function asksForFigure(kind: AnalyzedQuestion["kind"]): boolean {
  return kind === "date" || kind === "number" || kind === "duration";
}

/**
 * The figure, date or span of time closest to the topic that answers the question (see
 * asksForFigure), if any.
 * @param positions where each question concept occurs in the sentence's terms
 * @param credit how much each concept is matched (0 when not at all)
 * @param topic positions of the question's topic concepts
 * @param population where the sentence gives a population a population question asks for (populationAt), or -1
 */
export function figureMatch(
  context: TypeContext,
  sentence: Sentence,
  positions: readonly number[][],
  credit: readonly number[],
  topic: readonly number[],
  population: number,
): AnswerTypeMatch {
  const { question } = context;
  // A figure is measured against what is counted ("injured"), not the unit ("people").
  const counted = question.concepts.flatMap((c, i) =>
    c.framing || c.unit ? [] : (positions[i] as number[]),
  );
  // "What is the population of Gaza": a population is the figure of the place it is written of
  // ("the besieged territory of 2.4 million people"; `population`, from rerank.ts).
  if (population >= 0) counted.push(population);
  // …unless the sentence counts the unit itself, in the question's own word: "six children".
  const unitAt = question.concepts.flatMap((c, i) =>
    c.unit && credit[i] === 1 ? (positions[i] as number[]) : [],
  );
  // "How many days…" is answered by a span of time ("three days after…").
  const countsTime =
    question.kind === "number" && question.concepts.some((c) => c.unit && TIME_UNITS.has(c.term));
  const wanted = countsTime ? NUMBER_OR_TIME : (ENTITY_KINDS[question.kind] ?? []);
  // "What is the population of Paris": a figure of something asked about, not one near the
  // amount's own word alone ("a densely populated neighbourhood four times").
  // A sentence opening with a pronoun ("It has a range of about 10 metres") speaks of what the
  // one before named, and any sentence of an article the question is asked of speaks of its
  // subject ("Adults reach about 100 centimetres in height"): their figures are of that.
  const amountOf = question.type === "what" && question.concepts.some((c) => c.unit);
  if (
    amountOf &&
    counted.length === 0 &&
    question.concepts.some((c) => !c.unit && !c.framing) &&
    !context.restricted &&
    !sentence.cues?.includes("opens-with-pronoun")
  )
    return { score: 0, span: null, byUnit: false };
  const found =
    unitCount(context, sentence, unitAt, wanted) ??
    measure(context, sentence, topic, wanted) ??
    // "How tall is Lincoln": only a figure with its unit answers, not "eleven states".
    (question.kind === "number" && context.measure === "size"
      ? { score: 0, span: null, byUnit: false }
      : entityMatch(context, sentence, counted.length ? counted : topic, wanted));
  // "How many were hurt": "…, killing a customer and wounding an employee" counts one each.
  const match =
    found.score === 0 && question.kind === "number" && !countsTime
      ? countOfOne(context, sentence, counted.length ? counted : topic)
      : found;
  // "When did they speak": "after the Paris talks" says when, if no date does.
  if (
    match.score === 0 &&
    question.kind === "date" &&
    WHEN.test(question.read) &&
    EVENT_TIME.test(sentence.text)
  )
    return { score: EVENT_TIME_CREDIT, span: null, byUnit: false };
  return match;
}

/** A question asking "when", not for a day or a year ("what day…"). */
const WHEN = /^\W*when\b/iu;
/** A time given by an event: "after the talks", "hours before the vote", "when they spoke". */
const EVENT_TIME =
  /\b(?:after|before|during|following|ahead\s+of|in\s+the\s+wake\s+of)\s+(?:the|a|an|his|her|their|its|this|that|last|each)\b|\bwhen\s+(?:he|she|they|it|we|the)\b/iu;
/** What an event's time counts for a "when" question without a date (a date far from the topic counts 0.3). */
const EVENT_TIME_CREDIT = 0.3;

/**
 * The wanted entity closest to the topic; an entity the question itself names ("in 2022") is not
 * the answer — unless it is a masked number ("<num>"), which the question cannot have named.
 */
function entityMatch(
  context: TypeContext,
  sentence: Sentence,
  topic: readonly number[],
  wanted: readonly string[],
): AnswerTypeMatch {
  let best: AnswerTypeMatch = { score: 0, span: null, byUnit: false };
  const units = context.question.concepts.filter((c) => c.unit);
  // The counted unit is not what a figure names: "three days" for "how many days".
  const isUnit = (term: string) => units.some((c) => c.term === term);
  let dateline = -1;
  let stamped = false;
  const grainAsked = context.question.kind === "date" ? dateGrain(context.question.read) : null;
  for (const span of sentence.entitySpans ?? []) {
    // "When is the report due": "within twelve months" says when, from the day of the report.
    const relative =
      context.question.kind === "date" && span.type === "DURATION" && isRelativeTime(sentence.text, span);
    if (!relative && !isWanted(span, wanted)) continue;
    if (context.question.kind === "number" && countsSomethingElse(context, sentence, span, units)) continue;
    // "SHANGHAI, March 3 (Xinhua) --": the day of the report, not of what it reports. A live
    // report's "14:05 —" is both, and says when only where nothing else does.
    let stamp = 1;
    if (span.type === "DATE" || span.type === "TIME") {
      if (dateline < 0) {
        stamped = TIME_STAMP.test(sentence.text);
        dateline = stamped ? 1 : datelineWords(sentence.text);
      }
      if (span.from < dateline) {
        if (!stamped) continue;
        stamp = TIME_STAMP_CREDIT;
      }
    }
    const spanTerms = sentence.terms.slice(span.from, span.to).filter((t) => !isUnit(t));
    if (
      spanTerms.length > 0 &&
      !span.text.includes(NUMBER_MASK) &&
      spanTerms.every((t) => context.questionTerms.has(t))
    )
      continue;
    // "How long…": a date says how long only where it bounds a span ("since 2022", "from 794");
    // "on Thursday" or "in July" does not.
    if (context.question.kind === "duration" && span.type === "DATE" && !boundsSpan(sentence.text, span))
      continue;
    const distance = spanDistance(span, topic);
    // "How long…" is answered by a span of time ("three days"); a date or an ordinal only bounds
    // one ("since 2022", "the third day"), and holds less of the answer.
    const bound = context.question.kind === "duration" && span.type !== "DURATION" ? DATE_FOR_SPAN : 1;
    const grain = grainAsked === null || holdsGrain(span, grainAsked) ? 1 : OTHER_GRAIN;
    const score =
      (topic.length ? nearness(distance) : 0.3) *
      bound *
      grain *
      stamp *
      (relative ? RELATIVE_TIME_CREDIT : 1);
    if (
      score > best.score ||
      (score === best.score && best.span && distance < spanDistance(best.span, topic))
    )
      best = { score, span, byUnit: false };
  }
  return best;
}

/**
 * A figure right before the counted unit ("six children", "20 people"), or measuring it ("700
 * gigabytes of data"), or null.
 */
function unitCount(
  context: TypeContext,
  sentence: Sentence,
  unitAt: readonly number[],
  wanted: readonly string[],
): AnswerTypeMatch | null {
  if (unitAt.length === 0) return null;
  // (People are WordNet's "units" too, but measure nothing: "scores of civilians days after
  // missiles…" counts no missiles.)
  const measures = (at: number) => {
    const term = sentence.terms[at] as string;
    return context.lexicon.isA(term, UNIT_CLASS) && !isPeople(context.lexicon, term);
  };
  // "How long is X": "70 metres long" measures it; "the two began a long friendship" does not.
  const size = context.measure === "size";
  const sizeUnit = (at: number) => measuresAsked(context, sentence.terms[at] as string);
  for (const span of sentence.entitySpans ?? []) {
    if (!isWanted(span, wanted)) continue;
    // "How many people died": "injuring more than 600 people" counts them, but not the dead.
    if (countsOtherToll(context, sentence, span)) continue;
    // "How many dams": "a 61-metre dam" measures one, it counts none ("20 litres of water" is
    // how much water).
    const counts = (at: number) =>
      span.from <= at &&
      at >= span.to &&
      (size
        ? at - span.to <= 2 && at > span.to && sizeUnit(span.to)
        : at === span.to ||
          (at - span.to === 1 && !(context.howMany && sizeUnit(span.to))) ||
          (at - span.to === 2 && measures(span.to)));
    if (unitAt.some(counts)) return { score: 1, span, byUnit: true };
  }
  return null;
}

/** "How big / fast / tall…": asks for a measure, a figure with its unit ("how old" asks for an age; the sizes of SIZE_MEASURES are read first). */
const MEASURES_ASKED: ReadonlySet<string> = new Set([...DIMENSIONS].filter((word) => word !== "old"));
/** "More than a kilometre underground", "a mile long": one of a unit, written with "a" or "one". */
const ONE_UNIT = /\b(?:a|an|one)\s+(\p{Ll}+)\b/gu;
/** "How tall / high / deep / wide / far": a length ("how long" may ask for a time). */
const LENGTH_WORDS: ReadonlySet<string> = new Set(["tall", "high", "deep", "wide", "far"]);
/** "How heavy": a weight. */
const HEAVY = "heavy";
/**
 * A measure of size, distance or weight, which only a figure with its unit answers ("how big" or
 * "how fast" may be answered by "several thousand" or "within minutes").
 */
const SIZE_MEASURES: ReadonlySet<string> = new Set([...LENGTH_WORDS, HEAVY, "long"]);
/** "How much does an adult panda weigh": a weight. */
const WEIGHT_QUESTION = /^\W*how\s+much\b.*\bweigh/iu;

/**
 * The kind of unit a size question's figure must be in, by WordNet: a linear unit for how tall,
 * high, deep, wide or far ("2,200 kilograms" is no depth), a mass unit for how heavy or how much
 * does X weigh ("30 metres" is no weight); null for any other question.
 */
export function dimensionAsked(question: AnalyzedQuestion): string | null {
  const how = howWord(question.read);
  if (how !== null && LENGTH_WORDS.has(how)) return LINEAR_UNIT;
  if (how === HEAVY || WEIGHT_QUESTION.test(question.read)) return MASS_UNIT;
  return null;
}

/** A unit of measurement of the dimension the question asks for (`TypeContext.dimension`), if it asks for one. */
function measuresAsked(context: TypeContext, term: string): boolean {
  return (
    isUnitOfMeasure(context.lexicon, term) &&
    (context.dimension === null || context.lexicon.isA(term, context.dimension))
  );
}
const NOT_MEASURES: ReadonlySet<string> = new Set(["DATE", "TIME", "ORDINAL"]);
const AGE_QUESTION = /^\W*(?:how\s+old|(?:at\s+)?(?:what|which)\s+age)\b/iu;
/** A number written in words, up to ninety-nine ("five", "forty-two"), or a vague one ("several"). */
const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|several|a\s+few|many)`;
const LARGE_NUMBER = String.raw`(?:hundred|thousand|million|billion)`;
/** A figure in digits or words: "53", "<num>", "forty-two", "10 million", "a thousand", "thousands of". */
const AGE_FIGURE = String.raw`(?:(?:\d[\d,.]*|<num>|\b${NUMBER_WORD})(?:\s+${LARGE_NUMBER})?|\b[Aa]n?\s+${LARGE_NUMBER}|\b${LARGE_NUMBER}s\s+of)`;
/**
 * An age as news writes it: "53 years old", "a 35-year-old", "10 million years old", "a thousand
 * years old", "a five-year-old", "aged 35", "at the age of 35", "Rubio, 53, said" (TrecQA writes
 * its numbers "<num>").
 */
const AGE = new RegExp(
  String.raw`${AGE_FIGURE}[\s-]+years?[\s-]+old\b|\baged\s+(?:\d{1,3}|<num>|${NUMBER_WORD})\b|\bage\s+of\s+(?:\d{1,3}|<num>|${NUMBER_WORD})\b|${NAME_THEN_AGE}`,
  "u",
);

/**
 * What measure the question asks for: "money" for how much of money, a cost, a value or a payment
 * (a word of it is one, by WordNet); "age" for how old; "percent" for what percentage / share;
 * "size" for how tall / high / deep / far… and how much does X weigh, which only a figure with its
 * unit answers; "speed" for how fast, which a rate or the time taken answers; "unit" for how big,
 * which prefers a figure with a unit; null for none.
 */
export type MeasureAsked = "money" | "age" | "percent" | "size" | "speed" | "unit" | null;

export function measureAsked(question: AnalyzedQuestion, lexicon: Lexicon): MeasureAsked {
  const money =
    HOW_MUCH.test(question.read) &&
    question.concepts.some(
      (c) =>
        !c.isName &&
        c.source === "question" &&
        // "How much is it worth in dollars": a currency asks for money as a cost does.
        (lexicon.isKindOf(c.term, MONEY_CLASSES) || isCurrency(lexicon, c.term)),
    );
  if (money) return "money";
  if (AGE_QUESTION.test(question.read)) return "age";
  if (PERCENT_QUESTION.test(question.read)) return "percent";
  const how = howWord(question.read);
  if ((how !== null && SIZE_MEASURES.has(how)) || WEIGHT_QUESTION.test(question.read)) return "size";
  if (how === SPEED) return "speed";
  return how !== null && MEASURES_ASKED.has(how) ? "unit" : null;
}

/**
 * For a measure question, a figure followed by a unit of measurement ("5,895 metres"); for a
 * how-much-money question, an amount of money ("4.5 million dollars"); for how old, an age; or
 * null.
 */
function measure(
  context: TypeContext,
  sentence: Sentence,
  topic: readonly number[],
  wanted: readonly string[],
): AnswerTypeMatch | null {
  if (context.measure === null) return null;
  // "How old is X": an age, near the topic or not (the sentence is about X when it names X).
  if (context.measure === "age")
    return AGE.test(sentence.text) ? { score: topic.length ? 1 : 0.3, span: null, byUnit: true } : null;
  if (context.measure === "speed") return speed(context, sentence, topic);
  const money = context.measure === "money";
  const percent = context.measure === "percent";
  const size = context.measure === "size";
  let best: AnswerTypeMatch | null = null;
  const spans = sentence.entitySpans ?? [];
  for (const span of spans) {
    if (!isWanted(span, wanted)) continue;
    const next = sentence.terms[span.to];
    // "About one-fifth as much water": a fraction, not one of a unit. (One written before "of" or
    // ending a clause, "one-fifth of all the fresh water", the parser reads as a share: entityTypes.ts.)
    const fraction = spans.some((o) => o.type === "ORDINAL" && o.from <= span.to && span.to < o.to);
    if (fraction) continue;
    const measured = money
      ? span.type === "MONEY" ||
        (span.type === "CARDINAL" &&
          next !== undefined &&
          (isCurrency(context.lexicon, next) ||
            pricedAmount(context.lexicon, sentence, span) ||
            currencyCodeBefore(context.lexicon, sentence, span)))
      : percent
        ? span.type === "PERCENT"
        : // A date or an ordinal before a word is no measure ("on Thursday as productive").
          !NOT_MEASURES.has(span.type) &&
          !(size && SUMS.has(span.type)) &&
          next !== undefined &&
          (size
            ? measuresAsked(context, next) && !ofAnotherSize(context, sentence, span)
            : context.lexicon.isA(next, UNIT_CLASS));
    if (!measured) continue;
    const score = spanNearTopic(span, topic);
    if (!best || score > best.score) best = { score, span, byUnit: true };
  }
  if (best || !size) return best;
  // A word the question names is what it asks about, not a unit: "a dam" is no decametre for
  // "how tall is the Harrowmere Dam".
  const oneOf = (term: string) => measuresAsked(context, term) && !context.questionTerms.has(term);
  const oneUnit = [...sentence.text.matchAll(ONE_UNIT)].some((found) => oneOf(wordTerm(found[1] as string)));
  if (!oneUnit) return null;
  // The unit's term stands for it (the text's word and its term may be spelt apart: "kilometre").
  sentence.terms.forEach((term, at) => {
    if (!oneOf(term)) return;
    const score = nearTopic(at, topic);
    if (!best || score > best.score) best = { score, span: null, byUnit: true };
  });
  return best;
}

/**
 * "How fast": a rate ("70 km per hour", "110 mph", "50 metres a second") or the time something
 * took ("within 20 minutes"); a length alone is no speed ("dive to depths of 500 metres"), and
 * nothing else answers (the score is 0, not null).
 */
function speed(context: TypeContext, sentence: Sentence, topic: readonly number[]): AnswerTypeMatch {
  let best: AnswerTypeMatch = { score: 0, span: null, byUnit: false };
  for (const span of sentence.entitySpans ?? []) {
    const next = sentence.terms[span.to];
    const rate =
      span.type === "DURATION" ||
      (next !== undefined &&
        !NOT_MEASURES.has(span.type) &&
        !SUMS.has(span.type) &&
        (context.lexicon.isA(next, RATE) ||
          (isUnitOfMeasure(context.lexicon, next) && PER_TIME.test(textAfter(sentence.text, span)))));
    if (!rate) continue;
    const score = spanNearTopic(span, topic);
    if (score > best.score) best = { score, span, byUnit: true };
  }
  return best;
}
/** "How fast…": a speed, or the time something took. */
const SPEED = "fast";
/** WordNet's rates: "mph", "kph". */
const RATE = wordTerm("rate");
/** A unit then "per hour", "an hour", "a second", "/h" (the figure's unit is one of length). */
const PER_TIME = /^\s*\p{L}+\s*(?:per|an?|\/)\s*(?:hours?|h|hr|minutes?|min|seconds?|s|sec|day)\b/iu;

/**
 * A figure the sentence gives as a price, a value or a payment ("bought the dam … for 96 million
 * crowns", "is worth 3.5 billion veld", "set … at 132 billion gold marks"): a cue right before it,
 * and not a count of people. A currency WordNet lacks, or has under other senses, is an amount there.
 */
function pricedAmount(lexicon: Lexicon, sentence: Sentence, span: EntitySpan): boolean {
  if (!precededBy(sentence.text, span, PRICE_CUE, PRICE_REACH)) return false;
  // "The rescue of 22 workers", "for 300 people": people counted, no price. (Only a plural: a
  // word may name a person among other senses, as "gold" in "132 billion gold marks" does.)
  const counted = FOLLOWING_WORD.exec(textAfter(sentence.text, span))?.[1];
  return counted === undefined || !PLURAL.test(counted) || !isPeople(lexicon, wordTerm(counted));
}
const FOLLOWING_WORD = /^\s+(\p{L}+)/u;
const PLURAL = /(?:s|^(?:wo)?men|^children|^people)$/iu;
/** A price's cue right before its figure: "for", "worth", "at", "of", "cost", "paid", "fined", "raised". */
const PRICE_CUE = /\b(?:for|worth|at|of|costs?|costing|paid|pays?|paying|fined|raised|totall?ing)\s+$/iu;
/** How many characters before a figure its price's cue is looked for. */
const PRICE_REACH = 16;

/**
 * "EUR 4.5 million", "USD 200,000": a currency's ISO 4217 code (as the runtime's Intl knows them)
 * right before a figure wink reads as a plain number. Not a code that is also an English word
 * ("ALL", "TOP", "CAD") written in capitals: "ALL 22 MINERS".
 */
function currencyCodeBefore(lexicon: Lexicon, sentence: Sentence, span: EntitySpan): boolean {
  const code = CODE_BEFORE.exec(textBefore(sentence.text, span, CODE_REACH) ?? "")?.[1];
  return code !== undefined && CURRENCY_CODES.has(code) && !lexicon.has(wordTerm(code.toLowerCase()));
}
/** How many characters before a figure its currency's code is looked for: three letters and a space. */
const CODE_REACH = 5;
const CODE_BEFORE = /\b(\p{Lu}{3})\s?$/u;
const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

function spanDistance(span: EntitySpan, topic: readonly number[]): number {
  return Math.min(distanceTo(span.from, topic), distanceTo(Math.max(span.from, span.to - 1), topic));
}

/** `nearTopic` for a span: `nearness` of its nearer end to the topic, 0.3 when the sentence holds none of it. */
function spanNearTopic(span: EntitySpan, topic: readonly number[]): number {
  return topic.length ? nearness(spanDistance(span, topic)) : 0.3;
}
