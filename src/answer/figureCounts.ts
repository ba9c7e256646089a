/**
 * What a figure in a sentence counts, for "how many" and "how much" (figureType.ts matches the
 * figure to the question): the question's counted unit or something else — an age after a name,
 * the year of a date, a noun the figure is joined to, a noun after "N of", people where an
 * amount is asked for, the dead or hurt of a toll — and a person or a toll written with "a",
 * "the only" or "no" as a count of one or none. Each check reads only the sentence's stored
 * terms, entities and text.
 */
import type { EntitySpan, Sentence } from "../article.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { MONETARY_UNIT } from "../lexicon/relations.js";
import { escapeRegExp } from "../text/normalize.js";
import { wordTerm } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import type { AnswerTypeMatch, TypeContext } from "./answerType.js";
import { precededBy } from "./dateSpans.js";
import { nearTopic } from "./nearness.js";
import { MONEY_CLASSES } from "./questionFocus.js";
import { DIMENSIONS } from "./questionKind.js";
import { PERSON_CLASS } from "./wordClasses.js";
import { TOLL_COUNT_TERMS, tollOfFigure } from "./tollKind.js";

export const HOW_MUCH = /\bhow\s+much\b/iu;
export const HOW_MANY = /\bhow\s+many\b/iu;

/**
 * Sums of money and shares: no size ("a $2 million fund" is not how deep the miners are), and no
 * count of a counted noun ("486 million euros" counts no passengers).
 */
export const SUMS: ReadonlySet<string> = new Set(["MONEY", "PERCENT"]);

/**
 * Whether a figure of the sentence counts something other than what a how-many or how-much
 * question asks for, and so does not answer it.
 * @param units the question's counted units ("soldiers" of "how many soldiers")
 */
export function countsSomethingElse(
  context: TypeContext,
  sentence: Sentence,
  span: EntitySpan,
  units: readonly { term: string }[],
): boolean {
  const { lexicon } = context;
  // "Dunai, 61, was born in Tarnel": an age, not a count of anything asked about.
  if (context.measure !== "age" && isAgeAfterName(sentence.text, span)) return true;
  if (countsOtherToll(context, sentence, span)) return true;
  // "How many soldiers…": "a 12-point document", "a 102-storey tower" count points and storeys;
  // "14 October 1066" is a year.
  if (span.counts === undefined && span.type === "CARDINAL" && context.howMany) {
    if (yearOfDate(sentence.text, span)) return true;
    const joined = joinedNoun(sentence.text, span);
    if (joined !== null && !countsJoined(context, units, joined)) return true;
  }
  // "How much…" asks for an amount, which no count of people or places is ("the two
  // countries", "22 workers").
  if (span.counts !== undefined && context.howMuch) {
    const noun = sentence.terms[span.counts] ?? "";
    if (isPeople(lexicon, noun) || lexicon.isA(noun, DISTRICT)) return true;
  }
  // "How many soldiers…": "34 civilians" counts someone else; "486 million euros" or "60
  // percent" count no passengers, unless they are what is counted ("how many euros"). (Not for
  // money's units: "500 million kronor" is what a prize's value is counted in.)
  if (units.length === 0 || units.some((u) => lexicon.isKindOf(u.term, MONEY_CLASSES))) return false;
  if (span.counts !== undefined) return !units.some((u) => countsUnit(context, u.term, sentence, span));
  // "How many flights": "three of Kelvara's busiest routes" counts routes.
  if (span.type === "CARDINAL" && partitive(sentence.text, span)) {
    const after = sentence.terms.slice(span.to, span.to + PARTITIVE_REACH);
    const counted = (term: string) =>
      units.some(
        (u) => namesUnit(lexicon, u.term, term) || (countsPeople(context, u.term) && isPeople(lexicon, term)),
      );
    if (!after.some(counted)) return true;
  }
  const isUnit = (term: string) => units.some((c) => c.term === term);
  return (
    (SUMS.has(span.type) && context.howMany && !sentence.terms.slice(span.from, span.to + 1).some(isUnit)) ||
    (isToll(sentence, span) && !units.some((u) => countsPeople(context, u.term)))
  );
}

