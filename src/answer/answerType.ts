/**
 * Whether a sentence holds the kind of answer a question asks for (see AnswerKind): a date near
 * the topic for "when", a title next to the name for "who is X", a name the question lacks for
 * "who hosted…", a place for "where", a reason for "why", the speaker's words for "what did X
 * say". Each check reads only the sentence's stored terms and features. Figures, dates and spans
 * of time (when, how many, how long) are checked in figureType.ts, places in placeType.ts and a
 * speaker's words in speechType.ts.
 */
import type { EntitySpan, Sentence } from "../article.js";
import { CAUSAL_PATTERN, ROLE_TERMS } from "../text/lexicon.js";
import { wordTerm } from "../text/terms.js";
import { LOCATION_CLASS } from "./wordClasses.js";
import { escapeRegExp, foldWord } from "../text/normalize.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { TollKind } from "./tollKind.js";
import { expandsAcronym } from "./answerEvidence.js";
import { asksForFigure, figureMatch, type MeasureAsked } from "./figureType.js";
import type { Size } from "./figureSize.js";
import { nearTopic } from "./nearness.js";
import { placeScore } from "./placeType.js";
import { roleHolderTest } from "./roleHolderType.js";
import { speechScore } from "./speechType.js";

/** What the answer-type check needs from the reranker. */
export interface TypeContext {
  question: AnalyzedQuestion;
  /** The question's own terms (a sentence's name among them is not an answer to "who"). */
  questionTerms: ReadonlySet<string>;
  /** WordNet's kinds: a measure's unit ("metres") is a unit of measurement. */
  lexicon: Lexicon;
  /** The measure the question asks for, worked out once per question (`measureAsked`). */
  measure: MeasureAsked;
  /** For a size question, the kind of unit its figure must be in (a linear unit for how deep), worked out once per question (`dimensionAsked`). */
  dimension: string | null;
  /** For "how tall / deep / wide / long…", the size asked for: a figure written as another ("480 metres long" for how tall) is none (`sizeAsked`). */
  size: Size | null;
  /** The question asks for a role's holder, worked out once per question (`asksForHolder`). */
  holder: boolean;
  /** The question asks "how many" / "how much", worked out once per question (figureCounts.ts reads them for every figure). */
  howMany: boolean;
  howMuch: boolean;
  /** For "how many", the kind of toll asked for, the dead or the hurt, if one (tollKind.ts), worked out once per question. */
  tollAsked: TollKind | null;
  /** For "who heads X": the concept whose verb says what the role does (-1 for none), worked out once per question (`roleSenseConcept`). */
  roleSense: number;
  /** The question asks where someone or something went, worked out once per question (`asksDestination`). */
  destination: boolean;
  /** The places the asked-for place lies in ("where in London", "which Italian city"), worked out once per question (`askedWithin`). */
  within: readonly string[];
  /** A where-question asks for a place of origin ("where is X from"), worked out once per question (`asksOrigin`). */
  origin: boolean;
  /** The question is asked of one article, which is on its subject (`/ask article:`). */
  restricted?: boolean;
}

export interface AnswerTypeMatch {
  /** 0…1: how well the sentence holds the kind of answer asked for. */
  score: number;
  /** For date / number / duration questions: the entity that answers. */
  span: EntitySpan | null;
  /** The span is the count of the question's own unit ("six children" for "how many children"). */
  byUnit: boolean;
}

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
  /** For a why-question: the sentence's only cue to a reason says what came before ("after", "following", "amid", "until"). */
  "typeReasonTemporal",
  "typeSpeech",
  "typeDefinition",
  "typeMaterial",
  "typeMeaning",
  "typeName",
] as const;

/** What saying a name is an acronym counts for, against writing it out (1): the written-out name wins where there is one. */
const EXPLAINS_CREDIT = 0.8;
/** The nouns that say a name is an abbreviation: "an acronym of", "his initials". */
export const ABBREVIATION_NOUNS = ["acronym", "initialism", "abbreviation", "initials"] as const;
/** A sentence that says what a name abbreviates: one of those nouns, "abbreviated", "stands for", "short for". */
const EXPLAINS_ABBREVIATION = new RegExp(
  `\\b(?:${ABBREVIATION_NOUNS.join("|")}|abbreviated|stands?\\s+for|stood\\s+for|short\\s+for)\\b`,
  "iu",
);

/**
 * @param positions where each question concept occurs in the sentence's terms
 * @param credit how much each concept is matched (0 when not at all)
 * @param population where the sentence gives a population a population question asks for (populationAt), or -1
 */
