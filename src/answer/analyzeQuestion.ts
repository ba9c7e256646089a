/**
 * A question analysed: what it asks for (its type, the kind of answer that would satisfy it and
 * its focus: questionKind.ts), its concepts, and the weighted terms to search with (its own
 * words, their paraphrases at a lower weight, and, for a follow-up, names carried from the
 * question before). Chat markup is set aside, a message of several sentences is read for the one
 * asking (questionMessage.ts), and a question typed in one case is read as cased.
 */
import { analyzeTokens, type AnalyzedToken } from "../nlp/wink.js";
import { isAcronym, termsOf, wordTerm, type Term } from "../text/terms.js";
import { collapseWhitespace, foldWord, stripInvisible } from "../text/normalize.js";
import { stripMarkup } from "../text/markup.js";
import { correctName } from "../text/spelling.js";
import { readCompounds } from "./compoundWords.js";
import { correctOpening, correctWords } from "./questionSpelling.js";
import { articleWord, expandShorthand } from "./chatShorthand.js";
import { phrasalSense, roleSense, withPhrasalVerbs } from "./phrasalVerbs.js";
import { continuesTitle } from "./roleHolders.js";
import { isYearToken } from "./askedYears.js";
import { asksLength } from "./asksLength.js";
import type { WeightedTerm } from "../index/sentenceIndex.js";
import { searchTerms } from "./searchTerms.js";
import { ablated } from "./ablation.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { JOB_NOUNS, questionForm, type QuestionForm } from "./questionForm.js";
import { isFraming } from "./questionFraming.js";
import { contextConcepts, readMessage } from "./questionMessage.js";
import { PERSON_CLASS } from "./wordClasses.js";
import {
  abbreviationCased,
  ANAPHORA,
  plainOpening,
  readCased,
  restoreApostrophes,
  shoutedWordsCased,
  stripAskedOf,
  stripSourceReference,
  type WrittenAsName,
} from "./questionText.js";
import {
  answerKind,
  BE_FORMS,
  DATE_NOUNS,
  isAbbreviation,
  KIND_NOUNS,
  MEASURE_WORDS,
  DIMENSIONS,
  PERCENT_QUESTION,
  asksCause,
  questionType,
  type AnswerKind,
  type QuestionType,
} from "./questionKind.js";
import { asksSubtype, focusOf, keywordHead, keywordKind, SITE_FOCUS } from "./questionFocus.js";
import { DEADLINE } from "./deadline.js";

export { questionType, type AnswerKind, type QuestionType } from "./questionKind.js";
export { focusOf } from "./questionFocus.js";

/** Date nouns as index terms: a what-question focused on one asks for a date ("what's the target date"). */
const DATE_FOCUS: ReadonlySet<string> = new Set([...DATE_NOUNS].map((w) => wordTerm(w)));

/** One thing the question is about: a word or name of its own, or one carried from before. */
export interface Concept {
  term: string;
  weight: number;
  isName: boolean;
  /** A word that frames the question ("say", "take place") rather than naming its topic. */
  framing: boolean;
  /** The counted noun of a how-many question ("people"): the figure answers it, it is not the topic. */
  unit?: boolean;
  /**
   * Where the concept came from: the question itself, the previous question (a follow-up), or
   * the sentences around the question in its message (questionMessage.ts).
   */
  source: "question" | "previous" | "context";
  /**
   * A noun right before a name that says what the name is — "architect Frank Gehry", "the movie
   * Wall Street": part of naming the topic, not what is asked about it.
   */
  classifier?: boolean;
  /** A word a title goes on with after "of" ("state" of "secretary of state"): part of the role's name. */
  titlePart?: boolean;
  /** The question's token it is first written at (concepts from the question itself). */
  token?: number;
  /**
   * The phrasal verb the word is part of, whose meaning it has ("step down": "resign"), as the
   * lexicon writes it; its own term still matches the words themselves ("stepped down").
   */
  sense?: string;
  /** The question writes it as a verb ("wants", "killed"): no part of a name. */
  verb?: boolean;
  /** The question writes it as an adverb ("actually", "ever"): no part of a name either. */
  adverb?: boolean;
  /** The question writes it as a pronoun ("anybody", "somebody"): no part of a name either. */
  pronoun?: boolean;
  /** A year ("in 2024", "the 2020 election"): only an article of that year answers (askedYears.ts). */
  year?: boolean;
}

