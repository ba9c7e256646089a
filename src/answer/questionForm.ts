/**
 * What the wording of a question says about the answer it wants, beside its type
 * (questionKind.ts): what someone said, a definition, a title, an abbreviation written out, what
 * something is made of, what a name means, a name.
 */
import type { AnalyzedToken } from "../nlp/wink.js";
import { wordTerm, type Term } from "../text/terms.js";
import { foldWord } from "../text/normalize.js";
import { SPEECH_TERMS } from "../text/lexicon.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { amountFocusToken } from "./questionFocus.js";
import {
  BE_FORMS,
  copulaAt,
  DIMENSIONS,
  PERCENT_NOUNS,
  PERCENT_QUESTION,
  type QuestionType,
  WH_WORDS,
} from "./questionKind.js";

/** Base forms to terms, as the index has them (a phrase stays a phrase term). */
export function termSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => (word.includes(" ") ? word : wordTerm(word))));
}

/** "What is X made of / made from / composed of", "what are the ingredients of X". */
const MATERIAL_QUESTION =
  /\b(?:made|built|formed|composed|constructed|carved)\s+(?:out\s+)?(?:of|from)\b|\bconsists?\s+of\b|\bingredients?\b|\bwhat\s+materials?\b/iu;
/**
 * "What does X mean (in French)", "X meaning", "the meaning / origin of X", "why is X called X",
 * "where does the name X come from", "what is X named after": what a name or word means. Not
 * "what does the deal mean for Ukraine" (a consequence) nor "what did he mean by…".
 */
const MEANING_QUESTION =
  /^(?:what|which)\s+(?:does|did|do)\s+.+?\s+mean(?:\s+in\s+\p{L}+)?\W*$|\bmeaning\W*$|^(?:what|which)\s+(?:is|was)\s+the\s+(?:meaning|origin|etymology)\s+of\b|^why\s+(?:is|are|was|were)\s+.+?\s+(?:called|named)\b|\b(?:name|word|term)\s+.{0,40}?\b(?:come|came|originate|derive)s?\s+from\W*$|\bnamed\s+(?:after|for)\W*$/iu;
/**
 * "What is the name of X", "what was X's name", "what is X called", "what will X be called": the
 * answer is a name.
 */
const NAMING_QUESTION =
  /^(?:what|which)\s+(?:is|are|was|were|will|would|'s|’s)\s+(?:(?:(?:the|a|an)\s+)?names?\s+(?:of|for)\b|[^?]+?(?:'s|s')?\s+names?\W*$|[^?]+?\s+(?:called|named|known\s+as)\W*$)/iu;
/**
 * Words asking for someone's view: "what does X think of…", "what was X's take on…", "how did X
 * react". Their answer is what X said, as for a verb of saying (in a what or how question only:
 * "does X think…" is a yes-or-no question, whose answer may quote X as a pronoun or a title).
 */
const OPINION_TERMS = termSet([
  "think",
  "believe",
  "feel",
  "consider",
  "expect",
  "view",
  "opinion",
  "stance",
  "react",
  "reaction",
  "assessment",
]);
/** "X's take on…": the noun only (a verb "take" is a deed: "what steps did X take"). */
const TAKE = wordTerm("take");

/** WordNet's class of what is said or written: a noun that reports speech ("comment", "statement"). */
const COMMUNICATION = wordTerm("communication");

/** "What is X's job": asks for X's title, like "who is X". */
export const JOB_NOUNS = termSet(["job", "role", "title", "position", "post", "occupation", "profession"]);

/** What the wording of a question says about the answer it wants. */
export interface QuestionForm {
  /** Asks what someone said ("what did X say", "…according to X"). */
  speech: boolean;
  /** Token of the verb of saying (Infinity when none), and of "according to" (-1 when none). */
  speechToken: number;
  sourceToken: number;
  /** "What is X (about)?": no verb besides "is". */
  definition: boolean;
  /** "What is X's job?": asks for X's title. */
  asksJob: boolean;
  /** "What does X stand for?": asks for the name an abbreviation is short for. */
  expansion: boolean;
  /** "What is X made of?", "what are its ingredients?": asks what X consists of. */
  material: boolean;
  /** "What does X mean?", "why is it called X?": asks what a name or word means. */
  meaning: boolean;
  /** "What is the name of X?", "what is X called?": asks for a name. */
  naming: boolean;
  /** "Where was the train going?", "where did Rubio fly to?": asks where someone or something went. */
  destination: boolean;
  /** The counted noun of "how many people" and the category noun of "which countries" (-1: none). */
  unitToken: number;
  categoryToken: number;
}

/**
 * Words opening a clause of time or cause, or a relative clause: a verb of saying after one is not
 * the question's ("what demands has Putin made that Kyiv considers unacceptable").
 */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  "when",
  "while",
  "after",
  "before",
  "because",
  "since",
  "that",
]);

