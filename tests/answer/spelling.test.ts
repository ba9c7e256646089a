import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { answer } from "../../src/answer/answer.js";
import { holdsTerm } from "../../src/library.js";
import { correctQuestionWord, correctWord } from "../../src/text/spelling.js";
import { wordTerm } from "../../src/text/terms.js";
import { articleLibrary } from "./seedLibrary.js";

const library = articleLibrary("unrest.txt", "Night of unrest in the capital", [
  "Protesters clashed with riot police near the parliament building late on Friday.",
  "Police said 14 people were detained and three officers suffered minor injuries.",
  "International observers from the OSCE called the vote well run but noted a hostile campaign.",
  "The opposition leader, who was born in the northern city of Brescov, addressed a rally on Saturday.",
]);
const knownTerm = (term: string) => holdsTerm(library, term);
const conceptTerms = (question: string) =>
  analyzeQuestion(question, undefined, library.names, knownTerm).concepts.map((c) => c.term);

describe("misspelt words in a question", () => {
  it("GIVEN a word no dictionary has THEN it is read as the articles' word one slip from it", () => {
    const known = (term: string) => term === wordTerm("people") || term === wordTerm("observer");
    expect(correctWord("poeple", known)).toBe("people");
    expect(correctWord("obsevers", known)).toBe("observers");
    expect(correctWord("zzzzzz", known)).toBeNull();
    // Two of the articles' words equally near: no guess.
    const plants = (term: string) => term === wordTerm("plant") || term === wordTerm("plane");
    expect(correctWord("planx", plants)).toBeNull();
  });

  it("GIVEN a misspelt question word THEN the question is typed as spelt right, a real word is left alone", () => {
    expect(correctQuestionWord("wher")).toBe("where");
    expect(correctQuestionWord("waht")).toBe("what");
    expect(analyzeQuestion("wher did protesters clash with police").type).toBe("where");
    // "Were" is one slip from "where", and a word: the question stays a yes/no question.
    expect(analyzeQuestion("Were people detained?").type).toBe("yes-no");
  });

  it("GIVEN a shouted question with a misspelt question word THEN it is read as the same question in lower case", () => {
    const read = (question: string) =>
      analyzeQuestion(question, undefined, library.names, knownTerm).concepts.map((c) => [c.term, c.isName]);
    const shouted = analyzeQuestion(
      "WHER DID PROTESTERS CLASH WITH POLICE",
      undefined,
      library.names,
      knownTerm,
    );
    expect(shouted.type).toBe("where");
    // Not every word a name the articles lack ("DID", "CLASH"…), as when the question word was left in capitals.
    expect(read("WHER DID PROTESTERS CLASH WITH POLICE")).toEqual(
      read("wher did protesters clash with police"),
    );
    expect(answer(library, "WHER DID PROTESTERS CLASH WITH POLICE").quotes[0]?.text).toContain("parliament");
  });

  it("GIVEN misspelt topic words WHEN asked THEN the sentence the right spelling finds answers", () => {
    expect(conceptTerms("how many poeple were detained")).toContain(wordTerm("people"));
    expect(answer(library, "how many poeple were detained").quotes[0]?.text).toContain("14 people");
    expect(answer(library, "what did the osce obsevers say about the vote").quotes[0]?.text).toContain(
      "observers",
    );
  });

  it("GIVEN a letter changed THEN only a neighbouring key, another vowel or a sound-alike counts as a slip", () => {
    const known =
      (...words: string[]) =>
      (term: string) =>
        words.some((w) => wordTerm(w) === term);
    // o and i, u and i are neighbouring keys; e and i are vowels; k and c sound alike.
    expect(correctWord("detaoned", known("detained"))).toBe("detained");
    expect(correctWord("sanctuons", known("sanctions"))).toBe("sanctions");
    expect(correctWord("minesters", known("ministers"))).toBe("ministers");
    expect(correctWord("greko", known("greco"))).toBe("greco");
    // k and t are far apart: "lakers" is no slip of "laters", nor "repost" of "report".
    expect(correctWord("lakers", known("later"))).toBeNull();
    expect(correctWord("repost", known("report"))).toBeNull();
    // The sports question keeps its own word, so it shares less with the articles.
    const sports = articleLibrary("later.txt", "Talks later", [
      "The talks resumed later on Friday, officials said.",
    ]);
    const read = analyzeQuestion("did the lakers win last night", undefined, sports.names, (term) =>
      holdsTerm(sports, term),
    );
    expect(read.concepts.map((c) => c.term)).not.toContain(wordTerm("later"));
  });

  it("GIVEN an English word the articles lack THEN it is not turned into one of theirs", () => {
    // "cost" is one slip from "most" and "post"; it is a word, so the question keeps it.
    expect(conceptTerms("how much did the rally cost")).toContain(wordTerm("cost"));
    const asTyped = (question: string) => analyzeQuestion(question).concepts.map((c) => c.term);
    for (const question of ["where was the leader born", "how much did the rally cost", "who got hurt"])
      expect(conceptTerms(question)).toEqual(asTyped(question));
  });

  it("GIVEN a word the articles use that no dictionary has THEN it is not turned into a name one slip from it", () => {
    // WordNet writes "cease-fire"; the articles write "ceasefire", and name a village "Ceasefira".
    const border = articleLibrary("border.txt", "Border truce", [
      "Talks on a ceasefire resumed in Dorsk on Monday, officials said.",
      "The village of Ceasefira lies on the border, two hours from Dorsk.",
    ]);
    const read = analyzeQuestion("When did the ceasefire talks resume?", undefined, border.names, (term) =>
      holdsTerm(border, term),
    );
    expect(read.concepts.map((c) => c.term)).toContain(wordTerm("ceasefire"));
    expect(read.concepts.some((c) => c.isName)).toBe(false);
  });
});
