/**
 * What a question asks for: its type (who / when / how many / …), the kind of answer that
 * would satisfy it, and the weighted terms to search with (its own words, their paraphrases at
 * a lower weight, and, for a follow-up, names carried from the question before).
 */
import { analyzeTokens, type AnalyzedToken } from "../nlp/wink.js";
import { termsOf, wordTerm, type Term } from "../text/terms.js";
import { collapseWhitespace, foldWord, stripInvisible } from "../text/normalize.js";
import { SPEECH_TERMS } from "../text/lexicon.js";
import type { WeightedTerm } from "../index/sentenceIndex.js";
import { metonymsOf, synonymsOf } from "./expand.js";

export type QuestionType =
  "who" | "when" | "where" | "how-many" | "how-long" | "why" | "how" | "yes-no" | "what";

/**
 * What would answer the question:
 * - identity: "who is X" — X's title or role next to X;
 * - person: "who hosted…", "who is the foreign minister" — a name that the question lacks;
 * - date / number / duration: a wink entity of that kind near the topic;
 * - place: "where is X" — a place description of X; "where did …" — "in <Place>";
 * - reason: a sentence that gives a cause or purpose;
 * - speech: "what did X say (about Y)" — X saying something (a quote or a verb of saying);
 * - definition: "what is X (about)" — X followed by what it is or does ("a deal granting…");
 * - fact: anything else (what / yes-no / how).
 */
export type AnswerKind =
  | "identity"
  | "person"
  | "date"
  | "number"
  | "duration"
  | "place"
  | "reason"
  | "speech"
  | "definition"
  | "fact";

/** One thing the question is about: a word or name of its own, or one carried from before. */
export interface Concept {
  term: string;
  weight: number;
  isName: boolean;
  /** A word that frames the question ("say", "take place") rather than naming its topic. */
  framing: boolean;
  /** Where the concept came from: the question itself, or the previous question (a follow-up). */
  source: "question" | "previous";
}

/** A search term: a concept's own term or one of its paraphrases. */
export interface QuestionTerm extends WeightedTerm {
  isName: boolean;
  /** Index into `concepts`. */
  concept: number;
  /** How much matching this term counts as matching its concept (1 for the concept's own term). */
  credit: number;
}

export interface AnalyzedQuestion {
  /** The question as asked, tidied (invisible characters out, whitespace collapsed). */
  text: string;
  type: QuestionType;
  kind: AnswerKind;
  /** In question order (carried concepts last). */
  concepts: Concept[];
  /** Everything to search with; several terms can share a concept. */
  terms: QuestionTerm[];
  /** Concepts (indices) naming who speaks, for a speech question ("what did Rubio say"). */
  speakers: number[];
}

export interface QuestionContext {
  /** Name terms to carry into this question when it points back ("he", "they") or names no one. */
  names: readonly string[];
}

const AUXILIARIES = new Set([
  "is",
  "are",
  "was",
  "were",
  "do",
  "does",
  "did",
  "has",
  "have",
  "had",
  "can",
  "could",
  "will",
  "would",
  "should",
  "shall",
  "may",
  "might",
  "must",
]);

/** The question type from its opening words. */
export function questionType(text: string): QuestionType {
  const words = foldWord(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  const [first = "", second = ""] = words;
  if (first === "who" || first === "whom" || first === "whose") return "who";
  if (first === "when" || ((first === "what" || first === "which") && DATE_NOUNS.has(second))) return "when";
  if (first === "where") return "where";
  if (first === "why") return "why";
  if (first === "how") {
    if (second === "many" || second === "much") return "how-many";
    if (second === "long" || second === "soon") return "how-long";
    return "how";
  }
  if (AUXILIARIES.has(first)) return "yes-no";
  return "what";
}

/** "What date", "which day": the noun only says the answer is a date. */
const DATE_NOUNS = new Set(["date", "day", "time", "year", "month", "week"]);
/** Words of the question phrase itself ("how long", "what date"), never topic words. */
const QUESTION_WORDS = new Set(["how", "long", "soon", "many", "much", ...DATE_NOUNS]);
/** Verbs that only say an event happened: when/where questions ask about the event, not them. */
const EVENT_FRAMING = termSet(["happen", "take place", "occur", "hold"]);
/** Verbs that frame a question generally ("what does it mean"), and light verbs ("go", "get"). */
const GENERAL_FRAMING = termSet(["mean", "do", "think", "go", "get", "come", "make", "set", "suppose"]);
/** "How long has it lasted / gone on": the verb only says time passes. */
const DURATION_FRAMING = termSet(["last", "continue", "take"]);

/** Base forms to terms, as the index has them (a phrase stays a phrase term). */
function termSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => (word.includes(" ") ? word : wordTerm(word))));
}

