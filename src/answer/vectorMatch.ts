/**
 * How near a candidate sentence is to the question in meaning by word vectors (lexicon.ts), whatever
 * words either uses: _do the dock workers want more money_ is nearer _want bigger paychecks_ than
 * _want a new canteen_, _why are croissants flaky_ nearer a sentence on steam pushing the butter's
 * layers apart than one on the croissant's history. The question's vector is its words' summed as
 * coverage weighs them (idf × question weight); the sentence's, its words' weighted by idf. The
 * ranker weighs their cosine beside the matches proper.
 *
 * Names are left out on both sides: they are matched by their spelling, and a name's vector says
 * little of what a sentence says (_Tom_, _Ann_). Words of opposite meaning have near vectors (_dead_
 * and _alive_ are used alike): a sentence's opposite of a question word is left out of its vector,
 * except for a yes/no question, which the opposite answers ("Will it be easy?" "It will be
 * difficult").
 */
import { ablated } from "./ablation.js";
import { idf } from "../index/sentenceIndex.js";
import type { RerankContext } from "./rerank.js";
import type { Sentence } from "../article.js";

/** The question's words' vectors (not its names'), weighted as coverage weighs them, summed (null without vectors). */
export function questionVector(context: RerankContext): QuestionVector | null {
  const { lexicon, question } = context;
  if (!lexicon.hasVectors) return null;
  const sum = new Float64Array(lexicon.vectorDimensions);
  const opposites = new Set<string>();
  let any = false;
  question.concepts.forEach((concept, i) => {
    if (concept.framing || concept.isName) return;
    const word = concept.sense ?? concept.term;
    const row = lexicon.vectorRow(word);
    if (row >= 0) {
      lexicon.addVectorRow(sum, row, context.conceptWeight[i] as number);
      any = true;
    }
    if (question.type !== "yes-no") for (const opposite of lexicon.oppositesOf(word)) opposites.add(opposite);
  });
  if (!any) return null;
  let squared = 0;
  for (let d = 0; d < sum.length; d++) squared += (sum[d] as number) * (sum[d] as number);
  return { sum, squared, opposites, terms: new Map() };
}

/** The question's summed word vector and its squared length, and the words whose vectors a sentence's vector leaves out. */
export interface QuestionVector {
  sum: Float64Array;
  squared: number;
  opposites: ReadonlySet<string>;
  /** Sentence terms met so far: their vector's row (−1 for none) and idf (candidates share most words). */
  terms: Map<string, { row: number; idf: number }>;
}

/** The cosine of the question's vector and the sentence's (its words' vectors, not its names', weighted by idf). */
export function sentenceSimilarity(context: RerankContext, sentence: Sentence): number {
  if (!context.questionVector || ablated("vectors")) return 0;
  const { sum: q, squared: qq, opposites, terms } = context.questionVector;
  const { lexicon, library } = context;
  const sum = new Float64Array(q.length);
  const names = sentence.nameAt ?? [];
  sentence.terms.forEach((term, at) => {
    if (opposites.has(term) || names.includes(at)) return;
    let known = terms.get(term);
    if (!known) terms.set(term, (known = { row: lexicon.vectorRow(term), idf: idf(library.index, term) }));
    if (known.row >= 0) lexicon.addVectorRow(sum, known.row, known.idf);
  });
  let dot = 0;
  let ss = 0;
  for (let d = 0; d < q.length; d++) {
    dot += (q[d] as number) * (sum[d] as number);
    ss += (sum[d] as number) * (sum[d] as number);
  }
  return qq > 0 && ss > 0 ? dot / Math.sqrt(qq * ss) : 0;
}
