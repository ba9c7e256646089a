/**
 * What a question asks for, from its wording alone: its type (who / when / how many / …) and the
 * kind of answer that would satisfy it. Its focus (the class of thing asked for) is
 * questionFocus.ts's.
 */
import type { AnalyzedToken } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { ROLE_TERMS } from "../text/lexicon.js";
import type { Concept } from "./analyzeQuestion.js";

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
 * - expansion: "what does NATO stand for" — the name written out ("North Atlantic Treaty Organization");
 * - material: "what is hummus made of" — what X is made of, consists of or contains;
 * - meaning: "what does croissant mean", "why is it called Bluetooth" — what a name or word means
 *   or where it comes from ("The name means 'crescent' in French", "Latin for 'Great Charter'");
 * - name: "what is the name of his band", "what is the mountain called" — a name the question lacks;
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
  | "expansion"
  | "material"
  | "meaning"
  | "name"
  | "fact";

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

/** The question words. */
export const WH_WORDS: ReadonlySet<string> = new Set([
  "who",
  "whom",
  "whose",
  "what",
  "which",
  "when",
  "where",
  "why",
  "how",
]);
const LEADING_PREPOSITIONS = new Set([
  "at",
  "in",
  "on",
  "by",
  "from",
  "to",
  "for",
  "during",
  "since",
  "until",
  "of",
  "with",
  "within",
  "after",
  "before",
  "under",
  "about",
]);
/** Words that open a question only to link it to what came before: "so who won?". */
const DISCOURSE_MARKERS = new Set(["so", "and", "but", "also", "well", "ok", "okay", "then", "now"]);
/** Question words a question may end on, left where the answer would stand. */
const IN_PLACE_WH = new Set(["who", "whom", "when", "where", "why"]);
/** Words before a last "who" that make it a name, not the question word: "the WHO". */
const DETERMINERS = new Set(["the", "a", "an", "this", "that"]);
/** Words opening a condition or a time before the question: "if it is annulled, who…". */
const CONDITIONS = new Set(["if", "once", "unless", "assuming", "suppose", "supposing"]);
/**
 * A leading phrase or a chat lead-in and a comma before the question word: "Under NIS2, how…",
 * "so i was reading about the iran thing that got mentioned in one of these, where did they meet".
 */
const LEADING_PHRASE = /^[^,?]{1,120},\s*(who|whom|whose|what|which|when|where|why|how)\b/u;

/**
 * An auxiliary with "not" on it ("didn't", "isn't", chat's "doesnt"): the auxiliary ("did"),
 * "can't" and "won't" too. Without the apostrophe, only those that are no other word ("cant",
 * "wont" are).
 */
const NEGATED_AUXILIARY =
  /^(?:(is|are|was|were|do|does|did|has|have|had|could|would|should|must|might)n'?t|(ca|wo)n't)$/u;
/** What "can't" and "won't" drop of their auxiliary. */
const SHORTENED: Readonly<Record<string, string>> = { ca: "can", wo: "will" };

function auxiliaryOf(word: string): string {
  const negated = NEGATED_AUXILIARY.exec(word);
  if (!negated) return word;
  return negated[1] ?? SHORTENED[negated[2] as string] ?? word;
}

/**
 * A text's words, folded, each without its clitic ("where's", "who's", "what're": the question
 * word), a negated auxiliary as the auxiliary ("didn't Kyiv sign…" asks yes or no as "did" does).
 */