/**
 * Whether a how-many question asks for the dead and the figure counts the hurt, or the other way
 * round: "how many died" is not answered by "injuring 30 people" (tollKind.ts).
 */
export function countsOtherToll(context: TypeContext, sentence: Sentence, span: EntitySpan): boolean {
  const asked = context.tollAsked;
  if (asked === null) return false;
  const counted = tollOfFigure(sentence.text, span);
  return counted !== null && counted !== asked;
}

/**
 * Words of a toll: a bare figure beside one counts the dead or the hurt ("missiles killed at least
 * 34", "34 were wounded", "a death toll of 34"), not the missiles.
 */
const TOLL_TERMS: ReadonlySet<string> = new Set([
  // The nouns counting a toll's people ("deaths", "casualties", "victims"), and "a toll of 34".
  ...TOLL_COUNT_TERMS,
  wordTerm("toll"),
]);

/** A bare figure (counting no noun of its own) right beside a word of a toll. */
function isToll(sentence: Sentence, span: EntitySpan): boolean {
  const terms = sentence.terms;
  return [span.from - 1, span.to].some((at) => TOLL_TERMS.has(terms[at] ?? ""));
}

/** Whether a how-many question's counted unit is people of some kind ("people", "children", "soldiers", "lives", "victims"). */
function countsPeople(context: TypeContext, unit: string): boolean {
  return isPeople(context.lexicon, unit) || TOLL_TERMS.has(unit) || !context.lexicon.has(unit);
}

/** "People", or a kind of person by WordNet ("civilians", "workers"). */
export function isPeople(lexicon: Lexicon, term: string): boolean {
  return term === PEOPLE || lexicon.isA(term, PERSON_CLASS);
}

/** What a person written with "a" or "one" ("killing a customer") counts for as the answer to "how many" of people. */
const COUNT_OF_ONE_CREDIT = 0.4;
/** "People", the plural of "person" (WordNet has it as a group, not a kind of person). */
const PEOPLE = wordTerm("people");
/**
 * "a customer", "an elderly man", "one soldier", "the only person": a person counted as one; "no
 * deaths", "no injuries": a toll counted as none.
 */
const ONE_OR_NONE = /\b(?:[Aa]n?|[Oo]ne|[Tt]he\s+only|[Nn]o)\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)\b/gu;

/**
 * For "how many" of people ("how many were killed", "how many workers were hurt") with no figure
 * in the sentence: a person written with "a", "an", "one" or "the only" near the topic is a count
 * of one ("He is the only person known to have died"), and "no deaths" or "no injuries" one of none.
 */
export function countOfOne(
  context: TypeContext,
  sentence: Sentence,
  topic: readonly number[],
): AnswerTypeMatch {
  const none = { score: 0, span: null, byUnit: false };
  // "How much is the deal worth": an amount, which no person counts.
  if (context.howMuch) return none;
  const units = context.question.concepts.filter((c) => c.unit);
  const counted = (term: string) => isPeople(context.lexicon, term);
  if (units.length > 0 && !units.some((c) => counted(c.term))) return none;
  let best = none as AnswerTypeMatch;
  for (const found of sentence.text.matchAll(ONE_OR_NONE)) {
    // "a customer and…": the word after "a" may be the person, not a describing word before one.
    const term = [found[2], found[1]]
      .filter((word): word is string => word !== undefined)
      .map((word) => wordTerm(word))
      .find((word) => counted(word) || word === PERSON_CLASS || TOLL_NOUNS.has(word));
    if (term === undefined) continue;
    const at = sentence.terms.indexOf(term);
    if (at < 0) continue;
    const score = nearTopic(at, topic) * COUNT_OF_ONE_CREDIT;
    if (score > best.score) best = { score, span: null, byUnit: false };
  }
  // "Nobody was hurt", "no one died": no person counted, where the word after it is what the
  // question asks about (not "no one knows how many died").
  for (const found of sentence.text.matchAll(NOBODY)) {
    const at = firstTermAfter(sentence, (found.index ?? 0) + found[0].length);
    if (topic.includes(at) && COUNT_OF_ONE_CREDIT > best.score)
      best = { score: COUNT_OF_ONE_CREDIT, span: null, byUnit: false };
  }
  return best;
}

