/**
 * Answer typing for "who heads X", "who spoke for X" (a who-question whose verb says what a role
 * does: phrasalVerbs.ts's role senses): the answer is the role's holder, a name beside a title or
 * verb of the role ("Court President Dana Korbel", "the delegation was led by Deputy Prime
 * Minister Halvard Senn") where that title or verb is beside what the question names ("Court",
 * "delegation"). Another name near the topic holds some other post: in "Kestria's Constitutional
 * Court has ordered…, but Irena Valk remains president-elect", Valk's title is the country's.
 */
import type { Sentence } from "../article.js";
import { ROLE_TERMS } from "../text/lexicon.js";
import type { AnalyzedQuestion } from "./analyzeQuestion.js";
import { ROLE_SENSES } from "./phrasalVerbs.js";

/** How many terms a role's title or verb may stand from what the question names ("Court President", "the commission's chairman"). */
const OBJECT_WINDOW = 3;
/**
 * How many terms a name may stand from the title or verb with nothing but names, titles and the
 * question's words between ("led by Deputy Prime Minister Halvard Senn", "the chair of
 * parliament's transport committee, Wendell Ashby").
 */
const CHAIN_WINDOW = 6;
/** …and with other words between ("Kelvara chief executive Renata Vosk"). */
const NAME_WINDOW = 2;

/** The question's concept whose verb says what a role does ("heads", "spoke for"), or -1 for none. */
export function roleSenseConcept(question: AnalyzedQuestion): number {
  return question.concepts.findIndex((c) => c.sense !== undefined && ROLE_SENSES.has(c.sense));
}

/**
 * For a question asking for a role's holder by what the role does (`role`, its roleSenseConcept):
 * whether the sentence's name at a term position holds the role. Null for any other question,
 * where any name may answer.
 */
export function roleHolderTest(
  question: AnalyzedQuestion,
  role: number,
  sentence: Sentence,
  positions: readonly number[][],
): ((at: number) => boolean) | null {
  if (role < 0) return null;
  const objectAt = question.concepts.flatMap((c, i) =>
    i !== role && !c.framing && c.source === "question" ? (positions[i] as number[]) : [],
  );
  // Where the sentence holds nothing the question names ("…, chairman Viktor Halas said"), any
  // title of the role will do.
  const roleAt = (positions[role] as number[]).filter(
    (r) => objectAt.length === 0 || objectAt.some((o) => Math.abs(o - r) <= OBJECT_WINDOW),
  );
  if (roleAt.length === 0) return () => false;
  const names = new Set(sentence.nameAt ?? []);
  const asked = new Set(objectAt);
  const terms = sentence.terms;
  const inChain = (p: number) => names.has(p) || asked.has(p) || ROLE_TERMS.has(terms[p] as string);
  return (at) =>
    roleAt.some((r) => {
      const distance = Math.abs(r - at);
      if (distance <= NAME_WINDOW) return true;
      if (distance > CHAIN_WINDOW) return false;
      for (let p = Math.min(r, at) + 1; p < Math.max(r, at); p++) if (!inChain(p)) return false;
      return true;
    });
}