function openingWords(text: string): string[] {
  return foldWord(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((word) => auxiliaryOf(word.replace(/'(?:s|re|d|ll|ve)$/u, "")));
}

/** The question type from its opening words. */
export function questionType(text: string): QuestionType {
  let words = openingWords(text);
  // "At what time…", "in which year…", "to whom…": the question word after a preposition.
  while (words.length > 2 && LEADING_PREPOSITIONS.has(words[0] as string) && WH_WORDS.has(words[1] as string))
    words = words.slice(1);
  // "Under the new law, how quickly…": the question after a leading phrase.
  if (!WH_WORDS.has(words[0] ?? "") && !AUXILIARIES.has(words[0] ?? "")) {
    const folded = foldWord(text);
    const after = LEADING_PHRASE.exec(folded);
    if (after) return questionType(folded.slice(after[0].length - (after[1] as string).length));
  }
  // "So who won…", "and what did he say": a word that only links to what came before.
  while (words.length > 2 && DISCOURSE_MARKERS.has(words[0] as string)) words = words.slice(1);
  // "If the election is annulled who would be acting president": the question after its condition.
  if (CONDITIONS.has(words[0] ?? "")) {
    const wh = words.findIndex((word, k) => k > 1 && WH_WORDS.has(word) && word !== "which");
    if (wh > 0) return questionType(words.slice(wh).join(" "));
  }
  // "The summit was hosted by who?", "rubio met lavrov when": the question word left in place,
  // at the end (not "the WHO", a name).
  const last = words[words.length - 1] ?? "";
  if (
    words.length > 2 &&
    !WH_WORDS.has(words[0] ?? "") &&
    !AUXILIARIES.has(words[0] ?? "") &&
    IN_PLACE_WH.has(last) &&
    !DETERMINERS.has(words[words.length - 2] ?? "")
  )
    return questionType(last);
  const [first = "", second = ""] = words;
  if (first === "who" || first === "whom" || first === "whose") return "who";
  if (first === "when" || ((first === "what" || first === "which") && DATE_NOUNS.has(second))) return "when";
  if (first === "where") return "where";
  // "At what age did he retire": an age, a figure, as "how old" asks.
  if ((first === "what" || first === "which") && second === "age") return "how-many";
  if (first === "why") return "why";
  if (first === "how") {
    // "How much time passed…" asks for a span of time, as "how long" does.
    if (second === "long" || second === "soon" || second === "often" || second === "quickly")
      return "how-long";
    if (second === "much" && words[2] === "time") return "how-long";
    if (MEASURE_WORDS.has(second)) return "how-many";
    return "how";
  }
  if (AUXILIARIES.has(first)) return "yes-no";
  return "what";
}

/**
 * Whether a sentence opens as a question does: a question word or an auxiliary first, after a
 * linking word or a preposition ("so who…", "in which year…", "did…"); not "I saw…".
 */
export function opensAsQuestion(text: string): boolean {
  let words = openingWords(text);
  while (
    words.length > 1 &&
    (DISCOURSE_MARKERS.has(words[0] as string) ||
      (LEADING_PREPOSITIONS.has(words[0] as string) && WH_WORDS.has(words[1] as string)))
  )
    words = words.slice(1);
  const first = words[0] ?? "";
  return WH_WORDS.has(first) || AUXILIARIES.has(first);
}

/** What "what percentage / share of…" measures in: the unit of its figure, not its topic. */
export const PERCENT_NOUNS = new Set(["percentage", "percent", "proportion", "fraction", "share"]);
/**
 * "What percentage of…", "by what percentage", "what share of the vote": a figure in per cent
 * answers (not "what share price").
 */
export const PERCENT_QUESTION =
  /^\W*(?:(?:by|in|to|of)\s+)?(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?(?:percentage|percent|per\s+cent|proportion|fraction|share(?!\s*(?:price|holder|s\b)))\b|^\W*how\s+many\s+(?:percent|per\s+cent)\b/iu;

/**
 * "What caused the derailment", "what led to the war", "what was the reason for the delay":
 * a cause answers, as it does "why".
 */
export function asksCause(text: string, tokens: readonly AnalyzedToken[]): boolean {
  if (CAUSE_QUESTION.test(text)) return true;
  // "What made the train derail": "made" with a bare verb after its object.
  const words = tokens.map((t) => foldWord(t.text));
  if (words[0] !== "what" || (words[1] !== "made" && words[1] !== "makes")) return false;
  return tokens.slice(3).some((t) => t.pos === "VERB" && foldWord(t.text) === foldWord(t.lemma));
}
const CAUSE_QUESTION =
  /^\W*what\s+(?:(?:main\s+)?(?:reasons?|causes?|motives?|explanation|justification)\s+(?:did|does|do|has|have|had|was|were|is|are)\b|caused?|causes|triggered|sparked|prompted|provoked|led\s+to|leads\s+to|(?:is|was|are|were|'s)\s+(?:the\s+)?(?:main\s+|real\s+|likely\s+)?(?:causes?|reasons?)\s+(?:of|for|behind))/iu;

/** "What date", "which day": the noun only says the answer is a date. */
export const DATE_NOUNS = new Set(["date", "day", "time", "year", "month", "week"]);
/** "How high", "how old": the answer is a measure, a figure with its unit. */
export const MEASURE_WORDS = new Set([
  "high",
  "tall",
  "big",
  "large",
  "far",
  "deep",
  "old",
  "fast",
  "heavy",
  "wide",
  "long",
  "much",
  "many",
]);

/** A question's opening "how" and the word after it: the word as a word boundary ends it. */
const HOW_WORD = /^\W*how\s+([a-z0-9_]+)/iu;

/** The word after a question's opening "how", lower case ("How tall is…": "tall"); null where it opens otherwise. */
export function howWord(text: string): string | null {
  return HOW_WORD.exec(text)?.[1]?.toLowerCase() ?? null;
}

/** "How tall / deep / far…": the dimension a figure measures, which sentences write beside it ("5,895 metres high"). */
export const DIMENSIONS: ReadonlySet<string> = new Set(
  [...MEASURE_WORDS].filter((word) => word !== "much" && word !== "many"),
);
/** "What kind of", "the name of", "the names of": only say what follows is the class asked about. */
export const KIND_NOUNS: ReadonlySet<string> = new Set(
  [
    ["kind", "kinds"],
    ["sort", "sorts"],
    ["type", "types"],
    ["style", "styles"],
    ["form", "forms"],
    ["brand", "brands"],
    ["genre", "genres"],
    ["variety", "varieties"],
    ["name", "names"],
    ["breed", "breeds"],
    ["species"],
    ["category", "categories"],
    ["class", "classes"],
  ].flat(),
);
/** "Is", and the clitic of "what's", "where're". */
export const BE_FORMS = new Set(["is", "are", "was", "were", "'s", "'re"]);

/** A name term that may abbreviate a longer one ("nato", "aarp"). */
const ABBREVIATION = /^[a-z]{2,6}$/u;

/** Whether a name term may abbreviate a longer name ("nato", "aarp"). */
export function isAbbreviation(term: string): boolean {
  return ABBREVIATION.test(term);
}

/** The token of a form of "be" at `from`, past any adverbs before it ("what exactly is a spillway"), or -1. */
export function copulaAt(tokens: readonly AnalyzedToken[], from: number): number {
  let i = from;
  while (tokens[i]?.pos === "ADV") i++;
  return BE_FORMS.has(foldWord(tokens[i]?.text ?? "")) ? i : -1;
}

export function answerKind(
  type: QuestionType,
  concepts: readonly Concept[],
  speech: boolean,
  verbless = true,
): AnswerKind {
  const topic = concepts.filter((c) => !c.framing && c.source === "question");
  switch (type) {
    case "who":
      // "Who is Peskov" asks for a title; "who is the US Secretary of State" for a person, titles
      // written as names though they are; "who came up with El Niño" for a person, by its verb.
      return verbless && topic.length > 0 && topic.every((c) => c.isName && !ROLE_TERMS.has(c.term))
        ? "identity"
        : "person";
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
