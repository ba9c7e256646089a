/**
 * A chat message of several sentences, split into the question it asks and the words around it:
 * "My cousin lives up there. What time did the quake hit?", "How much aid did the US give?
 * Looking for a dollar figure.", "who is witkoff anyway? is he a diplomat or what". The question
 * is the first sentence that opens as one (a question word, an auxiliary, "can you tell me…"),
 * else the first that ends with a question mark; the rest is context, which may name the topic
 * but is not what is asked (`readMessage`). A message of one sentence is all question.
 */
import { analyzeText, analyzeTokens, type AnalyzedToken } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { termsOf } from "../text/terms.js";
import { ablated } from "./ablation.js";
import type { Concept } from "./analyzeQuestion.js";
import { opensAsQuestion } from "./questionKind.js";
import {
  ANAPHORA,
  readCased,
  restoreApostrophes,
  stripAskedOf,
  plainOpening,
  type WrittenAsName,
} from "./questionText.js";

export interface MessageParts {
  /** The sentence asking (the whole text for a message of one sentence). */
  question: string;
  /** The message's other sentences, in order ("" when there are none). */
  context: string;
}

/** A sentence end followed by more words, or a dash or an ellipsis inside one: a message may hold several. */
const MAY_HAVE_SEVERAL = /[.?!…]["'’”)\]]*\s+\S|\s[—–-]{1,2}\s|\.{3}|…/u;
/** Where a sentence may go on with a question of its own: "… — how would the US make money from it". */
const CLAUSE_BREAK = /\s[—–-]{1,2}\s+|\.{3,}\s*|…\s*/gu;

/** Whether a sentence asks: opens as a question, or asks the bot to tell ("can you tell me who…"). */
function opensAsking(sentence: string): boolean {
  const plain = plainOpening(sentence.trim());
  return opensAsQuestion(plain) || stripAskedOf(plain) !== plain;
}

function endsAsking(sentence: string): boolean {
  return /\?[\s"'’”)\]]*$/u.test(sentence);
}

/** The message's sentences, a dash or an ellipsis also ending one when a question opens after it. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const { start, end } of analyzeText(text)) {
    const sentence = text.slice(start, end);
    let from = 0;
    for (const match of sentence.matchAll(CLAUSE_BREAK)) {
      const at = (match.index ?? 0) + match[0].length;
      const before = sentence.slice(from, match.index).trim();
      if (before && at < sentence.length && opensAsking(sentence.slice(at))) {
        sentences.push(before);
        from = at;
      }
    }
    const rest = sentence.slice(from).trim();
    if (rest) sentences.push(rest);
  }
  return sentences;
}

/** The message's question and its context (see the file's comment). */
export function splitMessage(text: string): MessageParts {
  const whole = { question: text, context: "" };
  if (!MAY_HAVE_SEVERAL.test(text.trim().replace(/[?.!\s]+$/u, ""))) return whole;
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return whole;
  let asking = sentences.findIndex(opensAsking);
  if (asking < 0) asking = sentences.findIndex(endsAsking);
  if (asking < 0) return whole;
  return {
    question: sentences[asking] as string,
    context: sentences.filter((_, i) => i !== asking).join(" "),
  };
}

/** Words that point back to something named before them ("Is that right?", "which city was that in", "did anyone die there"). */
const POINTS_BACK: ReadonlySet<string> = new Set([...ANAPHORA, "that", "this", "these", "those", "there"]);
/** Forms of "be" beside an existential "there" ("is there a fund…", "have there been more"). */
const BE_FORMS = /^(?:is|are|was|were|be|been|s)$/u;
/** Words a question has whatever it asks about. */
const ASKING_WORDS =
  /^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|the|a|an|so|and|but|ok|okay|any|anyone|anybody|really|actually|exactly|then|now|again|s|re)$/iu;

/** A token's word, folded, without its apostrophes ("'s" → "s"). */
function wordOf(token: AnalyzedToken): string {
  return foldWord(token.text).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Whether the question points back to the words around it: "is that right", "did anyone die
 * there". A relative "that" ("the rescue team that came in") and an existential "there" ("is
 * there a fund…") point nowhere.
 */
function pointsBack(tokens: readonly AnalyzedToken[]): boolean {
  return tokens.some((token, i) => {
    const word = wordOf(token);
    if (!POINTS_BACK.has(word)) return false;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (
      word === "that" &&
      (before?.pos === "NOUN" || before?.pos === "PROPN") &&
      (after?.pos === "VERB" || after?.pos === "AUX")
    )
      return false;
    return !(word === "there" && [before, after].some((t) => t !== undefined && BE_FORMS.test(wordOf(t))));
  });
}

/**
 * Whether the question says enough on its own: two words of its own beyond its question words, or
 * one that names a thing ("What exactly is a spillway?"), not only a verb ("…. Who won?").
 */
function saysEnough(tokens: readonly AnalyzedToken[]): boolean {
  const own = tokens.filter((token) => {
    const word = wordOf(token);
    return word !== "" && !ASKING_WORDS.test(word);
  });
  return own.length >= 2 || (own.length === 1 && (own[0]?.pos === "NOUN" || own[0]?.pos === "PROPN"));
}

/**
 * The message read for its question: a question that stands on its own keeps it, the rest is
 * context; one that points back to the sentences around it ("I saw the US backed off. Is that
 * right?") or says little more than its question word ("…. Why?") is asked of them: the whole
 * message, question first.
 */
export function readMessage(text: string): MessageParts {
  if (ablated("message")) return { question: text, context: "" };
  const parts = splitMessage(text);
  if (!parts.context) return parts;
  const tokens = analyzeTokens(parts.question);
  if (pointsBack(tokens) || !saysEnough(tokens))
    return { question: `${parts.question} ${parts.context}`, context: "" };
  return parts;
}

/**
 * The concepts of the sentences around a message's question ("My cousin lives up there."): its
 * names and words, at the weight of context (`weight`), none of them the question's topic.
 */
export function contextConcepts(
  context: string,
  own: readonly Concept[],
  weight: number,
  knownNames?: ReadonlySet<string>,
  writtenAsName?: WrittenAsName,
): Concept[] {
  const tokens = analyzeTokens(restoreApostrophes(readCased(context, knownNames, writtenAsName)));
  const concepts: Concept[] = [];
  for (const term of termsOf(tokens)) {
    if (tokens[term.token]?.pos === "INTJ" || term.compound) continue;
    if (own.some((c) => c.term === term.term) || concepts.some((c) => c.term === term.term)) continue;
    concepts.push({
      term: term.term,
      weight,
      isName: term.isName,
      framing: false,
      source: "context",
    });
  }
  return concepts;
}