/** A search term: a concept's own term or one of its paraphrases. */
export interface QuestionTerm extends WeightedTerm {
  isName: boolean;
  /** Index into `concepts`. */
  concept: number;
  /** How much matching this term counts as matching its concept (1 for the concept's own term). */
  credit: number;
}

export interface AnalyzedQuestion {
  /** The question as asked, tidied (invisible characters out, whitespace collapsed). */
  text: string;
  /**
   * The question as it is read: mentions, emoji and markdown out, chat shorthand written out, a
   * greeting or "can you tell me" before it dropped, question words' apostrophes restored ("whats"
   * → "what's"). What it asks for ("how old", "who is the X") is read from this, not from `text`:
   * "<@bot> can you tell me how old he is" asks an age.
   */
  read: string;
  /** The question's words as read, wink's tokens lower-cased: what a concept's `token` counts in ("where in London": "in" before "london"). */
  words: readonly string[];
  type: QuestionType;
  kind: AnswerKind;
  /** In question order (carried concepts last). */
  concepts: Concept[];
  /** Everything to search with; several terms can share a concept. */
  terms: QuestionTerm[];
  /** Concepts (indices) naming who speaks, for a speech question ("what did Rubio say"). */
  speakers: number[];
  /** The token of the verb of saying, where the speaker is named before it ("what did Iran's foreign minister say", "what did the prime minister say"). */
  speechAt?: number;
  /**
   * The class of thing asked for, as an index term: the head noun of "what record company",
   * "which ministers", "what kind of animal", "the name of his group"; "person" for who,
   * "location" for where. A sentence holding a kind or instance of it (WordNet) may answer.
   */
  focus: string | null;
}

/** What a follow-up can borrow from the exchange before it (see followUp.ts). */
export interface QuestionContext {
  /** Name terms to carry into this question when it points back ("he", "they") or names no one. */
  names: readonly string[];
  /** Topic words of the previous question, for an elliptical follow-up ("And in Sumy?"). */
  words?: readonly string[];
  /** The previous question's type and answer kind, which an elliptical follow-up keeps. */
  type?: QuestionType;
  kind?: AnswerKind;
}

/** Words of the question phrase itself ("how long", "what date"), never topic words. */
const QUESTION_WORDS = new Set(["how", "soon", "often", ...MEASURE_WORDS, ...DATE_NOUNS, ...KIND_NOUNS]);
const NAME_WEIGHT = 1.3;
const FRAMING_WEIGHT = 0.3;
/**
 * The counted noun in "how many people" (articles count in other words: "others", "civilians"),
 * and the category noun in "which countries" (the answer names one: "France").
 */
const UNIT_WEIGHT = 0.6;
/** Names carried from the previous question: context, not the new question's topic. */
const CARRIED_WEIGHT = 0.6;
/** Names and words in the sentences around a message's question: context, as names carried from before are. */
const CONTEXT_WEIGHT = CARRIED_WEIGHT;

