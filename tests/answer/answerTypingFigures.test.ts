/**
 * Answer typing for dates, times, figures, measures and amounts; the measures block also holds
 * the abbreviation and reason cases that were written beside them.
 */
import { describe, expect, it } from "vitest";
import { answer, rankCandidates, retrieve } from "../../src/answer/answer.js";
import { rerankContext } from "../../src/answer/rerank.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { stem } from "../../src/text/stem.js";
import {
  answerableFor,
  candidateFor,
  featureReader,
  libraryOf,
  rankedFor,
  sentenceOf,
} from "./answerTypingHelpers.js";

describe("dates the language model reads as other things", () => {
  it("GIVEN 'from 1038 until 1596' THEN both years are dates", () => {
    const spans = sentenceOf(
      "It was the capital of Poland from 1038 until 1596, when the court moved.",
    )?.entitySpans;
    expect(spans?.filter((s) => s.type === "DATE").map((s) => s.text)).toEqual(["1038", "1596"]);
  });

  it("GIVEN 'the late sixteenth century' THEN it is a date", () => {
    const spans = sentenceOf(
      "Chili peppers reached Korea in the late sixteenth century, traders said.",
    )?.entitySpans;
    expect(spans?.some((s) => s.type === "DATE" && /sixteenth/u.test(s.text))).toBe(true);
  });

  it("GIVEN 'next spring' or 'in the fall' THEN a date; 'the fall of Kabul' is none", () => {
    const dates = (text: string) =>
      sentenceOf(text)
        ?.entitySpans?.filter((s) => s.type === "DATE")
        .map((s) => s.text) ?? [];
    expect(dates("The plant is expected to reopen next spring.")).toEqual(["next spring"]);
    expect(dates("The deal was struck in the fall, officials said.")).toEqual(["fall"]);
    expect(dates("After the fall of Kabul, aid stopped.")).toEqual([]);
    const library = libraryOf([
      "The plant closed after the explosion, the company said.",
      "The plant is expected to reopen next spring.",
    ]);
    expect(answer(library, "when will the plant reopen?").quotes[0]?.text).toBe(
      "The plant is expected to reopen next spring.",
    );
  });

  it("GIVEN a figure THEN its term is the figure as written, not a stem of it", () => {
    expect(stem("1038")).toBe("1038");
    expect(stem("2,500")).toBe("2,500");
    expect(stem("talks")).toBe("talk");
  });

  it("GIVEN a when-question THEN a year after 'from' answers it", () => {
    const library = libraryOf([
      "Krakow is a city in southern Poland with a famous old town.",
      "It was the capital of Poland from 1038 until 1596, when King Sigismund moved the court to Warsaw.",
    ]);
    const reply = answer(library, "When was Krakow the capital of Poland?");
    expect(reply.quotes[0]?.text).toMatch(/^It was the capital of Poland from 1038/u);
  });
});

