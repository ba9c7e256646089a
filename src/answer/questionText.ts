/**
 * A question's text before it is analysed: a greeting dropped, question words' apostrophes put
 * back, a question typed in one case cased as the articles would write it (and a word of another
 * question written in capitals for emphasis read as the word), and the word before "stand for"
 * read as an abbreviation.
 */
import { foldWord } from "../text/normalize.js";
import { wordTerm } from "../text/terms.js";
import { defaultAliases } from "../text/aliases.js";
import { ablated } from "./ablation.js";
import { WH_WORDS } from "./questionKind.js";

/** Words that point back to a person or thing named before: "what did he say", "is it signed". */
export const ANAPHORA: ReadonlySet<string> = new Set([
  "he",
  "she",
  "they",
  "him",
  "her",
  "his",
  "their",
  "them",
  "it",
  "its",
]);

/** A word of four letters or more written in capitals. */
const SHOUTED = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu;

/**
 * A question written in both cases with a word in capitals for emphasis ("wait russia hit a
 * BAKERY??"): the word, lower-cased, where the articles use it as a word and not as a name or an
 * abbreviation of theirs (so "NATO" stays).
 * @param knownTerm whether the articles hold an index term
 */
export function shoutedWordsCased(
  text: string,
  knownNames: ReadonlySet<string> = new Set(),
  knownTerm?: (term: string) => boolean,
): string {
  if (!knownTerm || isSingleCase(text) || ablated("one-case")) return text;
  return text.replace(SHOUTED, (word) => {
    const folded = foldWord(word);
    const term = wordTerm(folded);
    if (knownNames.has(folded) || knownNames.has(term) || defaultAliases.words.has(folded)) return word;
    return knownTerm(term) ? folded : word;
  });
}

/**
 * Whether a one-case question's word is a name: its term, the word lower case, whether it is
 * what a "how many" counts ("how many bridges": a kind of thing, not "the Chain Bridge"), and the
 * terms of all the question's words ("office" beside "oval" names the Oval Office; oneCaseNames.ts).
 */
export type WrittenAsName = (
  term: string,
  word: string,
  counted: boolean,
  questionTerms: ReadonlySet<string>,
) => boolean;

/** A text typed in one case read as cased (`trueCase`), any other as written. */
export function readCased(
  text: string,
  knownNames?: ReadonlySet<string>,
  writtenAsName?: WrittenAsName,
): string {
  return isSingleCase(text) && !ablated("one-case") ? trueCase(text, knownNames, writtenAsName) : text;
}

/** Whether a text's letters are all one case (and there are several words of them). */
export function isSingleCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 4) return false;
  return letters === letters.toUpperCase() || letters === letters.toLowerCase();
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Text ending in "how many ": the next word is what is counted. */
const COUNTED = /\bhow\s+many\s+$/iu;

/**
 * A one-case text as the articles would write it: every word lower case, except names (words the
 * alias table knows as one, or `writtenAsName` reads as one), which get a capital; an acronym the
 * aliases know ("nato", "us") is written in capitals only when the question was.
 * @param writtenAsName whether a word (its term, and the word lower case) is a name; by default,
 * a term of `knownNames`.
 */
