/**
 * Two signs that a sentence holds the answer, read from the sentence's own wording:
 * - a name written out whose initials are a name the question asks about ("General Data
 *   Protection Regulation" for GDPR): what an acronym stands for, and what it is;
 * - a name the question lacks that the sentence marks as a person's: a title or a kind of person
 *   before it ("the Finnish student Linus Torvalds", "Mayor Ihor Terekhov"), or a verb of saying
 *   after it ("Calloway told reporters"). A bare name may be a country or a product;
 * - for a who-question, a name after "by" with one of the question's words a few words before it
 *   in the same clause: the doer of what it asks about ("the financier played by Michael Douglas"
 *   for _who plays Gordon Gekko_, "was founded in 1966 in Oakland by Bobby Seale").
 */
import type { Sentence } from "../article.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { ROLE_TERMS, SPEECH_TERMS } from "../text/lexicon.js";
import { foldWord } from "../text/normalize.js";
import { wordTerm } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import { isAbbreviation } from "./questionKind.js";
import { nearTopic } from "./nearness.js";
import { PERSON_CLASS } from "./wordClasses.js";

/** The ranker's features read here (rerank.ts): a name marked as a person's, a name written out. */
export const EVIDENCE_FEATURES = ["namedPerson", "acronym", "agentNamed"] as const;