describe("what a thing is made of, measures and counts", () => {
  it("GIVEN 'what is X made of' THEN it asks what X consists of, and the sentence saying so comes first", () => {
    expect(analyzeQuestion("What is hummus made of?").kind).toBe("material");
    expect(analyzeQuestion("What are the ingredients of kimchi?").kind).toBe("material");
    expect(analyzeQuestion("What is hummus?").kind).not.toBe("material");
    const library = libraryOf([
      "Hummus is commonly eaten with pita bread as part of a mezze spread in hummus bars.",
      "Hummus is a dip of Middle Eastern origin made from cooked, mashed chickpeas.",
      "Hummus became popular in Europe in the late twentieth century.",
    ]);
    expect(answer(library, "what is hummus made of").quotes[0]?.text).toMatch(/made from cooked/u);
    // Being an ingredient of something else is not being made of it.
    const used = libraryOf([
      "Tahini is served with most meals and is also used as an ingredient in stews.",
      "Tahini is a paste made from toasted ground sesame seeds.",
    ]);
    expect(answer(used, "what is tahini made of").quotes[0]?.text).toMatch(/made from toasted/u);
  });

  it("GIVEN 'what is X made of' THEN a sentence naming X only among what something else consists of does not say it", () => {
    const library = libraryOf([
      "Its crew consisted of the commander, the lunar module pilot and the command module pilot.",
      "The lunar module was built of thin aluminium sheets and gold foil.",
      "It was made of aluminium alloy, as the lunar module was.",
    ]);
    const material = featureReader(library, "typeMaterial");
    const question = "What was the lunar module made of?";
    expect(material(question, "Its crew consisted of")).toBe(0);
    expect(material(question, "The lunar module was built of")).toBe(1);
    // A pronoun subject stands for the topic named before.
    expect(material(question, "It was made of")).toBe(1);
  });

  it("GIVEN 'how tall' THEN a figure with a unit of measurement near the topic answers it, not a count", () => {
    const library = libraryOf([
      "The Ruwenzori peak is climbed by about 30,000 people every year.",
      "At its highest point, the Ruwenzori peak rises to 5,109 metres.",
    ]);
    expect(answer(library, "How tall is the Ruwenzori peak?").quotes[0]?.text).toMatch(/5,109 metres/u);
    const question = "How tall is the Ruwenzori peak?";
    expect(candidateFor(library, question, "At its highest point")?.answerByUnit).toBe(true);
    expect(candidateFor(library, question, "The Ruwenzori peak is")?.answerByUnit).toBe(false);
  });

  it("GIVEN 'how tall / deep' THEN people, things and sums of money are no unit of measurement", () => {
    const library = libraryOf([
      "The two neighbours have quarrelled over the Garnet dam since 2019.",
      "The company set up a $2 million fund for the families of the miners trapped at the Garnet dam.",
      "About 22 miners were trapped in the Garnet dam tunnels on Tuesday.",
    ]);
    expect(answerableFor(library, "How tall is the Garnet dam?")).toEqual([]);
    expect(answerableFor(library, "How deep were the miners trapped?")).toEqual([]);
  });

  it("GIVEN 'how deep' THEN 'a kilometre underground' measures it, with no figure written", () => {
    const library = libraryOf([
      "Rescuers made contact with the miners trapped more than a kilometre underground on Wednesday.",
      "The miners were trapped underground early Tuesday after a rockburst.",
    ]);
    const question = "How deep underground were the miners trapped?";
    expect(candidateFor(library, question, "Rescuers made contact")?.answerByUnit).toBe(true);
    expect(answerableFor(library, question)[0]).toMatch(/a kilometre underground/u);
  });

  it("GIVEN 'how long is X' THEN a fraction or a number beside 'long' is no length", () => {
    const library = libraryOf([
      "The Amazon river carries about one-fifth of all the fresh water that reaches the oceans.",
      "The Amazon river and the Orinoco are the two long rivers of the north of the continent.",
      "The main stem of the Amazon river flows roughly 6,400 kilometres to the Atlantic.",
    ]);
    const question = "How long is the Amazon river?";
    expect(candidateFor(library, question, "The Amazon river carries")?.answerByUnit).toBe(false);
    expect(candidateFor(library, question, "The Amazon river and")?.answerByUnit).toBe(false);
    expect(candidateFor(library, question, "The main stem")?.answerByUnit).toBe(true);
    expect(answerableFor(library, question)).toEqual([
      "The main stem of the Amazon river flows roughly 6,400 kilometres to the Atlantic.",
    ]);
  });

  it("GIVEN 'how big' THEN a count of people still measures it", () => {
    const library = libraryOf(["About 150 parents gathered outside city hall on Sunday."]);
    expect(rankedFor(library, "How big was the crowd outside city hall?")[0]?.answerByUnit).toBe(true);
  });
});