export function answerTypeMatch(
  context: TypeContext,
  sentence: Sentence,
  positions: readonly number[][],
  credit: readonly number[],
  population = -1,
): AnswerTypeMatch {
  const { question } = context;
  const topic = topicPositions(question, positions);
  if (asksForFigure(question.kind))
    return figureMatch(context, sentence, positions, credit, topic, population);
  return { score: kindScore(context, sentence, positions, credit, topic), span: null, byUnit: false };
}

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
    if (c.framing || c.unit || c.isName || c.classifier || c.titlePart || c.source !== "question") return;
    // "…in 2019": a figure of the question's dates what it asks about; it is not the predicate.
    if (FIGURE_TERM.test(c.term)) return;
    total += weights[i] as number;
    if ((credit[i] as number) > 0) held += weights[i] as number;
  });
  return total === 0 ? 1 : held / total;
}

const FIGURE_TERM = /^\p{N}/u;

/** A verb's participle: "travelling", "killed" (not "king", "Red", "Ted"). */
const PARTICIPLE = String.raw`(?!during\b)\p{L}{2,}(?:ing|ed)\b`;
/** What opens a role's description: "the foreign minister", "his deputy", "Ukraine's…". */
const DETERMINER = String.raw`(?:the|a|an|his|her|their|its|our|this|that|these|those)\s`;

const HOLDER_QUESTION = new RegExp(
  String.raw`^\W*(?:who(?:\s+(?:is|was|are|were)|'s|’s)` +
    // "who was killed", "who is travelling": a deed;
    String.raw`(?!\s+${PARTICIPLE})` +
    // "who is at fault", "who is behind the attack", "who is responsible": a deed or a state;
    String.raw`(?!\s+(?:at|in|on|behind|for|against|with|from|to|responsible)\b)` +
    // "who is Valk married to", "who's Dunai meeting": someone named, then a deed of theirs.
    String.raw`(?!\s+(?!${DETERMINER})\p{L}+\s+${PARTICIPLE})` +
    String.raw`|what(?:\s+(?:is|was|are|were)|'s|’s)\s+the\s+names?\s+of)\s`,
  "iu",
);

/**
 * "Who is / was the X (of Y)", "what is the name of the X": the name of whoever holds a role. Not
 * a deed ("who is travelling…", "who was killed…", "who is Valk married to") or a state ("who is
 * at fault"). Read from the question as read ("whos the X", "<@bot> who is the X" ask it too).
 */
export function asksForHolder(question: AnalyzedQuestion): boolean {
  return HOLDER_QUESTION.test(question.read);
}

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
      // "Who did Rubio meet in Paris": a name placed by a locative ("in London") says where, not who.
      // "Which minister…", "the names of the detained fishermen" ask for people: no place is one.
      const people = context.holder || context.question.type === "what";
      // "Who heads the court": a name holding some other post does not answer.
      const holds = roleHolderTest(context.question, context.roleSense, sentence, positions);
      const named = newNameScore(
        context,
        sentence,
        topic,
        people ? isPlace : (at) => places.includes(at),
        holds ? (at) => (holds(at) ? 1 : OTHER_POST_CREDIT) : null,
      );
      return Math.max(
        named,
        openingPeopleScore(context, sentence, topic),
        whichRoleScore(context, sentence, topic),
      );
    }
    case "place":
      return placeScore(context, sentence, positions, topic);
    case "definition": {
      // "What is X about": X followed by what it is or does.
      const described = sentence.describedAt ?? [];
      return topic.some((at) => described.includes(at)) ? 1 : 0;
    }
    case "reason":
      // A reason or a purpose in so many words ("because", "in order to"); a sentence saying only
      // what came before ("after", "amid") has `typeReasonTemporal` (rerank.ts) instead.
      return (sentence.cues ?? []).includes("cause") && CAUSAL_PATTERN.test(sentence.text) ? 1 : 0;
    case "expansion":
      // The name written out; or a sentence explaining it ("The name is an acronym of his initials").
      return expandsAcronym(context.question, sentence)
        ? 1
        : EXPLAINS_ABBREVIATION.test(sentence.text)
          ? EXPLAINS_CREDIT
          : 0;
    case "material":
      return composes(context, sentence, topic) ? 1 : 0;
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
 * What a name holding some other post than the one asked for counts for ("who heads the court":
 * roleHolderType.ts). Labelled sets at round 85's weights: at half credit, one measure-only
 * question the articles leave unanswered fewer was refused, and as many were right first.
 */
const OTHER_POST_CREDIT = 0;

/**
 * How near the topic (1 next to it … 0.3 far; 0 for none) the sentence has a name the question
 * lacks: not one describing a noun ("Russian strikes"), nor one `skip` rules out; times the
 * `share` of a name, where some names answer less well than others.
 */
