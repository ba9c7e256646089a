/**
 * Whether a sentence holds the kind of answer a question asks for (see AnswerKind): a date near
 * the topic for "when", a title next to the name for "who is X", a name the question lacks for
 * "who hosted…", a place for "where", a reason for "why", the speaker's words for "what did X
 * say". Each check reads only the sentence's stored terms and features.
 */
import type { EntitySpan, Sentence } from "../article.js";
import { GEO_TERMS, ROLE_TERMS, SPEECH_TERMS } from "../text/lexicon.js";
import { NUMBER_MASK } from "../nlp/wink.js";
import { wordTerm } from "../text/terms.js";
import { escapeRegExp } from "../text/normalize.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { expandsAcronym } from "./answerEvidence.js";
import { DIMENSIONS, PERCENT_QUESTION } from "./questionKind.js";

/** What the answer-type check needs from the reranker. */
export interface TypeContext {
  question: AnalyzedQuestion;
  /** The question's own terms (a sentence's name among them is not an answer to "who"). */
  questionTerms: ReadonlySet<string>;
  /** WordNet's kinds: a measure's unit ("metres") is a unit of measurement. */
  lexicon: Lexicon;
  /** The measure the question asks for, worked out once per question (`measureAsked`). */
  measure: MeasureAsked;
  /** The question asks for a role's holder, worked out once per question (`asksForHolder`). */
  holder: boolean;
}

export interface AnswerTypeMatch {
  /** 0…1: how well the sentence holds the kind of answer asked for. */
  score: number;
  /** For date / number / duration questions: the entity that answers. */
  span: EntitySpan | null;
  /** The span is the count of the question's own unit ("six children" for "how many children"). */
  byUnit: boolean;
}

/** Units of time: "how many days" is answered by a duration. */
const TIME_UNITS: ReadonlySet<string> = new Set(
  ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"].map((w) => wordTerm(w)),
);

/** What answers "how many days": a figure, or a span of time. */
const NUMBER_OR_TIME = ["CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DURATION"];

/**
 * The ranker's answer-type features (rerank.ts): how well a sentence holds the kind of answer
 * asked for, for any kind; that where the sentence also covers the question; then one per kind.
 */
export const ANSWER_TYPE_FEATURES = [
  "answerType",
  "typedCoverage",
  "typeIdentity",
  "typePerson",
  "typeDate",
  "typeNumber",
  /**
   * The figure counts the question's unit in its own word ("six children" for "how many
   * children"), measures it ("5,895 metres" for "how tall") or is the amount of money asked for.
   */
  "typeCountsUnit",
  "typeDuration",
  "typePlace",
  "typeReason",
  "typeSpeech",
  "typeDefinition",
  "typeMaterial",
  "typeMeaning",
  "typeName",
] as const;

/** What a date or an ordinal counts for as the answer to "how long" (a span of time counts 1); chosen by cross-validation over 0.25 / 0.5 / 0.75. */
const DATE_FOR_SPAN = 0.25;

/** What saying a name is an acronym counts for, against writing it out (1): the written-out name wins where there is one. */
const EXPLAINS_CREDIT = 0.8;
/** The nouns that say a name is an abbreviation: "an acronym of", "his initials". */
export const ABBREVIATION_NOUNS = ["acronym", "initialism", "abbreviation", "initials"] as const;
/** A sentence that says what a name abbreviates: one of those nouns, "abbreviated", "stands for", "short for". */
const EXPLAINS_ABBREVIATION = new RegExp(
  `\\b(?:${ABBREVIATION_NOUNS.join("|")}|abbreviated|stands?\\s+for|stood\\s+for|short\\s+for)\\b`,
  "iu",
);

/** Entity types that answer each kind of question. */
const ENTITY_KINDS: Partial<Record<AnalyzedQuestion["kind"], readonly string[]>> = {
  date: ["DATE", "TIME"],
  number: ["CARDINAL", "MONEY", "PERCENT", "QUANTITY"],
  duration: ["DURATION", "DATE", "ORDINAL"],
};

