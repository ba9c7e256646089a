/** The candidates a question may be answered by, as the engine's typed abstention leaves them (tests' helper). */
import { answerableCandidates, rankCandidates, retrieve } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { rerankContext } from "../../src/answer/rerank.js";
import type { Library } from "../../src/library.js";

/** The candidates that may answer `text` (answerableCandidates), asked of the whole library or of its first article. */
export function typedCandidates(of: Library, text: string, share: number, restricted = false) {
  const question = analyzeQuestion(text, undefined, of.names);
  const context = rerankContext(of, question, restricted);
  return answerableCandidates(
    context,
    rankCandidates(context, retrieve(of, question, restricted ? 0 : -1)),
    share,
  );
}