describe("amounts", () => {
  it("GIVEN 'how much money' THEN an amount of money counts what is asked, a plain count does not", () => {
    const library = libraryOf([
      "About 120 operations were postponed, and the hospital asked patients to stay home.",
      "The attackers demanded 4.5 million dollars from the hospital, officials said.",
    ]);
    const question = "How much money did the hackers ask the hospital for?";
    expect(candidateFor(library, question, "The attackers demanded")?.answerByUnit).toBe(true);
    expect(candidateFor(library, question, "About 120 operations")?.answerByUnit).toBe(false);
  });

  it("GIVEN 'how much' of money THEN a price in a currency no dictionary has is an amount, a count of people after 'of' is not", () => {
    const library = libraryOf([
      "Corvane Hydro bought the dam from the power board in 2011 for 96 million crowns.",
      "The relief package approved by the cabinet is worth 3.5 billion veld.",
      "Reparations were set in 1921 at 132 billion gold marks.",
      "The rescue of 22 workers from the dam cost the company dearly.",
    ]);
    expect(
      candidateFor(library, "How much did Corvane pay for the dam?", "Corvane Hydro bought")?.answerByUnit,
    ).toBe(true);
    expect(
      candidateFor(library, "how much money is in the relief package", "The relief package")?.answerByUnit,
    ).toBe(true);
    expect(
      candidateFor(library, "how much did the reparations cost", "Reparations were set")?.answerByUnit,
    ).toBe(true);
    expect(candidateFor(library, "How much did the rescue cost?", "The rescue of 22")?.answerByUnit).toBe(
      false,
    );
    // Without a price's cue before it, a figure before a word no dictionary has is no amount.
    const plain = libraryOf(["Corvane Hydro runs 96 turbines, the power board said."]);
    expect(
      candidateFor(plain, "How much did Corvane pay for the turbines?", "Corvane Hydro runs")?.answerByUnit,
    ).toBe(false);
  });

  it("GIVEN 'how many people died' THEN 'the only person known to have died' and 'no deaths' count them", () => {
    const library = libraryOf([
      "The flood reached the village before dawn on Wednesday.",
      "He is the only person known to have died in the flood.",
      "No deaths were reported at the dam, officials said.",
      "The water rose two metres in an hour.",
    ]);
    const counts = answerableFor(library, "How many people died in the flood?");
    expect(counts).toContain("He is the only person known to have died in the flood.");
    expect(counts).toContain("No deaths were reported at the dam, officials said.");
    expect(counts).not.toContain("The flood reached the village before dawn on Wednesday.");
    // At the start of a sentence too.
    const opening = libraryOf(["The only person hurt in the flood was taken to hospital."]);
    expect(answerableFor(opening, "How many people were hurt in the flood?")).toHaveLength(1);
  });

  it("GIVEN 'how much data' THEN '700 gigabytes of patient data' counts it", () => {
    const library = libraryOf([
      "The group said it had stolen 700 gigabytes of patient data from the hospital.",
    ]);
    expect(rankedFor(library, "How much data did the group steal?")[0]?.answerByUnit).toBe(true);
  });
});

