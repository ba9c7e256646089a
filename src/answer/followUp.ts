/**
 * Follow-up questions: "What did he say about sanctions?" after "Who is the French foreign
 * minister?". The new question borrows the names the previous exchange was about — the names
 * the previous question asked about and, when it asked for a person, the person the answer
 * named — at a lower weight; an elliptical one ("And in Sumy?") also borrows the previous
 * question's topic words and kind (see analyzeQuestion's QuestionContext).
 */
import type { Sentence } from "../article.js";
import { ROLE_TERMS } from "../text/lexicon.js";
import { wordTerm } from "../text/terms.js";
import { analyzeQuestion, type AnalyzedQuestion, type QuestionContext } from "./analyzeQuestion.js";

export interface PreviousExchange {
  question: string;
  answer?: { topicNames?: string[]; quotes?: { sentence: Sentence }[] };
}

/** At most this many names are carried over: enough for a first name, surname and a place. */
const MAX_CARRIED = 4;

/**
 * What the next question may borrow: the names the exchange was about (the answer's, when it
 * recorded them), the previous question's topic words, type and answer kind.
 */
export function followUpContext(previous: PreviousExchange): QuestionContext {
  const question = analyzeQuestion(previous.question);
  const names = previous.answer?.topicNames?.length
    ? previous.answer.topicNames
    : topicNames(question, previous.answer?.quotes?.[0]?.sentence ?? null);
  return {
    names: names.slice(0, MAX_CARRIED),
    words: question.concepts
      .filter((c) => !c.isName && !c.framing && c.source === "question")
      .map((c) => c.term),
    type: question.type,
    kind: question.kind,
  };
}

/**
 * The names an exchange is about: for "who …" questions the person the top quote names (see
 * answerName), else the question's own names.
 */
export function topicNames(question: AnalyzedQuestion, top: Sentence | null): string[] {
  const own = question.concepts.filter((c) => c.isName).map((c) => c.term);
  if (!top || question.kind !== "person") return own;
  const found = answerName(question, top);
  return found.length ? found : own;
}

/**
 * The name a who-answer gives: the run of name words nearest the question's words in the
 * sentence ("Foreign Minister Jean-Noël Barrot" → jean, noel, barrot), titles and the
 * question's own words left out.
 */
export function answerName(question: AnalyzedQuestion, sentence: Sentence): string[] {
  const terms = sentence.terms;
  // The question's terms, and the words of its phrases ("foreign minister" → foreign, minist).
  const asked = new Set(
    question.terms.flatMap((t) => [t.term, ...t.term.split(" ").map((w) => wordTerm(w))]),
  );
  const names = new Set(sentence.nameAt ?? []);
  const isAsked = (p: number) => asked.has(terms[p] as string);
  const isTitle = (p: number) => ROLE_TERMS.has(terms[p] as string);
  const isAnswerName = (p: number) => names.has(p) && !isAsked(p) && !isTitle(p);
  const anchors = terms.flatMap((_term, p) => (isAsked(p) ? [p] : []));
  // Best: a name right after the question's words and titles ("Foreign Minister Jean-Noël Barrot").
  let best = -1;
  for (const anchor of anchors) {
    let p = anchor + 1;
    while (p < terms.length && (isAsked(p) || isTitle(p))) p++;
    if (p < terms.length && isAnswerName(p)) {
      best = p;
      break;
    }
  }
  // Else the name nearest the question's words.
  let bestDistance = Infinity;
  for (let p = 0; best < 0 && p < terms.length; p++) {
    if (!isAnswerName(p)) continue;
    const distance = anchors.length ? Math.min(...anchors.map((a) => Math.abs(a - p))) : p;
    if (distance < bestDistance) [best, bestDistance] = [p, distance];
  }
  if (best < 0) return [];
  let from = best;
  let to = best;
  while (from > 0 && isAnswerName(from - 1)) from--;
  while (to + 1 < terms.length && isAnswerName(to + 1)) to++;
  return [...new Set(terms.slice(from, to + 1))];
}
