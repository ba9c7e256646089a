import { afterEach, describe, expect, it } from "vitest";
import { ablate } from "../../src/answer/ablation.js";
import { featureReader, libraryOf, rankedFor } from "./answerTypingHelpers.js";

afterEach(() => ablate([]));

/** The first-ranked sentence for a question. */
const first = (library: ReturnType<typeof libraryOf>, question: string) =>
  rankedFor(library, question)[0]?.sentence.text;

// Each pair of sentences holds the question's words alike; only the rest of their words differ,
// and the one nearer the question in meaning is written second (in document order it would lose).
const pairs = [
  {
    question: "Do the Orlov dock workers want more money?",
    sentences: [
      "The union says the dock workers at Orlov want a new canteen.",
      "The union says the dock workers at Orlov want bigger paychecks.",
    ],
  },
  {
    question: "Do the Lerwin nurses want less work?",
    sentences: [
      "The nurses at Lerwin hospital say they want a new car park.",
      "The nurses at Lerwin hospital say they want fewer night shifts.",
    ],
  },
  {
    question: "Why are the Marrow parents worried the classrooms are cold?",
    sentences: [
      "Parents in Marrow complained that the school has no library.",
      "Parents in Marrow complained that the school has no heating.",
    ],
  },
];

describe("a sentence near the question in meaning, whatever its words, ranks first", () => {
  it.each(pairs)(
    "GIVEN $question THEN the sentence nearer in meaning comes first",
    ({ question, sentences }) => {
      const library = libraryOf(sentences);
      expect(first(library, question)).toBe(sentences[1]);
    },
  );

  it.each(pairs)(
    "GIVEN $question and the word vectors switched off THEN the two tie, and the first written comes first",
    ({ question, sentences }) => {
      ablate(["vectors"]);
      const library = libraryOf(sentences);
      const [a, b] = rankedFor(library, question);
      expect(a?.final).toBeCloseTo(b?.final ?? NaN, 9);
      expect(a?.sentence.text).toBe(sentences[0]);
    },
  );
});

describe("what the sentence similarity leaves out", () => {
  const rescue = libraryOf([
    "Rescuers said Tom Reyes was found dead.",
    "Rescuers said Ann Kerr was found.",
    "Rescuers said the miners were found in a flooded tunnel.",
  ]);
  const similarity = featureReader(rescue, "sentenceSimilarity");

  it("GIVEN a wh-question THEN a word of the opposite meaning ('dead' for 'alive') brings the sentence no nearer", () => {
    const question = "Who was found alive?";
    expect(similarity(question, "Rescuers said Tom Reyes")).toBeCloseTo(
      similarity(question, "Rescuers said Ann Kerr") ?? NaN,
      6,
    );
    expect(first(rescue, question)).toBe("Rescuers said Ann Kerr was found.");
  });

  it("GIVEN a yes/no question THEN the opposite counts, as it answers it; not for a wh-question", () => {
    const miners = libraryOf([
      "Rescuers said the first miner was dead.",
      "Rescuers said the second miner was tired.",
    ]);
    const near = featureReader(miners, "sentenceSimilarity");
    // "Was the miner alive?" "He was dead" answers it: 'dead' is near 'alive'.
    expect(near("Was the miner alive?", "Rescuers said the first") ?? 0).toBeGreaterThan(
      near("Was the miner alive?", "Rescuers said the second") ?? 1,
    );
    // "Which miner was alive?" is not answered by the dead one: 'dead' counts for nothing.
    expect(near("Which miner was alive?", "Rescuers said the first") ?? 1).toBeLessThan(
      near("Which miner was alive?", "Rescuers said the second") ?? 0,
    );
  });

  it("GIVEN sentences differing only in the people they name THEN names do not make one nearer", () => {
    const question = "Who was found?";
    expect(similarity(question, "Rescuers said Ann Kerr")).toBeGreaterThan(0);
    const other = libraryOf(["Rescuers said Ann Kerr was found.", "Rescuers said Boris Ivanov was found."]);
    const near = featureReader(other, "sentenceSimilarity");
    expect(near(question, "Rescuers said Boris")).toBeCloseTo(near(question, "Rescuers said Ann") ?? NaN, 6);
  });
});