describe("measures, abbreviations and reasons", () => {
  it("GIVEN 'how tall is X' THEN the sentence giving its height in metres comes first", () => {
    const library = libraryOf([
      "The emperor penguin is the largest of all living penguin species.",
      "It feeds mainly on fish, krill and squid and can dive to depths of more than 500 metres.",
      "Adults stand about 1.1 metres tall and weigh between 22 and 45 kilograms.",
    ]);
    expect(
      answer(library, "How tall is an emperor penguin?", { articleId: library.articles[0]?.id }).quotes[0]
        ?.text,
    ).toMatch(/1\.1 metres tall/u);
  });

  it("GIVEN 'how long' THEN a span of time holds more of the answer than a date does", () => {
    const library = libraryOf([
      "Twenty-three miners were trapped underground early Tuesday after a rockburst.",
      "The miners spent more than three days underground before the rescue.",
    ]);
    const duration = featureReader(library, "typeDuration");
    const question = "How long were the miners trapped underground?";
    expect(duration(question, "The miners spent") as number).toBeGreaterThan(
      (duration(question, "Twenty-three") as number) * 2,
    );
  });

  it("GIVEN 'how long' THEN a date answers only where it bounds a span of time", () => {
    const library = libraryOf([
      "The envoy described the talks in Paris on Thursday as productive.",
      "The envoy has lived in Paris since 2019, an embassy official said.",
    ]);
    const duration = featureReader(library, "typeDuration");
    expect(duration("How long did the envoy stay in Paris?", "The envoy described")).toBe(0);
    expect(duration("How long has the envoy lived in Paris?", "The envoy has lived")).toBeGreaterThan(0);
  });

  it("GIVEN a question of size or weight THEN only a figure with its unit answers", () => {
    const library = libraryOf([
      "Lincoln won the 1860 election, after which eleven southern states seceded.",
      "Lincoln stood 1.93 metres tall, the tallest president.",
      "A national survey counted 1,864 pandas in the wild.",
      "An adult panda weighs up to 125 kilograms.",
    ]);
    expect(answerableFor(library, "How tall was Lincoln?")).toEqual([
      "Lincoln stood 1.93 metres tall, the tallest president.",
    ]);
    expect(answerableFor(library, "How much does an adult panda weigh?")).toEqual([
      "An adult panda weighs up to 125 kilograms.",
    ]);
  });

  it("GIVEN 'how many' THEN an age written after a name ('Dunai, 61,') is no count", () => {
    const library = libraryOf([
      "Dunai, 61, was born in Tarnel, where he won the mayoral vote.",
      "Dunai won 48,200 votes in Tarnel, the commission said.",
    ]);
    expect(answerableFor(library, "How many votes did Dunai get in Tarnel?")).toEqual([
      "Dunai won 48,200 votes in Tarnel, the commission said.",
    ]);
    // The same at the sentence's end: an age, which answers "how old".
    const last = libraryOf(['"He would never leave the animals," said his daughter, Katrin Renquist, 39.']);
    expect(answerableFor(last, "How many sheep did Katrin Renquist have?")).toEqual([]);
    expect(answerableFor(last, "How old is Katrin Renquist?")).toHaveLength(1);
  });

  it("GIVEN 'how many' THEN a figure joined to another noun ('a 102-storey tower') is no count of what is asked", () => {
    const library = libraryOf([
      "The Halden Tower is a 102-storey skyscraper on the harbour front, finished in 1931.",
      "Under a 12-point plan, the Halden Tower would be repainted by the city.",
      "The Halden Tower has 73 elevators, the city said.",
    ]);
    expect(answerableFor(library, "How many elevators does the Halden Tower have?")).toEqual([
      "The Halden Tower has 73 elevators, the city said.",
    ]);
    // The figure joined to the unit asked for counts it: "a 30-member delegation".
    const joined = libraryOf(["The Ostravel delegation, a 30-member team, arrived in Velmont on Monday."]);
    expect(answerableFor(joined, "How many members did the Ostravel delegation have?")).toHaveLength(1);
    // An age is no count of the soldiers who died.
    const age = libraryOf(["A 67-year-old farmer died in the Pellin Ford flood, police said."]);
    expect(answerableFor(age, "How many soldiers died in the Pellin Ford flood?")).toEqual([]);
  });

  it("GIVEN 'how many' THEN a figure measuring the thing asked about ('a 61-metre dam') counts none of it", () => {
    const library = libraryOf([
      "Water poured past the 61-metre dam on the Tessaly River, which Corvane Hydro runs.",
      "Corvane Hydro runs four dams on the Tessaly River, the company said.",
    ]);
    expect(answerableFor(library, "How many dams does Corvane Hydro run?")).toEqual([
      "Corvane Hydro runs four dams on the Tessaly River, the company said.",
    ]);
    // "How much": a measure before the noun is the amount ("20 litres of water a day").
    const water = libraryOf(["Families in Harrow Ford have been rationed to 20 litres of water a day."]);
    expect(answerableFor(water, "How much water are families in Harrow Ford getting each day?")).toHaveLength(
      1,
    );
  });

  it("GIVEN 'how many' THEN 'three of the routes' counts routes, not the flights asked about", () => {
    const library = libraryOf([
      "Tarrow Air said it would add extra flights on three of Kelvara's busiest routes from Thursday.",
    ]);
    expect(answerableFor(library, "How many extra flights is Tarrow Air adding?")).toEqual([]);
    // What the partitive counts may be what is asked ("40 of the 62 passengers").
    const passengers = libraryOf([
      "Tarrow Air said 40 of the 62 passengers on its extra flights were rebooked.",
    ]);
    expect(answerableFor(passengers, "How many passengers were rebooked by Tarrow Air?")).toHaveLength(1);
  });

  it("GIVEN 'how much' THEN a count of people or countries is no amount, nor 'a deal' one of anything", () => {
    const library = libraryOf([
      "The two countries signed the minerals deal in Washington, and a minerals deal with Kyiv may follow.",
      "The minerals deal is worth 500 million crowns, officials said.",
    ]);
    expect(answerableFor(library, "How much is the minerals deal worth?")).toEqual([
      "The minerals deal is worth 500 million crowns, officials said.",
    ]);
    const people = libraryOf(["The minerals deal was signed for the American people by two envoys."]);
    expect(answerableFor(people, "How much is the minerals deal worth?")).toEqual([]);
    const one = libraryOf(["We have a minerals deal that I assume will be signed on Thursday."]);
    expect(answerableFor(one, "How much is the minerals deal worth in dollars?")).toEqual([]);
  });

  it("GIVEN 'how much … in dollars' THEN it asks for money: a weight is no answer", () => {
    const library = libraryOf([
      "The lithium deal covers 300 tonnes of ore a year, officials said.",
      "The lithium deal is worth $500 million over ten years.",
    ]);
    expect(answerableFor(library, "How much is the lithium deal worth in dollars?")).toEqual([
      "The lithium deal is worth $500 million over ten years.",
    ]);
  });

  it("GIVEN 'how many' THEN the year of a date ('14 October 1066') is no count", () => {
    const library = libraryOf([
      "The Battle of Hastings was fought on 14 October 1066 between the Norman and English armies.",
      "About 7,000 soldiers died at the Battle of Hastings, chroniclers said.",
    ]);
    expect(answerableFor(library, "How many soldiers died at the Battle of Hastings?")).toEqual([
      "About 7,000 soldiers died at the Battle of Hastings, chroniclers said.",
    ]);
    const year = libraryOf(["The Battle of Hastings was fought on 14 October 1066."]);
    expect(answerableFor(year, "How many soldiers fought at the Battle of Hastings?")).toEqual([]);
  });

  it("GIVEN 'how long is <a river>' THEN its length answers, not a span of time", () => {
    const library = libraryOf([
      "The Danube is the second-longest river in Europe.",
      "For centuries the Danube formed a long frontier of the Roman Empire.",
      "The Danube is 2,850 kilometres long and flows into the Black Sea.",
    ]);
    expect(answer(library, "How long is the Danube?").quotes[0]?.text).toMatch(/2,850 kilometres long/u);
  });

  it("GIVEN 'what does who stand for' in any case THEN the name WHO abbreviates answers", () => {
    const library = libraryOf([
      "The World Health Organization (WHO) is a specialised agency of the United Nations.",
      "It led the global campaign that eradicated smallpox.",
    ]);
    for (const question of [
      "what does who stand for",
      "WHAT DOES WHO STAND FOR?",
      "What does who stand for?",
    ])
      expect(answer(library, question).quotes[0]?.text, question).toMatch(/World Health Organization/u);
  });

  it("GIVEN 'what does X stand for' THEN a sentence saying what the name is an acronym of answers, though it does not repeat the name", () => {
    const library = libraryOf([
      "IKEA is a multinational group founded in Sweden that sells ready-to-assemble furniture.",
      "The name is an acronym made of his initials (I.K.), the farm where he grew up (Elmtaryd) and his home village (Agunnaryd).",
      "The company opened its first store in Almhult in 1958.",
    ]);
    // The only sentence that can answer, and found though it lacks the question's words.
    expect(answerableFor(library, "what does ikea stand for")).toEqual([
      expect.stringMatching(/^The name is an acronym/u),
    ]);
  });

  it("GIVEN 'what does X stand for' and a sentence writing X out THEN one only calling X an acronym does not answer", () => {
    const library = libraryOf([
      "AARP is the world's worst acronym, he said, and it sounds like a dog barking.",
      "Members of the American Association of Retired Persons (AARP) qualify for discounts.",
    ]);
    expect(answerableFor(library, "What does AARP stand for?")).toEqual([
      "Members of the American Association of Retired Persons (AARP) qualify for discounts.",
    ]);
  });

  it("GIVEN a name with its abbreviation in brackets THEN the abbreviation is not another person", () => {
    const library = libraryOf([
      "Tuberculosis (TB) is an infectious disease caused by the bacterium Mycobacterium tuberculosis.",
      "The German physician Robert Koch identified the bacterium in 1882.",
    ]);
    const person = featureReader(library, "typePerson");
    expect(person("Who discovered the tuberculosis bacterium?", "Tuberculosis (TB)")).toBe(0);
    // The one sentence that can answer a who-question.
    expect(answerableFor(library, "Who discovered the tuberculosis bacterium?")).toEqual([
      "The German physician Robert Koch identified the bacterium in 1882.",
    ]);
  });

  it("GIVEN 'caused by', 'thanks to' or 'led to' THEN the sentence gives a reason", () => {
    for (const text of [
      "The explosion was caused by flaws in the reactor design.",
      "Sales rose thanks to a mild winter.",
      "The dispute led to a strike at the port.",
      "She quit in March 2024 in protest at a cut in state grants.",
      "The court threw out the ballots on the grounds that they arrived late.",
      "The bank raised rates in a bid to curb inflation.",
    ])
      expect(sentenceOf(text)?.cues, text).toContain("cause");
    expect(sentenceOf("The reactor exploded on 26 April 1986.")?.cues ?? []).not.toContain("cause");
  });

  it("GIVEN 'what percentage' THEN a figure in per cent answers, and a sentence with other figures does not", () => {
    const library = libraryOf([
      "Valk won 617,901 votes in the run-off, officials said on Monday.",
      "Valk took 50.13 percent of the vote in the certified result.",
    ]);
    expect(answer(library, "What percentage of the vote did Valk win?").quotes[0]?.text).toMatch(
      /50\.13 percent/u,
    );
    const without = libraryOf(["Valk won 617,901 votes in the run-off, officials said on Monday."]);
    expect(answer(without, "What percentage of the vote did Valk win?").reason).toBe("no-answer-of-kind");
  });

  it("GIVEN an amount in euros or pounds written with its sign THEN it is money", () => {
    const spans = sentenceOf("The hackers demanded €2 million, and the insurer paid £300,000.")?.entitySpans;
    expect(spans?.filter((s) => s.type === "MONEY").map((s) => s.text)).toEqual(["€2 million", "£300,000"]);
  });

  it("GIVEN a span between two dates THEN it is a date, not a length of time", () => {
    const spans = sentenceOf(
      "Augusta Ada King (10 December 1815 – 27 November 1852) was an English mathematician.",
    )?.entitySpans;
    expect(spans?.map((s) => s.type)).toEqual(["DATE"]);
    expect(sentenceOf("The truce lasted 30 days.")?.entitySpans?.map((s) => s.type)).toEqual(["DURATION"]);
  });

  it("GIVEN 'when was X born' THEN the lifespan in brackets after the name answers it", () => {
    const library = libraryOf([
      "Augusta Ada King, Countess of Lovelace (10 December 1815 – 27 November 1852) was an English mathematician.",
      "The programming language Ada was named after Lovelace in 1980.",
    ]);
    const quotes = answer(library, "When was Ada Lovelace born?", {
      articleId: library.articles[0]?.id,
    }).quotes;
    expect(quotes[0]?.text).toMatch(/^Augusta Ada King/u);
  });

  it("GIVEN an acronym the article writes out THEN the name written out matches it", () => {
    const library = libraryOf([
      "The National Transportation Safety Board said a wheel bearing had overheated, with the NTSB's team on site.",
      "The railroad said the bearing had been checked in March.",
    ]);
    const ranked = rankedFor(library, "What did the NTSB say about the bearing?");
    expect(ranked[0]?.sentence.text).toMatch(/^The National Transportation Safety Board/u);
    const written = libraryOf([
      "The National Transportation Safety Board said a wheel bearing had overheated.",
      "The railroad said the bearing had been checked in March.",
    ]);
    const question = analyzeQuestion("What did the NTSB say about the bearing?", undefined, written.names);
    const context = rerankContext(written, question, true);
    const board = rankCandidates(context, retrieve(written, question, 0)).find((c) =>
      c.sentence.text.startsWith("The National"),
    );
    expect(board?.features.nameCoverage).toBe(1);
  });
});