/** Verbs of going somewhere, or of being taken there, as a question writes them. */
const GOING_VERB_FORMS = String.raw`head|heads|headed|heading|fly|flies|flew|flown|flying|travel(?:s|l?ed|l?ing)?|move[ds]?|moving|return(?:s|ed|ing)?|relocat(?:e|es|ed|ing)|flee|flees|fled|fleeing|evacuated|sail(?:s|ed|ing)?|driven|drove|deported|diverted|transferred|rushed|airlifted|brought|bound|migrat(?:e|es|ed|ing)|visit(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?`;
/**
 * "Where was the train going", "where did Rubio fly to", "where were the miners taken": a verb of
 * going, or a question ending on "to", asks where someone or something went. Not "where will the
 * talks take place", "where are they going to meet", nor "where did they take shelter".
 */
const WHERE_TO_QUESTION = new RegExp(
  String.raw`\bwhere\b.*\b(?:(?:${GOING_VERB_FORMS})\b` +
    // "go", but not "going to be / happen…" (the future) nor "went past" (beside a place);
    String.raw`|(?:go|goes|gone|went|going)\b(?!\s+to\s+(?:be|happen|take|hold|meet|stay|start|sign|vote|talk|end)\b)(?!\s+(?:past|by|through|over|ahead|wrong|missing)\b)` +
    // "take", but not "take place", "take shelter"…;
    String.raw`|(?:take|takes|taken|took|taking)\b(?!\s+(?:place|shelter|part|refuge|cover|hold|effect|office)\b))` +
    // or a question ending on "to".
    String.raw`|\bto\W*$`,
  "iu",
);

/** Whether the question asks where someone or something went (WHERE_TO_QUESTION). */
export function asksWhereTo(text: string): boolean {
  return WHERE_TO_QUESTION.test(text);
}