/**
 * @param positions where each question concept occurs in the sentence's terms
 * @param credit how much each concept is matched (0 when not at all)
 */
export function answerTypeMatch(
  context: TypeContext,
  sentence: Sentence,
  positions: readonly number[][],
  credit: readonly number[],
): AnswerTypeMatch {
  const { question } = context;
  const topic = topicPositions(question, positions);
  if (question.kind === "date" || question.kind === "number" || question.kind === "duration") {
    // A figure is measured against what is counted ("injured"), not the unit ("people").
    const counted = question.concepts.flatMap((c, i) =>
      c.framing || c.unit ? [] : (positions[i] as number[]),
    );
    // …unless the sentence counts the unit itself, in the question's own word: "six children".
    const unitAt = question.concepts.flatMap((c, i) =>
      c.unit && credit[i] === 1 ? (positions[i] as number[]) : [],
    );
    // "How many days…" is answered by a span of time ("three days after…").
    const countsTime =
      question.kind === "number" && question.concepts.some((c) => c.unit && TIME_UNITS.has(c.term));
    const wanted = countsTime ? NUMBER_OR_TIME : (ENTITY_KINDS[question.kind] ?? []);
    const found =
      unitCount(context, sentence, unitAt, wanted) ??
      measure(context, sentence, topic, wanted) ??
      entityMatch(context, sentence, counted.length ? counted : topic, wanted);
    // "How many were hurt": "…, killing a customer and wounding an employee" counts one each.
    const match =
      found.score === 0 && question.kind === "number" && !countsTime
        ? countOfOne(context, sentence, counted.length ? counted : topic)
        : found;
    // "When did they speak": "after the Paris talks" says when, if no date does.
    if (
      match.score === 0 &&
      question.kind === "date" &&
      WHEN.test(question.text) &&
      EVENT_TIME.test(sentence.text)
    )
      return { score: EVENT_TIME_CREDIT, span: null, byUnit: false };
    return match;
  }
  return { score: kindScore(context, sentence, positions, credit, topic), span: null, byUnit: false };
}

/** What a person written with "a" or "one" ("killing a customer") counts for as the answer to "how many" of people. */
const COUNT_OF_ONE_CREDIT = 0.4;
const PERSON_CLASS = wordTerm("person");
/** "People", the plural of "person" (WordNet has it as a group, not a kind of person). */
const PEOPLE = wordTerm("people");
/** "a customer", "an elderly man", "one soldier": a person counted as one. */
const ONE_PERSON = /\b(?:a|an|one)\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)\b/gu;

/**
 * For "how many" of people ("how many were killed", "how many workers were hurt") with no figure
 * in the sentence: a person written with "a", "an" or "one" near the topic is a count of one.
 */
function countOfOne(context: TypeContext, sentence: Sentence, topic: readonly number[]): AnswerTypeMatch {
  const none = { score: 0, span: null, byUnit: false };
  const units = context.question.concepts.filter((c) => c.unit);
  const counted = (term: string) => term === PEOPLE || context.lexicon.isA(term, PERSON_CLASS);
  if (units.length > 0 && !units.some((c) => counted(c.term))) return none;
  let best = none as AnswerTypeMatch;
  for (const found of sentence.text.matchAll(ONE_PERSON)) {
    // "a customer and…": the word after "a" may be the person, not a describing word before one.
    const term = [found[2], found[1]]
      .filter((word): word is string => word !== undefined)
      .map((word) => wordTerm(word))
      .find((word) => context.lexicon.isA(word, PERSON_CLASS));
    if (term === undefined) continue;
    const at = sentence.terms.indexOf(term);
    if (at < 0) continue;
    const score = (topic.length ? nearness(distanceTo(at, topic)) : 0.3) * COUNT_OF_ONE_CREDIT;
    if (score > best.score) best = { score, span: null, byUnit: false };
  }
  return best;
}

