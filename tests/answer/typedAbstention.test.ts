import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { articleLibrary, seedLibrary } from "./seedLibrary.js";
import { createLibrary } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { typedCandidates } from "./answerTypingHelpers.js";

const library = seedLibrary();

describe("a question asking for a date, a figure, a place or a person is answered only by one", () => {
  it.each([
    // Names and words the articles have, but not what is asked about them.
    "When was the European Union founded?",
    "How much did the summit cost?",
    "How many soldiers has Russia lost?",
    "What did Macron say about sanctions?",
    // Putin is named, and a quotation is there, but Witkoff says it ("Witkoff said Monday, … after
    // … his third meeting with … Putin, that he himself sees a peace deal “emerging.”").
    "What did Putin say about the peace deal?",
    // "born" is no form of "bear" ("the push has yet to bear fruit").
    "Where was Zelensky born?",
    "When was Rubio born?",
  ])("GIVEN %s THEN no quote", (question) => {
    const reply = answer(library, question);
    expect(reply.answered).toBe(false);
    expect(reply.quotes).toEqual([]);
  });

  it("GIVEN a when-question THEN the first quote holds a date", () => {
    const reply = answer(library, "When is the next meeting in London?");
    expect(reply.quotes[0]?.text).toMatch(/next week|following week/u);
  });

  it("GIVEN a who-question THEN the first quote names someone", () => {
    const first = answer(library, "Who hosted the summit in Paris?").quotes[0];
    expect(first?.text).toContain("Emmanuel Macron");
  });

  it("GIVEN a which-ministers question THEN it is answered with a minister", () => {
    const reply = answer(library, "Which ministers attended the Paris talks?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toMatch(/minister/iu);
  });

  it("GIVEN 'which airport' or 'which hotel' (a building or a facility) THEN the answer is a place, not a sentence without one", () => {
    expect(analyzeQuestion("Which airport was Rubio at when he said they'd move on?").kind).toBe("place");
    expect(analyzeQuestion("what hotel did the delegation use").kind).toBe("place");
    // What one is, though, is a definition.
    expect(analyzeQuestion("whats a refuge station").kind).toBe("definition");
    const first = answer(library, "Which airport was Rubio at when he said they'd move on?").quotes[0];
    expect(first?.text).toContain("Le Bourget airport");
  });

  it("GIVEN 'how old is X' and no age in the articles THEN no quote, though they name X and hold figures", () => {
    const reply = answer(library, "How old is Marco Rubio?");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN 'how old is X' and an age written the news way THEN it answers", () => {
    const ages = createLibrary([
      parseArticle({
        file: "envoy.txt",
        text: "Envoy profile\n\nThe envoy met officials in 2024 and again on 17 April.\n\nHalvorsen, 58, has led the talks since March.\n",
      }),
    ]);
    expect(answer(ages, "How old is Halvorsen?").quotes[0]?.text).toBe(
      "Halvorsen, 58, has led the talks since March.",
    );
  });

  it("GIVEN 'how old' and an age written in words ('a thousand years old', 'a five-year-old') THEN it answers with it", () => {
    const ages = articleLibrary("baobab.txt", "Baobabs", [
      "Baobabs grow across Africa and were counted in 2024.",
      "Some African baobabs are believed to be well over a thousand years old.",
      "The boy, a five-year-old from Lusaka, was not hurt in 2023.",
    ]);
    expect(answer(ages, "how old can a baobab tree get").quotes[0]?.text).toBe(
      "Some African baobabs are believed to be well over a thousand years old.",
    );
    expect(answer(ages, "How old was the boy?").quotes[0]?.text).toBe(
      "The boy, a five-year-old from Lusaka, was not hurt in 2023.",
    );
  });

  it("GIVEN 'where was X born' and a sentence saying so THEN it answers with that sentence", () => {
    const profile = createLibrary([
      parseArticle({
        file: "profile.txt",
        text: "Envoy profile\n\nHalvorsen has yet to bear the cost of the talks in Tamsworth.\n\nHalvorsen was born in Marivet, a port town, in 1966.\n",
      }),
    ]);
    expect(answer(profile, "Where was Halvorsen born?").quotes[0]?.text).toBe(
      "Halvorsen was born in Marivet, a port town, in 1966.",
    );
    expect(answer(profile, "When was Halvorsen born?").quotes[0]?.text).toContain("born");
  });

  it("GIVEN a refusal for lack of the kind asked for THEN the reason says so", () => {
    expect(answer(library, "When was the European Union founded?").reason).toMatch(
      /no-answer-of-kind|low-confidence|unknown-names/u,
    );
  });
});

describe("a toll is a count of people", () => {
  const toll = articleLibrary("toll.txt", "Strike on Sumy", [
    "Missiles killed at least 34 people during Palm Sunday celebrations in Sumy.",
    "Russian drones hit a bakery in Sumy on Friday, killing 2 and wounding 11.",
    "Rescuers worked through the night in Sumy.",
  ]);

  it.each(["How many missiles were fired at Sumy?", "how many drones hit the bakery in sumy"])(
    "GIVEN %s and only the toll's figures THEN no quote: they count the dead, not the weapons",
    (question) => {
      const reply = answer(toll, question);
      expect(reply.answered).toBe(false);
      expect(reply.reason).toBe("no-answer-of-kind");
    },
  );

  it.each([
    ["How many people were killed in Sumy?", "at least 34"],
    ["How many lives were lost when the drones hit the bakery?", "killing 2"],
    ["How many victims did the bakery strike have?", "killing 2"],
  ])("GIVEN %s THEN the toll answers it", (question, expected) => {
    expect(answer(toll, question).quotes[0]?.text).toContain(expected);
  });
});

describe("a when, how-many or where question naming what it asks about", () => {
  const report = articleLibrary("strike.txt", "Strikes on the city", [
    "The mayor of Kharkiv reported 98 injuries, including six children, after strikes hit the city on Sunday.",
    "Mr. Halvorsen met the mayor at the station in Tamsworth.",
    "Halvorsen has led the talks since March.",
    "Four televised debates drew an audience of 640,000 each.",
    "Kestria and Varno have held several rounds of talks this year.",
    "Earlier rounds of talks took place in Marivet.",
  ]);
  const articleId = report.articles[0]?.id ?? "";

  it.each([
    "How many children does Halvorsen have?",
    "When did Halvorsen's children visit?",
    "Where were Halvorsen's children born?",
  ])("GIVEN %s, which the articles' figures, dates and places are not of THEN no quote", (question) => {
    const reply = answer(report, question);
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN the same kind of question about a name a sentence holds THEN that sentence answers", () => {
    expect(answer(report, "How many children were injured in Kharkiv?").quotes[0]?.text).toContain(
      "six children",
    );
    expect(answer(report, "Where did Halvorsen meet the mayor?").quotes[0]?.text).toContain("Tamsworth");
  });

  it("GIVEN names describing the noun asked about ('Kestria-Varno talks') THEN the noun is what a sentence must hold", () => {
    expect(
      answer(report, "Where did earlier rounds of Kestria-Varno talks take place?").quotes[0]?.text,
    ).toBe("Earlier rounds of talks took place in Marivet.");
  });

  it("GIVEN a common noun's capitals ('TV') THEN they are no name a sentence must hold", () => {
    const typed = typedCandidates(report, "How many people watched the TV debates?", 0);
    expect(typed[0]?.sentence.text).toContain("640,000");
  });

  it("GIVEN the question asked of one article THEN a sentence without the name may answer: the article is on its subject", () => {
    const reply = answer(report, "How many children does Halvorsen have?", { articleId });
    expect(reply.reason).not.toBe("no-answer-of-kind");
  });
});

describe("a figure question asked of the whole library about what an article's headline names", () => {
  const reports = (dam: string) =>
    createLibrary([
      parseArticle({ file: "dam.txt", text: dam }),
      parseArticle({
        file: "storm.txt",
        text: "Storm batters the Velmora coast\n\nAbout 300 people were evacuated from the coast on Monday, police said.\n\nGusts of wind brought down trees.\n\nThe Velmora coast guard closed the harbour.",
      }),
    ]);
  const question = "How many people were evacuated because of the Harrowmere Dam?";

  it("GIVEN the headline names it and the figure's sentence does not THEN that sentence answers", () => {
    const headlined = reports(
      "Spillway collapses at Harrowmere Dam\n\nMore than 12,000 people were evacuated from three towns on Tuesday.\n\nThe rain stopped on Wednesday.\n\nEngineers later inspected the chute at the Harrowmere Dam.",
    );
    expect(answer(headlined, question).quotes[0]?.text).toContain("12,000");
    expect(
      answer(headlined, "How many people were evacuated from the Velmora coast?").quotes[0]?.text,
    ).toContain("About 300");
  });

  it("GIVEN an article without a headline naming it THEN its figure is no figure of it", () => {
    const unheadlined = reports(
      "More than 12,000 people were evacuated from three towns on Tuesday.\n\nThe rain stopped on Wednesday.\n\nEngineers later inspected the chute at the Harrowmere Dam.",
    );
    expect(answer(unheadlined, question).reason).toBe("no-answer-of-kind");
  });
});

describe("a when-question about a role a name holds", () => {
  const report = articleLibrary("talks.txt", "Talks in Velmont", [
    "Foreign Minister Teodor Brannick met the delegation in Dorsk on Thursday.",
    "The talks resume in Kessaly on 10 November.",
  ]);

  it("GIVEN 'when did X become <role>' and the role only as X's title THEN no quote: the title's date is not when", () => {
    const reply = answer(report, "When did Teodor Brannick become foreign minister?");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN the question naming him by surname only, or the title going on after 'of' THEN the title is still only his title", () => {
    // "Foreign Minister Teodor Brannick": the title of two words before a name the question lacks ("Teodor").
    expect(answer(report, "When did Brannick become foreign minister?").reason).toBe("no-answer-of-kind");
    // "Secretary of State Ana Ruiz": "state" is the title's, not the verb of "Ruiz stated".
    const secretary = articleLibrary("visit.txt", "Visit to Velmont", [
      "Secretary of State Ana Ruiz arrived in Dorsk on Tuesday.",
      "Ruiz stated on Friday that the talks had been useful.",
    ]);
    expect(answer(secretary, "When did Ana Ruiz become secretary of state?").reason).toBe(
      "no-answer-of-kind",
    );
  });

  it("GIVEN a sentence saying the role came to him THEN it answers", () => {
    const appointed = articleLibrary("talks.txt", "Talks in Velmont", [
      "Foreign Minister Teodor Brannick met the delegation in Dorsk on Thursday.",
      "Teodor Brannick was appointed foreign minister in March 2023, after the election.",
    ]);
    expect(answer(appointed, "When did Teodor Brannick become foreign minister?").quotes[0]?.text).toMatch(
      /^Teodor Brannick was appointed/u,
    );
  });

  it("GIVEN the role only as others' titles ('Vice President Ola Dahl', 'President Ana Varga') THEN no quote either", () => {
    const summit = articleLibrary("summit.txt", "Summit in Velmont", [
      "Vice President Ola Dahl and President Ana Varga met Teodor Brannick in Dorsk on Thursday.",
      "The talks resume in Kessaly on 10 November.",
    ]);
    const reply = answer(summit, "When did Teodor Brannick become president of Dorsk?");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN the role with no name asked ('when did the foreign minister meet the delegation') THEN the titled sentence answers", () => {
    expect(answer(report, "When did the foreign minister meet the delegation?").quotes[0]?.text).toMatch(
      /^Foreign Minister Teodor Brannick/u,
    );
  });
});

describe("typed answers asked of one article", () => {
  const charity = articleLibrary("charity.txt", "Charity report", [
    "The charity was founded in 1961 by two teachers in Leeds.",
    "It agreed a 30-day review of its accounts last week.",
    "Its chief executive said the charity would keep its offices in Leeds.",
  ]);
  const articleId = charity.articles[0]?.id ?? "";

  it("GIVEN a when-question in other words than the article's THEN its date answers only when no share of the predicate is required", () => {
    // "Begin" is not "founded" in WordNet nor in data/synonyms.json: with a share of the predicate
    // required, a date near the charity is not enough; with none required it is (how much is
    // fitted: npm run train).
    const typed = (restricted: boolean, share: number) =>
      typedCandidates(charity, "When did the charity begin?", share, restricted);
    expect(typed(false, 0.34)).toEqual([]);
    expect(typed(false, 0)[0]?.sentence.text).toBe(
      "The charity was founded in 1961 by two teachers in Leeds.",
    );
    expect(typed(true, 0)[0]?.sentence.text).toBe(
      "The charity was founded in 1961 by two teachers in Leeds.",
    );
  });

  it("GIVEN 'how much did it cost' asked of the article THEN a figure that is not money ('30-day') does not answer", () => {
    const reply = answer(charity, "How much did the review cost?", { articleId });
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });
});

describe("a when-question without a date in the articles", () => {
  const talks = articleLibrary("talks.txt", "Paris talks", [
    "Rubio met European leaders in Paris on Thursday to discuss a ceasefire.",
    "He said he had informed Lavrov about the outlines of the plan when they spoke after the Paris talks.",
    "Lavrov has not said how he reacted.",
  ]);

  it("GIVEN an event that dates it ('after the Paris talks') THEN that sentence answers", () => {
    expect(answer(talks, "When did Rubio speak to Lavrov?").quotes[0]?.text).toContain(
      "after the Paris talks",
    );
  });

  it("GIVEN 'what day' THEN an event is no day", () => {
    expect(answer(talks, "What day did Rubio speak to Lavrov?").quotes[0]?.text ?? "").not.toContain(
      "after the Paris talks",
    );
  });
});

describe("a how-many question about people where the article counts them in words", () => {
  const bakery = articleLibrary("bakery.txt", "Drone strike on a bakery", [
    "Russian drones struck a bakery in the town of Velyka on Monday, killing a customer and wounding an employee, the regional governor said.",
    "The town has been hit repeatedly since the spring, and many families have left.",
    "Officials said the bakery had reopened only last month after earlier damage.",
  ]);

  it.each(["How many bakery workers were wounded?", "How many people were hurt in the bakery strike?"])(
    "GIVEN %j THEN 'wounding an employee' answers it as a count of one",
    (question) => {
      const reply = answer(bakery, question);
      expect(reply.answered).toBe(true);
      expect(reply.quotes[0]?.text).toContain("wounding an employee");
    },
  );

  it("GIVEN a how-many question about things THEN a person counted in words does not answer it", () => {
    expect(answer(bakery, "How many drones hit the bakery?").reason).toBe("no-answer-of-kind");
  });
});

describe("a how-many question with a counted noun and a figure that counts something else", () => {
  const city = articleLibrary("strike.txt", "Missile strike on the city", [
    "Russian missiles killed 34 civilians in the city of Velyka on Sunday, regional officials said.",
    "The strike on the city's hospital caused 12 deaths among patients, according to doctors.",
    "Officials said the air defences had been stretched thin for weeks.",
  ]);

  it("GIVEN a figure before a noun THEN the parser records the noun it counts", () => {
    const sentence = city.articles[0]?.sentences.find((s) => s.text.includes("34 civilians"));
    const span = sentence?.entitySpans?.find((s) => s.text === "34");
    expect(span?.counts === undefined ? null : sentence?.terms[span.counts]).toBe("civilian");
  });

  it("GIVEN a figure with 'of' before its noun THEN the parser records that noun too", () => {
    const hive = articleLibrary("hive.txt", "Bees", [
      "Bees have been kept in hives for thousands of years.",
      "A strong colony can contain 50,000 or more bees in a single hive.",
    ]);
    const sentence = hive.articles[0]?.sentences[0];
    const span = sentence?.entitySpans?.find((s) => s.text === "thousands");
    expect(span?.counts === undefined ? null : sentence?.terms[span.counts]).toBe("year");
    // Its count of bees answers, not "thousands" (of years). In this two-sentence library "live" is
    // the one question word the article lacks, so it weighs most of the question; since round 81's
    // refit (questions unrelated to the articles joined the confidence model's data) that question
    // is refused for low confidence (0.17 against 0.21), and it is ranked here before the threshold.
    expect(typedCandidates(hive, "how many bees live in a hive", 0.01)[0]?.sentence.text).toContain(
      "50,000 or more bees",
    );
    expect(answer(hive, "how many bees are in a hive").quotes[0]?.text).toContain("50,000 or more bees");
  });

  it("GIVEN 'how many soldiers' and only '34 civilians' THEN it is refused", () => {
    expect(answer(city, "How many soldiers were killed in Velyka?").reason).toBe("no-answer-of-kind");
    // A people's name before the counted noun describes it: the noun is still "soldiers".
    expect(answer(city, "How many Russian soldiers were killed in Velyka?").reason).toBe("no-answer-of-kind");
    expect(answer(city, "how many russian soldiers were killed in velyka").reason).toBe("no-answer-of-kind");
  });

  it("GIVEN 'how many people' THEN a kind of person, or the question's own verb as a noun ('deaths'), counts", () => {
    expect(answer(city, "How many people were killed in Velyka?").quotes[0]?.text).toContain("34 civilians");
    expect(answer(city, "How many people died in the hospital strike?").quotes[0]?.text).toContain(
      "12 deaths",
    );
  });
});

describe("a how-many question of a counted noun and only a sum of money or a share", () => {
  const airline = articleLibrary("airline.txt", "Airline results", [
    "Norvik Air reported revenue of 486 million euros last year and a net profit of 21 million euros.",
    "The insurer holds a 60 percent share of the risk on the damaged jet, the airline said.",
  ]);

  it.each([
    "How many passengers did Norvik Air carry last year?",
    "how many seats does the damaged jet have",
  ])("GIVEN %s THEN it is refused: euros and per cent count no passengers or seats", (question) => {
    expect(answer(airline, question).reason).toBe("no-answer-of-kind");
  });

  it("GIVEN 'how much' or 'how many euros' THEN the sum answers", () => {
    expect(
      answer(airline, "How many euros did Norvik Air make in revenue last year?").quotes[0]?.text,
    ).toContain("486 million euros");
    expect(answer(airline, "How much revenue did Norvik Air report last year?").quotes[0]?.text).toContain(
      "486 million euros",
    );
  });
});

describe("a count of one written as 'a pedestrian' before another word", () => {
  const crash = articleLibrary("crash.txt", "Crash on the ring road", [
    "A lorry hit two cars on the ring road on Friday night, killing a pedestrian instantly, police said.",
    "The road was closed for six hours while investigators examined the scene.",
  ]);

  it("GIVEN the person right after 'a', another word after it THEN it counts", () => {
    const reply = answer(crash, "How many people were killed on the ring road?");
    expect(reply.quotes[0]?.text).toContain("killing a pedestrian");
  });
});

describe("a yes-or-no question is answered only by a sentence holding some of what it asks", () => {
  const profile = articleLibrary("mayor.txt", "Mayor opens the bridge", [
    "Mayor Halvorsen opened the new bridge over the Oswin in Tamsworth on Sunday.",
    "Halvorsen said the bridge would cut the drive to Redfield by 20 minutes.",
  ]);

  it.each(["Did Halvorsen ever run for president?", "Does Halvorsen have any grandchildren?"])(
    "GIVEN %s, of which the articles hold the name alone THEN no sentence may answer it, and no quote",
    (question) => {
      expect(typedCandidates(profile, question, 0.01)).toEqual([]);
      const reply = answer(profile, question);
      expect(reply.answered).toBe(false);
      expect(reply.quotes).toEqual([]);
    },
  );

  it("GIVEN a yes-or-no question a sentence speaks to THEN that sentence answers", () => {
    expect(answer(profile, "Did Halvorsen open the bridge in Tamsworth?").quotes[0]?.text).toBe(
      "Mayor Halvorsen opened the new bridge over the Oswin in Tamsworth on Sunday.",
    );
  });

  it("GIVEN the same question asked of the article THEN its share (none) lets the name alone answer", () => {
    expect(typedCandidates(profile, "Did Halvorsen ever run for president?", 0, true)).not.toEqual([]);
  });
});
