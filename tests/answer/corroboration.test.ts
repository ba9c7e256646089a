import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { claimTerms, normalizeFigure, sameClaim } from "../../src/answer/corroborate.js";
import { findDisagreement, type FigureQuote } from "../../src/answer/disagreement.js";
import { seedLibrary } from "./seedLibrary.js";

const library = seedLibrary();
const sentence = (id: string, text: string) => {
  const article = library.articles.find((a) => a.id.startsWith(id));
  const found = article?.sentences.find((s) => s.text.includes(text));
  if (!found) throw new Error(`no sentence "${text}" in ${id}`);
  return found;
};

describe("corroboration: one claim from several outlets is one answer", () => {
  it("GIVEN two outlets' rewrites of one report THEN they are the same claim", () => {
    const a = claimTerms(library, sentence("001", "A new meeting is expected next week at London"));
    const b = claimTerms(
      library,
      sentence("002", "Another meeting is scheduled for the following week in London"),
    );
    expect(sameClaim(a, b)).toBe(true);
  });

  it("GIVEN two distinct facts that share a title and a name THEN they are not merged", () => {
    const a = claimTerms(library, sentence("003", "joined European and Ukrainian officials in Paris"));
    const b = claimTerms(library, sentence("004", "has questioned the US's role in mediating"));
    expect(sameClaim(a, b)).toBe(false);
  });

  it("GIVEN sentences giving different figures THEN they are never merged", () => {
    const a = claimTerms(library, sentence("001", "more than 60 others were hurt"));
    const b = claimTerms(library, sentence("002", "98 injuries"));
    expect(sameClaim(a, b)).toBe(false);
  });

  it("GIVEN a claim several outlets report THEN it is quoted once, the others attached as also reported by", () => {
    const reply = answer(library, "When are the talks in London?");
    const london = reply.quotes.filter((q) => /meeting is (?:expected|scheduled)/u.test(q.text));
    const attached = london.flatMap((q) => q.alsoReportedBy ?? []);
    expect(london.length + attached.length).toBeGreaterThanOrEqual(3);
    expect(attached.length).toBeGreaterThanOrEqual(1);
    const cited = reply.quotes.flatMap((q) => [
      q.sentence,
      ...(q.alsoReportedBy ?? []).map((r) => r.sentence),
    ]);
    expect(new Set(cited).size).toBe(cited.length);
  });
});

describe("disagreement: different figures are shown, not hidden", () => {
  it("GIVEN outlets giving different injury counts for Kharkiv THEN both are quoted and the answer says so", () => {
    const reply = answer(library, "How many people were injured in Kharkiv?");
    const texts = reply.quotes.map((q) => q.text).join("\n");
    expect(texts).toContain("more than 60 others were hurt");
    expect(texts).toContain("98 injuries");
    expect(reply.disagreement?.figures.map((f) => f.text).sort()).toEqual(["98", "more than 60"]);
    expect(reply.note).toContain("different figures");
  });

  it("GIVEN 'one person died' and 'one fatality' for the Kharkiv dead THEN the reports agree: no note", () => {
    // A person is a count of people: the figure read from the first report is its "One", not the
    // "more than 60" injured beside it.
    const reply = answer(library, "How many people were killed in Kharkiv?");
    const texts = reply.quotes.map((q) => q.text).join("\n");
    expect(texts).toContain("One person died");
    expect(texts).toContain("one fatality");
    expect(reply.disagreement ?? null).toBeNull();
    expect(reply.note ?? null).toBeNull();
  });

  it("GIVEN one outlet counting the asked-for group and another not THEN no disagreement is claimed", () => {
    const reply = answer(library, "How many children were injured in Kharkiv?");
    expect(reply.quotes[0]?.text).toContain("six children");
    expect(reply.disagreement ?? null).toBeNull();
  });

  it("GIVEN a question that is not about a figure THEN no disagreement", () => {
    expect(answer(library, "Who is Dmitry Peskov?").disagreement ?? null).toBeNull();
  });

  // Figure quotes from three articles of the seeds, as an answer would hand them over.
  const [a, b, c] = library.articles;
  const quote = (article: typeof a, figure: string, type: string): FigureQuote => ({
    article: article as NonNullable<typeof a>,
    sentence: (article as NonNullable<typeof a>).sentences[0] as FigureQuote["sentence"],
    figure,
    sameSubject: true,
    byUnit: false,
    type,
  });

  it("GIVEN a count and a percentage or a sum of money THEN they are no different figures for one thing", () => {
    expect(
      findDisagreement([quote(a, "3,214", "CARDINAL"), quote(b, "50.38 percent", "PERCENT")]),
    ).toBeNull();
    expect(findDisagreement([quote(a, "180", "CARDINAL"), quote(b, "93,000 euros", "MONEY")])).toBeNull();
    const counts = findDisagreement([
      quote(a, "22", "CARDINAL"),
      quote(b, "9 percent", "PERCENT"),
      quote(c, "26", "CARDINAL"),
    ]);
    expect(counts?.figures.map((f) => f.text)).toEqual(["22", "26"]);
  });

  it("GIVEN one figure in words and in digits THEN it is the same figure", () => {
    expect(normalizeFigure("Twenty-three")).toBe("23");
    expect(normalizeFigure("twenty three")).toBe("23");
    expect(normalizeFigure("nine hundred")).toBe("900");
    expect(normalizeFigure("two thousand")).toBe("2000");
    expect(normalizeFigure("a dozen")).toBe("12");
    expect(normalizeFigure("more than 60")).toBe("60");
    expect(normalizeFigure("dozens")).toBe("dozens");
    expect(findDisagreement([quote(a, "Twenty-three", "CARDINAL"), quote(b, "23", "CARDINAL")])).toBeNull();
  });
});