function newNameScore(
  context: TypeContext,
  sentence: Sentence,
  topic: readonly number[],
  skip: ((at: number) => boolean) | null,
  share: ((at: number) => number) | null = null,
): number {
  let best = 0;
  const modifiers = sentence.modifierAt ?? [];
  const terms = sentence.terms;
  const asked = (p: number) => context.questionTerms.has(terms[p] as string);
  const fullName = partsOfAskedNames(context.question, sentence.text);
  for (const at of sentence.nameAt ?? []) {
    if (asked(at) || modifiers.includes(at) || fullName.has(terms[at] as string)) continue;
    // "Tuberculosis (TB)": the question's own name abbreviated, not another one.
    if (at > 0 && asked(at - 1) && bracketed(sentence.text, terms[at] as string)) continue;
    if (skip?.(at)) continue;
    best = Math.max(best, nearTopic(at, topic) * (share?.(at) ?? 1));
  }
  return best;
}

/**
 * How near the topic the sentence opens on people the question does not name: "Mediators from
 * Qatar proposed a ceasefire", "Rescuers pulled the miners out" answer "who" as a name would
 * (0 when its opening word is no noun of people, or no common word: Sentence.openerAt).
 */
function openingPeopleScore(context: TypeContext, sentence: Sentence, topic: readonly number[]): number {
  const at = sentence.openerAt;
  const term = at === undefined ? undefined : sentence.terms[at];
  if (at === undefined || term === undefined || context.questionTerms.has(term)) return 0;
  return context.lexicon.mayBePerson(term) ? nearTopic(at, topic) : 0;
}

/**
 * "Which Ukrainian official is due in Washington": a role the question lacks, near its topic,
 * names one ("Ukraine's prime minister is set to visit Washington"). Which-questions only: "who
 * hosted the talks" wants the name.
 */
function whichRoleScore(context: TypeContext, sentence: Sentence, topic: readonly number[]): number {
  if (context.question.type !== "what" || context.holder) return 0;
  let best = 0;
  sentence.terms.forEach((term, at) => {
    if (ROLE_TERMS.has(term) && !context.questionTerms.has(term)) best = Math.max(best, nearTopic(at, topic));
  });
  return best;
}

/**
 * Capitalised words written one after another: a name, perhaps with its titles ("Johann Sebastian
 * Bach", "RMS Titanic", "Secretary of State Marco Rubio", "Ludwig van Beethoven").
 */
const NAME_RUN =
  /\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:[ \t]+(?:of(?:[ \t]+the)?|de|van|von|da|di|du|del|der|bin|al))?[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*)+/gu;

/**
 * "Who was Bach's wife": the words written before one of the question's names as one name with it
 * ("Johann Sebastian Bach", "AFC Ajax", "RMS Titanic") are that name, not another person's. Their
 * terms. (A name after it, "US Secretary of State Marco Rubio" for "the US secretary", may be.)
 */
function partsOfAskedNames(question: AnalyzedQuestion, text: string): ReadonlySet<string> {
  const names = new Set(question.concepts.flatMap((c) => (c.isName && !c.framing ? [c.term] : [])));
  const parts = new Set<string>();
  if (names.size === 0) return parts;
  for (const run of text.matchAll(NAME_RUN)) {
    const words = run[0]
      .split(/[ \t]+/u)
      .map((w) => wordTerm(w.replace(/(?:['’]s?|\.)$/u, "").toLowerCase()));
    const last = words.at(-1);
    if (last === undefined || !names.has(last)) continue;
    for (const word of words.slice(0, -1)) if (!names.has(word)) parts.add(word);
  }
  return parts;
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
 * Whether the sentence says what its topic is made of: a composition cue with the topic's own
 * word before it ("The lunar module was built of aluminium"), or with a pronoun for it ("It is
 * made up of 3,000 reefs"). The topic's word only after the cue is among the parts of something
 * else ("Its crew consisted of the commander…, the lunar module pilot…").
 */
function composes(context: TypeContext, sentence: Sentence, topic: readonly number[]): boolean {
  const cue = COMPOSITION.exec(sentence.text);
  if (!cue) return false;
  if (PRONOUN_SUBJECT.test(sentence.text)) return true;
  const own = new Set(context.question.concepts.map((c) => c.term));
  const topicWords = topic.flatMap((at) =>
    own.has(sentence.terms[at] as string) ? [sentence.terms[at] as string] : [],
  );
  if (topicWords.length === 0) return true;
  const before = new Set(
    (sentence.text.slice(0, cue.index).match(/\p{L}+/gu) ?? []).map((word) => wordTerm(foldWord(word))),
  );
  return topicWords.some((term) => before.has(term));
}
const PRONOUN_SUBJECT = /^(?:It|They|These|This|He|She)\b/u;

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
