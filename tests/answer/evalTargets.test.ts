import { describe, expect, it } from "vitest";
import { bm25Outcomes, engineOutcomes, scoresOf } from "../eval/measure.js";
import { loadSet } from "../eval/sets.js";

describe("answer quality (npm run eval): the eval, the team's sets, and plain BM25", () => {
  const questions = loadSet("questions");

  it("GIVEN the eval questions THEN P@1 ≥ 0.95, R@3 = 1, every unanswerable refused and no answerable", () => {
    const s = scoresOf(engineOutcomes(questions));
    expect(s.p1).toBeGreaterThanOrEqual(0.95);
    expect(s.r3).toBe(1);
    expect(s.abstained).toBe(s.questions - s.answerable);
    expect(s.falseAbstentions).toBe(0);
  });

  // The target is P@1 within 0.03. Refusals: a one-case question loses the capitals that
  // mark an unknown name ("which team won the world cup", where "world" is a name the articles
  // have), so it may fall on the other side of the fitted threshold: at most one of the five.
  it("GIVEN the same questions in lower case and in capitals THEN P@1 within 0.03 of as written, and no more than one unanswerable answered", () => {
    const written = scoresOf(engineOutcomes(questions));
    for (const form of ["lower", "upper"] as const) {
      const s = scoresOf(engineOutcomes(questions, form));
      expect(s.p1).toBeGreaterThanOrEqual(written.p1 - 0.03);
      expect(s.abstained).toBeGreaterThanOrEqual(s.questions - s.answerable - 1);
      expect(s.falseAbstentions).toBe(0);
    }
  });

  // R@3: at most 2 of its 48 answerable questions without an answer in the first three (one is
  // about a figure no article gives; one ranks an answer fourth since country names count as
  // places, which put one more question's answer first on `reference-dev`).
  it("GIVEN the team's first development set (fit on) THEN P@1 ≥ 0.9, R@3 ≥ 0.95, its unanswerable all refused", () => {
    const s = scoresOf(engineOutcomes(loadSet("heldout")));
    expect(s.p1).toBeGreaterThanOrEqual(0.9);
    expect(s.r3).toBeGreaterThanOrEqual(0.95);
    expect(s.abstained).toBe(s.questions - s.answerable);
    expect(s.falseAbstentions).toBeLessThanOrEqual(1);
  });

  it.each(["questions", "team-seeds-dev", "encyclopedia-dev"] as const)(
    "GIVEN %s THEN the engine's P@1 (a refusal a miss) is above plain BM25's over the same sentences",
    (name) => {
      const set = loadSet(name);
      const ours = scoresOf(engineOutcomes(set));
      const bm25 = scoresOf(bm25Outcomes(set));
      expect(bm25.p1).toBeGreaterThan(0);
      expect(ours.p1).toBeGreaterThan(bm25.p1);
    },
  );

  it.each(["team-seeds-dev", "news3-dev", "news4-dev"] as const)(
    "GIVEN %s (asked of the whole library; the threshold is chosen on it) THEN at most one answerable question in 50 (or one) is refused for low confidence or for no answer of the kind",
    (name) => {
      const outcomes = engineOutcomes(loadSet(name));
      const answerable = outcomes.filter((o) => o.question.answerable);
      const refused = answerable.filter(
        (o) => o.answer?.reason === "low-confidence" || o.answer?.reason === "no-answer-of-kind",
      );
      expect(refused.length).toBeLessThanOrEqual(Math.max(1, Math.floor(0.02 * answerable.length)));
    },
  );

  it("GIVEN questions on the seeds the articles leave unanswered, most naming someone they mention (offtopic-seeds) THEN at least a third are refused, as written and lower-cased", () => {
    const set = loadSet("offtopic-seeds");
    for (const form of ["as-written", "lower"] as const) {
      const s = scoresOf(engineOutcomes(set, form));
      expect(s.answerable).toBe(0);
      expect(s.abstained).toBeGreaterThanOrEqual(s.questions / 3);
    }
  });

  // Questions with nothing to do with the articles ("who invented the telephone", "how do i stop
  // hiccups"): the confidence model is fit on half of them and its threshold chosen on these two
  // quarters. Before it saw any, it answered a quarter to a third of them with whatever
  // sentence shared a word ("why is the sky blue" with a boy saying the sky had turned orange).
  it.each(["unrelated-seeds-dev", "unrelated-news-dev"] as const)(
    "GIVEN questions unrelated to the articles (%s) THEN at least three in four are refused",
    (name) => {
      const s = scoresOf(engineOutcomes(loadSet(name)));
      expect(s.answerable).toBe(0);
      expect(s.abstained).toBeGreaterThanOrEqual(0.75 * s.questions);
    },
  );

  it.each(["news3-dev", "trecqa-dev"] as const)(
    "GIVEN %s THEN the engine's P@1 and MRR are at least plain BM25's",
    (name) => {
      const set = loadSet(name);
      const ours = scoresOf(engineOutcomes(set));
      const bm25 = scoresOf(bm25Outcomes(set));
      expect(ours.p1).toBeGreaterThanOrEqual(bm25.p1);
      expect(ours.mrr).toBeGreaterThanOrEqual(bm25.mrr);
    },
  );
});