/** "Nobody", "no one" (or "no-one"): a count of no person. */
const NOBODY = /\b(?:[Nn]obody|[Nn]o[- ]one)\b/gu;

/** The position in `terms` of the first of the sentence's terms written after `offset` (-1 for none). */
function firstTermAfter(sentence: Sentence, offset: number): number {
  for (const word of sentence.text.slice(offset).matchAll(/\p{L}+/gu)) {
    const at = sentence.terms.indexOf(wordTerm(word[0].toLowerCase()));
    if (at >= 0) return at;
  }
  return -1;
}

/** A toll's nouns: "a death", "no injuries", "no casualties". */
const TOLL_NOUNS: ReadonlySet<string> = new Set(
  ["death", "fatality", "injury", "casualty"].map((word) => wordTerm(word)),
);

/** "Halas, 64, a former judge", "…said his daughter, Katrin Renquist, 39.": a name, then an age between commas or at the sentence's end (also one of AGE's forms). */
export const NAME_THEN_AGE = String.raw`\p{Lu}[\p{L}.'’-]*,\s*(\d{1,3}|<num>)\s*(?:,|\.$)`;
const AGE_AFTER_NAME = new RegExp(NAME_THEN_AGE, "gu");

/** Whether a figure of the sentence is such an age (read only where the sentence writes ", N"). */
function isAgeAfterName(text: string, span: EntitySpan): boolean {
  if (span.type !== "CARDINAL" || !/^\d{1,3}$/u.test(span.text) || !text.includes(`, ${span.text}`))
    return false;
  for (const found of text.matchAll(AGE_AFTER_NAME)) if (found[1] === span.text) return true;
  return false;
}

const ENTITY = wordTerm("entity");
/** WordNet's magnitudes: a height, a depth, a diameter, a size (not a weight, which it has as a property). */
const MAGNITUDE = wordTerm("magnitude");
/** Countries, states and cities (WordNet's "location" takes in a crown, the top of a thing). */
const DISTRICT = wordTerm("district");

/** Whether the noun a figure counts is the question's counted unit, in its own or other words. */
function countsUnit(context: TypeContext, unit: string, sentence: Sentence, span: EntitySpan): boolean {
  const counted = sentence.terms[span.counts as number] ?? "";
  const { lexicon } = context;
  // A unit no dictionary has ("ppl") cannot be told from another.
  if (!lexicon.has(unit)) return true;
  // "More than 60 others were hurt": people, but not the children asked about.
  if (!lexicon.isA(counted, ENTITY)) return unit === PEOPLE;
  if (namesUnit(lexicon, unit, counted)) return true;
  // "What is the altitude of X", "lake baikal depth": a magnitude is given in a unit of measure
  // ("2,430 metres").
  if (lexicon.isKindOf(unit, [MAGNITUDE]) && isUnitOfMeasure(lexicon, counted)) return true;
  // "How many people": any kind of person ("34 civilians"), or persons ("One person died": isA is
  // strict, so the class itself is named).
  if (unit === PEOPLE && (counted === PERSON_CLASS || lexicon.isA(counted, PERSON_CLASS))) return true;
  // "How many people died": "627,000 deaths" counts what the question asks about, in a noun.
  return context.question.concepts.some(
    (c) => !c.isName && !c.unit && (c.term === counted || lexicon.isRelated(c.term, counted)),
  );
}

/** A month's name, in full or shortened ("Sept."). */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const YEAR_AFTER_MONTH = new RegExp(String.raw`\b${MONTH},?\s*$`, "u");
/** "14 October 1066", "April 4, 2025": a year a date's day and month are written before. */
function yearOfDate(text: string, span: EntitySpan): boolean {
  return /^(?:1\d{3}|20\d{2})$/u.test(span.text) && precededBy(text, span, YEAR_AFTER_MONTH, 14);
}

/**
 * What follows the figure at every place the sentence writes it, as `after` (a regular expression
 * with one optional group) reads it: the group's text at each, or undefined where it is not there.
 */
function afterEachWriting(text: string, span: EntitySpan, after: string): (string | undefined)[] {
  const written = new RegExp(
    String.raw`(?<![\p{L}\p{N}.,])${escapeRegExp(span.text)}(?![\p{N}])${after}`,
    "gu",
  );
  return [...text.matchAll(written)].map((found) => found[1]);
}

