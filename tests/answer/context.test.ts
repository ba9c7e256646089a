import { describe, expect, it } from "vitest";
import { answer, rankCandidates, retrieve } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { rerankContext } from "../../src/answer/rerank.js";
import { articleLibrary, seedLibrary } from "./seedLibrary.js";
import { answerableFor } from "./answerTypingHelpers.js";
import { createLibrary } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";

const library = seedLibrary();

describe("context for quotes that point back", () => {
  it("GIVEN a quote whose speaker is 'he' THEN its context is the sentence naming him", () => {
    const reply = answer(library, "What did Zelensky say about a truce without guarantees?");
    const quote = reply.quotes[0];
    expect(quote?.text).toContain("he said at a summit");
    expect(quote?.context).toContain("Zelensky");
    expect(quote?.text).not.toContain(quote?.context ?? "∅");
  });

  it("GIVEN a bare quotation THEN its context is the sentence before it", () => {
    const reply = answer(library, "What did Trump say about the minerals deal?", { top: 6 });
    const bare = reply.quotes.find((q) => q.text.startsWith('"We have a minerals deal'));
    expect(bare?.context).toContain("Trump also hinted at the deal");
  });

  it("GIVEN a quote that names its speaker THEN it has no context", () => {
    const reply = answer(library, "What did Rubio say about it not being America's war?");
    expect(reply.quotes[0]?.text).toContain("Mr. Rubio said");
    expect(reply.quotes[0]?.context ?? null).toBeNull();
  });
});

describe("a sentence whose subject stands for a name before it", () => {
  const libraryOf = (before: string) =>
    createLibrary([
      parseArticle({
        file: "mine.txt",
        text: ["Mine report", before, "The company said it had complied with the order in August."].join(
          "\n\n",
        ),
      }),
    ]);
  /** How much of the question the "The company…" sentence holds through the sentence before it. */
  const borrowed = (before: string, question: string) => {
    const library = libraryOf(before);
    const analyzed = analyzeQuestion(question, undefined, library.names);
    const ranked = rankCandidates(rerankContext(library, analyzed, false), retrieve(library, analyzed));
    return ranked.find((c) => c.sentence.text.startsWith("The company"))?.features.contextCoverage;
  };

  it("GIVEN 'The company said…' after a sentence naming the company THEN it holds the company's name", () => {
    const before = "Halvorsen Nickel runs the Redstone mine in the north of the province.";
    expect(borrowed(before, "Did Halvorsen comply with the order?")).toBeGreaterThan(0);
    // Only names: the sentence before's other words are not the company's.
    expect(borrowed(before, "Did the province comply with the order?")).toBe(0);
    expect(answer(libraryOf(before), "Did Halvorsen comply with the order?").quotes[0]?.text).toBe(
      "The company said it had complied with the order in August.",
    );
  });

  it("GIVEN a subject that is not a body or a person ('The mine…') THEN it borrows nothing", () => {
    const library = createLibrary([
      parseArticle({
        file: "mine.txt",
        text: "Mine report\n\nHalvorsen Nickel runs the Redstone mine.\n\nThe mine had complied with the order in August.",
      }),
    ]);
    const analyzed = analyzeQuestion("Did Halvorsen comply with the order?", undefined, library.names);
    const ranked = rankCandidates(rerankContext(library, analyzed, false), retrieve(library, analyzed));
    expect(ranked.find((c) => c.sentence.text.startsWith("The mine"))?.features.contextCoverage).toBe(0);
  });
});

describe("a person named in full once, then by surname", () => {
  /** The name coverage and missing names of the sentence opening "Okafor", for a question naming her in full. */
  const surnameSentence = (paragraphs: string[]) => {
    const library = createLibrary([parseArticle({ file: "court.txt", text: paragraphs.join("\n\n") })]);
    const analyzed = analyzeQuestion("What did Grace Okafor rule on the permit?", undefined, library.names);
    const ranked = rankCandidates(rerankContext(library, analyzed, false), retrieve(library, analyzed));
    return ranked.find((c) => c.sentence.text.startsWith("Okafor"))?.features;
  };
  const later = "Okafor ruled that the permit had lapsed in March.";

  it("GIVEN the article names Grace Okafor in full THEN 'Okafor ruled…' holds her whole name", () => {
    const features = surnameSentence(["Court report", "Judge Grace Okafor heard the case on Monday.", later]);
    expect(features?.missingNames).toBe(0);
    expect(features?.nameCoverage).toBeGreaterThan(0.9);
  });

  it("GIVEN an article that never has her first name THEN the surname alone still misses it", () => {
    const features = surnameSentence(["Court report", "A judge heard the case on Monday.", later]);
    expect(features?.missingNames).toBe(1);
    expect(features?.nameCoverage).toBeLessThan(0.6);
  });
});

