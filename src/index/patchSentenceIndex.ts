/**
 * A new library's index made from the one it replaces, when a reload changed few articles: the
 * kept articles' postings are copied list by list (their sentence numbers shifted), and only the
 * new or changed articles' sentences are inverted. At 10,000 articles a full build scatters 4
 * million postings over 24 MB; this copies them in order, and gives exactly the same index.
 */
import type { Article } from "../article.js";
import {
  articleTerms,
  completeIndex,
  invert,
  lowerBound,
  sentenceArrays,
  termCountNow,
  type ArticleTermIds,
  type SentenceIndex,
} from "./sentenceIndex.js";

/** Past this share of the new articles being new or changed, a full build is as quick. */
const MAX_FRESH_SHARE = 0.25;
/** From this many postings on, a stretch of a list is copied with one typed-array copy. */
const BULK = 64;

/**
 * The index of `articles` (in the library's order), given `previous`, the index of `before`; an
 * article object found in both is the same article. Null when too many articles are new, or the
 * kept ones are not in the same order in both (a build is needed then).
 */
export function patchSentenceIndex(
  previous: SentenceIndex,
  before: readonly Article[],
  articles: readonly Article[],
): SentenceIndex | null {
  const oldPosition = new Map<Article, number>();
  before.forEach((article, i) => oldPosition.set(article, i));
  // Each new article's old position (−1: new or changed), and each old article's new position.
  const oldOf = new Int32Array(articles.length);
  const newOf = new Int32Array(before.length).fill(-1);
  let fresh = 0;
  let lastKept = -1;
  let inOrder = true;
  articles.forEach((article, a) => {
    const old = oldPosition.get(article);
    if (old === undefined || newOf[old] !== -1) {
      oldOf[a] = -1;
      fresh++;
      return;
    }
    oldOf[a] = old;
    newOf[old] = a;
    if (old < lastKept) inOrder = false;
    lastKept = old;
  });
  if (!inOrder || fresh > articles.length * MAX_FRESH_SHARE) return null;

  // The sentences: a kept article's lengths are its old ones; a fresh article's, its terms'.
  const freshTerms: ArticleTermIds[] = [];
  const freshPositions: number[] = [];
  const countsPerArticle = articles.map((article, a) => {
    const old = oldOf[a] as number;
    if (old >= 0)
      return previous.lengths.subarray(
        previous.articleStart[old] as number,
        previous.articleStart[old + 1] as number,
      );
    const terms = articleTerms(article);
    freshTerms.push(terms);
    freshPositions.push(a);
    return terms.counts;
  });
  const { articleStart, docArticle, lengths, total } = sentenceArrays(countsPerArticle);
  const freshStarts = freshPositions.map((a) => articleStart[a] as number);

  // The old sentences kept, as runs that move by one amount each: consecutive kept articles
  // that move alike are one run; a dropped article's sentences are in none.
  const runFrom: number[] = [];
  const runTo: number[] = [];
  const runShift: number[] = [];
  for (let old = 0; old < before.length; old++) {
    const a = newOf[old] as number;
    if (a < 0) continue;
    const from = previous.articleStart[old] as number;
    const to = previous.articleStart[old + 1] as number;
    const moved = (articleStart[a] as number) - from;
    const last = runTo.length - 1;
    if (last >= 0 && runTo[last] === from && runShift[last] === moved) runTo[last] = to;
    else {
      runFrom.push(from);
      runTo.push(to);
      runShift.push(moved);
    }
  }

  // Postings per term: the old list's runs, shifted, with the fresh sentences' postings between.
  const termCount = termCountNow();
  const added = invert(freshTerms, freshStarts, termCount);
  const oldTerms = previous.offsets.length - 1;
  // An upper bound on the postings (the old ones and the fresh), cut to size after.
  const bound = previous.docs.length + added.docs.length;
  const offsets = new Int32Array(termCount + 1);
  const docs = new Int32Array(bound);
  const tfs = new Uint16Array(bound);
  const { docs: oldDocs, tfs: oldTfs } = previous;
  const { docs: freshDocs, tfs: freshTfs } = added;
  let at = 0;
  for (let t = 0; t < termCount; t++) {
    offsets[t] = at;
    let f = added.offsets[t] as number;
    const fEnd = added.offsets[t + 1] as number;
    if (t < oldTerms) {
      let p = previous.offsets[t] as number;
      const pEnd = previous.offsets[t + 1] as number;
      for (let r = 0; r < runFrom.length && p < pEnd; r++) {
        const from = runFrom[r] as number;
        const to = runTo[r] as number;
        const moved = runShift[r] as number;
        // The fresh postings before this run, then the run's part of the list.
        for (; f < fEnd && (freshDocs[f] as number) < from + moved; f++, at++) {
          docs[at] = freshDocs[f] as number;
          tfs[at] = freshTfs[f] as number;
        }
        p = lowerBound(oldDocs, p, pEnd, from);
        const end = lowerBound(oldDocs, p, pEnd, to);
        if (end - p >= BULK) {
          // A long stretch (a common term's) is copied whole: its tfs as they were, and its
          // sentence numbers too where the run did not move (before the first change).
          tfs.set(oldTfs.subarray(p, end), at);
          if (moved === 0) {
            docs.set(oldDocs.subarray(p, end), at);
            at += end - p;
            p = end;
          } else for (; p < end; p++, at++) docs[at] = (oldDocs[p] as number) + moved;
        } else
          for (; p < end; p++, at++) {
            docs[at] = (oldDocs[p] as number) + moved;
            tfs[at] = oldTfs[p] as number;
          }
      }
    }
    for (; f < fEnd; f++, at++) {
      docs[at] = freshDocs[f] as number;
      tfs[at] = freshTfs[f] as number;
    }
  }
  offsets[termCount] = at;
  return completeIndex(
    {
      docArticle,
      lengths,
      articleStart,
      offsets,
      docs: at === bound ? docs : docs.subarray(0, at),
      tfs: at === bound ? tfs : tfs.subarray(0, at),
    },
    total,
  );
}
