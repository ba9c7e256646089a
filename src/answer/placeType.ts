/**
 * Answer typing for "where" questions (answerType.ts's kindScore asks): how well a sentence places
 * what is asked about, or names a place near its topic; and what a where-question asks for (a
 * place of origin, a place at the time of an event, a place within another).
 */
import type { Sentence } from "../article.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { GEO_TERMS, PLACE_KINDS } from "../text/lexicon.js";
import { wordTerm } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import type { TypeContext } from "./answerType.js";
import { nearTopic } from "./nearness.js";
import { asksWhereTo } from "./questionForm.js";
import { LOCATION_CLASS } from "./wordClasses.js";

/** How many terms from a place's name a word that places it ("city", "near", "border") may be. */
const PLACE_WINDOW = 4;
/** What a kind of place alone counts for as the answer to "where is X" (fit sets at fixed weights: 0.3, 0.5 and 0.7 tie; 0 refuses one answerable question). */
const KIND_OF_PLACE_CREDIT = 0.5;

/**
 * "Where is X": X described as a place ("the northern city of Sumy", "Sumy, near the border");
 * "in Sumy" only says something happened there.
 * "Where did … happen": a place the question does not name, near its topic.
 */
export function placeScore(
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
  const origin = context.origin;
  // "Where was the train going", "where did Rubio fly to": where someone or something went ("headed
  // to Redfield"); a place it was only in ("derailed in Tamsworth") answers less.
  const destination = !origin && context.destination;
  let best = 0;
  if (askedAboutPlace && !origin && !destination) {
    const topicNames = question.concepts.flatMap((c, i) =>
      c.isName && !c.framing ? (positions[i] as number[]) : [],
    );
    // Another place: a name WordNet has as one, or one after a locative ("a town in Ostravel");
    // looked for only beside a kind of place.
    let otherPlaces: number[] | undefined;
    const placesBesides = (): number[] =>
      (otherPlaces ??= [
        ...(sentence.nameAt ?? []).filter((p) => context.lexicon.isA(terms[p] as string, LOCATION_CLASS)),
        ...(sentence.placeAt ?? []),
      ].filter((p) => !topicNames.includes(p)));
    for (const at of topicNames) {
      // "the northern city of Sumy", "Kharkiv, Ukraine's second-largest city", "190 kilometres
      // north of Sudbury": a direction, a distance or another place. A kind of place alone says
      // what X is, not where ("the Garnet Falls town council").
      for (let p = Math.max(0, at - PLACE_WINDOW); p <= Math.min(terms.length - 1, at + PLACE_WINDOW); p++) {
        const term = terms[p] as string;
        if (p === at || !GEO_TERMS.has(term)) continue;
        const placed =
          !PLACE_KINDS.has(term) || placesBesides().some((o) => Math.abs(o - at) <= PLACE_WINDOW * 2);
        best = Math.max(best, placed ? 1 : KIND_OF_PLACE_CREDIT);
      }
    }
    return best;
  }
  const places = origin
    ? [...(sentence.placeAt ?? []), ...(sentence.modifierAt ?? [])]
    : (sentence.placeAt ?? []);
  const destinations = destination ? new Set(sentence.destinationAt ?? []) : null;
  const credit = (at: number) => (!destinations || destinations.has(at) ? 1 : OTHER_PLACE_CREDIT);
  // "Which city in Oman…", "which building in Paris…": a place WordNet knows that is no city, no
  // building ("…were held Saturday in Oman") does not answer; a name it does not know may.
  const focus = question.type === "what" ? question.focus : null;
  const ofAnotherKind = (term: string) =>
    focus !== null && context.lexicon.isA(term, LOCATION_CLASS) && !context.lexicon.isA(term, focus);
  // A sentence matching the question only through the one before ("It rises in the Valdai
  // Hills"): its place is somewhere in it, as a figure's is.
  for (const at of places) {
    const term = terms[at] as string;
    if (context.questionTerms.has(term) || ofAnotherKind(term) || liesOutsideAsked(context, term)) continue;
    best = Math.max(best, nearTopic(at, topic) * credit(at));
  }
  // "Speaking at the station", "sheltering in a refuge station": a common noun after a locative
  // that WordNet has as a kind of location, building, facility or road.
  const sites = destination ? [...(sentence.siteAt ?? []), ...(destinations ?? [])] : (sentence.siteAt ?? []);
  if (!origin) {
    for (const at of sites) {
      const term = terms[at] as string;
      if (context.questionTerms.has(term)) continue;
      // (A destination's name is one: "headed to Paris", "taken to Garnet Falls District Hospital".)
      const isName = destinations?.has(at) && (sentence.nameAt ?? []).includes(at);
      if (isName ? liesOutsideAsked(context, term) : !isKindOfSite(context.lexicon, term)) continue;
      best = Math.max(best, nearTopic(at, topic) * credit(at));
    }
  }
  return best;
}