/** Small words a written-out name may hold without an initial: "Association of Retired Persons". */
const NAME_LINKS = new Set(["of", "and", "for", "the", "on", "in", "de", "des", "du", "la", "&"]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|&/gu;
/** Each question's name terms that may be acronyms and the shortest one's length, found once. */
const acronymsOf = new WeakMap<AnalyzedQuestion, { list: string[]; shortest: number }>();

/**
 * Whether the sentence writes out a name of the question as capitalised words whose initials
 * spell it (a name term of 2–6 letters, as an acronym would be).
 */
export function expandsAcronym(question: AnalyzedQuestion, sentence: Sentence): boolean {
  let known = acronymsOf.get(question);
  if (!known) {
    const list = question.concepts.filter((c) => c.isName && isAbbreviation(c.term)).map((c) => c.term);
    known = { list, shortest: Math.min(...list.map((a) => a.length)) };
    acronymsOf.set(question, known);
  }
  const acronyms = known.list;
  if (acronyms.length === 0) return false;
  // Cheap first: a name written out is a run of names, as many as its letters or all but one
  // (small words are not terms; "American" may be folded into "U.S." but is still a name).
  if (longestNameRun(sentence) < Math.max(2, known.shortest - 1)) return false;
  return initialRuns(sentence.text).some((initials) => acronyms.some((a) => initials.includes(a)));
}

/**
 * The initials of each run of capitalised words in a text, small linking words skipped: "the
 * National Transportation Safety Board said" → ["ntsb"] (a sentence-opening "The" adds its "t").
 */
export function initialRuns(text: string): string[] {
  const runs: string[] = [];
  let initials = "";
  const flush = () => {
    if (initials.length >= 2) runs.push(initials);
    initials = "";
  };
  for (const word of text.match(WORD) ?? []) {
    if (/^\p{Lu}/u.test(word)) {
      // "Protection-Regulation": each part of a hyphenated name is a word.
      for (const part of word.split("-")) if (/^\p{Lu}/u.test(part)) initials += part[0]?.toLowerCase();
    } else if (!NAME_LINKS.has(word.toLowerCase())) flush();
  }
  flush();
  return runs;
}

/** Whether the sentence writes out the acronym ("ntsb") as capitalised words. */
export function writesOut(acronym: string, sentence: Sentence): boolean {
  if (longestNameRun(sentence) < Math.max(2, acronym.length - 1)) return false;
  return initialRuns(sentence.text).some((initials) => initials.includes(acronym));
}

/** The most name terms side by side in the sentence. */
function longestNameRun(sentence: Sentence): number {
  let longest = 0;
  let run = 0;
  let previous = -2;
  for (const at of sentence.nameAt ?? []) {
    run = at === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = at;
  }
  return longest;
}

/** Per question: which terms WordNet says are kinds of person ("student", "singer"). */
export type PersonNouns = Map<string, boolean>;

/**
 * How near the question's topic (1 next to it, 0.6 nearby, 0.3 elsewhere, 0 none) the sentence
 * names a person the question does not: a name it marks as a person's (see the file's comment).
 */
export function namedPersonScore(
  sentence: Sentence,
  questionTerms: ReadonlySet<string>,
  topic: readonly number[],
  lexicon: Lexicon,
  personNouns: PersonNouns,
): number {
  const terms = sentence.terms;
  const nameAt = sentence.nameAt ?? [];
  if (nameAt.length === 0) return 0;
  const modifierAt = sentence.modifierAt ?? [];
  const names = { has: (at: number) => nameAt.includes(at) };
  const modifiers = { has: (at: number) => modifierAt.includes(at) };
  const isPersonNoun = (term: string): boolean => {
    let known = personNouns.get(term);
    if (known === undefined)
      personNouns.set(term, (known = ROLE_TERMS.has(term) || lexicon.isA(term, PERSON_CLASS)));
    return known;
  };
  let best = 0;
  for (const at of nameAt) {
    const term = terms[at] as string;
    if (questionTerms.has(term) || modifiers.has(at)) continue;
    let first = at;
    while (names.has(first - 1)) first--;
    let last = at;
    while (names.has(last + 1)) last++;
    const before = terms[first - 1];
    const after = terms[last + 1];
    const marked =
      (before !== undefined && !names.has(first - 1) && isPersonNoun(before)) ||
      (after !== undefined && SPEECH_TERMS.has(after));
    if (!marked) continue;
    best = Math.max(best, nearTopic(at, topic));
  }
  return best;
}

/**
 * Words that cannot be part of a title between "by" and a name: a preposition's ("killed by
 * shelling in Kharkiv") or a clause's ("by the time Putin arrived").
 */
const NOT_TITLE_WORDS =
  "in|on|at|of|to|for|from|with|near|into|over|after|before|during|" +
  "and|or|but|that|which|who|when|while|where|time|end|then|now";
/**
 * "by", then a capitalised word: "by Michael Douglas", "by Johannes", "by the Wright brothers";
 * or after up to two lower-case words of a title: "by the company Getlink", "by chief engineer
 * Joseph Strauss".
 */
const BY_AGENT = new RegExp(
  String.raw`\bby\s+(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:${NOT_TITLE_WORDS})\s)\p{Ll}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}'’.-]*)`,
  "gu",
);
/** How many words before "by" the question's word may be: "founded in 1966 in Oakland by Seale". */
const AGENT_REACH = 6;
const WORD_BEFORE = /[\p{L}][\p{L}'’-]*|[,;:()—–]/gu;
/** A past participle ("employed", "written"), which owns a "by" after it; irregular ones ("built") are not caught. */
const PARTICIPLE = /^\p{L}{2,}(?:ed|en)$/u;

/** Only a sentence with "by" in it is searched for a doer. */
const BY_WORD = /\sby\s/u;
/** "by April 26", "by Monday": a deadline, not a doer. */
const CALENDAR =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/iu;

/**
 * Whether the sentence names, after "by" and within AGENT_REACH words of one of the question's
 * words in the same clause, someone the question does not: the doer of what a who-question asks
 * about (1), or not (0).
 */
export function agentNamedScore(
  question: AnalyzedQuestion,
  questionTerms: ReadonlySet<string>,
  sentence: Sentence,
  lexicon: Lexicon,
): number {
  // Most sentences have no "by": the pattern is not run on them.
  if (!BY_WORD.test(sentence.text)) return 0;
  for (const match of sentence.text.matchAll(BY_AGENT)) {
    const doer = match[1] as string;
    if (CALENDAR.test(doer) || questionTerms.has(wordTerm(foldWord(doer)))) continue;
    // The question's word in the same clause, a few words before "by".
    const before = (sentence.text.slice(0, match.index).match(WORD_BEFORE) ?? []).slice(-AGENT_REACH);
    const clause = before.slice(before.findLastIndex((w) => /^[,;:()—–]$/u.test(w)) + 1);
    // Nearest first; another participle in between owns the "by" ("a contractor employed by").
    for (const w of clause.reverse()) {
      const word = wordTerm(foldWord(w));
      // …or a kind of it: "a Spanish novel by Miguel de Cervantes" for "who wrote" (WordNet files a
      // novel under writing), "a mural by Diego Rivera" for "who painted"; or a word sharing a
      // meaning with it or with the role sense it is read with ("operated by" for "who runs").
      if (
        question.concepts.some(
          (c) =>
            !c.isName &&
            !c.framing &&
            (c.term === word ||
              lexicon.isA(word, c.term) ||
              lexicon.isRelated(c.term, word) ||
              (c.sense !== undefined && lexicon.isRelated(c.sense, word))),
        )
      )
        return 1;
      if (PARTICIPLE.test(w)) break;
    }
  }
  return 0;
}
