/**
 * Which of a question's words only frame it — say what kind of answer it wants or that something
 * happened — rather than name what it is about: "say" of "what did Rubio say", "happen" of "when
 * did it happen", "stand for" of "what does NATO stand for". Framing words weigh little and are
 * not expanded (analyzeQuestion.ts).
 */
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
/** "How long has it lasted / gone on": the verb only says time passes. */
const DURATION_FRAMING = termSet(["last", "continue", "take"]);

/** Whether the term only frames a question of this type and form. */
export function isFraming(type: QuestionType, form: QuestionForm, term: string): boolean {
  return (
    (form.speech && PLAIN_SPEECH.has(term)) ||
    (form.asksJob && JOB_NOUNS.has(term)) ||
    GENERAL_FRAMING.has(term) ||
    (form.expansion && EXPANSION_FRAMING.has(term)) ||
    (form.naming && NAMING_FRAMING.has(term)) ||
    (form.meaning && MEANING_FRAMING.has(term)) ||
    ((type === "when" || type === "where") && EVENT_FRAMING.has(term)) ||
    (type === "what" && WHAT_HAPPENED.has(term)) ||
    (type === "how-long" && DURATION_FRAMING.has(term))
  );
}
