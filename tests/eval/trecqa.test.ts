import { describe, expect, it } from "vitest";
import { detokenize, loadTrecqa, parseCsv, seededRandom, shuffle } from "./trecqa.js";
import { trecqaSet } from "./sets.js";
import { analyzeText } from "../../src/nlp/wink.js";

describe("the TrecQA set as the bot reads it", () => {
  it("detokenize undoes the treebank tokens lightly", () => {
    expect(detokenize("Hugo Young -LRB- Farrar -RRB- , `` The Iron Lady '' 's author")).toBe(
      "Hugo Young (Farrar), “The Iron Lady”'s author",
    );
    expect(detokenize("he did n't pay 5 % ; she 's paid .")).toBe("he didn't pay 5%; she's paid.");
    expect(detokenize("born in <num> .", "digits")).toBe("born in 12.");
  });

  it("parseCsv reads quoted fields with commas, quotes and newlines", () => {
    expect(parseCsv('a,b\n"x, y","he said ""hi""\nthen"\n')).toEqual([
      ["a", "b"],
      ["x, y", 'he said "hi"\nthen'],
    ]);
  });

  it("GIVEN a seed THEN the same shuffle, and every candidate kept", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffle(items, seededRandom(1));
    expect(shuffle(items, seededRandom(1))).toEqual(a);
    expect(a).not.toEqual(items);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
  });

  it("GIVEN the dev split THEN one article a question, candidates shuffled, labels kept", () => {
    const dev = loadTrecqa("dev");
    expect(dev.questions).toHaveLength(81);
    expect(dev.files).toHaveLength(81);
    expect(dev.questions.reduce((n, q) => n + q.candidates.length, 0)).toBe(1148);
    expect(dev.questions.filter((q) => q.candidates.some((c) => c.label))).toHaveLength(78);
    // The file lists correct sentences first; shuffled, the first paragraph is not always one.
    expect(dev.questions.filter((q) => q.candidates[0]?.label).length).toBeLessThan(60);
  });

  it("GIVEN the loaded set THEN a sentence is an answer exactly when its paragraph is labelled 1", () => {
    const set = trecqaSet("dev");
    const question = set.questions.find((q) => q.answerable);
    expect(question).toBeDefined();
    const article = set.library.byId.get(question?.article ?? "");
    expect(article).toBeDefined();
    const answers = article?.sentences.filter((s) => question?.isAnswer(article, s)) ?? [];
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.length).toBeLessThan(article?.sentences.length ?? 0);
  });

  it("GIVEN '<num>' in a sentence THEN wink reads a number there and offsets point into the original", () => {
    const text = "In <num>, actor James Dean was killed on July <num>, <num>.";
    const [sentence] = analyzeText(text);
    expect(sentence).toBeDefined();
    expect(text.slice(sentence?.start, sentence?.end)).toBe(text);
    const masked = sentence?.tokens.filter((t) => t.text === "<num>") ?? [];
    expect(masked).toHaveLength(3);
    for (const token of masked) {
      expect(text.slice(token.start, token.start + 5)).toBe("<num>");
      expect(token.entity).toMatch(/DATE|CARDINAL/u);
    }
  });
});
