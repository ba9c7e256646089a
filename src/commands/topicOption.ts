/** A command's optional topic option (/summary, /timeline): null for everything, else the checked topic. */
import { checkTopic, type QuestionCheck } from "./questionInput.js";

export function optionalTopic(raw: string | undefined): QuestionCheck | { ok: true; question: null } {
  if (raw === undefined || raw.trim() === "") return { ok: true, question: null };
  return checkTopic(raw);
}