describe("another person of the same surname", () => {
  const judge = "Judge Grace Okafor heard the case on Monday.";
  /** The features of the sentence holding `text`, for a question naming Grace Okafor in full. */
  const featuresOf = (paragraphs: string[], text: string) => {
    const library = createLibrary([parseArticle({ file: "court.txt", text: paragraphs.join("\n\n") })]);
    const analyzed = analyzeQuestion("Where was Grace Okafor born?", undefined, library.names);
    const ranked = rankCandidates(rerankContext(library, analyzed, false), retrieve(library, analyzed));
    return ranked.find((c) => c.sentence.text.includes(text))?.features;
  };

  it("GIVEN the sentence writes the surname only after another first name THEN it misses her first name", () => {
    const brother = "Daniel Okafor, a lawyer, was born in Lagos and later moved to Leeds.";
    const features = featuresOf(["Court report", judge, brother], "Daniel Okafor");
    expect(features?.missingNames).toBe(1);
    expect(features?.nameCoverage).toBeLessThan(0.6);
  });

  it("GIVEN the surname alone as well THEN the sentence may be about her, as before", () => {
    const both = "Okafor was born in Lagos, where Daniel Okafor still lives.";
    const features = featuresOf(["Court report", judge, both], "Daniel Okafor");
    expect(features?.missingNames).toBe(0);
  });

  it("GIVEN a title before the surname THEN it is her, not a namesake", () => {
    const titled = "Judge Okafor was born in Lagos.";
    const features = featuresOf(
      ["Court report", judge, "Lawyers said the judge was new to the court.", titled],
      titled,
    );
    expect(features?.missingNames).toBe(0);
  });
});

describe("a sentence about what its paragraph has just named", () => {
  const city = "Russian missiles hit Kharkiv early on Friday, officials said.";
  const mayor = "Mayor Ihor Terekhov said cluster munitions struck a densely populated neighbourhood.";
  const libraryOf = (paragraphs: string[]) =>
    createLibrary([
      parseArticle({ file: "strike.txt", text: ["Strike report", ...paragraphs].join("\n\n") }),
    ]);
  const question = "What weapons struck a neighbourhood in Kharkiv?";
  const mayorFeatures = (paragraphs: string[]) => {
    const library = libraryOf(paragraphs);
    const analyzed = analyzeQuestion(question, undefined, library.names);
    const ranked = rankCandidates(rerankContext(library, analyzed, false), retrieve(library, analyzed));
    return ranked.find((c) => c.sentence.text.startsWith("Mayor"))?.features;
  };

  it("GIVEN the sentence before in its paragraph names Kharkiv THEN the mayor's sentence holds Kharkiv, for less", () => {
    const features = mayorFeatures([`${city} ${mayor}`, "Kharkiv is Ukraine's second-largest city."]);
    expect(features?.contextCoverage).toBeGreaterThan(0);
    expect(features?.nameCoverage).toBeGreaterThan(0);
  });

  it("GIVEN Kharkiv only in another paragraph THEN the mayor's sentence borrows nothing", () => {
    expect(mayorFeatures([city, mayor])?.contextCoverage).toBe(0);
  });
});

describe("a figure in the sentence after, pointing back", () => {
  const launch = articleLibrary("launch.txt", "First satellite in orbit", [
    "Teralia launched its first satellite on Sunday from Cape Canaveral in Florida.",
    "The satellite, named Aster-1, was carried into orbit by a Falcon 9 rocket.",
    "It will monitor crops and floods from an altitude of 550 km.",
    "The space agency plans a second launch in 2027.",
  ]);

  it("GIVEN no sentence naming the subject holds the figure WHEN the one after it does ('It will monitor… 550 km') THEN it is the best answer", () => {
    // The question's words are all in the sentence before ("named Aster-1, … into orbit"). Whether
    // it is sure enough to quote it is the confidence model's call (round 78's is not, at 0.30
    // against 0.32); a quote's context is shown with it (above).
    expect(answerableFor(launch, "How high will Aster-1 orbit?")[0]).toContain("550 km");
  });

  it("GIVEN the sentence after holds no figure of the kind asked THEN it still refuses", () => {
    expect(answer(launch, "how much did the satellite cost?").answered).toBe(false);
  });
});