export function trueCase(
  text: string,
  knownNames: ReadonlySet<string> = new Set(),
  writtenAsName: WrittenAsName = (term) => knownNames.has(term),
): string {
  const shouting = text === text.toUpperCase();
  const terms = new Set((text.match(WORD) ?? []).map((w) => wordTerm(foldedWord(w))));
  return text.replace(WORD, (word, at: number) => {
    const lower = word.toLowerCase();
    const folded = foldedWord(word);
    const alias = defaultAliases.words.get(folded);
    const term = wordTerm(folded);
    // An abbreviation the articles write in capitals is a name term as written, not stemmed
    // ("OSCE" is "osce"; the word "osce" would stem to "osc").
    if (
      alias === undefined &&
      !knownNames.has(term) &&
      knownNames.has(folded) &&
      /^[a-z]{2,6}$/u.test(folded)
    )
      return word.toUpperCase();
    const isName =
      alias !== undefined ||
      writtenAsName(term, lower, COUNTED.test(text.slice(Math.max(0, at - 10), at)), terms);
    if (!isName) return lower;
    if (shouting && alias !== undefined && /^[a-z]{2,4}$/u.test(alias) && folded.length <= 4) return word;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

/** A word folded as its term is made from: trailing full stops and apostrophes off ("Jones'", "Inc."). */
function foldedWord(word: string): string {
  return foldWord(word).replace(/[.'’]+$/u, "");
}

/** The question words as a pattern's alternatives ("who|whom|…"). */
const WH = [...WH_WORDS].join("|");

/** "Quick q:", "random question but", "dumb question but": a chat message saying a question follows. */
const SAYS_QUESTION = String.raw`(?:quick|random|dumb|stupid|silly|noob|small|simple|honest|genuine|serious)\s+(?:q|qn|question|one)(?:\s+(?:but|though))?`;

/** "Hey bot,", "hi there —", "ok so", "quick q:": a greeting or a word to the bot before the question. */
const GREETING = new RegExp(
  String.raw`^(?:(?:hey|hi|hello|yo|ok|okay|so|um+|uh+|please|sorry|btw|lads|${SAYS_QUESTION})\b[\s,:;!.—–-]*)+(?:(?:bot|there|talksbot|everyone|all|guys|folks)\b[\s,:;!.—–-]+)?`,
  "iu",
);

/**
 * "Wait, what day…", "hmm who…", "oh and when…": a word of surprise or hesitation before the
 * question's own first word. Only before a question word or an auxiliary: "right" and "wait"
 * are words of their own elsewhere ("right of return", "wait times").
 */
const HESITATION = new RegExp(
  String.raw`^(?:(?:wait|hmm+|hm+|oh+|ah+|right|alright|sorry|anyway|well|huh)\b[\s,:;!.…—–-]*)+(?=(?:and\s+)?(?:${WH}|whats|wheres|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b)`,
  "iu",
);

/** "Roughly how many…", "exactly how long…": a word of approximation before "how". */
const APPROXIMATE_HOW =
  /^(?:roughly|approximately|approx\.?|about|around|exactly|precisely|nearly|almost|just)\s+(?=how\b)/iu;

/**
 * "Kharkiv injuries how many", "witkoff putin meetings how many?": a search-box question with its
 * "how many / how much" last, read as "how many kharkiv injuries".
 */
const TRAILING_HOW_MANY = new RegExp(
  String.raw`^(?!(?:${WH})\b)(.+?)[\s,—–-]+(how\s+(?:many|much))\s*([?!.]*)$`,
  "iu",
);

/**
 * The question without a greeting or a hesitation before it ("hey bot, who hosted…" → "who
 * hosted…", "wait, what day…" → "what day…", "roughly how many…" → "how many…"), its trailing
 * "how many" put first.
 */
export function plainOpening(text: string): string {
  const rest = text.replace(GREETING, "").replace(HESITATION, "").replace(APPROXIMATE_HOW, "");
  if (!/\p{L}/u.test(rest)) return text;
  const trailing = TRAILING_HOW_MANY.exec(rest);
  if (!trailing || EMBEDS_QUESTION.test(trailing[1] as string)) return rest;
  return `${trailing[2]} ${trailing[1]}${trailing[3] || "?"}`;
}

/**
 * "I don't know how much", "not sure how many": a question embedded in a statement, not a
 * search-box question with its "how many" last.
 */
const EMBEDS_QUESTION =
  /\b(?:know|knows|knew|sure|idea|tell|told|say|said|wonder|wondering|ask|asked|idk|unclear|clue|care|matter|guess)$/iu;

/**
 * "Can you tell me who…", "do you know when…", "did they say how many…": a question asked of the
 * bot, the articles or anyone, wrapped round the question itself. A named asker stays ("did
 * Rubio say when…" asks what Rubio said).
 */
const ASKED_OF = new RegExp(
  String.raw`^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show|remind)\s+(?:me|us)|(?:do|does|did)\s+(?:you|u|they|anyone|anybody|someone|somebody|it|we|the\s+(?:articles?|reports?|news|stories|story))\s+(?:know|say|said|mention|tell\s+(?:us|me)|report|write)|(?:any|no)\s+idea|(?:i|we)\s+(?:wonder|wondered|want\s+to\s+know|would\s+like\s+to\s+know|need\s+to\s+know)|(?:tell|remind)\s+(?:me|us)(?:\s+again)?)[\s,:;—–-]+(?=(?:${WH})\b)`,
  "iu",
);

/** The question inside a question asked of the bot ("can you tell me who hosted…" → "who hosted…"). */
export function stripAskedOf(text: string): string {
  return text.replace(ASKED_OF, "");
}

/**
 * "According to these reports", "in the articles", "going by the article", "per the news": the
 * question's reference to the articles themselves, which every answer is from anyway. A report in
 * the singular only as the source ending a clause ("…growing about, according to the report?"):
 * "in the report" may be a report the articles are about ("what was in the accident report", "why
 * was the authority slammed in the report").
 */
const SOURCE_REFERENCE =
  /\b(?:according\s+to|in|from|based\s+on|going\s+(?:by|off)|judging\s+(?:by|from)|(?:as\s+)?per)\s+(?:(?:the|these|those|your)\s+(?:(?:news\s+)?(?:articles|reports|stories|sources)|news|coverage)|(?:the|this|that|your)\s+(?:news\s+)?(?:article|story|piece))\b|\b(?:according\s+to|(?:as\s+)?per)\s+(?:the|this|that)\s+report(?=\s*(?:[?.!,;]|$))/giu;

/** The question without its reference to the articles ("… live in Gaza according to these reports?"). */
export function stripSourceReference(text: string): string {
  if (text.search(SOURCE_REFERENCE) < 0) return text;
  // The commas around it go too ("who, according to the reports, hosted…"): trimmed by hand,
  // where a pattern would backtrack through a long run of them.
  const parts = text.replace(/\s+/gu, " ").replace(SOURCE_REFERENCE, "\u0000").split("\u0000");
  const rest = trimLoose(
    parts
      .map((part, i) => trimLoose(part, i > 0, i < parts.length - 1))
      .filter((part) => part !== "")
      .join(" "),
    true,
    true,
  );
  return /\p{L}/u.test(rest) ? rest : text;
}

/** A text without the commas and spaces at its start and (before a final "?") its end. */
function trimLoose(text: string, start: boolean, end: boolean): string {
  const loose = (c: string | undefined) => c === "," || c === " ";
  let from = 0;
  while (start && from < text.length && loose(text[from])) from++;
  let to = text.length;
  while (end && to > from && "?.!".includes(text[to - 1] as string)) to--;
  const final = text.slice(to);
  while (end && to > from && loose(text[to - 1])) to--;
  return text.slice(from, to) + final;
}

/** "whats", "whos", "wheres", "hows": a question word's "'s" typed without its apostrophe. */
const UNMARKED_IS = /\b(what|who|where|how|when|why)s\b/giu;

/** A question as typed on a phone, its question words' contractions written out with the apostrophe. */
export function restoreApostrophes(text: string): string {
  // In capitals, "WHATS" becomes "WHAT'S": the question stays in one case.
  return text.replace(
    UNMARKED_IS,
    (_match, word: string) => `${word}'${word === word.toUpperCase() ? "S" : "s"}`,
  );
}

/** "What does who stand for": the word asked about is an abbreviation ("WHO"), whatever its case. */
const STANDS_FOR =
  /^(\W*what\s+(?:does|did|do|is|was)\s+)(\p{L}{2,6})(\s+(?:stands?\s+for|short\s+for)\W*)$/iu;
const POINTING_WORDS = new Set(["it", "this", "that", "he", "she", "they", "its"]);

/** "What does who stand for" with its word in capitals: "What does WHO stand for". */
export function abbreviationCased(text: string): string {
  const match = STANDS_FOR.exec(text);
  if (!match || POINTING_WORDS.has((match[2] as string).toLowerCase())) return text;
  return `${match[1]}${(match[2] as string).toUpperCase()}${match[3]}`;
}
