/** Checks what a user typed as a question before the engine sees it. */
import { collapseWhitespace, stripInvisible } from "../text/normalize.js";

export const MAX_QUESTION_LENGTH = 500;

export type QuestionCheck = { ok: true; question: string } | { ok: false; message: string };

export function checkQuestion(raw: string | undefined): QuestionCheck {
  const question = collapseWhitespace(stripInvisible(raw ?? ""));
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return { ok: false, message: "Please ask a question in words, e.g. `/ask Who hosted the Paris talks?`" };
  }
  if (question.length > MAX_QUESTION_LENGTH) {
    return {
      ok: false,
      message: `That question is ${question.length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.`,
    };
  }
  return { ok: true, question };
}
