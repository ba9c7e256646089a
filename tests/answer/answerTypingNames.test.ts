/**
 * Answer typing for who-, where- and what-questions: people, places and doers, acronyms, what a
 * name means, class words and quoted titles, and how the question word is read.
 */
import { describe, expect, it } from "vitest";
import { answer, rankCandidates, retrieve } from "../../src/answer/answer.js";
import { rerankContext } from "../../src/answer/rerank.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { expandsAcronym } from "../../src/answer/answerEvidence.js";
import { asksForHolder } from "../../src/answer/answerType.js";
import { holdsTitle } from "../../src/answer/candidateMatch.js";
import { createLibrary } from "../../src/library.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { featureReader, libraryOf, sentenceOf } from "./answerTypingHelpers.js";

describe("answer types over the wording of news", () => {
  it("GIVEN 'how many days' THEN a span of days answers it", () => {
    const library = libraryOf([
      "Mr Kovacs met the minister on Friday to discuss the budget.",
      "Mr Kovacs spoke on Monday, three days after meeting the minister, and said a deal was close.",
    ]);
    const reply = answer(library, "How many days after meeting the minister did Kovacs speak?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toMatch(/three days after/u);
  });

  it("GIVEN a dateline THEN its date is not when the reported thing happened", () => {
    const library = libraryOf([
      "SHANGHAI, March 3 (Xinhua) -- The comet Hale-Bopp, newly discovered, has been observed here.",
      "Hale-Bopp was discovered in July 1995 by two amateur astronomers in the United States.",
      "The comet will be brightest in the spring, astronomers said.",
    ]);
    const reply = answer(library, "When was the comet Hale-Bopp discovered?");
    expect(reply.quotes[0]?.text).toMatch(/July 1995/u);
  });

  it("GIVEN a corpus that masks its numbers THEN '<num>' in the question does not rule out '<num>' in the answer", () => {
    const library = libraryOf([
      "When the rental firm opened in <num>, you could rent a Volkswagen bug for $<num> a day.",
      "The rental firm has offices at several airports.",
      "Volkswagen bugs were popular with students.",
    ]);
    const reply = answer(library, "How much could you rent a Volkswagen bug for in <num>?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toMatch(/\$<num> a day/u);
  });

  it("GIVEN 'who…' THEN a name describing a noun ('Russian strikes') is not taken for the person", () => {
    const library = libraryOf([
      "The mayor of Kharkiv reported one death after Russian strikes hit the city.",
      "Ihor Terekhov, Kharkiv's mayor since 2021, said cluster munitions struck the neighbourhood.",
    ]);
    const quotes = answer(library, "Who is the mayor of Kharkiv?").quotes.map((q) => q.text);
    expect(quotes[0]).toMatch(/^Ihor Terekhov/u);
    expect(quotes).not.toContain(
      "The mayor of Kharkiv reported one death after Russian strikes hit the city.",
    );
  });

  it("GIVEN 'who…with X' THEN X's own titles and particles ('Secretary of State Marco', 'Ludwig van') are no other person", () => {
    const library = libraryOf([
      "US Secretary of State Marco Rubio was headed Wednesday to Paris for talks, his office said.",
      "The State Department said Rubio was travelling with envoy Steve Witkoff.",
      "Composer Ludwig van Beethoven was headed to Vienna in 1792, his letters show.",
      "Beethoven was travelling to Vienna with his friend Karl Amenda.",
    ]);
    const person = featureReader(library, "typePerson");
    expect(person("Who travelled to Paris with Rubio?", "US Secretary of State")).toBe(0);
    expect(person("Who travelled to Paris with Rubio?", "The State Department said")).toBeGreaterThan(0);
    expect(person("Who travelled to Vienna with Beethoven?", "Composer Ludwig van")).toBe(0);
    expect(person("Who travelled to Vienna with Beethoven?", "Beethoven was travelling")).toBeGreaterThan(0);
  });

  it("GIVEN 'in east-central France' THEN France is where something is, through the hyphenated adjective", () => {
    const placesOf = (text: string) => {
      const sentence = sentenceOf(text);
      return (sentence?.placeAt ?? []).map((at) => sentence?.terms[at]);
    };
    expect(placesOf("Lyon is a city in east-central France on two rivers.")).toContain("france");
    expect(placesOf("Lyon is a city in central France on two rivers.")).toContain("france");
    // A hyphen does not make any name a place: "the Franco-Prussian War" is none.
    expect(placesOf("The city grew after the Franco-Prussian War ended.")).toEqual([]);
  });

  it("GIVEN a name before a title ('US Secretary of State Marco Rubio') THEN it describes the title, it is not a place or a person", () => {
    const modifiersOf = (text: string) => {
      const sentence = sentenceOf(text);
      return (sentence?.modifierAt ?? []).map((at) => sentence?.terms[at]);
    };
    expect(modifiersOf("Witkoff met Russian President Vladimir Putin on Friday.")).toEqual(["russia"]);
    expect(modifiersOf("US Secretary of State Marco Rubio spoke on Friday.")).toEqual(["us"]);
    expect(modifiersOf("He met Chinese Foreign Minister Wang Yi on Friday.")).toContain("china");
    const library = libraryOf([
      "Witkoff met Russian President Vladimir Putin for a third time, the Kremlin said.",
      "Witkoff met Putin in St Petersburg last week.",
    ]);
    const quotes = answer(library, "Where did Witkoff meet Putin?").quotes.map((q) => q.text);
    expect(quotes[0]).toMatch(/St Petersburg/u);
    expect(quotes).not.toContain(
      "Witkoff met Russian President Vladimir Putin for a third time, the Kremlin said.",
    );
  });

  it("GIVEN 'who is the mayor of X' THEN only a sentence naming someone answers, not one about people", () => {
    const library = libraryOf([
      "The mayor of Kharkiv reported one death and 98 injuries, including six children, after the strikes.",
      "Many residents of Kharkiv spent the night in shelters as the strikes went on.",
    ]);
    const reply = answer(library, "Who is the mayor of Kharkiv?");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
    // "Who announced it" may be answered by a role or a body ("his office said").
    const body = libraryOf([
      "The trip to Paris was announced on Tuesday by the State Department's press office.",
    ]);
    expect(answer(body, "Who announced the trip to Paris?").answered).toBe(true);
  });

  it("GIVEN 'who is the X' however typed THEN it asks for a role's holder; 'who is' before a deed or a state does not", () => {
    const holder = (question: string) => asksForHolder(analyzeQuestion(question));
    for (const question of [
      "Who is the king of Spain?",
      "who was president during the war",
      "Who's the head of the Red Cross?",
      "whos the foreign minister",
      "whats the name of the envoy",
      "<@&123456789012345678> who is the mayor of Kharkiv?",
      "can you tell me who is the mayor of Kharkiv",
    ])
      expect(holder(question), question).toBe(true);
    for (const question of [
      "Who was killed in the attack?",
      "Who is leading the talks?",
      "Who is Valk married to?",
      "whos valk married to",
      "whos at fault in rubios view",
      "Who is behind the attack?",
      "Who is responsible for the talks?",
    ])
      expect(holder(question), question).toBe(false);
  });

  it("GIVEN 'who is / what is the name of the X' THEN a place's name is not the holder's", () => {
    const library = libraryOf([
      "Ukraine's prime minister is set to visit Washington next week to finalize the deal.",
      "The deal would give the United States a share of Ukraine's mineral revenue.",
    ]);
    for (const question of [
      "Who is Ukraine's prime minister?",
      "What is the name of Ukraine's prime minister?",
      // Typed in chat: the question as read asks the same.
      "whats the name of ukraines prime minister",
      "whos ukraine's prime minister",
      "<@123456789012345678> who is Ukraine's prime minister?",
      "hey bot, who is Ukraine's prime minister?",
    ]) {
      const reply = answer(library, question);
      expect(reply.answered).toBe(false);
      expect(reply.reason).toBe("no-answer-of-kind");
    }
    // "Which official" asks for a person too: a place ("visit Washington") is none; "who" may be
    // answered by a country ("Washington eased a demand").
    const visit = libraryOf([
      "A senior official is set to visit Washington next week to finalize the deal.",
      "A senior official, Andriy Sibiha, is set to fly to the United States next week.",
    ]);
    const person = featureReader(visit, "typePerson");
    expect(person("Which official will travel next week?", "A senior official is set to visit")).toBe(0);
    expect(person("Which official will travel next week?", "A senior official, Andriy")).toBeGreaterThan(0);
    expect(person("Who will travel next week?", "A senior official is set to visit")).toBeGreaterThan(0);
    // "Who is travelling to X" asks about a deed, which a role answers.
    expect(answer(library, "Who is travelling to Washington to finalise the deal?").quotes[0]?.text).toMatch(
      /^Ukraine's prime minister is set to visit Washington/u,
    );
  });

  it("GIVEN a noun that says what a name is ('architect Frank Gehry') THEN the sentence need not repeat it", () => {
    const analyzed = analyzeQuestion("When was architect Frank Gehry born?");
    expect(analyzed.concepts.find((c) => c.term === "architect")?.classifier).toBe(true);
    const library = libraryOf([
      "Frank Gehry, born in 1929 in Toronto, designed the museum.",
      "The museum opened to the public with a large exhibition.",
    ]);
    expect(answer(library, "When was architect Frank Gehry born?").quotes[0]?.text).toMatch(/born in 1929/u);
  });

  it("GIVEN 'which X' THEN a name beside the word X ('Le Bourget airport') names one, the bare word does not", () => {
    const library = libraryOf([
      "Rubio spoke to reporters about the busy airport security checks before he flew out of Paris.",
      "Rubio spoke to reporters at Le Bourget airport before flying out.",
    ]);
    expect(answer(library, "Which airport did Rubio speak to reporters at?").quotes[0]?.text).toContain(
      "Le Bourget",
    );
    const focusClass = featureReader(library, "focusClass");
    const question = "Which airport did Rubio speak to reporters at?";
    expect(focusClass(question, "Rubio spoke to reporters at Le Bourget")).toBeGreaterThan(0);
    expect(focusClass(question, "Rubio spoke to reporters about")).toBe(0);
  });

  it.each([
    "What is Varnia's second biggest city?",
    "what is the third largest city in varnia",
    "WHAT'S VARNIA'S SECOND BIGGEST CITY",
  ])("GIVEN %s THEN it asks for a city, past the ordinal and the superlative", (question) => {
    const analyzed = analyzeQuestion(question);
    expect(analyzed.focus).toBe("citi");
    expect(analyzed.kind).toBe("place");
  });

  it("GIVEN 'which X' THEN a name X is in apposition to ('Ostrava, Varnia's second-largest city') names one", () => {
    const library = libraryOf([
      "Rockets struck cities across Varnia overnight, and the second wave of strikes was the largest so far.",
      "One person died as rockets hit Ostrava, Varnia's second-largest city, early in the day.",
    ]);
    const reply = answer(library, "What is Varnia's second biggest city?");
    expect(reply.answered).toBe(true);
    expect(reply.quotes[0]?.text).toContain("Ostrava");
    const focusClass = featureReader(library, "focusClass");
    expect(focusClass("What is Varnia's second biggest city?", "One person died")).toBeGreaterThan(0);
    // A comma after a name the question has ("Varnia, ...") names nothing new.
    const other = libraryOf(["The rockets fell on Varnia, the largest city of the region said."]);
    expect(featureReader(other, "focusClass")("What is Varnia's second biggest city?", "The rockets")).toBe(
      0,
    );
  });
});

describe("what an acronym stands for", () => {
  it.each([
    ["What does AARP stand for?", "He spoke for the American Association of Retired Persons.", true],
    ["What is GDPR?", "The General Data Protection Regulation (GDPR) is an EU law.", true],
    ["What does NATO stand for?", "The North Atlantic Treaty Organization met in Brussels.", true],
    ["What does AARP stand for?", "An AARP survey was released last week.", false],
    ["What is the minerals deal?", "The General Data Protection Regulation is an EU law.", false],
  ])("%s with %s → %s", (question, text, expected) => {
    const sentence = sentenceOf(text);
    expect(sentence && expandsAcronym(analyzeQuestion(question), sentence)).toBe(expected);
  });

  it("GIVEN 'what does X stand for' THEN it asks for the name written out, not for 'stand'", () => {
    const analyzed = analyzeQuestion("What does NATO stand for?");
    expect(analyzed.kind).toBe("expansion");
    expect(analyzed.concepts.find((c) => c.term === "stand")?.framing).toBe(true);
    expect(analyzeQuestion("Where does Rubio stand on sanctions?").kind).not.toBe("expansion");
  });

  it("GIVEN no sentence writes the name out THEN the articles don't say what it stands for", () => {
    const library = libraryOf([
      "NATO members stand together, the minister said.",
      "NATO will meet in Brussels next week.",
    ]);
    const reply = answer(library, "What does NATO stand for?");
    expect(reply.answered).toBe(false);
    expect(reply.reason).toBe("no-answer-of-kind");
  });

  it("GIVEN 'what does X stand for' THEN the sentence writing it out comes first", () => {
    const library = libraryOf([
      "An AARP survey found one in nine grandparents cares for a grandchild.",
      "AARP members stand in long lines to vote.",
      "Critics of the American Association of Retired Persons (AARP) say it lobbies hard.",
    ]);
    expect(answer(library, "What does AARP stand for?").quotes[0]?.text).toMatch(/American Association/u);
  });
});

describe("what a name means", () => {
  it("GIVEN 'what does X mean' or 'why is it called X' THEN it asks a meaning, not a consequence", () => {
    for (const question of [
      "what does croissant mean in french",
      "What does Magna Carta mean?",
      "why is it called bluetooth",
      "where does the name Kilimanjaro come from",
      "amnesty international candle logo meaning",
    ])
      expect(analyzeQuestion(question).kind, question).toBe("meaning");
    expect(analyzeQuestion("What does the deal mean for Ukraine?").kind).toBe("fact");
    expect(analyzeQuestion("What does NATO mean?").kind).toBe("expansion");
  });

  it("GIVEN a question on what a name means THEN the sentence explaining the name comes first", () => {
    const library = libraryOf([
      "In France, croissants made with pure butter are traditionally shaped straight.",
      "The croissant is a staple of continental breakfasts and is often eaten plain or with jam.",
      'The name means "crescent" in French.',
      "The first French recipe for croissants appeared in the early 20th century.",
    ]);
    expect(answer(library, "what does croissant mean in french").quotes[0]?.text).toMatch(/crescent/u);
    // Asked of an encyclopedia entry in one paragraph: "Its name" is Magna Carta's.
    const text = [
      "Magna Carta is a royal charter of rights that King John of England agreed to in 1215.",
      "It was drafted to make peace between the unpopular king and a group of rebel barons.",
      'Its name is Latin for "Great Charter".',
    ].join(" ");
    const charter = createLibrary([parseArticle({ file: "charter.txt", text: `Magna Carta\n\n${text}` })]);
    const articleId = charter.articles[0]?.id as string;
    expect(answer(charter, "What does Magna Carta mean?", { articleId }).quotes[0]?.text).toMatch(
      /Latin for/u,
    );
  });
});

describe("questions that do not open with their question word", () => {
  it("GIVEN a preposition or a leading phrase before it THEN the question word still says what is asked", () => {
    expect(analyzeQuestion("At what time was the attack first noticed?").kind).toBe("date");
    expect(analyzeQuestion("In what year was the bridge built?").kind).toBe("date");
    expect(analyzeQuestion("To whom did the minister speak?").type).toBe("who");
    expect(analyzeQuestion("Under the new law, how quickly must an incident be reported?").kind).toBe(
      "duration",
    );
    expect(analyzeQuestion("Besides Rubio, who attended the talks?").type).toBe("who");
  });

  it("GIVEN a question word with a clitic ('where's', 'who's', 'what's') THEN it is read as the question word", () => {
    expect(analyzeQuestion("where's the redstone mine").kind).toBe("place");
    expect(analyzeQuestion("who's the mayor of kharkiv").type).toBe("who");
    expect(analyzeQuestion("what's nato").kind).toBe("definition");
    // "What is in X" asks what X holds, not what X is.
    expect(analyzeQuestion("what's in paella").kind).not.toBe("definition");
  });

  it("GIVEN 'at what time' THEN the sentence with the time answers it", () => {
    const library = libraryOf([
      "The network confirmed for the first time that the attackers had demanded a ransom.",
      "A technician noticed the attack at about 3:40 in the morning and cut the network off.",
    ]);
    expect(answer(library, "At what time was the attack first noticed?").quotes[0]?.text).toMatch(/3:40/u);
  });
});

describe("a what-question's class word", () => {
  const library = libraryOf([
    "Historians credit the Rovers with making the sport popular in the 1930s.",
    "The Rovers began a tour on Thursday, their first basketball games abroad in years.",
  ]);
  const featureOf = featureReader(library, "focusWordOnly");

  it("GIVEN 'what sport' THEN a sentence with the word 'sport' and no sport in it is marked, one naming a sport is not", () => {
    expect(featureOf("What sport do the Rovers play?", "Historians")).toBe(1);
    expect(featureOf("What sport do the Rovers play?", "The Rovers began")).toBe(0);
  });

  it("GIVEN a question with no class word THEN no sentence is marked", () => {
    expect(featureOf("Why did the Rovers make the sport popular?", "Historians")).toBe(0);
  });
});

describe("a title in quotation marks answers 'what film / which book'", () => {
  const library = libraryOf([
    "Harlan Voss, the villain, first appeared on screen in 1987, critics recall.",
    "Harlan Voss first appeared in “The Glass Harbour”, critics recall.",
    "“It was not my best work,” the writer said of Harlan Voss.",
  ]);
  const focusOf = featureReader(library, "focusClass");

  it("GIVEN 'in what film' THEN the sentence quoting a title holds one of the films asked about", () => {
    expect(focusOf("In what film did Harlan Voss first appear?", "Harlan Voss first")).toBeGreaterThan(0);
    expect(focusOf("In what film did Harlan Voss first appear?", "Harlan Voss, the villain")).toBe(0);
    // A quoted remark is not a title.
    expect(focusOf("In what film did Harlan Voss first appear?", "“It was not")).toBe(0);
  });

  it("GIVEN a question whose class is not a work THEN a quoted title is not an instance of it", () => {
    expect(focusOf("In what city did Harlan Voss first appear?", "Harlan Voss first")).toBe(0);
  });

  it("GIVEN quoted words THEN only capitalised ones read as a title", () => {
    expect(holdsTitle("He won an Oscar for “Wall Street ,” in 1987.")).toBe(true);
    expect(holdsTitle("Jar Jar Binks from “Star Wars: Episode I _ The Phantom Menace”.")).toBe(true);
    expect(holdsTitle("He borrowed his mantra, “Greed is good,” from Gekko.")).toBe(false);
    expect(holdsTitle("No quotation here.")).toBe(false);
  });
});

describe("a question asked of one article", () => {
  const library = libraryOf([
    "A croissant is a buttery, crescent-shaped pastry of Austrian origin.",
    "It is made from a yeast-leavened dough that is layered with butter and then rolled and folded.",
    "In France croissants are commonly eaten for breakfast.",
  ]);

  it("GIVEN a sentence about the article's subject that shares no word with the question THEN it is a candidate, and ranks first when it answers", () => {
    const question = analyzeQuestion("What is a croissant made of?", undefined, library.names);
    const ranked = rankCandidates(rerankContext(library, question, true), retrieve(library, question, 0));
    expect(ranked.map((c) => c.sentence.text)).toHaveLength(3);
    expect(ranked[0]?.sentence.text).toMatch(/^It is made from a yeast-leavened dough/u);
  });

  it("GIVEN the same question of the whole library THEN only sentences holding its words are candidates", () => {
    const question = analyzeQuestion("What is a croissant made of?", undefined, library.names);
    expect(retrieve(library, question).map((s) => s.doc)).toHaveLength(2);
  });
});

describe("the doer named after 'by' for a who-question", () => {
  const library = libraryOf([
    "Gordon Gekko, the ruthless financier played by Michael Douglas, became a symbol of greed.",
    "The goal is to finalize the deal by April 26.",
    "The deal was drafted by Kyiv and Washington over the winter.",
    "The party was founded in 1966 in Oakland by Bobby Seale and Huey Newton.",
    "The party was founded in 1966, and its paper was later run by Eldridge Cleaver.",
    "The missing worker is a contractor employed by Boreal Drilling Services.",
    "Don Quixote is a Spanish novel by Miguel de Cervantes, published in two parts.",
    "Don Quixote, a 1933 film by Georg Pabst, was shot in French, English and German.",
    "The tunnel is operated by the rail company Getlink, formerly known as Eurotunnel.",
    "The tunnel was closed by a strike on Friday.",
    "The ferry is operated by Stena Line.",
    "Two workers were killed by shelling in Kharkiv, and the plant was closed by the time Putin spoke.",
  ]);
  const agentOf = featureReader(library, "agentNamed");

  it("GIVEN a kind of what the question asks about before 'by' THEN its maker is named", () => {
    // WordNet files a novel under writing: "a novel by Cervantes" says who wrote it.
    expect(agentOf("Who wrote Don Quixote?", "Don Quixote is a Spanish novel")).toBe(1);
    // A film is no writing: Pabst made one of it, he did not write it.
    expect(agentOf("Who wrote Don Quixote?", "Don Quixote, a 1933 film")).toBe(0);
    expect(answer(library, "Who wrote Don Quixote?").quotes[0]?.text).toMatch(
      /^Don Quixote is a Spanish novel/u,
    );
  });

  it("GIVEN words between the question's verb and 'by' in one clause THEN the doer is still named", () => {
    expect(agentOf("Who founded the party?", "The party was founded in 1966 in Oakland")).toBe(1);
    expect(agentOf("Who founded the party?", "The party was founded in 1966, and")).toBe(0);
    // "Employed" owns the "by": Boreal employed the contractor; it did not find him.
    expect(agentOf("Who found the missing contractor?", "The missing worker")).toBe(0);
  });

  it("GIVEN the question's verb in other words THEN the doer is named", () => {
    // WordNet has "run" and "operate" share a meaning.
    expect(agentOf("Who runs the ferry?", "The ferry is operated")).toBe(1);
  });

  it("GIVEN a title between 'by' and the name THEN the doer is named", () => {
    // "The rail company" is Getlink's title; operating is a kind of managing.
    expect(agentOf("Who manages the tunnel?", "The tunnel is operated")).toBe(1);
    // A day is no doer, whatever the words before it.
    expect(agentOf("Who closed the tunnel?", "The tunnel was closed")).toBe(0);
    // A preposition's place or a clause's subject is no doer either.
    expect(agentOf("Who killed the workers?", "Two workers were killed")).toBe(0);
    expect(agentOf("Who closed the plant?", "Two workers were killed")).toBe(0);
  });

  it("GIVEN 'who plays X' THEN 'played by Michael Douglas' names the doer", () => {
    expect(agentOf("Who plays Gordon Gekko?", "Gordon Gekko")).toBe(1);
  });

  it("GIVEN a date or a name the question has after 'by' THEN no doer is named", () => {
    expect(agentOf("Who will finalize the deal?", "The goal")).toBe(0);
    expect(agentOf("Who drafted the deal with Kyiv?", "The deal was drafted")).toBe(0);
    expect(agentOf("Who drafted the deal?", "The deal was drafted")).toBe(1);
  });
});