export function questionForm(
  type: QuestionType,
  tokens: readonly AnalyzedToken[],
  own: readonly Term[],
): QuestionForm {
  // Verbs of saying by lemma: "say" itself is a stop word and has no term. A noun after "of" ends
  // a title ("the secretary of state") unless it is a kind of communication ("of his statement").
  // …in the question's own clause: "which airport was he at when he said…" asks for a place.
  // After a chat message's lead-in ("i keep seeing headlines that rubio…, what did he say…", "i
  // was reading about the thing that got mentioned…, where did they meet"), the clause opens at
  // the question word: the lead-in's words neither end it nor say what it asks.
  const wh = tokens.findIndex((token) => WH_WORDS.has(foldWord(token.text)));
  const clauseStart = wh > 0 && /^[,;:.!—–-]$/u.test(tokens[wh - 1]?.text ?? "") ? wh : 0;
  const clauseEnd = tokens.findIndex(
    (token, i) => i > clauseStart && SUBORDINATORS.has(foldWord(token.text)),
  );
  // A word asking for a view counts as one ("what does Rubio think of…").
  const verb = tokens.findIndex((token, i) => {
    // A name is no verb of saying: "the United States", "the State Department".
    if (token.pos === "PROPN" || i < clauseStart) return false;
    const term = wordTerm(foldWord(token.lemma));
    if (!(SPEECH_TERMS.has(term) || asksView(term, token, tokens[i - 1])) || (clauseEnd > 0 && i > clauseEnd))
      return false;
    const titled =
      (token.pos === "NOUN" || token.pos === "PROPN") && foldWord(tokens[i - 1]?.text ?? "") === "of";
    return !titled || defaultLexicon().isA(term, COMMUNICATION);
  });
  const sourceToken = own.find((t) => t.span && SPEECH_TERMS.has(t.term))?.token ?? -1;
  const text = tokens.map((token) => token.text).join(" ");
  // "What is the team called" names; it does not report speech.
  const naming = type === "what" && NAMING_QUESTION.test(text);
  // "What does Rubio think of…", "what was his take on…": what he said of it answers.
  const speech = (verb >= 0 || sourceToken >= 0) && (type === "what" || type === "how") && !naming;
  // "What is X" — not "what is in X", which asks what X holds, nor "which is X", which asks to
  // pick one. An adverb may come between: "what exactly is a spillway".
  const be = copulaAt(tokens, 1);
  const whatIs =
    type === "what" &&
    foldWord(tokens[0]?.text ?? "") !== "which" &&
    be >= 0 &&
    tokens[be + 1]?.pos !== "ADP" &&
    !tokens.slice(be + 1).some((token) => token.pos === "VERB");
  // "What is Rohm and Haas's revenue" asks for a value of X's, not what X is.
  const possessed = tokens
    .slice(be + 1)
    .some((token) => token.pos === "PART" && /^['’]s?$/u.test(token.text));
  return {
    speech,
    speechToken: verb >= 0 ? verb : Infinity,
    sourceToken,
    definition: whatIs && !possessed,
    asksJob: whatIs && own.some((t) => t.isName) && own.some((t) => JOB_NOUNS.has(t.term)),
    expansion: /\b(?:stands?|stood)\s+for\W*$/iu.test(text),
    material: type === "what" && MATERIAL_QUESTION.test(text),
    meaning: MEANING_QUESTION.test(text),
    naming,
    destination: type === "where" && asksWhereTo(text),
    unitToken:
      type === "how-many"
        ? countedNounToken(tokens)
        : type === "what" && PERCENT_QUESTION.test(text)
          ? tokens.findIndex((token) => PERCENT_NOUNS.has(foldWord(token.text)))
          : amountFocusToken(type, tokens, defaultLexicon()),
    categoryToken: foldWord(tokens[0]?.text ?? "") === "which" && tokens[1]?.pos === "NOUN" ? 1 : -1,
  };
}

/**
 * Whether a token (of index term `term`, after `previous`) asks for a view: "think", "believe",
 * "X's take". Not a verb after a form of "be": "which official is expected to travel…", "what is
 * believed to have caused…" ask for no one's view.
 */
function asksView(term: string, token: AnalyzedToken, previous: AnalyzedToken | undefined): boolean {
  if (OPINION_TERMS.has(term)) return token.pos !== "VERB" || !BE_FORMS.has(foldWord(previous?.text ?? ""));
  return term === TAKE && (token.pos === "NOUN" || /^['’]s?$/u.test(previous?.text ?? ""));
}

/** Whether a noun is written in the plural: its lemma is another word ("travellers", "people"). */
function isPlural(token: AnalyzedToken): boolean {
  const word = foldWord(token.text);
  return token.lemma !== "" && foldWord(token.lemma) !== word;
}

/**
 * The noun after "how many" ("people" in "how many people died", the head "workers" of "how many
 * bakery workers"), the dimension of "how tall is", or -1.
 */
function countedNounToken(tokens: readonly AnalyzedToken[]): number {
  if (DIMENSIONS.has(foldWord(tokens[1]?.text ?? ""))) return tokens[2]?.pos === "NOUN" ? 2 : 1;
  for (let i = 2; i < Math.min(tokens.length, 4); i++) {
    const token = tokens[i] as AnalyzedToken;
    if (token.pos === "NOUN") {
      // "How many bakery workers": a noun before another describes it; a plural one does not, the
      // word after it is its verb ("how many travellers use lorrick airport", tagged a noun).
      while (tokens[i + 1]?.pos === "NOUN" && !isPlural(tokens[i] as AnalyzedToken)) i++;
      return i;
    }
    // "How many Ukrainian soldiers": a people's name describes the noun it stands before.
    if (token.pos !== "ADJ" && token.pos !== "PROPN") break;
  }
  return -1;
}
