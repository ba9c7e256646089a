/**
 * Answer typing for "what did X say" questions (answerType.ts's kindScore asks): whether the
 * sentence gives X's own words or reports them, X named beside a verb of saying that is theirs.
 */
import type { Sentence } from "../article.js";
import { ROLE_TERMS, SPEECH_TERMS } from "../text/lexicon.js";
import type { TypeContext } from "./answerType.js";

/**
 * "What did X say": X is the speaker — next to a verb of saying, or quoted in a sentence whose
 * speaker is named in the sentence before. Their own words (a quotation) answer best; a report
 * of what they said, next best.
 */
export function speechScore(
  context: TypeContext,
  sentence: Sentence,
  positions: readonly number[][],
  credit: readonly number[],
): number {
  const speakers = context.question.speakers;
  const quoted = (sentence.cues ?? []).includes("quote");
  if (speakers.length === 0) return quoted || sentence.terms.some((t) => SPEECH_TERMS.has(t)) ? 0.5 : 0;
  if (!speakers.every((i) => (credit[i] as number) > 0)) return 0;
  const speakerAt = speakers.flatMap((i) => positions[i] as number[]);
  // Matched only through the sentence before: "…,” he said" is their quote, "He mentioned that…"
  // their reported words.
  if (speakerAt.length === 0) {
    if (quoted) return 0.8;
    return (sentence.cues ?? []).includes("pronoun-speaker") ? 0.7 : 0.3;
  }
  // A transcript's speaker label ("ZELENSKY: The ceasefire is fragile…"): the words after it are theirs.
  const label = SPEAKER_LABEL.exec(sentence.text)?.[0];
  if (label && speakerAt.some((p) => p < label.trim().split(/\s+/u).length)) return 1;
  // A name after the verb is its speaker only where the verb comes after what was said ("…,”
  // said Barrot"), is "according to" or is passive ("written by Shostakovich"): in "A French
  // source said Rubio and Barrot would discuss…" the source speaks, and in "he told Barrot",
  // Barrot listens. A name before "according to" is never its speaker: in "Witkoff has met Putin
  // three times, according to Rubio", Rubio says so.
  const verbs: number[] = [];
  sentence.terms.forEach((term, p) => {
    if (SPEECH_TERMS.has(term)) verbs.push(p);
  });
  if (verbs.length === 0) return quoted ? 0.6 : 0;
  const chains = speakerChains(context, sentence, speakerAt);
  // A quotation is theirs, for less, unless every verb of saying has someone else named right
  // before it: in "Witkoff said Monday, three days after his meeting with Putin, that he sees a
  // peace deal “emerging”", the word is Witkoff's.
  let best = quoted && !verbs.every((p) => saidByAnother(sentence, chains, p)) ? 0.6 : 0;
  let inverted: boolean | undefined;
  for (const p of verbs) {
    const according = sentence.terms[p] === ACCORDING_TO;
    const near = chains.some(
      ([from, to]) =>
        (from < p && p - to <= 4 && !according && !honorificBetween(sentence.terms, to, p)) ||
        (from > p &&
          from - p <= 4 &&
          (inverted ??= INVERTED_ATTRIBUTION.test(sentence.text) || PASSIVE_ATTRIBUTION.test(sentence.text))),
    );
    best = Math.max(best, near ? (quoted ? 1 : 0.7) : SPEAKER_ELSEWHERE);
  }
  return best;
}

/**
 * Whether someone other than the speaker is named right before the verb of saying at `p`
 * ("Witkoff said"): a name, but not a place ("…and met the press in Varno, said").
 */
function saidByAnother(sentence: Sentence, chains: readonly [number, number][], p: number): boolean {
  const before = p - 1;
  return (
    (sentence.nameAt ?? []).includes(before) &&
    !(sentence.placeAt ?? []).includes(before) &&
    !chains.some(([from, to]) => before >= from && before <= to)
  );
}

/** Honorifics before a name, with and without the point. */
const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms."]);

/**
 * Whether an honorific stands between the speaker's mention (ending at `to`) and the verb at `p`,
 * starting another person's: "…met three times with Mr. Putin, Mr. Rubio said" is Rubio saying it.
 */
function honorificBetween(terms: readonly string[], to: number, p: number): boolean {
  for (let at = to + 1; at < p; at++) if (HONORIFICS.has(terms[at] as string)) return true;
  return false;
}

/** The term of "according to" (a phrase term, SPEECH_TERMS). */
const ACCORDING_TO = "according to";

/** A speaker's name of up to four words and a colon opening a line of a transcript ("ZELENSKY:", "Anna Lind:"). */
const SPEAKER_LABEL = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}:\s/u;

/**
 * A speech question's speaker is in the sentence, but none of its verbs of saying is theirs: "He
 * said he informed Russia's foreign minister, Sergey Lavrov…" reports no words of Lavrov's.
 */
export const SPEAKER_ELSEWHERE = 0.4;

/**
 * Where each mention of the speaker starts and ends: a title runs on through the names and titles
 * after it ("French Foreign Minister Jean-Noël Barrot hailed…" ends at "Barrot"). A name that
 * only describes another noun ("A French diplomatic source said…") is no mention of the speaker.
 */
function speakerChains(
  context: TypeContext,
  sentence: Sentence,
  speakerAt: readonly number[],
): [number, number][] {
  const terms = sentence.terms;
  const names = sentence.nameAt ?? [];
  const modifiers = sentence.modifierAt ?? [];
  const held = new Set(speakerAt);
  const inChain = (at: number) =>
    held.has(at) ||
    names.includes(at) ||
    ROLE_TERMS.has(terms[at] as string) ||
    context.questionTerms.has(terms[at] as string);
  // An honorific after a name starts another person's mention ("…with Mr. Putin, Mr. Rubio
  // said"); after a title it names its holder ("the Kremlin spokesman, Mr. Peskov, said").
  const goesOn = (to: number) =>
    inChain(to + 1) && !(HONORIFICS.has(terms[to + 1] as string) && !ROLE_TERMS.has(terms[to] as string));
  const chains: [number, number][] = [];
  for (const at of held.size > 1 ? [...held].sort((a, b) => a - b) : held) {
    if (chains.some(([from, to]) => at >= from && at <= to)) continue;
    if (modifiers.includes(at) && !inChain(at + 1)) continue;
    let to = at;
    while (to + 1 < terms.length && goesOn(to)) to++;
    chains.push([at, to]);
  }
  return chains;
}

/** A verb of saying after what was said ("…,” said Barrot", "…, he added"), or "according to". */
const INVERTED_ATTRIBUTION =
  /[,”"’]\s*(?:said|says|told|tells|added|adds|asked|wrote|stated|noted|explained|replied|continued|insisted|warned)\b|\baccording\s+to\b/iu;
/**
 * A passive verb with its agent after it: "two cello concertos written especially for him by
 * Shostakovich", "a statement issued by the Kremlin" (not a day or a month: "signed by Friday").
 */
const PASSIVE_ATTRIBUTION =
  /\b\p{L}+(?:ed|en)\b[^.;,]{0,30}?\bby\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;
