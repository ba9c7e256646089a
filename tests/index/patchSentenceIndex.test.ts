import { beforeAll, describe, expect, it } from "vitest";
import { generateArticleSet } from "../bench/generate-articles.js";
import { mulberry32 as rng } from "../bench/articles/prng.js";
import type { Article } from "../../src/article.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { createLibrary, type Library } from "../../src/library.js";
import { buildSentenceIndex, type SentenceIndex } from "../../src/index/sentenceIndex.js";
import { patchSentenceIndex } from "../../src/index/patchSentenceIndex.js";
import { topSentences } from "../../src/index/topSentences.js";

/** Everything an index holds that answers read, as plain arrays. */
const contents = (index: SentenceIndex) => ({
  size: index.size,
  avgLength: index.avgLength,
  docArticle: [...index.docArticle],
  lengths: [...index.lengths],
  articleStart: [...index.articleStart],
  offsets: [...index.offsets],
  docs: [...index.docs],
  tfs: [...index.tfs],
  norms: [...index.norms],
});

const byId = (a: Article, b: Article) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("patching a library's index on reload (patchSentenceIndex)", () => {
  let articles: Article[];
  let spare: Article[];
  let library: Library;

  beforeAll(() => {
    const { files } = generateArticleSet({ count: 48, seed: 5 });
    const parsed = files.map((f) => parseArticle({ file: f.name, text: f.text })).sort(byId);
    articles = parsed.slice(0, 40);
    spare = parsed.slice(40);
    library = createLibrary(articles);
  });

  /** The same article id with other text (a moderator's edit): a new article object. */
  const edited = (article: Article, extra: string): Article =>
    parseArticle({
      file: article.file,
      text: `${article.sentences.map((s) => s.text).join("\n\n")}\n\n${extra}`,
    });

  it("GIVEN one article edited, one removed and two added THEN the patched index is exactly the one a build gives", () => {
    const next = [...articles];
    next[7] = edited(
      articles[7] as Article,
      "Negotiators in Zorvathia met again on Tuesday, officials said.",
    );
    next.splice(20, 1);
    next.push(spare[0] as Article, spare[1] as Article);
    next.sort(byId);
    const patched = patchSentenceIndex(library.index, library.articles, next);
    expect(patched).not.toBeNull();
    expect(contents(patched as SentenceIndex)).toEqual(contents(buildSentenceIndex(next)));
  });

  it("GIVEN random edits, removals and additions THEN every patch equals a build, and retrieval gives the same sentences", () => {
    const random = rng(17);
    let patchedRounds = 0;
    for (let round = 0; round < 25; round++) {
      const next: Article[] = [];
      for (const article of articles) {
        const roll = random();
        if (roll < 0.04) continue;
        next.push(roll < 0.08 ? edited(article, `The talks resumed in round ${round}.`) : article);
      }
      for (const article of spare) if (random() < 0.1) next.push(article);
      next.sort(byId);
      const patched = patchSentenceIndex(library.index, library.articles, next);
      if (!patched) continue;
      patchedRounds++;
      const built = buildSentenceIndex(next);
      expect(contents(patched)).toEqual(contents(built));
      const query = [
        { term: "talk", weight: 1 },
        { term: "resum", weight: 0.8 },
      ];
      expect(topSentences(patched, query, 10).map((s) => s.doc)).toEqual(
        topSentences(built, query, 10).map((s) => s.doc),
      );
    }
    expect(patchedRounds).toBe(25);
  });

  it("GIVEN most articles new THEN it declines, and the library is built anew", () => {
    const next = [...articles.slice(0, 5), ...spare].sort(byId);
    expect(patchSentenceIndex(library.index, library.articles, next)).toBeNull();
    const rebuilt = createLibrary(next, [], library);
    expect(contents(rebuilt.index)).toEqual(contents(buildSentenceIndex(next)));
  });

  it("GIVEN a reload's library made from the one it replaces THEN it answers as a library built from scratch", () => {
    const next = [...articles];
    next[3] = edited(
      articles[3] as Article,
      "A spokesman for Zorvathia's foreign ministry declined to comment.",
    );
    const patched = createLibrary(next, [], library);
    const fresh = createLibrary(next);
    expect(contents(patched.index)).toEqual(contents(fresh.index));
    expect(topSentences(patched.index, [{ term: "zorvathia", weight: 1 }], 3).map((s) => s.doc)).toEqual(
      topSentences(fresh.index, [{ term: "zorvathia", weight: 1 }], 3).map((s) => s.doc),
    );
    expect(topSentences(patched.index, [{ term: "zorvathia", weight: 1 }], 3)).toHaveLength(1);
  });
});
