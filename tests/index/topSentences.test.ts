import { beforeAll, describe, expect, it } from "vitest";
import { generateArticleSet } from "../bench/generate-articles.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { createLibrary, type Library } from "../../src/library.js";
import {
  compareScored,
  idf,
  sentenceAt,
  scoreSentences,
  type ScoredSentence,
  type WeightedTerm,
} from "../../src/index/sentenceIndex.js";
import { topSentences } from "../../src/index/topSentences.js";
import { mulberry32 as rng } from "../bench/articles/prng.js";

const plain = (list: ScoredSentence[]) =>
  list.map((s) => ({ doc: s.doc, score: s.score, matched: [...s.matched].sort() }));

function exhaustive(library: Library, query: WeightedTerm[], k: number, article = -1): ScoredSentence[] {
  return scoreSentences(library.index, query)
    .filter((s) => article < 0 || sentenceAt(library.index, s.doc)?.article === article)
    .sort(compareScored)
    .slice(0, k);
}

describe("topSentences (MaxScore top-k)", () => {
  let library: Library;
  let common: string[];
  let rare: string[];

  beforeAll(() => {
    const { files } = generateArticleSet({ count: 40, seed: 11 });
    library = createLibrary(files.map((f) => parseArticle({ file: f.name, text: f.text })));
    const counts = new Map<string, number>();
    for (const article of library.articles)
      for (const sentence of article.sentences)
        for (const term of new Set(sentence.terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
    const byDf = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([term]) => term);
    common = byDf.slice(0, 60);
    rare = byDf.slice(60);
  });

  it("has a library big enough to prune (common words in hundreds of sentences)", () => {
    expect(library.index.size).toBeGreaterThan(800);
    expect(library.index.postings.get(common[0] as string)?.docs.length).toBeGreaterThan(100);
  });

  it("equals the exhaustive BM25 top k on random weighted queries: same sentences, scores to the bit, order and matched terms", () => {
    const random = rng(42);
    const pick = (list: string[]) => list[Math.floor(random() * list.length)] as string;
    let compared = 0;
    for (let round = 0; round < 400; round++) {
      const size = 1 + Math.floor(random() * 8);
      const query: WeightedTerm[] = [];
      for (let i = 0; i < size; i++) {
        const term = random() < 0.6 ? pick(common) : random() < 0.9 ? pick(rare) : `absent${i}`;
        query.push({ term, weight: [1, 1.3, 0.6, 0.3, 0.42, 0.5][Math.floor(random() * 6)] as number });
      }
      if (random() < 0.1) query.push({ ...(query[0] as WeightedTerm) }); // a repeated term counts twice
      const k = [1, 3, 10, 100, 5000][Math.floor(random() * 5)] as number;
      const article = random() < 0.15 ? Math.floor(random() * library.articles.length) : -1;
      const expected = exhaustive(library, query, k, article);
      const actual = topSentences(library.index, query, k, { article });
      expect(plain(actual), JSON.stringify({ query, k, article })).toEqual(plain(expected));
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it("breaks ties by sentence number, as the exhaustive ranking does", () => {
    const term = common[0] as string;
    const query = [{ term, weight: 1 }];
    const all = exhaustive(library, query, 100000);
    const ties = all.filter((s) => s.score === all[50]?.score).length;
    expect(ties).toBeGreaterThan(1);
    expect(plain(topSentences(library.index, query, 51))).toEqual(plain(all.slice(0, 51)));
  });

  it("returns nothing for unknown terms, an empty query or k = 0", () => {
    expect(topSentences(library.index, [{ term: "zzzunknown", weight: 1 }], 10)).toEqual([]);
    expect(topSentences(library.index, [], 10)).toEqual([]);
    expect(topSentences(library.index, [{ term: common[0] as string, weight: 1 }], 0)).toEqual([]);
  });

  it("lets a term weighing nothing find nothing, alone or beside others (as the exhaustive ranking does)", () => {
    const zero = { term: common[0] as string, weight: 0 };
    expect(topSentences(library.index, [zero], 10)).toEqual([]);
    expect(scoreSentences(library.index, [zero])).toEqual([]);
    const query = [
      { term: rare[0] as string, weight: 1 },
      zero,
      { term: common[1] as string, weight: -1 },
      { term: common[2] as string, weight: 1e-12 },
    ];
    const found = topSentences(library.index, query, 20);
    expect(found.length).toBeGreaterThan(0);
    expect(plain(found)).toEqual(plain(exhaustive(library, query, 20)));
    for (const s of found) expect([...s.matched]).toEqual([rare[0]]);
  });

  it("keeps idf and postings consistent with the sentences' terms", () => {
    const term = common[3] as string;
    const containing = library.articles
      .flatMap((a) => a.sentences)
      .filter((s) => s.terms.includes(term)).length;
    expect(library.index.postings.get(term)?.docs.length).toBe(containing);
    const n = library.index.size;
    expect(idf(library.index, term)).toBe(Math.log(1 + (n - containing + 0.5) / (containing + 0.5)));
    expect(library.index.postings.has("zzzunknown")).toBe(false);
  });
});
