/**
 * Before the test workers start: build the word-meaning lexicon once (data/lexicon-*.bin), so a
 * fresh clone's workers read it instead of each building it from WordNet.
 */
import { defaultLexicon } from "../src/lexicon/defaultLexicon.js";

export default function setup(): void {
  defaultLexicon();
}
