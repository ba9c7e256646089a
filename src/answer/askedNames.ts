/**
 * Which of a question's names it asks about, and which are names in form only: a name describing
 * the noun after it ("Ukrainian soldiers"), or the capitals of a common noun ("CEO", "TV", "GDP"
 * in WordNet), which the articles may write otherwise ("chief executive", "televised").
 * Names' abbreviations ("NATO", "the FBI", "US") are names all the same.
 */
import type { AnalyzedQuestion, Concept } from "./analyzeQuestion.js";
import { ablated } from "./ablation.js";
import { isSingleCase } from "./questionText.js";
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { isAcronym, wordTerm } from "../text/terms.js";

/** What an abbreviation that names something stands for is: a group ("NATO", "the FBI") or a place ("US"). */
const NAMED_CLASSES = ["group", "location"].map((w) => wordTerm(w));

/** Whether the question's name `term` is its capitals for a common noun WordNet has. */
export function isCommonAbbreviation(term: string, question: string): boolean {
  // In a question typed in one case, capitals say nothing.
  if (!/^[a-z]{2,5}$/u.test(term) || ablated("wordnet") || isSingleCase(question)) return false;
  const written = new RegExp(`(?<!\\p{L})${term}(?!\\p{L})`, "iu").exec(question)?.[0];
  // Its plural too: "MPs", "CEOs".
  if (!written || !(isAcronym(written) || /^\p{Lu}{2,4}s$/u.test(written))) return false;
  const lexicon = defaultLexicon();
  return lexicon.has(term) && !NAMED_CLASSES.some((cls) => lexicon.isA(term, cls));
}

/**
 * The names a question asks about: "Rubio" of "how many children does Rubio have", "Gaza" of
 * "how many people live in Gaza". Not a name describing the noun after it ("Russia-Ukraine
 * negotiations", "Ukrainian soldiers", "the TV debate": the noun is what is asked about), nor a
 * common noun's capitals ("the CEO").
 */
export function askedNames(question: AnalyzedQuestion): number[] {
  const { concepts } = question;
  const atToken = new Map(concepts.map((c) => [c.token, c]));
  const describes = (concept: Concept): boolean => {
    // Past the rest of the name ("Russia-Ukraine", "White House") to the word after it.
    let token = concept.token as number;
    for (;;) {
      const next = atToken.get(token + 1) ?? atToken.get(token + 2);
      if (next?.isName && !next.framing) token = next.token as number;
      else break;
    }
    const after = atToken.get(token + 1);
    return after !== undefined && !after.isName && !after.verb && !after.framing;
  };
  return concepts.flatMap((c, i) =>
    c.isName &&
    !c.framing &&
    c.source === "question" &&
    c.token !== undefined &&
    !describes(c) &&
    !isCommonAbbreviation(c.term, question.text)
      ? [i]
      : [],
  );
}
