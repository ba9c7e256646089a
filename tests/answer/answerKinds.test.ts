import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { howWord } from "../../src/answer/questionKind.js";
import { featureReader, libraryOf } from "./answerTypingHelpers.js";
import { articleLibrary, seedLibrary } from "./seedLibrary.js";

const library = seedLibrary();
const top = (question: string) => answer(library, question).quotes[0]?.text ?? "";

describe("question analysis", () => {
  it("howWord reads the word after a question's opening 'how', in any case, as a word boundary ends it", () => {
    expect(howWord("How tall is the Harrowmere Dam?")).toBe("tall");
    expect(howWord("  HOW FAST did the train go")).toBe("fast");
    expect(howWord("how tall-ish is it")).toBe("tall");
    expect(howWord("how's the weather")).toBe(null);
    expect(howWord("Who knows how tall it is?")).toBe(null);
  });

  it.each([
    ["Who is Dmitry Peskov?", "who", "identity"],
    ["Who is the French foreign minister?", "who", "person"],
    ["Who hosted the summit?", "who", "person"],
    ["When did the talks take place?", "when", "date"],
    ["What day was the meeting?", "when", "date"],
    ["How many people died?", "how-many", "number"],
    ["How long has the war lasted?", "how-long", "duration"],
    ["Where is Sumy?", "where", "place"],
    ["Why was the deal delayed?", "why", "reason"],
    ["What did Rubio say about sanctions?", "what", "speech"],
    // A linking word, or a condition before the question word without a comma.
    ["so who actually won the presidency in the end?", "who", "person"],
    ["if the election gets annulled who would be acting president?", "who", "person"],
    ["and when is the next meeting?", "when", "date"],
    // The question word left at the end, where the answer would stand (not "the WHO").
    ["the summit in paris was hosted by who?", "who", "person"],
    ["rubio met lavrov when", "when", "date"],
    ["the talks took place where?", "where", "place"],
    ["who is the director general of the who", "who", "person"],
    // A verb of saying in a clause of time is not the question's: it asks for the airport, a place.
    ["Which airport was Rubio at when he said they'd move on?", "what", "place"],
    ["What did Nakamura say when the borehole broke through?", "what", "speech"],
    // …nor one in a relative clause, nor "expected" or "believed" after "is": no one's view is asked.
    ["What demands has Putin made that Kyiv considers unacceptable?", "what", "fact"],
    ["Which Ukrainian official is expected to travel to Washington?", "what", "person"],
    ["What is believed to have caused the blackout?", "what", "fact"],
    ["What does Kyiv expect from the talks?", "what", "speech"],
    // A chat lead-in before the question, however long: its words neither type nor end the question.
    [
      "i was reading about the iran thing that got mentioned in one of these, where did they meet on saturday?",
      "where",
      "place",
    ],
    [
      "i keep seeing headlines that rubio threatened to bail, what did he say the US would do",
      "what",
      "speech",
    ],
    ["How did Barrot describe the talks?", "how", "speech"],
    ["What is the minerals deal about?", "what", "definition"],
    ["What is Rubio's job?", "what", "identity"],
    ["Who is Peskov?", "who", "identity"],
    // A verb asks who did it, though the rest is names.
    ["Who came up with the name El Nino?", "who", "person"],
    ["Did Russia agree to a ceasefire?", "yes-no", "fact"],
    // …and with "not" on the auxiliary, as typed or in chat ("doesnt"), "can't" and "won't" too.
    ["Didn't Russia agree to a ceasefire?", "yes-no", "fact"],
    ["Isn’t Rubio going to Paris?", "yes-no", "fact"],
    ["doesnt rubio think a deal will be easy", "yes-no", "fact"],
    ["Won't Kyiv sign the minerals deal?", "yes-no", "fact"],
    ["Can't they meet in London?", "yes-no", "fact"],
    // A name is no verb of saying: "the United States" does not ask what someone stated.
    ["What did the United States offer Ukraine?", "what", "fact"],
    ["Which city did the State Department name?", "what", "place"],
    // Asking for someone's view is asking what they said; a verb "take" is a deed.
    ["What does Witkoff think about the peace push?", "what", "speech"],
    ["What was Barrot's take on the talks?", "what", "speech"],
    ["What was Rubio's opinion of the talks?", "what", "speech"],
    ["What steps did Rubio take?", "what", "fact"],
    ["Does Rubio think a deal will be easy?", "yes-no", "fact"],
    ["Which minister hosted the talks?", "what", "person"],
    ["What is the name of Ukraine's foreign minister?", "what", "person"],
    // A kind of person is a description ("a rapper"), not a name.
    ["What kind of singer is Ice T?", "what", "fact"],
    ["What type of diplomat is Witkoff?", "what", "fact"],
    // A region of the earth is a place; a point on a scale is not.
    ["Which country hosted the talks?", "what", "place"],
    ["What city did the drones hit?", "what", "place"],
    ["What is the melting point of titanium?", "what", "definition"],
    // "Which is X" asks to pick one; only "what is X" asks what X is.
    ["Which is the largest city in Ukraine?", "what", "place"],
    ["Which was the first film that Dean was in?", "what", "fact"],
    ["What was the first deal?", "what", "definition"],
    // "What is X's Y" asks for a value of X's, not what X is; "what is X's job" still asks a title.
    ["What is the company's main product?", "what", "fact"],
    // …and an amount as a figure: WordNet's magnitudes, numbers, money, worth and sums, and a population.
    ["What is Kharkiv’s population?", "what", "number"],
    // …with a participle and an adjective before the noun ("estimated total").
    ["What is the estimated total value of Ukraine's mineral resources?", "what", "number"],
    // A name is asked for; "called" is not a verb of saying here.
    ["What is the name of Durst's band?", "what", "name"],
    ["What is Winnipeg's hockey team called?", "what", "name"],
    // …and with "what's" or the chat's "whats" (wink's "what" + "'s").
    ["What's the new party called?", "what", "name"],
    ["whats the new party called", "what", "name"],
    // "managing" describes the director: the answer is a person.
    ["What is the name of the managing director of the mine?", "what", "person"],
    // …and "detained" the fishermen; "the names of" asks for them as "the name of" does.
    ["What were the names of the detained fishermen?", "what", "person"],
    ["what kinds of weapons were used", "what", "fact"],
    ["How much time passed between the two strikes?", "how-long", "duration"],
    // "How long is X" of a thing asks its length; of an event, a period or a state, a span of time.
    ["How long is the Danube?", "how-many", "number"],
    ["how long is the great wall of china", "how-many", "number"],
    ["How long is the war?", "how-long", "duration"],
    ["How long is the truce?", "how-long", "duration"],
    ["how long was kyoto the capital of japan", "how-long", "duration"],
    ["how long was nelson mandela in prison", "how-long", "duration"],
    // …the thing placed ("at Lorrick Airport") is still a thing; a stay ("was the ship in port") a span.
    ["How long is the main runway at Lorrick Airport?", "how-many", "number"],
    ["how long are the tunnels in norway", "how-many", "number"],
    ["how long was the ship in port", "how-long", "duration"],
    ["how long was valk mayor of the capital", "how-long", "duration"],
    // A thing made is a thing, though WordNet's "Bridges" and "Gates" (people) stem as it does.
    ["How long is the Golden Gate Bridge?", "how-many", "number"],
    ["how long is the border fence", "how-many", "number"],
    // "What percentage / share of…" asks for a figure, as "how many" does.
    ["What percentage of the vote did Valk win?", "what", "number"],
    ["what share of mining profits would go to the US", "what", "number"],
    // A price is not a share in per cent, but an amount still.
    ["What share price did the company close at?", "what", "number"],
    // An abbreviation asked about is one in any case, "who" included.
    ["what does who stand for", "what", "expansion"],
    ["WHAT DOES WHO STAND FOR?", "what", "expansion"],
    // Typed without the apostrophe, "whats" and "whos" are still the question words.
    ["whats the truce about", "what", "definition"],
    ["whos the mayor of kharkiv", "who", "person"],
    // "What role" asks for a part played, not for a person.
    ["what role does ukraine's parliament have in the minerals accord", "what", "fact"],
    // A cause answers "what caused / what led to / what made X happen / what reason…", as it does "why".
    ["What caused the derailment?", "what", "reason"],
    ["what made the train derail", "what", "reason"],
    ["What led to the war?", "what", "reason"],
    ["What reason did Rubio give for walking away?", "what", "reason"],
    ["What made headlines today?", "what", "fact"],
    // "Of state" ends a title; it does not report speech.
    ["Which US envoy went along with the secretary of state to Paris?", "what", "person"],
    ["What did the secretary of state say about Russia?", "what", "speech"],
    // A search engine's keywords: the head noun says the kind, where it names one.
    ["nintendo switch 2 release date", "what", "date"],
    ["jesse owens cause of death", "what", "reason"],
    ["edith piaf real name", "what", "name"],
    // A magnitude asks for a figure, as "what is the depth of lake baikal" does; a person is left
    // to the ranker.
    ["lake baikal depth", "what", "number"],
    ["mount fuji height", "what", "number"],
    ["machu picchu altitude", "what", "number"],
    ["bluetooth range", "what", "number"],
    ["What is the altitude of Machu Picchu?", "what", "number"],
    ["frida kahlo husband", "what", "fact"],
    ["best time of year to visit kyoto", "what", "fact"],
    // "At what age" asks for an age, a figure.
    ["At what age did Rossini stop writing opera?", "how-many", "number"],
    // A word of surprise or hesitation before the question word; approximation before "how".
    ["wait what day were the paris talks actually held", "when", "date"],
    ["oh wait when is the next meeting", "when", "date"],
    ["roughly how many people did the attacks kill", "how-many", "number"],
    ["exactly how long did the talks last", "how-long", "duration"],
    // "How many" last, as typed into a search box.
    ["kharkiv injuries how many", "how-many", "number"],
    // …but "how much" ending a statement is a question it embeds, not one asked.
    ["not sure how much", "what", "fact"],
    // "By what percentage": a figure in per cent, as "what percentage" asks.
    ["By what percentage did the airline's stock drop?", "what", "number"],
  ])("%s → type %s, answer kind %s", (question, type, kind) => {
    const analyzed = analyzeQuestion(question);
    expect(analyzed.type).toBe(type);
    expect(analyzed.kind).toBe(kind);
  });

  it("GIVEN a word before the question phrase THEN the question phrase's words are still no search terms", () => {
    const terms = (question: string) => analyzeQuestion(question).concepts.map((c) => c.term);
    // After "wait" the question phrase starts one word on; "day" only says a date is asked for.
    expect(terms("wait what day were the talks held")).toEqual(terms("what day were the talks held"));
    expect(terms("roughly how many people were hurt")).toEqual(terms("how many people were hurt"));
    // "Right" and "wait" are words of their own elsewhere.
    expect(terms("wait times at the border crossing")).toContain("wait");
  });

  it("GIVEN 'how long' or 'how many' THEN the question words are not search terms", () => {
    expect(analyzeQuestion("How long has the war been going on?").concepts.map((c) => c.term)).not.toContain(
      "long",
    );
    expect(analyzeQuestion("What date was it signed?").concepts.map((c) => c.term)).not.toContain("date");
  });

  it("GIVEN 'how tall' or 'how long is <a thing>' THEN the dimension is what the figure measures", () => {
    for (const [question, dimension] of [
      ["How tall is an emperor penguin?", "tall"],
      ["How deep is the lake?", "deep"],
      ["How long is the Danube?", "long"],
    ] as const) {
      const concept = analyzeQuestion(question).concepts.find((c) => c.term === dimension);
      expect(concept?.unit, question).toBe(true);
    }
  });

  it("GIVEN 'what does it stand for' THEN 'it' points back; it is not an abbreviation", () => {
    expect(analyzeQuestion("what does it stand for").kind).not.toBe("expansion");
  });

  it("GIVEN 'what did X tell Y' THEN X is the speaker, not Y", () => {
    const analyzed = analyzeQuestion("What did Rubio tell Lavrov?");
    expect(analyzed.speakers.map((i) => analyzed.concepts[i]?.term)).toEqual(["rubio"]);
  });
});

