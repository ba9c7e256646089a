/**
 * How a candidate sentence holds the question beyond its own words (rerank.ts's features): by
 * its article's lead, by word meanings (WordNet), by the sentence it points back to, with the
 * question's words close together, and with a kind of the question's focus.
 */
import type { Article, Sentence } from "../article.js";
import { articleHasTerm } from "../index/sentenceIndex.js";
import { writesAsName } from "../library.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { SPEECH_TERMS } from "../text/lexicon.js";
import { wordTerm } from "../text/terms.js";
import { ablated } from "./ablation.js";
import type { AnalyzedQuestion, Concept } from "./analyzeQuestion.js";
import { contextSentence } from "./context.js";
import { writesOut } from "./answerEvidence.js";
import { isAbbreviation } from "./questionKind.js";
import { nearTopic } from "./nearness.js";
import { refersBackToPlace } from "./placeNouns.js";
import { liesOutsideAsked } from "./placeType.js";
import type { RerankContext } from "./rerank.js";
import { titlesRole } from "./phrasalVerbs.js";

/** The shared "nowhere" of a concept the sentence does not hold (never written to). */
export const NONE: number[] = [];
/** A quote whose subject is a pronoun or whose speaker is elsewhere borrows names from the sentence before, for less. */
const CONTEXT_CREDIT = 0.6;
/** "…,” he said" after a sentence naming the asked-about speaker: the attribution is all but certain. */
const CONTEXT_SPEAKER_CREDIT = 0.9;
/** A topic word found only in the sentence referred back to ("Another round…" after "…talks…") counts for less still. */
const CONTEXT_WORD_CREDIT = 0.4;
/** A name of the sentence before in the same paragraph, the sentence not pointing back to it. */
const PARAGRAPH_CREDIT = 0.3;
/**
 * "Dean, who began as an actor…" for a question about James Dean: a later mention by surname
 * holds the person as surely as the full name, all but.
 */
const SHORT_NAME_CREDIT = 0.9;
/** A question pair this many terms apart or closer in a sentence is near (proximity). */
const NEAR_PAIR = 4;
/**
 * A concept matched only through WordNet counts this much in `coverage`: the same meaning (a
 * synonym, a derivation) like a paraphrase of data/synonyms.json, a kind of it ("jet" for
 * "aircraft") for less.
 */
export const WORDNET_CREDIT = 0.7;
export const WORDNET_KIND_CREDIT = 0.5;

/** The lead of an article that does not open by saying what it is about: it holds nothing. */
export const NO_LEAD: boolean[] = [];
const GROUP_CLASS = wordTerm("group");

/**
 * Which of the question's concepts the article's lead holds (by its own term or a paraphrase),
 * when the article opens by saying what it is about — "Titanium is a chemical element…", "The
 * Suez Canal is…" — as an encyclopedia entry does; otherwise none (a news lead, or candidate
 * sentences in no particular order, say nothing about the rest).
 */
export function leadOf(context: RerankContext, index: number, article: Article): boolean[] {
  let lead = context.leads.get(index);
  if (!lead) {
    const first = article.sentences[0];
    const held = new Array<boolean>(context.question.concepts.length).fill(false);
    if (first && DEFINING_OPENING.test(first.text))
      for (const term of first.terms)
        for (const { concept } of context.termConcepts.get(term) ?? []) held[concept] = true;
    context.leads.set(index, (lead = held));
  }
  return lead;
}

/** "X is a…", "The X (…) was an…", "Xs are caves…": a subject of a few words, a copula, then a determiner or a plural noun. */
const DEFINING_OPENING =
  /^[^.;:!?]{1,100}?\b(?:(?:is|are|was|were)\s+(?:a|an|the|one|any)|(?:are|were)\s+[a-z]+s)\b/u;

/**
 * Concepts the sentence holds in other words, by WordNet: a synonym or derivation of the
 * question's word ("killed" for "die"), its opposite for a yes/no question ("difficult" for
 * "easy"), a kind of it ("jet" for "aircraft"), or the kind it is one step up ("the shop" for
 * "the bakery"). Names are matched by their own spelling only. Returns the weight so matched;
 * sets their credit.
 */
