// A web page → the article file the folder keeps: text and metadata from realistic pages.
import { describe, expect, it } from "vitest";
import { formatArticleFile, textFileMetadata } from "../../src/curation/articleFile.js";
import { nextArticleName, slugOf } from "../../src/curation/articleNames.js";
import { extractArticle } from "../../src/curation/extract/extractArticle.js";
import { decodeText } from "../../src/curation/fetch/decodeText.js";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { page } from "./newsSite.js";

function extract(name: string, url: string | null = "https://news.example/story") {
  return extractArticle(decodeText(page(name), { html: true }).text, url);
}

/** The file as the parser reads it back. */
function parsed(name: string) {
  const article = extract(name);
  const text = formatArticleFile(article);
  return { article, text, parsed: parseArticle({ file: "005_x.txt", text }) };
}

/** Words that only the page's furniture holds (navigation, banners, boxes, comments, footer). */
const FURNITURE = [
  "cookies",
  "Accept all",
  "Politics",
  "Weather",
  "Search the Planet",
  "Home",
  "Share on",
  "Morning Briefing",
  "Subscribe",
  "Advertisement",
  "Alpine Air",
  "Related",
  "Ceasefire talks stall",
  "More from World",
  "Danube",
  "Comments",
  "Flurbo",
  "long overdue",
  "quietreader",
  "Privacy policy",
  "All rights reserved",
  "Lois Lane",
  "Photo: Planet Pictures",
];

describe("a news page with JSON-LD, og: tags and all the furniture", () => {
  it("GIVEN the page THEN the metadata is the page's own: headline, publisher, date, canonical link", () => {
    const { article } = parsed("geneva-prisoner-exchange.html");
    expect(article).toMatchObject({
      title: "Prisoner Exchange Agreed at Geneva Talks",
      outlet: "The Daily Planet",
      date: "2025-05-04",
      url: "https://www.dailyplanet.example/world/2025/05/04/geneva-prisoner-exchange",
    });
  });

  it("GIVEN the page THEN the file has the headline, the dated first paragraph, the sections, and no furniture", () => {
    const { text, parsed: read } = parsed("geneva-prisoner-exchange.html");
    expect(text.split("\n\n").slice(0, 2)).toEqual([
      "Prisoner Exchange Agreed at Geneva Talks",
      "date 2025-05-04 Negotiators from both countries agreed in Geneva on Sunday to exchange 212 prisoners each before the end of May, the Swiss foreign ministry said.",
    ]);
    for (const words of FURNITURE) expect(text, words).not.toContain(words);
    expect(read).toMatchObject({
      title: "Prisoner Exchange Agreed at Geneva Talks",
      titleSource: "headline",
      date: "2025-05-04",
    });
    expect(read.headings).toEqual(["Who will be released"]);
    expect(read.sentences.map((s) => s.text)).toEqual([
      "Negotiators from both countries agreed in Geneva on Sunday to exchange 212 prisoners each before the end of May, the Swiss foreign ministry said.",
      "The agreement came after two days of closed-door meetings at the Palais des Nations, where the delegations sat in separate rooms and Swiss diplomats carried messages between them.",
      "The first group of 60 prisoners, most of them wounded soldiers, will cross at a checkpoint near Sumy within ten days, according to the ministry.",
      'Swiss Foreign Minister Ignazio Cassis said the exchange was "a small but real step" and that talks on a ceasefire would resume in June.',
      "Red Cross officials will be present at every stage of the exchange, a spokeswoman for the International Committee of the Red Cross said.",
    ]);
  });
});

describe("a page with only og: and article: tags, a sidebar and a read-more box", () => {
  it("GIVEN the page THEN og: metadata, the article's paragraphs, no sidebar or boxes", () => {
    const { article, text, parsed: read } = parsed("kyiv-grain-corridor.html");
    expect(article).toMatchObject({
      title: "Grain ships leave Odesa as corridor reopens",
      outlet: "Harbour Herald",
      date: "2025-05-06",
      url: "https://harbourherald.example/business/grain-corridor-reopens",
    });
    for (const words of [
      "Subscribe from",
      "Front page",
      "Most read",
      "Ten things",
      "Read more",
      "Tweet",
      "registered in England",
    ]) {
      expect(text, words).not.toContain(words);
    }
    expect(read.headings).toEqual(["Insurance costs"]);
    expect(read.sentences).toHaveLength(5);
  });
});

describe("a page with no metadata at all", () => {
  it("GIVEN no title, site name, date or canonical link THEN none is made up; the text is all there", () => {
    const { article, text, parsed: read } = parsed("plain-page.html");
    expect(article).toMatchObject({ title: null, outlet: null, date: null, url: null });
    expect(text.startsWith("The mountain village of Vrbovec voted on Saturday")).toBe(true);
    expect(read.date).toBeNull();
    expect(read.titleSource).toBe("derived");
    expect(read.sentences.map((s) => s.text)).toContain(
      "The mayor, Ana Kovač, said the village would pay for heating the building itself if the council kept the teachers.",
    );
  });
});

describe("a windows-1252 page", () => {
  it("GIVEN the bytes THEN the French text with its quotes and dashes, and its metadata", () => {
    const { article, parsed: read } = parsed("odessa-ferry-1252.html");
    expect(article).toMatchObject({
      title: "Le ferry d’Odessa reprend du service",
      outlet: "Le Courrier du Port",
      date: "2025-05-08",
      url: "https://courrierduport.example/ferry-odessa",
    });
    expect(read.sentences.map((s) => s.text).join(" ")).toContain(
      "« C’est une très bonne nouvelle pour les familles séparées », a déclaré le capitaine François Lefèvre — qui commande le navire depuis 2019.",
    );
  });
});

describe("an empty article page", () => {
  it("GIVEN a page whose article is one line THEN barely any text (the add refuses it)", () => {
    const { blocks } = extract("gone.html");
    expect(blocks.map((b) => b.text)).toEqual(["This story is no longer available."]);
  });
});

describe("file names and text files", () => {
  it("GIVEN the folder's names THEN the next number, then the title's words", () => {
    expect(slugOf("Le ferry d’Odessa reprend — du service!")).toBe("le-ferry-d-odessa-reprend-du-service");
    expect(slugOf("Ураган")).toBe("article");
    expect(
      nextArticleName(
        ["000_a.txt", "004_b.txt", "sources.json", "012_old.txt"],
        "Talks Resume in Geneva",
        ".txt",
      ),
    ).toBe("013_talks-resume-in-geneva.txt");
    expect(nextArticleName([], "x", ".md")).toBe("000_x.md");
  });

  it("GIVEN a text file in the folder's format THEN its headline and date", () => {
    expect(textFileMetadata(page("field-notes.txt").toString("utf8"))).toEqual({
      title: "Field Notes From the Dnipro Crossing",
      date: "2025-05-07",
    });
    expect(textFileMetadata(" date 2025-04-18 Something happened.\n")).toEqual({
      title: null,
      date: "2025-04-18",
    });
    // The date on a line of its own, after a headline asking a question: as the parser reads them.
    expect(
      textFileMetadata("Can the talks end the war?\n\ndate 2025-04-18\n\nSomething happened.\n"),
    ).toEqual({
      title: "Can the talks end the war?",
      date: "2025-04-18",
    });
  });
});
