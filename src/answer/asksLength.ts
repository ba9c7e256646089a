/**
 * "How long is X" of a thing asks for its length, a figure ("how long is the Danube"), not for a
 * span of time ("how long was the war"): analyzeQuestion reads the first as a how-many question.
 */
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import type { AnalyzedToken } from "../nlp/wink.js";
import { foldWord } from "../text/normalize.js";
import { wordTerm } from "../text/terms.js";
import { BE_FORMS } from "./questionKind.js";
import { PERSON_CLASS } from "./wordClasses.js";

/**
 * What "how long is X" asks the length of is none of these (WordNet): "the war", "a senate term",
 * "the truce".
 */
const SPANS_OF_TIME = ["event", "act", "period", "state"].map(wordTerm);
/**
 * Nor a person ("how long was Valk mayor": a time in office) — unless it is a thing made too:
 * WordNet's "Bridges" and "Gates", people, stem as "bridge" and "gate" do.
 */
const ARTIFACT = wordTerm("artifact");

/**
 * "How long is / was X" of a thing (a river, a wall, the Great Wall of China): its length. Not
 * when more follows ("how long was Kyoto the capital", "how long was he in prison"), nor of an
 * event, an act, a period, a state or a person ("the flight", "the war", "a term", "the truce",
 * "mayor"), nor of what WordNet does not know.
 */
export function asksLength(tokens: readonly AnalyzedToken[]): boolean {
  const words = tokens.map((t) => foldWord(t.text));
  if (words[0] !== "how" || words[1] !== "long" || !BE_FORMS.has(words[2] ?? "")) return false;
  let k = 3;
  if (tokens[k]?.pos === "DET") k++;
  let head = -1;
  let of = false;
  for (; k < tokens.length; k++) {
    const pos = tokens[k]?.pos;
    if (pos === "NOUN" || pos === "PROPN") {
      if (!of) head = k;
    } else if (words[k] === "of" && head >= 0 && !of) {
      // "the Great Wall of China": the thing is the noun before "of".
      of = true;
      if (tokens[k + 1]?.pos === "DET") k++;
    } else if (pos === "PUNCT" && k === tokens.length - 1) break;
    // "Is the main runway at Lorrick Airport", "are the bridges in Porto": a place after the
    // thing (not "was the ship in port", a stay).
    else if (
      pos === "ADP" &&
      head >= 0 &&
      PRESENT_BE.has(words[2] as string) &&
      LOCATIVES.has(words[k] as string)
    )
      break;
    else if (pos !== "ADJ") return false;
  }
  if (head < 0) return false;
  const term = wordTerm(words[head] as string);
  const lexicon = defaultLexicon();
  return (
    lexicon.has(term) &&
    !SPANS_OF_TIME.some((cls) => lexicon.isA(term, cls)) &&
    !(lexicon.isA(term, PERSON_CLASS) && !lexicon.isA(term, ARTIFACT))
  );
}

/** Prepositions placing a thing: what follows says where it is, not what is measured. */
const LOCATIVES: ReadonlySet<string> = new Set([
  "at",
  "in",
  "on",
  "near",
  "across",
  "over",
  "outside",
  "inside",
]);
const PRESENT_BE: ReadonlySet<string> = new Set(["is", "are", "'s", "’s"]);