export function matchByMeaning(
  context: RerankContext,
  terms: readonly string[],
  positions: number[][],
  credit: number[],
): { same: number; kind: number } {
  const { question, lexicon } = context;
  const matched = { same: 0, kind: 0 };
  if (ablated("wordnet")) return matched;
  // "Will a deal be easy to reach" is answered by "it will be difficult": a yes/no question asks
  // which of two opposite states holds, and a sentence saying the other answers it.
  const yesNo = question.type === "yes-no";
  // A word that already matches one of the question's words is not another one's synonym too.
  const taken = new Set(positions.flat());
  question.concepts.forEach((concept, i) => {
    if ((credit[i] as number) > 0 || concept.isName || concept.framing) return;
    for (let p = 0; p < terms.length; p++) {
      if (taken.has(p)) continue;
      const term = terms[p] as string;
      const known = context.meanings[i] as Map<string, number>;
      let c = known.get(term);
      if (c === undefined) {
        const meaning = concept.sense ?? concept.term;
        const relation = lexicon.relationOf(meaning, term, yesNo);
        c =
          relation === "same" ||
          titlesRole(meaning, term) ||
          (SPEECH_TERMS.has(meaning) && SPEECH_TERMS.has(term))
            ? WORDNET_CREDIT
            : relation === "kind"
              ? WORDNET_KIND_CREDIT
              : 0;
        known.set(term, c);
      }
      if (c === 0) continue;
      if (positions[i] === NONE) positions[i] = [p];
      else (positions[i] as number[]).push(p);
      credit[i] = Math.max(credit[i] as number, c);
    }
    if (credit[i] === WORDNET_CREDIT) matched.same += context.conceptWeight[i] as number;
    else if (credit[i] === WORDNET_KIND_CREDIT) matched.kind += context.conceptWeight[i] as number;
  });
  return matched;
}

/**
 * "What sport…" answered by "basketball", "which country" by "Egypt", "who" by "the singer":
 * a term the question does not have that is a kind or an instance of its focus, scored by
 * nearness to the question's topic words.
 */
export function focusClassOf(
  context: RerankContext,
  sentence: Sentence,
  positions: readonly number[][],
): number {
  const terms = sentence.terms;
  const modifiers = sentence.modifierAt ?? [];
  const focus = context.question.focus;
  if (!focus || ablated("wordnet")) return 0;
  // "Who gets the final vote": a person, or a body of them ("the parliament").
  const classes = context.question.type === "who" ? [focus, GROUP_CLASS] : [focus];
  const topic = context.topicConcepts.flatMap((i) => positions[i] as number[]);
  let best = 0;
  const names = sentence.nameAt ?? [];
  let apposition: boolean | undefined;
  for (let p = 0; p < terms.length; p++) {
    const term = terms[p] as string;
    if (term === focus) {
      // "Le Bourget airport", "rating agency Stelmark Ratings": a name beside the focus word names
      // one; so does one the focus word is in apposition to ("Kharkiv, Ukraine's second-largest city").
      apposition ??= namedInApposition(sentence.text, focus, context.questionTerms);
      if (
        apposition ||
        namedBeside(terms, names, p, (t) => !context.questionTerms.has(t) && !liesOutsideAsked(context, t))
      )
        best = Math.max(best, nearTopic(p, topic));
      continue;
    }
    if (context.questionTerms.has(term)) continue;
    let kind = context.focusKinds.get(term);
    if (kind === undefined)
      context.focusKinds.set(term, (kind = classes.some((c) => context.lexicon.isA(term, c))));
    // "Russian strikes": a name describing a noun is not the person or place asked for; nor is a
    // place WordNet has elsewhere than the question asks ("Paris" for "which Italian city").
    if (!kind || modifiers.includes(p) || liesOutsideAsked(context, term)) continue;
    best = Math.max(best, nearTopic(p, topic));
  }
  // "What film introduced Jar Jar Binks": a title in quotation marks is one of the works asked about.
  if (context.asksWork && best < TITLE_CREDIT && holdsTitle(sentence.text)) best = TITLE_CREDIT;
  return best;
}

/**
 * Whether a name that may answer (`answers`: one the question lacks, not placed elsewhere than it
 * asks) stands right before or after position p (or one word further after).
 */
function namedBeside(
  terms: readonly string[],
  names: readonly number[],
  p: number,
  answers: (term: string) => boolean,
): boolean {
  const isNew = (at: number) => names.includes(at) && answers(terms[at] as string);
  return isNew(p - 1) || isNew(p + 1) || (isNew(p + 2) && !names.includes(p + 1));
}

