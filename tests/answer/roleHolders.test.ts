import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { holderTerms } from "../../src/answer/rerank.js";
import { onlyTitleOf, roleHolders } from "../../src/answer/roleHolders.js";
import { createLibrary } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { wordTerm } from "../../src/text/terms.js";

function libraryOf(...sentences: string[]) {
  return createLibrary([parseArticle({ file: "a.txt", text: `Report\n\n${sentences.join("\n\n")}` })]);
}

describe("a role's holder, from the articles' title chains", () => {
  const library = libraryOf(
    "French Foreign Minister Jean-Noël Barrot hosted the talks in Paris on Thursday.",
    "Russian Foreign Minister Sergey Lavrov spoke to Rubio by phone after the talks.",
    "US Secretary of State Marco Rubio arrived in Paris on Wednesday.",
    "Treasury Secretary Scott Bessent stayed in Washington.",
    "Officials said the talks had been useful.",
    "Rubio said the talks were constructive.",
  );
  const everyArticle = new Set(library.articles.map((_, i) => i));
  const holdersFor = (question: string) =>
    holderTerms(library, analyzeQuestion(question, undefined, library.names), everyArticle).map(
      (h) => h.term,
    );

  it("GIVEN 'the French foreign minister' THEN the holder is the one the articles call French", () => {
    const holders = holdersFor("What did the French foreign minister say?");
    expect(holders).toContain("barrot");
    expect(holders).not.toContain("lavrov");
  });

  it("GIVEN 'secretary of state' THEN the secretary of state is the holder, not another secretary", () => {
    expect(holdersFor("what did the secretary of state say")).toEqual(["marco", "rubio"]);
  });

  it("GIVEN a role no one is named with THEN it has no holder", () => {
    expect(roleHolders(library, wordTerm("ambassador"), new Set(), new Set(), everyArticle)).toEqual([]);
  });

  it("GIVEN articles none of the question's candidates come from THEN their titles are not read", () => {
    const role = wordTerm("secretary");
    expect(roleHolders(library, role, new Set(), new Set([role]), new Set())).toEqual([]);
  });

  it("GIVEN a question naming the role THEN a sentence naming its holder ranks above one naming no one", () => {
    const quotes = answer(library, "How did the secretary of state describe the talks?", {
      top: 5,
    }).quotes.map((q) => q.text);
    const holder = quotes.indexOf("Rubio said the talks were constructive.");
    const other = quotes.indexOf("Officials said the talks had been useful.");
    expect(holder).toBeGreaterThanOrEqual(0);
    expect(other === -1 || holder < other).toBe(true);
  });

  it("GIVEN 'what did the Secretary of State suggest', State written as a name THEN a sentence where the holder suggests it answers", () => {
    const talks = libraryOf(
      "US Secretary of State Marco Rubio joined European officials in Paris on Thursday.",
      "Rubio also suggested that European nations consider lifting sanctions on Russia.",
    );
    const question = "What did the Secretary of State suggest Europe do about sanctions on Russia?";
    expect(analyzeQuestion(question, undefined, talks.names).speakers).toHaveLength(1);
    expect(answer(talks, question).quotes[0]?.text).toContain("lifting sanctions");
  });
});

describe("a name written in full is one person", () => {
  const library = libraryOf(
    "Johann Sebastian Bach was a German composer and organist of the Baroque period.",
    "His works include the Brandenburg Concertos and the Mass in B minor.",
    "US Secretary of State Marco Rubio arrived in Paris on Wednesday.",
  );

  it("GIVEN 'who was Bach's wife' and only his own full name THEN nothing is quoted: Johann Sebastian is Bach", () => {
    const reply = answer(library, "Who was Bach's wife?");
    expect(reply.answered).toBe(false);
  });

  it("GIVEN a name after the asked words THEN it still answers: 'US Secretary of State Marco Rubio'", () => {
    const reply = answer(library, "Who is the US secretary of state?");
    expect(reply.quotes[0]?.text).toContain("Marco Rubio");
  });
});

describe("a role held only as a title", () => {
  const positionsOf = (sentence: { terms: string[] }, term: string) =>
    sentence.terms.flatMap((t, at) => (t === term ? [at] : []));
  const titled = (text: string, role: string) => {
    const sentence = libraryOf(text).articles[0]?.sentences[0];
    if (!sentence) throw new Error("no sentence");
    return onlyTitleOf(sentence, wordTerm(role), positionsOf(sentence, wordTerm(role)), new Set());
  };

  it("GIVEN the role written right before others' names THEN it is only their title", () => {
    expect(
      titled("Vice President Ola Dahl and President Ana Varga met in Dorsk on Thursday.", "president"),
    ).toBe(true);
  });

  it("GIVEN the role before a name with a word between ('ministers from France') THEN it is no title", () => {
    expect(
      titled("The summit brought together ministers from France and Britain on Thursday.", "minister"),
    ).toBe(false);
  });
});
