/**
 * Which of a question's words only frame it — say what kind of answer it wants or that something
 * happened — rather than name what it is about: "say" of "what did Rubio say", "happen" of "when
 * did it happen", "stand for" of "what does NATO stand for". Framing words weigh little and are
 * not expanded (analyzeQuestion.ts).
 */
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { GOING_VERBS } from "../text/lexicon.js";
import { JOB_NOUNS, termSet, type QuestionForm } from "./questionForm.js";
import type { QuestionType } from "./questionKind.js";

/** Verbs that only report speech: "what did X say / tell / add"; "describe", "warn" say what kind. */
const PLAIN_SPEECH = termSet(["say", "tell", "state", "add", "comment", "remark", "speak", "according to"]);
/** Verbs that only say an event happened: when/where questions ask about the event, not them. */
const EVENT_FRAMING = termSet(["happen", "take place", "occur", "hold"]);
/** "What happened on April 13", "what is happening in Sumy": the verb asks for any event. */
const WHAT_HAPPENED = termSet(["happen", "take place", "occur"]);
/**
 * Verbs that frame a question generally ("what does it mean"), light verbs ("go", "get"), and the
 * nouns that stand in for any thing, as pronouns do ("a separate thing", "more important things").
 */
const GENERAL_FRAMING = termSet([
  "mean",
  "do",
  "think",
  "go",
  "get",
  "come",
  "make",
  "set",
  "suppose",
  "thing",
  "stuff",
]);
/** "What does NATO stand for": the verb asks for the name written out. */
const EXPANSION_FRAMING = termSet(["stand", "stand for"]);
/** The words that ask for a meaning: "what does X mean", "why is it called X", "where does the name come from". */
const MEANING_FRAMING = termSet([
  "mean",
  "meaning",
  "call",
  "name",
  "word",
  "term",
  "origin",
  "come",
  "derive",
  "originate",
]);
/** "What is X called / named / known as": the verb only says a name is asked for. */
const NAMING_FRAMING = termSet(["call", "name", "know"]);
/**
 * "Where was Rubio flying to", "where were the miners taken": the verb of going only says a
 * destination is asked for; the articles say it in other words ("was headed Wednesday to Paris").
 */
const DESTINATION_FRAMING = termSet([...GOING_VERBS, "bound", "visit", "arrive", "land"]);
/** "How long has it lasted / gone on": the verb only says time passes. */
const DURATION_FRAMING = termSet(["last", "continue", "take"]);

/**
 * Whether the term only frames a question of this type and form. A light verb that makes a
 * phrasal verb (`sense`, phrasalVerbs.ts) means what the phrase means ("how much rain came down",
 * "what does Kyiv hope to get out of the deal"), and frames only where the phrase means what a
 * framing word of the question's type does ("how long has the war been going on": "go on" is to
 * last; "when did Rubio set off", which WordNet relates to "happen").
 */
export function isFraming(type: QuestionType, form: QuestionForm, term: string, sense?: string): boolean {
  if (sense !== undefined && GENERAL_FRAMING.has(term)) return typeFraming(type, sense, true);
  return (
    (form.speech && PLAIN_SPEECH.has(term)) ||
    (form.asksJob && JOB_NOUNS.has(term)) ||
    GENERAL_FRAMING.has(term) ||
    (form.expansion && EXPANSION_FRAMING.has(term)) ||
    (form.naming && NAMING_FRAMING.has(term)) ||
    (form.destination && DESTINATION_FRAMING.has(term)) ||
    (form.meaning && MEANING_FRAMING.has(term)) ||
    typeFraming(type, term, false)
  );
}

/** Whether the term is (or, `related`, WordNet relates it to) a word that frames questions of this type. */
function typeFraming(type: QuestionType, term: string, related: boolean): boolean {
  const words =
    type === "when" || type === "where"
      ? EVENT_FRAMING
      : type === "what"
        ? WHAT_HAPPENED
        : type === "how-long"
          ? DURATION_FRAMING
          : undefined;
  if (!words) return false;
  if (words.has(term)) return true;
  if (!related) return false;
  const lexicon = defaultLexicon();
  for (const word of words) if (lexicon.isRelated(term, word)) return true;
  return false;
}