/** A question asking "when", not for a day or a year ("what day…"). */
const WHEN = /^\W*when\b/iu;
/** A time given by an event: "after the talks", "hours before the vote", "when they spoke". */
const EVENT_TIME =
  /\b(?:after|before|during|following|ahead\s+of|in\s+the\s+wake\s+of)\s+(?:the|a|an|his|her|their|its|this|that|last|each)\b|\bwhen\s+(?:he|she|they|it|we|the)\b/iu;
/** What an event's time counts for a "when" question without a date (a date far from the topic counts 0.3). */
const EVENT_TIME_CREDIT = 0.3;

/**
 * How much (by weight, 0…1) of what a date, figure or place would be of the sentence holds: the
 * question's words that are not names, framing words or the counted unit ("founded" of "when was
 * the EU founded", "summit" and "cost" of "how much did the summit cost"), in any wording. A date
 * next to "the EU" alone is not when it was founded, nor a figure near "summit" what it cost; how
 * much is enough is chosen on the dev sets (`npm run train`). Questions with no such word ("when
 * is the London meeting") need none: 1. A noun that only says what a name is ("architect" of
 * "when was architect Frank Gehry born") is part of the name.
 */
export function predicateShare(
  question: AnalyzedQuestion,
  credit: readonly number[],
  weights: readonly number[],
): number {
  let total = 0;
  let held = 0;
  question.concepts.forEach((c, i) => {
    if (c.framing || c.unit || c.isName || c.classifier || c.source !== "question") return;
    total += weights[i] as number;
    if ((credit[i] as number) > 0) held += weights[i] as number;
  });
  return total === 0 ? 1 : held / total;
}

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
  // The counted unit is not what a figure names: "three days" for "how many days".
  const isUnit = (term: string) => context.question.concepts.some((c) => c.unit && c.term === term);
  let dateline = -1;
  const units = context.question.kind === "number" ? context.question.concepts.filter((c) => c.unit) : [];
  for (const span of sentence.entitySpans ?? []) {
    if (!wanted.includes(span.type)) continue;
    // "How many soldiers…": "34 civilians" counts someone else.
    if (
      span.counts !== undefined &&
      units.length &&
      !units.some((u) => countsUnit(context, u.term, sentence, span))
    )
      continue;
    // "SHANGHAI, March 3 (Xinhua) --": the day of the report, not of what it reports.
    if (span.type === "DATE") {
      if (dateline < 0) dateline = datelineWords(sentence.text);
      if (span.from < dateline) continue;
    }
    const spanTerms = sentence.terms.slice(span.from, span.to).filter((t) => !isUnit(t));
    if (
      spanTerms.length > 0 &&
      !span.text.includes(NUMBER_MASK) &&
      spanTerms.every((t) => context.questionTerms.has(t))
    )
      continue;
    const distance = Math.min(
      distanceTo(span.from, topic),
      distanceTo(Math.max(span.from, span.to - 1), topic),
    );
    // "How long…" is answered by a span of time ("three days"); a date or an ordinal only bounds
    // one ("since 2022", "the third day"), and holds less of the answer.
    const bound = context.question.kind === "duration" && span.type !== "DURATION" ? DATE_FOR_SPAN : 1;
    const score = (topic.length ? nearness(distance) : 0.3) * bound;
    if (
      score > best.score ||
      (score === best.score && best.span && distance < spanDistance(best.span, topic))
    )
      best = { score, span, byUnit: false };
  }
  return best;
}

const ENTITY = wordTerm("entity");

/** Whether the noun a figure counts is the question's counted unit, in its own or other words. */
function countsUnit(context: TypeContext, unit: string, sentence: Sentence, span: EntitySpan): boolean {
  const counted = sentence.terms[span.counts as number] ?? "";
  const { lexicon } = context;
  // A unit no dictionary has ("ppl") cannot be told from another.
  if (!lexicon.has(unit)) return true;
  // "More than 60 others were hurt": people, but not the children asked about.
  if (!lexicon.isA(counted, ENTITY)) return unit === PEOPLE;
  if (counted === unit || lexicon.isRelated(unit, counted) || lexicon.isA(counted, unit)) return true;
  // "How many people": any kind of person ("34 civilians").
  if (unit === PEOPLE && lexicon.isA(counted, PERSON_CLASS)) return true;
  // "How many people died": "627,000 deaths" counts what the question asks about, in a noun.
  return context.question.concepts.some(
    (c) => !c.isName && !c.unit && (c.term === counted || lexicon.isRelated(c.term, counted)),
  );
}