/** "What is X's job": asks for X's title, like "who is X". */
const JOB_NOUNS = termSet(["job", "role", "title", "position", "post", "occupation", "profession"]);
const BE_FORMS = new Set(["is", "are", "was", "were"]);

const NAME_WEIGHT = 1.3;
const FRAMING_WEIGHT = 0.3;
/** The counted noun in "how many people": articles count in other words ("others", "civilians"). */
const UNIT_WEIGHT = 0.6;
/** A paraphrase finds less than the question's own word, and matching it counts for less. */
const SYNONYM_WEIGHT = 0.6;
const SYNONYM_CREDIT = 0.7;
/** A capital standing for its country ("Moscow" for "Russia") is a looser match still. */
const METONYM_WEIGHT = 0.5;
const METONYM_CREDIT = 0.5;
/** Names carried from the previous question: context, not the new question's topic. */
const CARRIED_WEIGHT = 0.6;

const ANAPHORA = new Set(["he", "she", "they", "him", "her", "his", "their", "them", "it", "its"]);

export function analyzeQuestion(question: string, context?: QuestionContext): AnalyzedQuestion {
  const text = collapseWhitespace(stripInvisible(question));
  const type = questionType(text);
  const tokens = analyzeTokens(text);
  const own = questionTerms(tokens);
  // Verbs of saying by lemma: "say" itself is a stop word and has no term.
  const speechToken = tokens.findIndex((token) => SPEECH_TERMS.has(wordTerm(foldWord(token.lemma))));
  const speech = speechToken >= 0 && (type === "what" || type === "how");
  // "What is X (about)?": no verb besides "is" — asks what X is.
  const definition =
    type === "what" &&
    BE_FORMS.has(foldWord(tokens[1]?.text ?? "")) &&
    !tokens.slice(2).some((token) => token.pos === "VERB");
  const asksJob = definition && own.some((t) => t.isName) && own.some((t) => JOB_NOUNS.has(t.term));
  const unitToken = type === "how-many" ? countedNounToken(tokens) : -1;

  const concepts: Concept[] = [];
  const byTerm = new Map<string, number>();
  /** Each concept's first token in the question (Infinity for carried ones). */
  const firstToken: number[] = [];
  const addConcept = (concept: Concept, token = Infinity): void => {
    const known = byTerm.get(concept.term);
    if (known !== undefined) {
      const existing = concepts[known] as Concept;
      existing.weight = Math.max(existing.weight, concept.weight);
      existing.framing &&= concept.framing;
      return;
    }
    byTerm.set(concept.term, concepts.length);
    concepts.push(concept);
    firstToken.push(token);
  };
  for (const term of own) {
    const framing =
      (speech && SPEECH_TERMS.has(term.term)) ||
      (asksJob && JOB_NOUNS.has(term.term)) ||
      GENERAL_FRAMING.has(term.term) ||
      ((type === "when" || type === "where") && EVENT_FRAMING.has(term.term)) ||
      (type === "how-long" && DURATION_FRAMING.has(term.term));
    const weight = framing
      ? FRAMING_WEIGHT
      : term.isName
        ? NAME_WEIGHT
        : term.token === unitToken
          ? UNIT_WEIGHT
          : 1;
    addConcept({ term: term.term, weight, isName: term.isName, framing, source: "question" }, term.token);
  }

  const pointsBack = tokens.some((token) => ANAPHORA.has(foldWord(token.text)));
  const namesNone = !concepts.some((c) => c.isName);
  if (context && (pointsBack || namesNone)) {
    for (const name of context.names) {
      if (!byTerm.has(name))
        addConcept({ term: name, weight: CARRIED_WEIGHT, isName: true, framing: false, source: "previous" });
    }
  }

  const terms: QuestionTerm[] = [];
  concepts.forEach((concept, index) => {
    terms.push({
      term: concept.term,
      weight: concept.weight,
      isName: concept.isName,
      concept: index,
      credit: 1,
    });
    if (concept.framing) return;
    if (concept.isName) {
      for (const name of metonymsOf(concept.term)) {
        if (byTerm.has(name) || terms.some((t) => t.term === name)) continue;
        terms.push({
          term: name,
          weight: concept.weight * METONYM_WEIGHT,
          isName: true,
          concept: index,
          credit: METONYM_CREDIT,
        });
      }
      return;
    }
    for (const synonym of synonymsOf(concept.term)) {
      if (byTerm.has(synonym) || terms.some((t) => t.term === synonym)) continue;
      terms.push({
        term: synonym,
        weight: concept.weight * SYNONYM_WEIGHT,
        isName: false,
        concept: index,
        credit: SYNONYM_CREDIT,
      });
    }
  });

  const kind = asksJob ? "identity" : definition ? "definition" : answerKind(type, concepts, speech);
  // The speaker is named before the verb of saying: "what did Rubio tell Lavrov".
  const verbToken = speechToken;
  const speakers =
    kind === "speech"
      ? concepts.flatMap((c, i) => (c.isName && (firstToken[i] as number) < verbToken ? [i] : []))
      : [];
  return { text, type, kind, concepts, terms, speakers };
}