/** "a 12-point document", "a 67-year-old farmer": the noun a figure is joined to by a hyphen, if it is at every place the figure is written. */
function joinedNoun(text: string, span: EntitySpan): string | null {
  const joined = afterEachWriting(text, span, String.raw`(-\p{L}+)?`);
  const first = joined[0];
  return first !== undefined && joined.every((noun) => noun !== undefined) ? first.slice(1) : null;
}

/** How many terms after "N of" may name what the figure counts ("three of Kelvara's busiest routes"). */
const PARTITIVE_REACH = 3;
/**
 * "three of the routes", "40 of Kelvara's 62 passengers": a figure then "of", at every place it is
 * written ("three of them" points back: what they are is said elsewhere).
 */
function partitive(text: string, span: EntitySpan): boolean {
  const of = afterEachWriting(text, span, String.raw`(\s+of\s+(?!them\b|us\b|those\b|these\b))?`);
  return of.length > 0 && of.every((found) => found !== undefined);
}

/** Whether a figure joined to a noun counts what a how-many question asks for: its unit, or a word of its own. */
function countsJoined(context: TypeContext, units: readonly { term: string }[], noun: string): boolean {
  const term = wordTerm(noun.toLowerCase());
  if (units.length === 0) return context.questionTerms.has(term);
  return units.some((u) => namesUnit(context.lexicon, u.term, term));
}

/**
 * Whether a noun is the counted unit in its own or other words (WordNet's: a related word, or a
 * kind of it); a unit no dictionary has ("ppl") cannot be told from another, so any noun may be it.
 */
function namesUnit(lexicon: Lexicon, unit: string, noun: string): boolean {
  return !lexicon.has(unit) || noun === unit || lexicon.isRelated(unit, noun) || lexicon.isA(noun, unit);
}

/** WordNet's units ("metre", "dollar", but also any whole thing: "miner"). */
export const UNIT_CLASS = wordTerm("unit");
const MEASURE_CLASS = wordTerm("measure");
/**
 * A unit of measurement of a size, distance or weight ("metres", "tonnes"): a kind of unit that
 * is a kind of measure by WordNet. Either alone is too broad: any whole thing is a "unit" ("22
 * miners", "the two neighbours"), and "measure" takes in funds and steps. Not a currency, which
 * WordNet has as a unit and a measure too: "300 million rubles" is no depth, as "$300" is not
 * (SUMS).
 */
export function isUnitOfMeasure(lexicon: Lexicon, term: string): boolean {
  return lexicon.isA(term, UNIT_CLASS) && lexicon.isA(term, MEASURE_CLASS) && !isCurrency(lexicon, term);
}

/** "5 million francs", "300 rubles": a figure before a currency WordNet has (wink's model reads it as a bare number). */
export function isCurrency(lexicon: Lexicon, term: string): boolean {
  return lexicon.isA(term, MONETARY_UNIT);
}

/** Counted words that say no more than a figure does: of people ("how many people"), of occurrences ("how many times"). */
const PLAIN_COUNTS: ReadonlySet<string> = new Set(["people", "person", "time"].map((word) => wordTerm(word)));

/**
 * "How many children were killed", "how many eggs does a tern lay": the concept a how-many
 * question counts, which only a sentence holding it (in any wording: "six children", "a clutch of
 * eggs") answers. −1 when the question counts nothing more than a figure says (people, times, a
 * toll's dead or hurt: "how many victims" is answered by "killing 2"), a measure that a figure in
 * another unit may give ("how many hours": "three days"; "how many gallons": "12,000 litres"), or
 * a word no dictionary has.
 */
export function countedUnit(question: AnalyzedQuestion, lexicon: Lexicon): number {
  if (question.type !== "how-many") return -1;
  return question.concepts.findIndex(
    (c) =>
      c.unit &&
      !c.isName &&
      c.source === "question" &&
      !DIMENSIONS.has(c.term) &&
      !PLAIN_COUNTS.has(c.term) &&
      !TOLL_COUNT_TERMS.has(c.term) &&
      lexicon.has(c.term) &&
      !lexicon.isA(c.term, MEASURE_CLASS),
  );
}
