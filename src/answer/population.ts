/**
 * "How many people live in Gaza", "what is the city's population": a place's population is
 * written as a figure of the place ("the besieged territory of 2.4 million people", "Kharkiv, a
 * city of 1.4 million", "home to 30,000 people", "2,000 inhabitants") as often as with the words
 * asked.
 */
import type { Sentence } from "../article.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { wordTerm } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import { isPlaceNoun } from "./placeNouns.js";
import { LOCATION_CLASS } from "./wordClasses.js";
import { creditMissingAt } from "./creditAt.js";

/** The question words that ask for a population: "population", "live", "inhabitants", "residents". */
const ASKS_POPULATION = new Set(["population", "live", "inhabit", "reside"].map((w) => wordTerm(w)));
/** The words a population figure stands for: those, and the people counted. */
const POPULATION_WORDS = new Set([...ASKS_POPULATION, wordTerm("people")]);
/** What a population figure counts for the words it stands for. */
export const POPULATION_CREDIT = 0.8;
/** The words a sentence giving a population may have instead of the question's. */
export const POPULATION_TERMS = ["people", "inhabitant", "resident", "home", "population"].map((w) =>
  wordTerm(w),
);

/** Whether a how-many question asks for a place's population. */
export function asksPopulation(question: AnalyzedQuestion): boolean {
  return question.kind === "number" && question.concepts.some((c) => ASKS_POPULATION.has(c.term));
}

/** The people a place's population counts, as a how-many question's counted noun. */
const PEOPLE_UNITS = new Set(
  ["people", "person", "inhabitant", "resident", "population"].map((w) => wordTerm(w)),
);

/**
 * Whether a sentence can say a place's population: it gives one as a figure of a place
 * (populationAt) or holds the question's own word for it ("640 people live in the town"). "Seven
 * people were treated… and two were taken to Lorrick" is no population of Lorrick. A question
 * counting something else ("how many bees live in a hive") asks for no place's people.
 * @param at where the sentence gives a population (populationAt), or -1
 */
export function givesPopulation(question: AnalyzedQuestion, sentence: Sentence, at: number): boolean {
  const unit = question.concepts.find((c) => c.unit);
  if (unit && !PEOPLE_UNITS.has(unit.term)) return true;
  return (
    at >= 0 || question.concepts.some((c) => ASKS_POPULATION.has(c.term) && sentence.terms.includes(c.term))
  );
}

/**
 * A figure, matched from the start of its digits: a pattern free to start inside a long run of
 * them (or of letters, below) would backtrack through the run from every place in it.
 */
const FIGURE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?(?:(?<![\d.,])\d[\d.,]*|<num>)(?:\s+(?:million|billion|thousand))?`;
/** "a city of 1.4 million", "the territory of 2.4 million people": a place noun before the figure. */
const PLACE_OF_FIGURE = new RegExp(
  String.raw`(?<!\p{L})(\p{L}+)\s+of\s+${FIGURE}(?!\s*(?:%|per\s*cent|percent))`,
  "gu",
);
/** The people a figure counts, right after it. */
const PEOPLE_AFTER = /^\s+people\b/iu;
/** "home to 30,000 people", "2,000 inhabitants", "a population of 40 million". */
const OTHER_POPULATION = new RegExp(
  String.raw`\b(home)\s+to\s+${FIGURE}|${FIGURE}\s+(inhabitants|residents)\b|\b(population)\s+(?:of\s+|is\s+|was\s+|stands\s+at\s+|at\s+)?${FIGURE}`,
  "iu",
);

/** Where in the sentence's terms a population figure is (the place noun or word giving it), or -1. */
export function populationAt(lexicon: Lexicon, sentence: Sentence): number {
  if (!/\d|<num>/u.test(sentence.text)) return -1;
  for (const match of sentence.text.matchAll(PLACE_OF_FIGURE)) {
    const term = wordTerm(match[1] as string);
    // "A port of about 50,000 people": any kind of location, where the figure counts people (not
    // "an area of 4,000 square kilometres", nor "a toll of 12 people").
    const ofPeople = PEOPLE_AFTER.test(sentence.text.slice((match.index ?? 0) + match[0].length));
    if (isPlaceNoun(lexicon, term) || (ofPeople && lexicon.isKindOf(term, [LOCATION_CLASS])))
      return sentence.terms.indexOf(term);
  }
  const other = OTHER_POPULATION.exec(sentence.text);
  const word = other && (other[1] ?? other[2] ?? other[3]);
  return word ? sentence.terms.indexOf(wordTerm(word)) : -1;
}

/**
 * The question's words for a population ("live", "population", "people") that the sentence
 * lacks get their credit from a population figure it gives, placed where the figure is.
 * @param at where the sentence gives a population (populationAt), or -1
 */
export function creditPopulation(
  question: AnalyzedQuestion,
  at: number,
  credit: number[],
  positions: number[][],
): void {
  creditMissingAt(question, POPULATION_WORDS, POPULATION_CREDIT, at, credit, positions);
}
