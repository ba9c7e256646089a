/**
 * Past or future where a date expression stands, from the nearest verb: "a strike Sunday showed
 * …" is the Sunday before the article; "will be signed on Thursday" is the next one.
 */
import type { AnalyzedToken } from "../nlp/wink.js";
import type { Tense } from "./dateForms.js";

/** How far (in tokens) on each side a verb may stand to set the expression's tense. */
const REACH = 10;

const MODALS = new Set([
  "will",
  "shall",
  "'ll",
  "wo",
  "would",
  "could",
  "might",
  "may",
  "must",
  "should",
  "ca",
]);
/** Participles that look ahead when they follow a present "is"/"are" ("is scheduled for Monday"). */
const ARRANGED = new Set(["scheduled", "expected", "set", "due", "planned", "slated", "poised", "meant"]);
/** Present verbs that look ahead before "to" ("plans to visit", "is to meet"). */
const INTENDS = new Set([
  "plans",
  "plan",
  "aims",
  "aim",
  "hopes",
  "hope",
  "intends",
  "intend",
  "is",
  "are",
  "am",
]);
const PRESENT_BE = new Set(["is", "are", "am", "'s", "'re", "'m", "be"]);
const PAST_BE = new Set(["was", "were"]);
/** Present forms whose lemma differs from their text, so they are not taken for past forms. */
const PRESENT_FORMS = new Set(["is", "are", "am", "'s", "'re", "'m", "has", "does", "'ve", "'d"]);
/** Punctuation that ends the clause the expression belongs to. */
const CLAUSE_END = new Set([";", ":", "—", "–", "(", ")", ".", "?", "!", "...", "…", "“", "”", '"']);

function lower(token: AnalyzedToken | undefined): string {
  const lowered = (token?.text ?? "").toLowerCase();
  return lowered.includes("’") ? lowered.replace(/’/gu, "'") : lowered;
}

/** What one token says about tense: a decision, or nothing. */
function tenseOf(tokens: readonly AnalyzedToken[], i: number): Tense {
  const token = tokens[i] as AnalyzedToken;
  const word = lower(token);
  if (token.pos === "AUX" && MODALS.has(word)) return "future";
  if (word === "going" && lower(tokens[i + 1]) === "to") return "future";
  if (lower(tokens[i + 1]) === "to" && INTENDS.has(word)) return "future";
  if (ARRANGED.has(word)) {
    const before = [lower(tokens[i - 1]), lower(tokens[i - 2])];
    if (before.some((w) => PRESENT_BE.has(w))) return "future";
    if (before.some((w) => PAST_BE.has(w))) return "past";
  }
  if (token.pos !== "VERB" && token.pos !== "AUX") return null;
  if (PRESENT_FORMS.has(word) || word.endsWith("ing")) return null;
  const lemma = token.lemma.toLowerCase();
  // A form that is not its lemma, an -s form or an -ing form is a past form ("said", "held", "was")
  // — unless a modal leads its verb group ("will be signed", "would have met").
  if (word !== lemma && !(word.endsWith("s") && word.startsWith(lemma.slice(0, -1))))
    return modalBefore(tokens, i) ? "future" : "past";
  return null;
}

/** Whether the auxiliaries right before token i include a modal: "will be signed", "could not be held". */
function modalBefore(tokens: readonly AnalyzedToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const token = tokens[k] as AnalyzedToken;
    if (token.pos === "AUX" && MODALS.has(lower(token))) return true;
    if (token.pos !== "AUX" && token.pos !== "PART" && token.pos !== "ADV") return false;
  }
  return false;
}

/**
 * The tense nearest the expression at tokens [from, to) within its clause: the first verb that
 * decides, looking one token further out on each side at a time (the left side first). Null when
 * no verb nearby decides.
 */
export function tenseAround(tokens: readonly AnalyzedToken[], from: number, to: number): Tense {
  let left = true;
  let right = true;
  for (let d = 1; d <= REACH && (left || right); d++) {
    const l = from - d;
    if (left) {
      if (l < 0 || CLAUSE_END.has(lower(tokens[l]))) left = false;
      else {
        const tense = tenseOf(tokens, l);
        if (tense) return tense;
      }
    }
    const r = to - 1 + d;
    if (right) {
      if (r >= tokens.length || CLAUSE_END.has(lower(tokens[r]))) right = false;
      else {
        const tense = tenseOf(tokens, r);
        if (tense) return tense;
      }
    }
  }
  return null;
}
