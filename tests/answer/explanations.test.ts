import { describe, expect, it } from "vitest";
import { answer, readQuestion, retrieve } from "../../src/answer/answer.js";
import { addExplanations, EXPLAINED } from "../../src/answer/explanations.js";
import { sentenceAt } from "../../src/index/sentenceIndex.js";
import { createLibrary, type Library } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";

const REPORT = [
  "Election chief quits after court ruling",
  "The constitutional court struck out 6,812 late postal ballots on Wednesday. Hours after the judgment, commission chairman Viktor Halas resigned. In a statement issued that evening, he said the deciding vote he had cast had been found unlawful.",
  "His deputy, Lenka Sova, will serve as acting chair until parliament appoints a successor.",
  "Opposition leader Marek Dunai welcomed the ruling and called for new rules on postal voting.",
].join("\n\n");
const OTHER = [
  "Recount confirms narrow win",
  "The hand recount trimmed the lead to 8,781 votes. Halas announced the figures at a news conference in the capital.",
  "Observers said the count had been carried out correctly.",
].join("\n\n");

const library = createLibrary([
  parseArticle({ file: "ruling.txt", text: REPORT }),
  parseArticle({ file: "recount.txt", text: OTHER }),
]);
const texts = (lib: Library, question: string) =>
  retrieve(lib, readQuestion(lib, question)).map((found) => {
    const at = sentenceAt(lib.index, found.doc);
    return at ? (lib.articles[at.article]?.sentences[at.sentence]?.text ?? "") : "";
  });
const REASON =
  "In a statement issued that evening, he said the deciding vote he had cast had been found unlawful.";

describe("a why-question's reason in the sentence after what it explains", () => {
  it("GIVEN why-question words only in the sentence before THEN the reason is quoted among the first three", () => {
    // It holds neither "Halas" nor "resign": before, it was never a candidate.
    const reply = answer(library, "why did halas resign?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes.map((q) => q.text)).toContain(REASON);
  });

  it("GIVEN another kind of question THEN the sentence after is not read for it", () => {
    expect(texts(library, "why did halas resign?")).toContain(REASON);
    expect(texts(library, "when did halas resign?")).not.toContain(REASON);
    expect(texts(library, "who resigned after the judgment?")).not.toContain(REASON);
  });

  it("GIVEN the sentence after in another paragraph THEN it is not read: a new paragraph is a new point", () => {
    // "Halas announced the figures…" ends its paragraph; the observers' sentence opens the next.
    const found = texts(library, "why did halas resign?");
    expect(found).toContain("Halas announced the figures at a news conference in the capital.");
    expect(found).not.toContain("Observers said the count had been carried out correctly.");
  });

  it("GIVEN more retrieved sentences than the bound THEN none is added; only the first EXPLAINED are read for theirs", () => {
    const found = [0, 2, 4, 6, 8, 10, 12].map((doc) => ({ doc, score: 1, matched: new Set<string>() }));
    const one = createLibrary(
      Array.from({ length: 1 }, () =>
        parseArticle({
          file: "long.txt",
          text: [
            "Long report",
            Array.from({ length: 16 }, (_, i) => `Sentence number ${i + 1} says a thing.`).join(" "),
          ].join("\n\n"),
        }),
      ),
    );
    const bounded = found.slice();
    addExplanations(one, bounded, found.length);
    expect(bounded).toHaveLength(found.length);
    const added = found.slice();
    addExplanations(one, added, 40);
    expect(added.slice(found.length).map((s) => s.doc)).toEqual(
      found.slice(0, EXPLAINED).map((s) => s.doc + 1),
    );
    expect(added.slice(found.length).every((s) => s.score === 0)).toBe(true);
  });
});
