/** Small libraries written sentence by sentence, and probes of how the engine ranks their candidates. */
import { answerableCandidates, rankCandidates, retrieve } from "../../src/answer/answer.js";
import { rerankContext, type Candidate } from "../../src/answer/rerank.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { createLibrary, type Library } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";

/** One article per text, one sentence a paragraph (as the eval's corpora are read). */
export function libraryOf(...articles: string[][]) {
  return createLibrary(
    articles.map((sentences, i) =>
      parseArticle({ file: `a${i}.txt`, text: `Report ${i}\n\n${sentences.join("\n\n")}` }),
    ),
  );
}

/** The library's candidates for a question, ranked, as the engine reads them before it picks quotes. */
export function rankedFor(library: ReturnType<typeof libraryOf>, text: string) {
  const question = analyzeQuestion(text, undefined, library.names);
  return rankCandidates(rerankContext(library, question, false), retrieve(library, question));
}

/** The ranked candidate for a question whose sentence opens with `start`. */
export function candidateFor(library: ReturnType<typeof libraryOf>, text: string, start: string) {
  return rankedFor(library, text).find((c) => c.sentence.text.startsWith(start));
}

/** Reads one ranker feature of the candidate for a question whose sentence opens with `start`. */
export function featureReader(library: ReturnType<typeof libraryOf>, name: keyof Candidate["features"]) {
  return (question: string, start: string) => candidateFor(library, question, start)?.features[name];
}

/** The first sentence of a text, parsed as an article's one paragraph. */
export const sentenceOf = (text: string) =>
  parseArticle({ file: "s.txt", text: `Title\n\n${text}` }).sentences[0];

/**
 * The candidates that may answer `text` (answerableCandidates), asked of the whole library or of
 * its first article, held to `share` of their predicate (the committed share for the way it is
 * asked when none is given).
 */
export function typedCandidates(of: Library, text: string, share?: number, restricted = false): Candidate[] {
  const question = analyzeQuestion(text, undefined, of.names);
  const context = rerankContext(of, question, restricted);
  return answerableCandidates(
    context,
    rankCandidates(context, retrieve(of, question, restricted ? 0 : -1)),
    share,
  );
}

/**
 * The sentences that may answer a question asked of the library's one article, best first: those
 * the typed answers keep (whether one is confident enough to quote is the confidence model's call).
 */
export function answerableFor(library: ReturnType<typeof libraryOf>, text: string): string[] {
  return typedCandidates(library, text, undefined, true).map((c) => c.sentence.text);
}
