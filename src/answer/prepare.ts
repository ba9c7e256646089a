/**
 * Loads what answering needs before the first question arrives, rather than inside it: the NLP
 * model, the word-meaning lexicon (built from WordNet on a machine's first run, a few seconds,
 * then read from data/) and the fitted models.
 */
import { defaultLexicon } from "../lexicon/defaultLexicon.js";
import { warmUpNlp } from "../nlp/wink.js";
import { trainedModels } from "../rank/model.js";

export function prepareEngine(): void {
  warmUpNlp();
  defaultLexicon();
  trainedModels();
}
