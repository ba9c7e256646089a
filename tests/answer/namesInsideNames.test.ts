import { describe, expect, it } from "vitest";
import { answer, readQuestion } from "../../src/answer/answer.js";
import { nameNeighbours, writesAsName } from "../../src/library.js";
import { articleLibrary } from "./seedLibrary.js";

/** Whether a question, as read against `library`, has `term` as a name (undefined without it). */
const readsAsName = (library: ReturnType<typeof articleLibrary>, question: string, term: string) =>
  readQuestion(library, question).concepts.find((c) => c.term === term)?.isName;

describe("a word the articles write as a name only inside longer names, in a one-case question", () => {
  const visit = articleLibrary("visit.txt", "Rubio in Washington", [
    "Rubio met the president in the Oval Office on Monday.",
    "Reporters waited outside the Oval Office for an hour.",
    "A spokesman said he would fly to Paris on Friday.",
    "Rubio took office on 21 January after the Senate confirmed him.",
  ]);

  it("GIVEN 'office' written as a word and, more often, in 'the Oval Office' THEN the articles write it as a name only beside 'oval'", () => {
    expect(writesAsName(visit, "offic")).toBe(true);
    expect([...(nameNeighbours(visit, "offic") ?? [])]).toEqual(["oval"]);
  });

  it.each(["when did rubio take office", "WHEN DID RUBIO TAKE OFFICE"])(
    "GIVEN '%s' THEN 'office' is the word, as a properly cased question has it, and the sentence saying when he took office is quoted",
    (question) => {
      expect(readsAsName(visit, question, "offic")).toBe(false);
      expect(readsAsName(visit, "When did Rubio take office?", "offic")).toBe(false);
      const reply = answer(visit, question);
      expect(reply.quotes.map((q) => q.text)).toContain(
        "Rubio took office on 21 January after the Senate confirmed him.",
      );
    },
  );

  it("GIVEN the word beside its name's other word ('the oval office') THEN it is still the name", () => {
    expect(readsAsName(visit, "who waited outside the oval office", "offic")).toBe(true);
    expect(readsAsName(visit, "WHO WAITED OUTSIDE THE OVAL OFFICE", "offic")).toBe(true);
  });

  it("GIVEN a name that opens a sentence ('The Battle of Hastings was fought…') THEN its words beside it count as its name's", () => {
    const history = articleLibrary("battles.txt", "Battles of 1066", [
      "The Battle of Hastings was fought on 14 October 1066.",
      "Three weeks before, Harold had won the Battle of Stamford Bridge.",
      "Earlier in September the northern earls had lost the Battle of Fulford.",
      "Norman writers later called it the Battle of Senlac.",
      "Harold lost the battle at Hastings in a single day.",
    ]);
    expect([...(nameNeighbours(history, "battl") ?? [])].sort()).toEqual([
      "fulford",
      "hast",
      "senlac",
      "stamford",
    ]);
    expect(readsAsName(history, "who won the battle of hastings", "battl")).toBe(true);
    expect(readsAsName(history, "who won the battle", "battl")).toBe(false);
  });

  it("GIVEN a surname WordNet has as a word ('macron') that the articles never write as one THEN it stays a name", () => {
    const talks = articleLibrary("talks.txt", "Paris talks", [
      "The talks were hosted by French President Emmanuel Macron at the Elysee Palace.",
      "Emmanuel Macron said the talks had been useful.",
    ]);
    expect(nameNeighbours(talks, "macron")).toBeNull();
    expect(readsAsName(talks, "what did macron say about the talks", "macron")).toBe(true);
    expect(answer(talks, "what did macron say about the talks").quotes[0]?.text).toBe(
      "Emmanuel Macron said the talks had been useful.",
    );
  });

  it("GIVEN a word that is a name on its own somewhere ('the Senate') THEN it is a name in a one-case question", () => {
    const vote = articleLibrary("vote.txt", "Senate vote", [
      "On Tuesday the Senate voted 52 to 48.",
      "Members of the Senate Armed Services Committee met on Monday.",
      "A senate seat fell vacant in March.",
    ]);
    expect(nameNeighbours(vote, "senat")).toBeNull();
    expect(readsAsName(vote, "how did the senate vote", "senat")).toBe(true);
  });
});