describe("the top quote holds the kind of answer asked for", () => {
  it("GIVEN a who-is-X question THEN the top quote gives X's title next to the name", () => {
    expect(top("Who is Dmitry Peskov?")).toContain("Kremlin spokesman Dmitry Peskov");
    expect(top("Who is Andriy Sibiha?")).toContain("Foreign Minister Andriy Sibiha");
    expect(top("Who is Ihor Terekhov?")).toContain("Mayor Ihor Terekhov");
  });

  it("GIVEN a who-is-the-<role> question THEN the top quote names the person holding that role", () => {
    expect(top("Who is Ukraine's foreign minister?")).toContain("Andriy Sibiha");
    expect(top("Who is the Israeli defence minister?")).toContain("Israel Katz");
  });

  it("GIVEN a which-country question naming the United States THEN the top quote names the country, not a speaker", () => {
    expect(top("Which country hosted the talks between the United States and Iran?")).toContain("Oman");
  });

  it("GIVEN a which-<kind of person> question THEN a role the question lacks answers it, as a name would", () => {
    expect(top("Which Ukrainian official is due to visit Washington next week?")).toContain(
      "prime minister is set to visit Washington",
    );
  });

  it("GIVEN a long chat lead-in before a where-question THEN the top quote gives the place", () => {
    const question =
      "hey so i was reading about the us iran nuclear thing that got mentioned in one of these, where did they actually meet for that round on saturday?";
    expect(top(question)).toContain("held Saturday in Oman");
  });

  it("GIVEN a when-question THEN the top quote carries a date near the topic", () => {
    expect(top("When did the Paris talks take place?")).toMatch(/Thursday|April 17/u);
    expect(top("When did Russia invade Ukraine?")).toContain("2022");
  });

  it("GIVEN 'how much time passed' THEN the top quote gives a span of time, not a count", () => {
    expect(top("How much time passed between the Kryvyi Rih and Sumy strikes?")).toContain(
      "just over a week",
    );
  });

  it("GIVEN a how-many question THEN the top quote carries the figure", () => {
    expect(top("How many people died in Kryvyi Rih?")).toContain("Some 20 people");
    expect(top("How many times has Witkoff met Putin?")).toMatch(/three times|third meeting/u);
  });

  it("GIVEN a which-country question THEN the top quote names a country, not only the topic", () => {
    const gods = articleLibrary("gods.txt", "Falcon gods", [
      "Horus was associated with falcons, with kingship and with the sky by his many worshippers.",
      "Near Memphis, in Egypt, thousands of falcon mummies identified with Horus were found.",
      "The mummies are now kept in museums.",
    ]);
    for (const question of [
      "What country is Horus associated with?",
      "Which country is Horus associated with?",
    ])
      expect(answer(gods, question).quotes[0]?.text).toContain("in Egypt");
  });

  it("GIVEN 'what is X called' THEN the top quote gives a name the question lacks", () => {
    const rock = articleLibrary("rock.txt", "Rock night", [
      "Durst sits on a couch, repairing a skateboard, as the rest of the band sets up on the stage.",
      "The singer Fred Durst fronts Limp Bizkit, a band formed in Florida.",
      "The crowd cheered for two hours.",
    ]);
    for (const question of ["What is Durst's band called?", "What is the name of Durst's band?"])
      expect(answer(rock, question).quotes[0]?.text).toContain("Limp Bizkit");
  });

  it("GIVEN a phrasal verb THEN a sentence saying it in one word answers", () => {
    const commission = articleLibrary("commission.txt", "Commission in turmoil", [
      "Commission chairman Viktor Halas met the press on Monday to defend the count.",
      "Halas resigned on Wednesday, hours after the court's judgment.",
      "Halas had chaired the commission since 2019, and the commission met again on Friday.",
    ]);
    for (const question of ["When did Halas step down?", "when did halas step down"])
      expect(answer(commission, question).quotes[0]?.text).toContain("resigned on Wednesday");
    expect(analyzeQuestion("who put out the memorandum").concepts.map((c) => c.sense)).toContain("put out");
    // "live in Gaza": a preposition and its object, not the phrasal verb "live in".
    expect(analyzeQuestion("how many people live in Gaza").concepts.some((c) => c.sense)).toBe(false);
  });

  it("GIVEN a light verb in a phrasal verb ('came down') THEN it means what the phrase means", () => {
    const flood = articleLibrary("flood.txt", "Spillway fails", [
      "The concrete spillway broke apart shortly after 05:00 on Tuesday, and 12,000 people were told to leave.",
      "The weather office said 212 millimetres of rain had fallen on the hills in the 72 hours before.",
      "Rain is forecast again for Friday.",
    ]);
    const question = "how much rain came down before the spillway broke";
    expect(answer(flood, question).quotes[0]?.text).toContain("212 millimetres");
    const come = analyzeQuestion(question).concepts.find((c) => c.sense === "come down");
    expect(come?.framing).toBe(false);
    // Alone, a light verb only frames ("what did the mayor get"); so does a phrasal verb meaning
    // what the question's type frames with: "go on" is to last.
    const goOn = analyzeQuestion("How long has the strike been going on?").concepts.find(
      (c) => c.term === "go",
    );
    expect(goOn?.framing).toBe(true);
  });

  it("GIVEN a where-is question THEN the top quote places it", () => {
    expect(top("Where is Sumy?")).toContain("the northern city of Sumy");
  });

  it("GIVEN a why-question THEN the top quote gives a reason", () => {
    expect(top("Why does Trump want the minerals deal?")).toMatch(/compensation|offsetting/u);
  });

  it("GIVEN a why-question THEN 'because' gives a reason where 'after' only says what came before", () => {
    const bridge = libraryOf([
      "The mayor closed the bridge after the storm on Tuesday.",
      "The mayor closed the bridge because cracks were found in two of its pillars.",
    ]);
    const typed = featureReader(bridge, "typeReason");
    const temporal = featureReader(bridge, "typeReasonTemporal");
    const question = "Why did the mayor close the bridge?";
    expect(typed(question, "The mayor closed the bridge because")).toBe(1);
    expect(temporal(question, "The mayor closed the bridge because")).toBe(0);
    expect(typed(question, "The mayor closed the bridge after")).toBe(0);
    expect(temporal(question, "The mayor closed the bridge after")).toBe(1);
  });

  it("GIVEN 'when did X become Y' THEN only a sentence saying X became it answers, not one where X is Y on another date", () => {
    const opening = "Mayor Alda Reyes opened the new bridge over the river Vell on Tuesday, six weeks late.";
    const race = "Reyes ran against two rivals in 2019 and became mayor after a close race.";
    const town = libraryOf([opening, "The bridge cost 40 million euros, Reyes said in 2021."], [race]);
    for (const question of ["When did Reyes become Mayor?", "when did reyes become mayor"]) {
      expect(answer(town, question).quotes.map((q) => q.text)).toEqual([race]);
    }
    // Without the race, no sentence says when: the opening's Tuesday is no answer.
    expect(answer(libraryOf([opening]), "When did Reyes become Mayor?").answered).toBe(false);
  });

  it("GIVEN the question word at the end THEN the answer of the question it stands for", () => {
    expect(top("the london meeting is when?")).toBe(top("When is the London meeting?"));
    expect(top("the london meeting is when?")).toContain("early next week");
  });

  it("GIVEN 'what did X say' THEN the top quote is X speaking", () => {
    expect(top("What did Trump say about the minerals deal?")).toContain("We have a minerals deal");
    expect(top("What did Rubio say about it not being America's war?")).toContain("It’s not our war");
  });

  it("GIVEN 'what does X think', 'X's take on' THEN the top quote is X speaking", () => {
    expect(top("What does Witkoff think about where a peace deal stands?")).toContain("Witkoff said Monday");
    expect(top("What was Witkoff's take on where a peace deal stands?")).toContain("Witkoff said Monday");
  });

  it("GIVEN 'what is X about' THEN the top quote says what X is or does", () => {
    expect(top("What is the reassurance force?")).toContain("force to secure Ukraine");
  });
});

describe("'what happened' asks for any event: 'happen' frames the question", () => {
  it("GIVEN 'what happened in Lorrick on Sunday?' THEN the event of that day answers, not a sentence saying something could happen", () => {
    const lorrick = articleLibrary("lorrick.txt", "Lorrick news", [
      "Officials in Lorrick said a deal could happen within weeks.",
      "A drone strike hit a bakery in Lorrick on Sunday, killing one person.",
      "The council will meet again in May.",
    ]);
    expect(answer(lorrick, "what happened in Lorrick on Sunday?").quotes[0]?.text).toBe(
      "A drone strike hit a bakery in Lorrick on Sunday, killing one person.",
    );
    const happen = analyzeQuestion("What's happening in Lorrick?").concepts.find((c) => c.term === "happen");
    expect(happen?.framing).toBe(true);
  });
});