/** A news dateline: the place in capitals, maybe a date and the agency, then a dash. */
const DATELINE = /^\s*\p{Lu}[\p{Lu} .'-]*(?:,[^—–()_]{0,30}?)?\s*(?:\([^()]{1,30}\)\s*)?(?:--|—|–|_)\s/u;

/** How many words the sentence's dateline takes (0 without one): its terms come first. */
function datelineWords(text: string): number {
  const match = DATELINE.exec(text);
  return match ? (match[0].match(/[\p{L}\p{N}<]+/gu) ?? []).length : 0;
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
  const measures = (at: number) => context.lexicon.isA(sentence.terms[at] as string, UNIT_CLASS);
  for (const span of sentence.entitySpans ?? []) {
    if (!wanted.includes(span.type)) continue;
    const counts = (at: number) =>
      span.from <= at && at >= span.to && (at - span.to <= 1 || (at - span.to === 2 && measures(span.to)));
    if (unitAt.some(counts)) return { score: 1, span, byUnit: true };
  }
  return null;
}

/** "How tall / high / far / heavy…": asks for a measure, a figure with its unit ("how old" asks for an age). */
const MEASURE_QUESTION = new RegExp(
  `^\\W*how\\s+(?:${[...DIMENSIONS].filter((word) => word !== "old").join("|")})\\b`,
  "iu",
);
const UNIT_CLASS = wordTerm("unit");
const AGE_QUESTION = /^\W*(?:how\s+old|(?:at\s+)?(?:what|which)\s+age)\b/iu;
/**
 * An age as news writes it: "53 years old", "a 35-year-old", "10 million years old", "aged 35",
 * "at the age of 35", "Rubio, 53, said" (TrecQA writes its numbers "<num>").
 */
const AGE =
  /(?:\d[\d,.]*|<num>)(?:\s+(?:hundred|thousand|million|billion))?[\s-]+years?[\s-]+old\b|\baged\s+(?:\d{1,3}|<num>)\b|\bage\s+of\s+(?:\d{1,3}|<num>)\b|\p{Lu}[\p{L}.'’-]*,\s*(?:\d{1,3}|<num>)\s*,/u;
/** "How much money / did it cost / is the ransom": what WordNet counts as money or a cost. */
const MONEY_CLASSES = ["money", "cost", "value", "payment"].map(wordTerm);
const HOW_MUCH = /\bhow\s+much\b/iu;

/**
 * What measure the question asks for: "money" for how much of money, a cost, a value or a payment
 * (a word of it is one, by WordNet); "age" for how old; "percent" for what percentage / share;
 * "unit" for how tall / high / far…; null for none.
 */
export type MeasureAsked = "money" | "age" | "percent" | "unit" | null;

export function measureAsked(question: AnalyzedQuestion, lexicon: Lexicon): MeasureAsked {
  const money =
    HOW_MUCH.test(question.text) &&
    question.concepts.some(
      (c) =>
        !c.isName &&
        c.source === "question" &&
        MONEY_CLASSES.some((k) => c.term === k || lexicon.isA(c.term, k)),
    );
  if (money) return "money";
  if (AGE_QUESTION.test(question.text)) return "age";
  if (PERCENT_QUESTION.test(question.text)) return "percent";
  return MEASURE_QUESTION.test(question.text) ? "unit" : null;
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
  const money = context.measure === "money";
  const percent = context.measure === "percent";
  let best: AnswerTypeMatch | null = null;
  for (const span of sentence.entitySpans ?? []) {
    if (!wanted.includes(span.type)) continue;
    const next = sentence.terms[span.to];
    const measured = money
      ? span.type === "MONEY"
      : percent
        ? span.type === "PERCENT"
        : next !== undefined && context.lexicon.isA(next, UNIT_CLASS);
    if (!measured) continue;
    const score = topic.length ? nearness(spanDistance(span, topic)) : 0.3;
    if (!best || score > best.score) best = { score, span, byUnit: true };
  }
  return best;
}

function spanDistance(span: EntitySpan, topic: readonly number[]): number {
  return Math.min(distanceTo(span.from, topic), distanceTo(Math.max(span.from, span.to - 1), topic));
}

const HOLDER_QUESTION =
  /^\W*(?:who(?:\s+(?:is|was|are|were)|'s|’s)(?!\s+\p{L}+(?:ing|ed)\b)|what(?:\s+(?:is|was|are|were)|'s|’s)\s+the\s+names?\s+of)\s/iu;

/**
 * "Who is / was the X (of Y)", "what is the name of the X": the name of whoever holds a role
 * (not "who is travelling…", "who was killed…", which ask about a deed).
 */
export function asksForHolder(question: AnalyzedQuestion): boolean {
  return HOLDER_QUESTION.test(question.text);
}

/** WordNet's class of places: a place's name is not the holder of a role. */
const LOCATION_CLASS = wordTerm("location");

function kindScore(
  context: TypeContext,
  sentence: Sentence,
  positions: readonly number[][],
  credit: readonly number[],
  topic: readonly number[],
): number {
  const terms = sentence.terms;
  switch (context.question.kind) {
    case "identity":
      return titleScore(context, sentence, topic);
    case "person": {
      // "Who hosted…", "who is the foreign minister": a name the question lacks, near its topic.
      // "Who is Ukraine's prime minister": a person's name, not a place's ("…is set to visit
      // Washington").
      const places = sentence.placeAt ?? [];
      const isPlace = (at: number) =>
        places.includes(at) || context.lexicon.isA(terms[at] as string, LOCATION_CLASS);
      return newNameScore(context, sentence, topic, context.holder ? isPlace : null);
    }
    case "place":
      return placeScore(context, sentence, positions, topic);
    case "definition": {
      // "What is X about": X followed by what it is or does.
      const described = sentence.describedAt ?? [];
      return topic.some((at) => described.includes(at)) ? 1 : 0;
    }
    case "reason":
      return (sentence.cues ?? []).includes("cause") ? 1 : 0;
    case "expansion":
      // The name written out; or a sentence explaining it ("The name is an acronym of his initials").
      return expandsAcronym(context.question, sentence)
        ? 1
        : EXPLAINS_ABBREVIATION.test(sentence.text)
          ? EXPLAINS_CREDIT
          : 0;
    case "material":
      return COMPOSITION.test(sentence.text) ? 1 : 0;
    case "meaning":
      return EXPLAINS_NAME.test(sentence.text) || EXPLAINS_ABBREVIATION.test(sentence.text) ? 1 : 0;
    case "name":
      // "What is the name of Durst's group": a name the question lacks ("Limp Bizkit").
      return newNameScore(context, sentence, topic, null);
    case "speech":
      return speechScore(context, sentence, positions, credit);
    default:
      return 0;
  }
}

/**
 * How near the topic (1 next to it … 0.3 far; 0 for none) the sentence has a name the question
 * lacks: not one describing a noun ("Russian strikes"), nor one `skip` rules out.
 */
function newNameScore(
  context: TypeContext,
  sentence: Sentence,
  topic: readonly number[],
  skip: ((at: number) => boolean) | null,
): number {
  let best = 0;
  const modifiers = sentence.modifierAt ?? [];
  const terms = sentence.terms;
  const asked = (p: number) => context.questionTerms.has(terms[p] as string);
  for (const at of sentence.nameAt ?? []) {
    if (asked(at) || modifiers.includes(at)) continue;
    // "Tuberculosis (TB)": the question's own name abbreviated, not another one.
    if (at > 0 && asked(at - 1) && bracketed(sentence.text, terms[at] as string)) continue;
    if (skip?.(at)) continue;
    best = Math.max(best, topic.length ? nearness(distanceTo(at, topic)) : 0.3);
  }
  return best;
}

/** Whether the text holds the term in brackets: "(TB)". */
function bracketed(text: string, term: string): boolean {
  return new RegExp(`\\(\\s*${escapeRegExp(term)}\\s*\\)`, "iu").test(text);
}

/**
 * A sentence saying what a name or word means or where it comes from: "the name means
 * 'crescent'", "its name is Latin for 'Great Charter'", "named after Harald Bluetooth", "the name
 * comes from…", "from the Danish words leg godt", "literally 'play well'".
 */
const EXPLAINS_NAME =
  /\b(?:means?|meaning|meant|literally|translat(?:es?|ed|ion))\b|\b\p{Lu}\p{Ll}+\s+(?:for|word|words|term|phrase)\s+["“'‘]|\bnamed\s+(?:after|for)\b|\b(?:name|word|term)\b.{0,60}?\b(?:comes?|came|derives?|derived|originates?|originated|taken)\s+from\b|\bfrom\s+the\s+(?:\p{L}+\s+)?(?:word|words|phrase|name)\b/u;

/** A sentence saying what something is made of: "made from chickpeas", "consists of", "contains". */
const COMPOSITION =
  /\b(?:made|make|makes|built|formed|composed|constructed|carved|cast|woven|prepared)\s+(?:\p{L}+\s+)?(?:of|from|out\s+of|with)\b|\bconsist(?:s|ed|ing)?\s+(?:\p{L}+\s+)?of\b|\bcontain(?:s|ed|ing)?\b/iu;

/**
 * "Where is X": X described as a place ("the northern city of Sumy", "Sumy, near the border");
 * "in Sumy" only says something happened there.
 * "Where did … happen": a place the question does not name, near its topic.
 */
/** How many terms from a place's name a word that places it ("city", "near", "border") may be. */
const PLACE_WINDOW = 4;

function placeScore(
  context: TypeContext,
  sentence: Sentence,
  positions: readonly number[][],
  topic: readonly number[],
): number {
  const { question } = context;
  const terms = sentence.terms;
  const askedAboutPlace = question.concepts
    .filter((c) => !c.framing && c.source === "question")
    .every((c) => c.isName);
  // "Where is ABBA from", "where does paella come from": a place of origin, which a people's
  // name before a noun gives too ("a Swedish pop group", "a Korean side dish").
  const origin = asksOrigin(question);
  let best = 0;
  if (askedAboutPlace && !origin) {
    const topicNames = question.concepts.flatMap((c, i) =>
      c.isName && !c.framing ? (positions[i] as number[]) : [],
    );
    for (const at of topicNames) {
      // "the northern city of Sumy", "Kharkiv, Ukraine's second-largest city".
      for (let p = Math.max(0, at - PLACE_WINDOW); p <= Math.min(terms.length - 1, at + PLACE_WINDOW); p++) {
        if (p !== at && GEO_TERMS.has(terms[p] as string)) best = Math.max(best, 1);
      }
    }
    return best;
  }
  const places = origin
    ? [...(sentence.placeAt ?? []), ...(sentence.modifierAt ?? [])]
    : (sentence.placeAt ?? []);
  for (const at of places) {
    if (context.questionTerms.has(terms[at] as string)) continue;
    best = Math.max(best, nearness(distanceTo(at, topic)));
  }
  // "Speaking at the station", "sheltering in a refuge station": a common noun after a locative
  // that WordNet has as a kind of location, building, facility or road.
  if (!origin) {
    for (const at of sentence.siteAt ?? []) {
      const term = terms[at] as string;
      if (context.questionTerms.has(term) || !isKindOfSite(context.lexicon, term)) continue;
      best = Math.max(best, nearness(distanceTo(at, topic)));
    }
  }
  return best;
}

/** WordNet's classes of sites: where something can happen or someone can be. */
const SITE_CLASSES = ["location", "structure", "facility", "way", "building"].map((w) => wordTerm(w));

function isKindOfSite(lexicon: Lexicon, term: string): boolean {
  return SITE_CLASSES.some((c) => c === term || lexicon.isA(term, c));
}

const ORIGIN = /\b(?:from|origin|originat(?:e|es|ed|ing))\b/iu;

/** "Where is X from", "where did X originate": a place of origin is asked for. */
export function asksOrigin(question: AnalyzedQuestion): boolean {
  return ORIGIN.test(question.text);
}

/**
 * "What did X say": X is the speaker — next to a verb of saying, or quoted in a sentence whose
 * speaker is named in the sentence before. Their own words (a quotation) answer best; a report
 * of what they said, next best.
 */
function speechScore(
  context: TypeContext,
  sentence: Sentence,
  positions: readonly number[][],
  credit: readonly number[],
): number {
  const speakers = context.question.speakers;
  const quoted = (sentence.cues ?? []).includes("quote");
  if (speakers.length === 0) return quoted || sentence.terms.some((t) => SPEECH_TERMS.has(t)) ? 0.5 : 0;
  if (!speakers.every((i) => (credit[i] as number) > 0)) return 0;
  const speakerAt = speakers.flatMap((i) => positions[i] as number[]);
  // Matched only through the sentence before: "…,” he said" is their quote, "He mentioned that…"
  // their reported words.
  if (speakerAt.length === 0) {
    if (quoted) return 0.8;
    return (sentence.cues ?? []).includes("pronoun-speaker") ? 0.7 : 0.3;
  }
  let best = quoted ? 0.6 : 0;
  sentence.terms.forEach((term, p) => {
    if (SPEECH_TERMS.has(term))
      best = Math.max(best, distanceTo(p, speakerAt) <= 4 ? (quoted ? 1 : 0.7) : 0.4);
  });
  return best;
}

/**
 * "Who is X": X's title. Best is a title chain just before X — "Kremlin spokesman Dmitry
 * Peskov", "US Secretary of State Marco Rubio", "the economy minister, Yuliia Svyrydenko" —
 * walking back over names and titles only. A title just after X may be an apposition, or the
 * next person's ("Rubio and presidential envoy Steve Witkoff"), so it counts for less.
 */
function titleScore(context: TypeContext, sentence: Sentence, topic: readonly number[]): number {
  const terms = sentence.terms;
  const names = new Set(sentence.nameAt ?? []);
  const isTitle = (p: number) =>
    ROLE_TERMS.has(terms[p] as string) && !context.questionTerms.has(terms[p] as string);
  const inChain = (p: number) => names.has(p) || ROLE_TERMS.has(terms[p] as string);
  let best = 0;
  for (const at of topic) {
    for (let p = at - 1; p >= 0 && p >= at - 6; p--) {
      if (isTitle(p)) return 1;
      if (!inChain(p)) break;
    }
    for (let p = at + 1; p < terms.length && p <= at + 3; p++) {
      if (isTitle(p)) best = 0.3;
      if (!inChain(p)) break;
    }
  }
  return best;
}

/** Positions of the question's topic (non-framing) concepts matched in the sentence. */
function topicPositions(question: AnalyzedQuestion, positions: readonly number[][]): number[] {
  return question.concepts.flatMap((c, i) => (c.framing ? [] : (positions[i] as number[])));
}

function distanceTo(at: number, targets: readonly number[]): number {
  let best = Infinity;
  for (const t of targets) best = Math.min(best, Math.abs(t - at));
  return best;
}

/** Score for being close to the topic: next to it 1, nearby 0.6, elsewhere in the sentence 0.3. */
function nearness(distance: number): number {
  return distance <= 3 ? 1 : distance <= 8 ? 0.6 : distance < Infinity ? 0.3 : 0;
}
