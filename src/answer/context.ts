/**
 * Context for a quote that cannot stand alone: "He said…", "It will…", or a bare quotation
 * whose speaker is named in the sentence before. The context is that earlier sentence, shown
 * beside the quote, never spliced into it (the quote stays verbatim).
 */
import type { Sentence } from "../article.js";
import { SPEECH_TERMS } from "../text/lexicon.js";

/** Whether a sentence points back to the one before for who or what it is about. */
export function needsContext(sentence: Sentence): boolean {
  const cues = sentence.cues ?? [];
  if (cues.includes("opens-with-pronoun") || cues.includes("pronoun-speaker")) return true;
  return cues.includes("opens-with-quote") && !hasNamedSpeaker(sentence);
}

/** A name within three terms of a verb of saying: "“…,” Mr. Rubio said." */
function hasNamedSpeaker(sentence: Sentence): boolean {
  const names = sentence.nameAt ?? [];
  return sentence.terms.some(
    (term, p) => SPEECH_TERMS.has(term) && names.some((at) => Math.abs(at - p) <= 3),
  );
}

/** The sentence a quote refers back to: the one before it in the same article. */
export function contextSentence(sentences: readonly Sentence[], index: number): Sentence | null {
  const sentence = sentences[index];
  if (!sentence || !needsContext(sentence)) return null;
  return sentences[index - 1] ?? null;
}