/** How many words after a name's comma the noun of an apposition may be ("Kharkiv, Ukraine's second-largest city"). */
const APPOSITION_REACH = 5;

/**
 * Whether a name the question lacks, then a comma, is followed within APPOSITION_REACH words by
 * the focus word, no other punctuation between: "Kharkiv, Ukraine's second-largest city".
 */
function namedInApposition(text: string, focus: string, questionTerms: ReadonlySet<string>): boolean {
  if (!text.includes(",")) return false;
  const words = text.split(/\s+/u);
  for (let at = 0; at < words.length - 1; at++) {
    const word = words[at] as string;
    if (!word.endsWith(",") || !/^\p{Lu}/u.test(word)) continue;
    if (questionTerms.has(word.slice(0, -1).toLowerCase())) continue;
    for (let w = at + 1; w <= at + APPOSITION_REACH && w < words.length; w++) {
      const next = words[w] as string;
      const bare = withoutTrailingPunctuation(next);
      if (wordTerm(bare.toLowerCase()) === focus) return true;
      if (bare !== next || !/^[\p{L}\p{N}'’-]+$/u.test(bare)) break;
    }
  }
  return false;
}

/** A word without the punctuation after it ("city," → "city"), trimmed by hand: linear however long. */
function withoutTrailingPunctuation(word: string): string {
  let to = word.length;
  while (to > 0 && !/[\p{L}\p{N}'’-]/u.test(word[to - 1] as string)) to--;
  return word.slice(0, to);
}

/** A quoted title counts as an instance of the work asked about, wherever it stands. */
const TITLE_CREDIT = 0.6;
/** WordNet's classes of works: films, books, albums, magazines (creations); plays and series (shows). */
const WORK_CLASSES = ["creation", "show"].map((w) => wordTerm(w));

/** Whether a what-question's focus is a kind of work ("what film", "which novel"). */
export function asksForWork(question: AnalyzedQuestion, lexicon: Lexicon): boolean {
  const focus = question.type === "what" ? question.focus : null;
  return focus !== null && WORK_CLASSES.some((c) => lexicon.isA(focus, c));
}

const QUOTED = /[“"]([^“”"]{1,80})[”"]/gu;

/**
 * Whether the text quotes a title: words in quotation marks, the first and every longer one
 * capitalised ("Wall Street", "Star Wars: Episode I"); a quoted remark ("Greed is good") is not.
 */
export function holdsTitle(text: string): boolean {
  for (const match of text.matchAll(QUOTED)) {
    const words = (match[1] as string).split(/\s+/u).filter((w) => /\p{L}/u.test(w));
    if (words.length === 0 || !/^\P{L}*\p{Lu}/u.test(words[0] as string)) continue;
    if (words.every((w) => w.replace(/\P{L}/gu, "").length <= 3 || /^\P{L}*\p{Lu}/u.test(w))) return true;
  }
  return false;
}

/**
 * "He said…", "Another round…", or a bare quotation: what it is about is in the sentence
 * before. Unmatched question names and words found there count, for less.
 */
export function borrowFromContext(
  context: RerankContext,
  sentences: readonly Sentence[],
  index: number,
  credit: number[],
): void {
  if (ablated("context")) return;
  let previous = contextSentence(sentences, index);
  // "The company said it had complied": a subject naming a kind of body or person refers to a
  // name before it, so it borrows names (only) from the sentence before.
  // "…blocking aid to the besieged territory of 2.4 million people": a place written as a
  // definite common noun is one the sentence before named.
  // (Only looked for where the sentence before holds a name the question asks and this one lacks.)
  const namesOnly =
    !previous &&
    (opensWithDefiniteAgent(context, sentences[index]) ||
      (lacksNameOf(context, sentences[index - 1], credit) &&
        refersBackToPlace(context.lexicon, sentences[index])));
  if (namesOnly) previous = sentences[index - 1] ?? null;
  // "Russia hit Kharkiv… Mayor Ihor Terekhov said cluster munitions struck…": a paragraph's
  // sentence is about the places and people its paragraph has just named, at a lower credit.
  const inParagraph = !previous && sameParagraph(sentences, index);
  if (inParagraph) previous = sentences[index - 1] ?? null;
  if (!previous) return;
  const before = previous;
  context.question.concepts.forEach((concept, i) => {
    if (concept.framing || (credit[i] as number) > 0 || !before.terms.includes(concept.term)) return;
    // A why-question's reason may follow what it explains (explanations.ts): its words count there too.
    if ((namesOnly || (inParagraph && context.question.kind !== "reason")) && !concept.isName) return;
    credit[i] = inParagraph
      ? PARAGRAPH_CREDIT
      : context.question.speakers.includes(i)
        ? CONTEXT_SPEAKER_CREDIT
        : concept.isName
          ? CONTEXT_CREDIT
          : CONTEXT_WORD_CREDIT;
  });
}

/** Whether a sentence holds a name of the question that the candidate has no credit for. */
function lacksNameOf(
  context: RerankContext,
  sentence: Sentence | undefined,
  credit: readonly number[],
): boolean {
  if (!sentence) return false;
  return context.question.concepts.some(
    (concept, i) => concept.isName && credit[i] === 0 && sentence.terms.includes(concept.term),
  );
}

/** Whether the sentence before is in the same paragraph. */
function sameParagraph(sentences: readonly Sentence[], index: number): boolean {
  const sentence = sentences[index];
  const before = sentences[index - 1];
  return sentence !== undefined && before !== undefined && before.paragraph === sentence.paragraph;
}

const DEFINITE_OPENING = /^\W*The\s+(\p{Ll}+)\b/u;
/** WordNet's classes of what a definite subject may stand for: a body or a person. */
const AGENT_CLASSES = ["organization", "person", "social_group"].map((w) => wordTerm(w));

/** Whether the sentence opens with "The <noun>" for a body or a person ("The company", "the minister"). */
function opensWithDefiniteAgent(context: RerankContext, sentence: Sentence | undefined): boolean {
  const noun = sentence && DEFINITE_OPENING.exec(sentence.text)?.[1];
  if (!noun) return false;
  const term = wordTerm(noun);
  return sentence.terms[0] === term && AGENT_CLASSES.some((cls) => context.lexicon.isA(term, cls));
}

/**
 * Pairs of topic concepts that are neighbours in the question ("Ukraine's foreign minister",
 * "Paris talks") and sit close in the sentence (up to NEAR_PAIR terms apart) or side by side,
 * each pair weighted by the lighter of its two concepts, as a share of all the question's pairs.
 * A word the sentence lacks leaves its neighbours neighbours: "Court President Dana Korbel" has
 * "court" beside the "president" of _who heads the constitutional court_ (for the same labelled
 * questions at the same weights, 5 more first answers than pairs broken at the missing word).
 */
export function proximityOf(
  context: RerankContext,
  positions: readonly number[][],
): { near: number; adjacent: number } {
  const topic = context.topicConcepts;
  let possible = 0;
  for (let k = 0; k + 1 < topic.length; k++)
    possible += Math.min(
      context.conceptWeight[topic[k] as number] as number,
      context.conceptWeight[topic[k + 1] as number] as number,
    );
  const held = topic.filter((i) => (positions[i] as number[]).length > 0);
  let near = 0;
  let adjacent = 0;
  for (let k = 0; k + 1 < held.length; k++) {
    const a = held[k] as number;
    const b = held[k + 1] as number;
    const weight = Math.min(context.conceptWeight[a] as number, context.conceptWeight[b] as number);
    const distance = minDistance(positions[a] as number[], positions[b] as number[]);
    if (distance <= NEAR_PAIR) near += weight;
    if (distance <= 1) adjacent += weight;
  }
  return possible > 0
    ? { near: Math.min(1, near / possible), adjacent: Math.min(1, adjacent / possible) }
    : { near: 0, adjacent: 0 };
}

function minDistance(a: readonly number[], b: readonly number[]): number {
  let best = Infinity;
  for (const x of a) for (const y of b) best = Math.min(best, Math.abs(x - y));
  return best;
}

/**
 * News names a person in full once, then by the last word of the name: "Dean, who began as an
 * actor…" is about the James Dean a question asks about when the sentence holds "Dean" and its
 * article has "James" too. The name's earlier words get their credit from the last.
 */
export function creditShortNames(
  context: RerankContext,
  articleIndex: number,
  sentence: Sentence,
  credit: number[],
): void {
  if (ablated("context")) return;
  const { concepts } = context.question;
  for (let last = 1; last < concepts.length; last++) {
    const surname = concepts[last] as Concept;
    if (!surname.isName || surname.token === undefined || credit[last] !== 1) continue;
    // The name's earlier words: name concepts on the tokens right before it.
    let namesake: boolean | undefined;
    for (let i = last - 1; i >= 0; i--) {
      const word = concepts[i] as Concept;
      if (!word.isName || word.token !== surname.token - (last - i)) break;
      if (credit[i] !== 0 || !articleHasTerm(context.library.index, articleIndex, word.term)) continue;
      namesake ??= namesakeOnly(context, sentence, surname.term);
      if (namesake) break;
      credit[i] = SHORT_NAME_CREDIT;
    }
  }
}

/**
 * "Philip Kafka ended up in Jacksonville, where Frances Kimberley Kafka was born": the sentence
 * writes the surname only after a first name of its own, one the question does not give — another
 * person of the name, not Franz Kafka. A title before it ("President Trump") is a word the
 * articles write in lower case too (writesAsName), not a first name.
 */
function namesakeOnly(context: RerankContext, sentence: Sentence, surname: string): boolean {
  // Cheap first: a name term right before each of the surname's (stop words are not terms, so
  // the words themselves are read below).
  const names = sentence.nameAt ?? [];
  const terms = sentence.terms;
  for (let at = 0; at < terms.length; at++)
    if (terms[at] === surname && !names.includes(at - 1)) return false;
  // The last word of "the Tallow Creek Fire" or "the Safety Board" is a word, not a surname.
  if (!writesAsName(context.library, surname)) return false;
  let seen = false;
  let previous: RegExpExecArray | null = null;
  for (const word of sentence.text.matchAll(WORD)) {
    if (wordTerm(word[0]) === surname) {
      const before = previous && previous.index + previous[0].length + 1 === word.index ? previous[0] : null;
      if (
        before === null ||
        !/^\p{Lu}/u.test(before) ||
        sentence.text[word.index - 1] !== " " ||
        context.questionTerms.has(wordTerm(before)) ||
        !writesAsName(context.library, wordTerm(before))
      )
        return false;
      seen = true;
    }
    previous = word as RegExpExecArray;
  }
  return seen;
}
/** A word as written: letters and digits, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** "Born" and "died" as the question words them (terms): what a lifespan in brackets says. */
const LIFE_EVENTS = new Set(["born", "birth", "die", "death"].map(wordTerm));
/**
 * A lifespan or a birth date in brackets: "(10 December 1815 – 27 November 1852)", "(née Byron;
 * 1815–1852)", "(born 12 May 1950)".
 */
const LIFESPAN = /\((?:[^()]*?[;,]\s*)?(?:born\s+|b\.\s*)?[^()]*?\b(?:1\d{3}|20\d{2})\b[^()]*\)/u;
const RANGE = /\b(?:1\d{3}|20\d{2})\b[^()]*?[–—-][^()]*?\b(?:1\d{3}|20\d{2})\b|\bborn\b|\bb\./u;
/** What a lifespan in brackets counts for "born" or "died". */
export const LIFESPAN_CREDIT = 0.8;

/**
 * An encyclopedia's opening gives a person's birth and death in brackets after the name: "when
 * was Ada Lovelace born" is answered by "Augusta Ada King (10 December 1815 – 27 November
 * 1852) was…", which has no word for being born.
 */
export function creditLifespan(context: RerankContext, sentence: Sentence, credit: number[]): void {
  // Only the dates say when: "why did Mozart die" is not answered by them.
  if (ablated("context") || context.question.kind !== "date") return;
  const asked = context.question.concepts.some((c, i) => credit[i] === 0 && LIFE_EVENTS.has(c.term));
  if (!asked) return;
  const bracket = LIFESPAN.exec(sentence.text);
  if (!bracket || !RANGE.test(bracket[0])) return;
  context.question.concepts.forEach((c, i) => {
    if (credit[i] === 0 && LIFE_EVENTS.has(c.term)) credit[i] = LIFESPAN_CREDIT;
  });
}

/** What writing an acronym out counts for it ("National Transportation Safety Board" for NTSB). */
export const SPELLED_OUT_CREDIT = 0.9;

/** The question's acronyms the sentence writes out in full get their credit from it. */
export function creditSpelledOut(context: RerankContext, sentence: Sentence, credit: number[]): void {
  context.question.concepts.forEach((c, i) => {
    if (credit[i] === 0 && c.isName && isAbbreviation(c.term) && writesOut(c.term, sentence))
      credit[i] = SPELLED_OUT_CREDIT;
  });
}