/**
 * What a place where something only happened counts for, against a destination, as the answer to
 * a where-question about going somewhere.
 */
const OTHER_PLACE_CREDIT = 0.5;

/** Whether a where-question asks where someone or something went (questionForm.ts's asksWhereTo). */
export function asksDestination(question: AnalyzedQuestion): boolean {
  return question.kind === "place" && asksWhereTo(question.read);
}

/**
 * "Where in London…", "which city in Oman…", "which Italian city…": the named places the place
 * asked for lies in (their terms), which WordNet knows as locations; none for other questions.
 */
export function askedWithin(question: AnalyzedQuestion, lexicon: Lexicon): string[] {
  if (question.kind !== "place") return [];
  const word = (i: number) => question.words[i];
  const focus =
    question.type === "what" && question.focus !== null
      ? question.concepts.find((c) => c.term === question.focus && c.token !== undefined)?.token
      : undefined;
  const placeFocus = focus !== undefined && isKindOfSite(lexicon, question.focus as string);
  return question.concepts.flatMap((c) => {
    if (!c.isName || c.framing || c.source !== "question" || c.token === undefined) return [];
    if (!lexicon.isA(c.term, LOCATION_CLASS)) return [];
    // "where in (the) X", "which city in X"; "which Italian city".
    const before = word(c.token - 1) === "the" ? c.token - 2 : c.token - 1;
    const inside =
      word(before) === "in" && (word(before - 1) === "where" || (placeFocus && focus === before - 1));
    return inside || (placeFocus && focus === c.token + 1) ? [c.term] : [];
  });
}

/** Whether WordNet places a sentence's place outside one the question asks within (Paris for "which Italian city"). */
export function liesOutsideAsked(context: Pick<TypeContext, "within" | "lexicon">, term: string): boolean {
  return context.within.some((container) => context.lexicon.liesOutside(term, container));
}

/** WordNet's classes of sites: where something can happen or someone can be. */
const SITE_CLASSES = ["location", "structure", "facility", "way", "building"].map((w) => wordTerm(w));

function isKindOfSite(lexicon: Lexicon, term: string): boolean {
  return lexicon.isKindOf(term, SITE_CLASSES);
}

/** "Where was X when…", "where were they standing when…": a place at the time of an event ("where and when is…" asks two things). */
const WHERE_AT_TIME = /\bwhere\b(?!\s+and\s+when\b).*\bwhen\b/iu;

/** "Where was Rubio when he warned…": where someone or something was at the time, which a locative gives ("at Le Bourget airport"). */
export function asksWhereAtTime(question: AnalyzedQuestion): boolean {
  return question.kind === "place" && WHERE_AT_TIME.test(question.read);
}

const ORIGIN = /\b(?:from|origin|originat(?:e|es|ed|ing))\b/iu;

/** "Where is X from", "where did X originate": a place of origin is asked for. */
export function asksOrigin(question: AnalyzedQuestion): boolean {
  return ORIGIN.test(question.read);
}