/**
 * The question's own terms: question-phrase words out ("how long"), and a fixed phrase
 * ("walk away") standing for its words, so its paraphrases ("abandon") can match it whole.
 */
function questionTerms(tokens: readonly AnalyzedToken[]): Term[] {
  const terms = termsOf(tokens);
  const covered = new Set<number>();
  for (const term of terms) if (term.span) for (let k = 0; k < term.span; k++) covered.add(term.token + k);
  const opening = openingTokens(tokens);
  return terms.filter((term) => {
    if (term.span) return true;
    if (covered.has(term.token)) return false;
    return !(term.token < opening && QUESTION_WORDS.has(foldWord(tokens[term.token]?.text ?? "")));
  });
}

/** How many tokens the question phrase takes at the start ("how many", "what date"). */
function openingTokens(tokens: readonly AnalyzedToken[]): number {
  const first = foldWord(tokens[0]?.text ?? "");
  return first === "how" || first === "what" || first === "which" ? 2 : 1;
}

/** The noun after "how many" ("people" in "how many people died"), or -1. */
function countedNounToken(tokens: readonly AnalyzedToken[]): number {
  for (let i = 2; i < Math.min(tokens.length, 4); i++) {
    const token = tokens[i] as AnalyzedToken;
    if (token.pos === "NOUN") return i;
    if (token.pos !== "ADJ") break;
  }
  return -1;
}

function answerKind(type: QuestionType, concepts: readonly Concept[], speech: boolean): AnswerKind {
  const topic = concepts.filter((c) => !c.framing && c.source === "question");
  switch (type) {
    case "who":
      return topic.length > 0 && topic.every((c) => c.isName) ? "identity" : "person";
    case "when":
      return "date";
    case "how-many":
      return "number";
    case "how-long":
      return "duration";
    case "where":
      return "place";
    case "why":
      return "reason";
    case "what":
    case "how":
      return speech ? "speech" : "fact";
    default:
      return "fact";
  }
}