/** "What is a…", "what's an…": what one of a kind is, not which one. */
const ASKS_WHAT_ONE_IS = /^\W*what(?:\s+is|\s+are|['’]s)\s+an?\s/iu;

/**
 * @param knownNames index terms the articles write as names (Library.names): a question typed
 * in one case ("WHO HOSTED THE SUMMIT", "who hosted the summit in paris") is read as its
 * properly cased form, names capitalised where the articles have them as names.
 * @param knownTerm whether the articles hold an index term: a word no dictionary has, one slip
 * from exactly one of their terms ("poeple"), is read as that term.
 * @param writtenAsName whether a one-case question's word is a name (oneCaseNames.ts,
 * readsAsName): one of the articles' names they write as a name where they use it, or a word they
 * lack that WordNet has only as a name. A one-case question capitalises only those.
 */
export function analyzeQuestion(
  question: string,
  context?: QuestionContext,
  knownNames?: ReadonlySet<string>,
  knownTerm?: (term: string) => boolean,
  writtenAsName?: WrittenAsName,
): AnalyzedQuestion {
  const text = collapseWhitespace(stripInvisible(question));
  // Mentions, emoji and markdown are chat furniture, not words of the question.
  // Chat shorthand is written out ("ppl" → "people") and fillers dropped ("tbh") before a
  // greeting or a question to the bot is looked for ("tbh can u tell me who…").
  const chat = collapseWhitespace(stripMarkup(text));
  const spelt = ablated("spelling") ? chat : expandShorthand(chat, articleWord(knownNames, knownTerm));
  // "My cousin lives up there. What time did the quake hit?": the sentence asking is the
  // question; the sentences around it count for less (questionMessage.ts).
  const message = readMessage(spelt);
  const plain = restoreApostrophes(stripSourceReference(stripAskedOf(plainOpening(message.question))));
  const opened = ablated("spelling") ? plain : correctOpening(plain, knownNames);
  // "cease fire" where the articles write "ceasefire", before the words are cased.
  const words = knownTerm && !ablated("spelling") ? readCompounds(opened, knownTerm) : opened;
  const read = abbreviationCased(
    readCased(shoutedWordsCased(words, knownNames, knownTerm), knownNames, writtenAsName),
  );
  const typed = analyzeTokens(read);
  const tokens = knownTerm && !ablated("spelling") ? correctWords(read, typed, knownNames, knownTerm) : typed;
  const asked = questionType(words);
  // "How long is the Danube": a length, a figure with its unit, not a span of time.
  const type = asked === "how-long" && asksLength(tokens) ? "how-many" : asked;
  const senses = tokens.map(
    (_, i) => (type === "who" ? roleSense(tokens, i) : undefined) ?? phrasalSense(tokens, i),
  );
  const { own, parts } = questionTerms(tokens, type, senses);
  const form = questionForm(type, tokens, own);
  const { concepts, firstToken } = conceptsOf(type, form, own, tokens, senses);
  if (knownNames && knownNames.size > 0) correctNames(concepts, knownNames, knownTerm);
  const around = message.context
    ? contextConcepts(message.context, concepts, CONTEXT_WEIGHT, knownNames, writtenAsName)
    : [];
  if (knownNames && knownNames.size > 0) correctNames(around, knownNames, knownTerm);
  for (const concept of around)
    if (!concepts.some((c) => c.term === concept.term)) {
      concepts.push(concept);
      firstToken.push(Infinity);
    }

  // A follow-up that points back ("what did he say") or names no one borrows the names before;
  // an elliptical one ("And in Sumy?") borrows the question before's topic and kind as well.
  const carry = (term: string, isName: boolean) => {
    if (concepts.some((c) => c.term === term)) return;
    concepts.push({ term, weight: CARRIED_WEIGHT, isName, framing: false, source: "previous" });
    firstToken.push(Infinity);
  };
  const pointsBack = tokens.some((token) => ANAPHORA.has(foldWord(token.text)));
  const elliptical = context !== undefined && isElliptical(tokens);
  // Names in the message's own context are what "he" points back to, not the question before's.
  if (context && !around.some((c) => c.isName) && (pointsBack || !concepts.some((c) => c.isName)))
    for (const name of context.names) carry(name, true);
  if (context && elliptical) for (const word of context.words ?? []) carry(word, false);

  const focus = focusOf(type, tokens);
  // A what-question whose focus is of a class asks for one of it, unless it asks for a kind of it
  // ("what kind of singer").
  const subtype = asksSubtype(tokens);
  const asksOneOf = (cls: string) =>
    type === "what" && !form.speech && focus !== null && !subtype && defaultLexicon().isA(focus, cls);
  // "What is the name of Ukraine's prime minister", "which minister…": the answer is a person.
  // "What role does parliament have": a part played, not a player (WordNet has "role" a person).
  const asksPerson = asksOneOf(PERSON_CLASS) && !JOB_NOUNS.has(focus ?? "");
  // "What's the target date for…", "what was the closing day", "what is the deadline": a focus
  // that is a date noun asks for a date, as "what date" does (WordNet has a date as a companion
  // too, which is no person).
  const asksDate =
    type === "what" && !subtype && focus !== null && (DATE_FOCUS.has(focus) || focus === DEADLINE);
  // "Which country…", "what city…", "which airport…", "what hotel…": the answer is a place.
  // ("What's a refuge station" asks what one is; "what is the third largest city in X", which.)
  const asksPlace =
    !(form.definition && ASKS_WHAT_ONE_IS.test(words)) &&
    SITE_FOCUS.some((cls) => asksOneOf(cls) || (type === "what" && !subtype && focus === cls));
  // "What does NATO stand for / mean": the name written out ("what does croissant mean" asks a
  // meaning, not an expansion: a capitalised abbreviation only).
  const abbreviated = (c: Concept) => c.isName && isAbbreviation(c.term);
  const asksExpansion = form.expansion
    ? concepts.some(abbreviated)
    : form.meaning && concepts.some((c) => abbreviated(c) && isAcronym(tokens[c.token ?? -1]?.text ?? ""));
  // "What percentage of the vote…", "what is the population of X", "what was the total cost": a
  // figure answers, as it does "how many" ("what is the fund called" asks for its name).
  const asksFigure = type === "what" && !form.naming && (PERCENT_QUESTION.test(words) || form.unitToken >= 0);
  // A search engine's keywords ask for a date, a cause or a name where their head noun says so
  // ("nintendo switch release date", "jesse owens cause of death", "edith piaf real name"); as a
  // person or a place ("frida kahlo husband") they are left to the ranker: measured, that lost.
  const keyword = type === "what" && focus === null ? keywordKind(keywordHead(tokens)) : null;
  const ownKind = asksExpansion
    ? "expansion"
    : keyword
      ? keyword
      : type === "what" && asksCause(words, tokens)
        ? "reason"
        : asksFigure
          ? "number"
          : form.material
            ? "material"
            : form.meaning
              ? "meaning"
              : form.asksJob
                ? "identity"
                : asksDate
                  ? "date"
                  : asksPerson
                    ? "person"
                    : asksPlace
                      ? "place"
                      : form.naming
                        ? "name"
                        : form.definition
                          ? "definition"
                          : answerKind(
                              type,
                              concepts,
                              form.speech,
                              !tokens.some((token) => token.pos === "VERB"),
                            );
  const inherits = elliptical && type === "what" && ownKind === "fact" && context?.kind !== undefined;
  const kind = inherits ? (context.kind as AnswerKind) : ownKind;
  // The speaker is named before the verb of saying ("what did Rubio tell Lavrov"), or after
  // "according to"; a word that only frames is none ("State" of "the Secretary of State", read as
  // the verb "state": the holder's name, "Rubio suggested…", matches the secretary alone).
  const isSpeaker = (i: number) =>
    (firstToken[i] as number) < form.speechToken ||
    (form.sourceToken >= 0 && (firstToken[i] as number) > form.sourceToken && firstToken[i] !== Infinity);
  const speakers =
    kind === "speech" ? concepts.flatMap((c, i) => (c.isName && !c.framing && isSpeaker(i) ? [i] : [])) : [];
  return {
    text,
    read: words,
    words: typed.map((token) => token.normal),
    type: inherits ? (context?.type ?? type) : type,
    kind,
    concepts,
    terms: searchTerms(concepts, parts),
    speakers,
    ...(kind === "speech" && Number.isFinite(form.speechToken) ? { speechAt: form.speechToken } : {}),
    focus,
  };
}

/** A word that is neither a name of the articles nor an English word, one slip from a name, becomes that name. */
function correctNames(
  concepts: Concept[],
  knownNames: ReadonlySet<string>,
  knownTerm?: (term: string) => boolean,
): void {
  const lexicon = defaultLexicon();
  for (const concept of concepts) {
    if (concept.framing || knownNames.has(concept.term) || lexicon.has(concept.term)) continue;
    // A word the articles use ("ceasefire", which WordNet writes "cease-fire") is no slip.
    if (knownTerm?.(concept.term)) continue;
    if (!/^\p{L}+$/u.test(concept.term)) continue;
    const name = correctName(concept.term, knownNames);
    if (!name || concepts.some((c) => c.term === name)) continue;
    concept.term = name;
    if (!concept.isName) {
      concept.isName = true;
      // A slip in the words around the question ("saw it on rubbio's feed") weighs as context.
      if (concept.source !== "context") concept.weight = Math.max(concept.weight, NAME_WEIGHT);
    }
  }
}

const ELLIPSIS_OPENERS = new Set(["and", "but", "also", "what about", "how about"]);

/** "And in Sumy?", "What about Kharkiv?", "Sumy?": a question that leaves out its predicate. */
function isElliptical(tokens: readonly AnalyzedToken[]): boolean {
  const words = tokens.filter((t) => t.pos !== "PUNCT").map((t) => foldWord(t.text));
  if (ELLIPSIS_OPENERS.has(words[0] ?? "") || ELLIPSIS_OPENERS.has(words.slice(0, 2).join(" "))) return true;
  return !tokens.some((t) => t.pos === "VERB" || t.pos === "AUX");
}

/** The question's own terms as weighted concepts, in question order, each with its first token. */
function conceptsOf(
  type: QuestionType,
  form: QuestionForm,
  own: readonly Term[],
  tokens: readonly AnalyzedToken[],
  senses: readonly (string | undefined)[],
): { concepts: Concept[]; firstToken: number[] } {
  const concepts: Concept[] = [];
  const firstToken: number[] = [];
  const nameTokens = new Set(own.flatMap((t) => (t.isName ? [t.token] : [])));
  for (const term of own) {
    const sense = term.isName || term.span ? undefined : senses[term.token];
    const framing = isFraming(type, form, term.term, sense);
    const unitLike = term.token === form.unitToken || term.token === form.categoryToken;
    const weight = framing ? FRAMING_WEIGHT : term.isName ? NAME_WEIGHT : unitLike ? UNIT_WEIGHT : 1;
    const known = concepts.find((c) => c.term === term.term);
    if (known) {
      known.weight = Math.max(known.weight, weight);
      known.framing &&= framing;
      continue;
    }
    // "What was the monetary value", "the total cost": the amount's describing words are of its unit.
    const describesAmount =
      type === "what" &&
      term.token < form.unitToken &&
      tokens.slice(term.token, form.unitToken).every((token) => token.pos === "ADJ");
    const unit = !framing && !term.isName && (term.token === form.unitToken || describesAmount);
    const classifier =
      !term.isName && !term.span && tokens[term.token]?.pos === "NOUN" && nameTokens.has(term.token + 1);
    concepts.push({
      term: term.term,
      weight,
      isName: term.isName,
      framing,
      unit,
      source: "question",
      classifier,
      token: term.token,
      ...(sense ? { sense } : {}),
      ...(!term.isName && continuesTitle(tokens, term.token) ? { titlePart: true } : {}),
      ...(tokens[term.token]?.pos === "VERB" && !term.span ? { verb: true } : {}),
      ...(tokens[term.token]?.pos === "ADV" && !term.span ? { adverb: true } : {}),
      ...(tokens[term.token]?.pos === "PRON" && !term.span ? { pronoun: true } : {}),
      ...(!term.span && isYearToken(tokens, term.token) ? { year: true } : {}),
    });
    firstToken.push(term.token);
  }
  return { concepts, firstToken };
}

/**
 * The question's own terms: question-phrase words out ("how long"), and a fixed phrase
 * ("walk away") standing for its words, so its paraphrases ("abandon") can match it whole.
 */
function questionTerms(
  tokens: readonly AnalyzedToken[],
  type: QuestionType,
  senses: readonly (string | undefined)[],
): { own: Term[]; parts: Map<string, string[]> } {
  // A hyphenated compound the articles hold is one word already (readCompounds); its joined term
  // is for articles' text, and a question's words are read apart.
  const written = termsOf(tokens).filter((term) => !term.compound);
  const terms = withPhrasalVerbs(written, tokens, senses);
  const covered = new Map<number, string>();
  for (const term of terms)
    if (term.span) for (let k = 0; k < term.span; k++) covered.set(term.token + k, term.term);
  const parts = new Map<string, string[]>();
  const opening = openingTokens(tokens);
  const own = terms.filter((term) => {
    if (term.span) return true;
    const phrase = covered.get(term.token);
    if (phrase) {
      parts.set(phrase, [...(parts.get(phrase) ?? []), term.term]);
      return false;
    }
    // "…will it be easy lol", "ok so who…": an interjection asks about nothing.
    if (tokens[term.token]?.pos === "INTJ") return false;
    const word = foldWord(tokens[term.token]?.text ?? "");
    // "How tall is X": the dimension stays, as what the figure measures ("1.1 metres tall").
    if (term.token === 1 && type === "how-many" && DIMENSIONS.has(word)) return true;
    return !(term.token < opening && QUESTION_WORDS.has(word));
  });
  return { own, parts };
}

/** How many tokens the question phrase takes at the start ("how many", "what date"). */
function openingTokens(tokens: readonly AnalyzedToken[]): number {
  const words = tokens.slice(0, 5).map((token) => foldWord(token.text));
  const [first = ""] = words;
  // "What is the name of …", "what was the kind of …".
  if (
    (first === "what" || first === "which") &&
    BE_FORMS.has(words[1] ?? "") &&
    KIND_NOUNS.has(words[3] ?? "")
  )
    return 4;
  return first === "how" || first === "what" || first === "which" ? 2 : 1;
}
