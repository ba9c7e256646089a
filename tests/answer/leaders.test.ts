import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { LEADER_SENSE, SPOKESPERSON_SENSE } from "../../src/answer/phrasalVerbs.js";
import { articleLibrary } from "./seedLibrary.js";
import { featureReader, libraryOf } from "./answerTypingHelpers.js";
import { wordTerm } from "../../src/text/terms.js";

const senses = (question: string) => analyzeQuestion(question).concepts.map((c) => c.sense);

describe("who heads, runs or leads something: its leader, by any title of one", () => {
  const court = articleLibrary("court.txt", "The election ruling", [
    "Lawyer Petr Vanek said the constitutional court would rule on the complaint within weeks.",
    "Court President Dana Korbel read the judgment of the constitutional court on Wednesday.",
    "Pavel Kostrin worked on the campaign for Dunai in the north of the country.",
    "Dunai's campaign manager, Tereza Holub, said the ballots had been counted twice.",
  ]);

  it("GIVEN a verb of being in charge with its object THEN the question asks for a leader", () => {
    expect(senses("Who heads the constitutional court?")).toContain(LEADER_SENSE);
    expect(senses("who runs dunai's campaign")).toContain(LEADER_SENSE);
    expect(senses("who's heading up the inquiry")).toContain(LEADER_SENSE);
  });

  it("GIVEN a verb of going or of standing for office THEN it asks for no leader", () => {
    expect(senses("who is heading to Washington next week")).not.toContain(LEADER_SENSE);
    expect(senses("who ran for president in 2019")).not.toContain(LEADER_SENSE);
    expect(senses("when did the court head the inquiry")).not.toContain(LEADER_SENSE);
  });

  it("GIVEN 'who heads X' THEN the sentence naming X's president answers, not one naming someone else beside X", () => {
    expect(answer(court, "Who heads the constitutional court?").quotes[0]?.text).toContain("Dana Korbel");
  });

  it("GIVEN 'who runs X's campaign' THEN the campaign manager answers, not someone who worked on it", () => {
    expect(answer(court, "who runs dunai's campaign").quotes[0]?.text).toContain("Tereza Holub");
  });
});

describe("who leads or speaks for something: the role's own word answers too", () => {
  const hall = articleLibrary("hall.txt", "Clashes at the station", [
    "Two police officers, Jan Kell and Ivo Brun, were hurt near the station, police said.",
    "Police spokesperson Mia Holt said the station would stay closed until Monday.",
    "Union leader Ana Ruiz said the strike would go on.",
  ]);
  // The senses as words, so that a reading without them fails here.
  const spokesperson = wordTerm("spokesperson");

  it("GIVEN 'who leads X' THEN the sentence naming X's leader answers, not one about X's meeting", () => {
    const party = articleLibrary("party.txt", "The party congress", [
      "Marta Vilk spoke at the party congress about taxes on Tuesday.",
      "Party leader Jonas Brenn said the congress would vote on the budget.",
    ]);
    expect(answer(party, "who leads the party").quotes[0]?.text).toContain("Jonas Brenn");
    expect(answer(party, "Who is leading the party?").quotes[0]?.text).toContain("Jonas Brenn");
  });

  it("GIVEN 'who speaks for X' THEN the question asks for a spokesperson", () => {
    expect(SPOKESPERSON_SENSE).toBe(spokesperson);
    expect(senses("who speaks for the police?")).toContain(spokesperson);
    expect(senses("Who spoke for the rail company after the crash?")).toContain(spokesperson);
    expect(senses("who talked for the families")).toContain(spokesperson);
  });

  it("GIVEN speaking to, at or about someone THEN it asks for no spokesperson", () => {
    expect(senses("who spoke to reporters after the crash")).not.toContain(spokesperson);
    expect(senses("who spoke at the rally")).not.toContain(spokesperson);
    expect(senses("what did the police speak for")).not.toContain(spokesperson);
  });

  it("GIVEN 'who speaks for the police' THEN the police spokesperson answers, not the officers hurt", () => {
    expect(answer(hall, "who speaks for the police?").quotes[0]?.text).toContain("Mia Holt");
    // The officers are police too, and hurt, but no spokesperson's title is theirs.
    expect(answer(hall, "who spoke for the police after the officers were hurt").quotes[0]?.text).toContain(
      "Mia Holt",
    );
  });
});

describe("who heads something: a name holding another post is no answer", () => {
  const library = libraryOf([
    "The constitutional court has ruled against the ballots, but Irena Valk remains president-elect.",
    "Court President Dana Korbel said the ruling was final.",
    "Chairman Viktor Halas said the count would end on Sunday.",
    "Irena Valk thanked the constitutional court for its ruling.",
  ]);
  const typePerson = featureReader(library, "typePerson");

  it("GIVEN 'who heads X' THEN a name titled as X's leader answers, one titled as something else's does not", () => {
    expect(typePerson("Who heads the constitutional court?", "Court President")).toBe(1);
    expect(typePerson("Who heads the constitutional court?", "The constitutional court has ruled")).toBe(0);
  });

  it("GIVEN 'who heads X' and a sentence that names no leader THEN its name does not answer", () => {
    expect(typePerson("Who heads the constitutional court?", "Irena Valk thanked")).toBe(0);
  });

  it("GIVEN a sentence holding a leader's title without X THEN the titled name answers in full", () => {
    expect(typePerson("Who chairs the election commission?", "Chairman Viktor Halas")).toBe(1);
  });

  it("GIVEN a who-question that asks no role THEN any name near the topic answers in full", () => {
    expect(typePerson("Who thanked the constitutional court?", "Irena Valk thanked")).toBe(1);
  });
});
