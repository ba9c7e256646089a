/** Checks what a user typed as a question (or a topic) before the engine sees it. */
import { collapseWhitespace, stripInvisible } from "../text/normalize.js";

export const MAX_QUESTION_LENGTH = 500;

export type QuestionCheck = { ok: true; question: string } | { ok: false; message: string };

/** How the messages name what was typed. */
interface Wording {
  /** "question", "topic". */
  noun: string;
  /** What to do instead of typing no words, with an example. */
  askInWords: string;
}

const QUESTION: Wording = {
  noun: "question",
  askInWords: "Please ask a question in words, e.g. `/ask Who hosted the Paris talks?`",
};
const TOPIC: Wording = {
  noun: "topic",
  askInWords: "Please give a topic in words, e.g. `/compare minerals deal`",
};

export function checkQuestion(raw: string | undefined, wording: Wording = QUESTION): QuestionCheck {
  const question = collapseWhitespace(stripInvisible(raw ?? ""));
  if (!/[\p{L}\p{N}]/u.test(question)) return { ok: false, message: wording.askInWords };
  if (question.length > MAX_QUESTION_LENGTH) {
    return {
      ok: false,
      message: `That ${wording.noun} is ${question.length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.`,
    };
  }
  return { ok: true, question };
}

/** The same checks for a /compare topic, with messages that say "topic". */
export function checkTopic(raw: string | undefined): QuestionCheck {
  return checkQuestion(raw, TOPIC);
}
