import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import {
  buildLexiconFile,
  defaultLexicon,
  lexiconFile,
  readLexiconFile,
} from "../../src/lexicon/defaultLexicon.js";
import { Lexicon } from "../../src/lexicon/lexicon.js";
import { parseDataFile, parseIndexFile, type Synset } from "../../src/lexicon/wordnet.js";
import { buildTermRelations, LINEAR_UNIT, MASS_UNIT, MONETARY_UNIT } from "../../src/lexicon/relations.js";
import { wordTerm } from "../../src/text/terms.js";

const lexicon = defaultLexicon();
const t = wordTerm;

describe("word meanings from WordNet, as index terms", () => {
  it("GIVEN kinds and instances THEN they are classes of them", () => {
    expect(lexicon.isA(t("jet"), t("aircraft"))).toBe(true);
    expect(lexicon.isA(t("basketball"), t("sport"))).toBe(true);
    expect(lexicon.isA(t("egypt"), t("country"))).toBe(true);
    expect(lexicon.isA(t("singer"), t("person"))).toBe(true);
    expect(lexicon.isA(t("aircraft"), t("jet"))).toBe(false);
    expect(lexicon.isA(t("basketball"), t("country"))).toBe(false);
  });

  it("GIVEN units of measure THEN what each measures is a class of it: a length, a weight or money", () => {
    for (const unit of ["kilometre", "mile", "foot", "metre"]) {
      expect(lexicon.isA(t(unit), LINEAR_UNIT), unit).toBe(true);
      expect(lexicon.isA(t(unit), MASS_UNIT), unit).toBe(false);
    }
    for (const unit of ["kilogram", "tonne", "ounce"]) {
      expect(lexicon.isA(t(unit), MASS_UNIT), unit).toBe(true);
      expect(lexicon.isA(t(unit), LINEAR_UNIT), unit).toBe(false);
    }
    expect(lexicon.isA(t("franc"), MONETARY_UNIT)).toBe(true);
    expect(lexicon.isA(t("litre"), LINEAR_UNIT) || lexicon.isA(t("litre"), MASS_UNIT)).toBe(false);
  });

  it("GIVEN a word the tagged corpus only uses as a verb THEN its rare noun's classes are not its own", () => {
    // "see" the noun is a bishop's seat, a location; "see" is read as the verb.
    expect(lexicon.isA(t("see"), t("location"))).toBe(false);
    expect(lexicon.isA(t("russia"), t("location"))).toBe(true);
  });

  it("GIVEN a country's name whose stem is another word ('France' → 'franc') THEN it is still a country", () => {
    // As a stem, and as the alias table keeps it whole ("france", "germany").
    for (const name of [t("france"), "france", t("germany"), "germany"])
      expect(lexicon.isA(name, t("country"))).toBe(true);
    // The shortest lemma's classes still rule a common noun: a report is not a person.
    expect(lexicon.isA(t("reporter"), t("person"))).toBe(false);
  });

  it("GIVEN synonyms and derivations THEN they are related, either way round", () => {
    expect(lexicon.isRelated(t("kill"), t("die"))).toBe(true);
    expect(lexicon.isRelated(t("die"), t("death"))).toBe(true);
    expect(lexicon.isRelated(t("death"), t("die"))).toBe(true);
    expect(lexicon.isRelated(t("french"), t("france"))).toBe(true);
    expect(lexicon.isRelated(t("talk"), t("banana"))).toBe(false);
    expect(lexicon.isRelated("no-such-term", t("die"))).toBe(false);
  });

  it("GIVEN antonyms THEN they are opposites, with their synonyms, either way round, and not related", () => {
    expect(lexicon.isOpposite(t("easy"), t("difficult"))).toBe(true);
    expect(lexicon.isOpposite(t("dead"), t("alive"))).toBe(true);
    // "stop" shares a sense with "discontinue", whose antonym is "continue".
    expect(lexicon.isOpposite(t("stop"), t("continue"))).toBe(true);
    expect(lexicon.isOpposite(t("easy"), t("simple"))).toBe(false);
    expect(lexicon.isRelated(t("easy"), t("difficult"))).toBe(false);
  });

  it("GIVEN a phrasal verb THEN it is a term of its own, with the meaning of the phrase", () => {
    expect(lexicon.isRelated("step down", t("resign"))).toBe(true);
    expect(lexicon.isRelated("turn down", t("reject"))).toBe(true);
    expect(lexicon.isRelated("show up", t("surface"))).toBe(true);
    // Not the meaning of its verb alone.
    expect(lexicon.isRelated(t("step"), t("resign"))).toBe(false);
    expect(lexicon.has("step the")).toBe(false);
  });

  it("GIVEN words WordNet writes only capitalised THEN they are names only; words it also writes lower case, or in capitals, are not", () => {
    for (const word of ["taylor", "jupiter", "kilimanjaro", "eiffel"])
      expect(lexicon.isOnlyName(t(word))).toBe(true);
    // "swift" is a bird, "china" porcelain, "CEO" an abbreviation of a common noun.
    for (const word of ["swift", "china", "ceo", "summit"]) expect(lexicon.isOnlyName(t(word))).toBe(false);
    expect(lexicon.isOnlyName("no-such-term")).toBe(false);
    // A name's other names of more than one word, as their words' terms.
    expect(lexicon.phrasesOf(t("oscar"))).toContain(`${t("academy")} ${t("award")}`);
    expect(lexicon.phrasesOf(t("swift"))).toEqual([]);
    // Read the other way: the one-word names a name of several words is another name of.
    expect(lexicon.namesOfPhrase(`${t("gaza")} ${t("strip")}`)).toEqual([t("gaza")]);
    expect(lexicon.namesOfPhrase(`${t("academy")} ${t("award")}`)).toContain(t("oscar"));
    expect(lexicon.namesOfPhrase(`${t("gaza")} ${t("corridor")}`)).toEqual([]);
  });

  it("GIVEN an agent noun that stems to its verb ('mediators' → 'mediat') THEN the term may be a person; a word no noun of people stems to may not", () => {
    for (const word of ["mediators", "rescuers", "officials", "evacuees", "tourists"])
      expect(lexicon.mayBePerson(t(word))).toBe(true);
    // Its classes, its shortest lemma's ("mediate"), still say no person.
    expect(lexicon.isA(t("mediators"), t("person"))).toBe(false);
    for (const word of ["scuffles", "photos", "strikes", "talks"])
      expect(lexicon.mayBePerson(t(word))).toBe(false);
    expect(lexicon.mayBePerson("no-such-term")).toBe(false);
  });

  it("GIVEN a question's word and a sentence's THEN relationOf says how they stand as the four relations do, each word looked up once", () => {
    expect(lexicon.relationOf(t("die"), t("killed"), false)).toBe("same");
    expect(lexicon.relationOf(t("aircraft"), t("jet"), false)).toBe("kind");
    expect(lexicon.relationOf(t("bakery"), t("shop"), false)).toBe("kind");
    expect(lexicon.relationOf(t("easy"), t("difficult"), true)).toBe("same");
    expect(lexicon.relationOf(t("easy"), t("difficult"), false)).toBeNull();
    expect(lexicon.relationOf(t("talk"), t("banana"), false)).toBeNull();
    expect(lexicon.relationOf("no-such-term", t("die"), false)).toBeNull();
    // Against the four relations it stands for, over every pair of some fifty words (names kept
    // whole by the alias table among them).
    const words = [
      ...["die", "kill", "death", "dead", "alive", "easy", "difficult", "simple", "aircraft", "jet"],
      ...["bakery", "shop", "country", "egypt", "person", "singer", "sport", "basketball", "talk"],
      ...["negotiation", "meet", "meeting", "minister", "official", "war", "peace", "attack"],
      ...["strike", "city", "town", "money", "cost", "price", "stop", "continue", "say", "tell"],
      ...["leader", "president", "hold", "host", "summit", "conference", "travel", "fly"],
    ].map(t);
    words.push("france", "germany", "no-such-term");
    let same = 0;
    let kind = 0;
    for (const meaning of words)
      for (const term of words)
        for (const opposites of [false, true]) {
          const expected =
            lexicon.isRelated(meaning, term) || (opposites && lexicon.isOpposite(meaning, term))
              ? "same"
              : lexicon.isA(term, meaning) || lexicon.hasParent(meaning, term)
                ? "kind"
                : null;
          expect([meaning, term, opposites, lexicon.relationOf(meaning, term, opposites)]).toEqual([
            meaning,
            term,
            opposites,
            expected,
          ]);
          if (expected === "same") same++;
          if (expected === "kind") kind++;
        }
    expect(same).toBeGreaterThan(20);
    expect(kind).toBeGreaterThan(20);
  });

  it("GIVEN named places THEN a place lies outside another when WordNet has it part of somewhere else, and not when it does not know", () => {
    // Tehran is in Iran, Paris in France (in Europe), Riyadh in Saudi Arabia, as the index writes them.
    expect(lexicon.liesOutside(t("tehran"), "oman")).toBe(true);
    expect(lexicon.liesOutside(t("tehran"), "iran")).toBe(false);
    expect(lexicon.liesOutside(t("paris"), "italy")).toBe(true);
    expect(lexicon.liesOutside(t("paris"), "france")).toBe(false);
    expect(lexicon.liesOutside(t("paris"), "europe")).toBe(false);
    expect(lexicon.liesOutside(t("rome"), "italy")).toBe(false);
    expect(lexicon.liesOutside("saudi arabia", "italy")).toBe(true);
    expect(lexicon.liesOutside(t("riyadh"), "saudi arabia")).toBe(false);
    expect(lexicon.liesOutside(t("london"), "uk")).toBe(false);
    // A place WordNet does not place (an invented town, a city it does not have) lies nowhere.
    expect(lexicon.liesOutside(t("kessaly"), "italy")).toBe(false);
    expect(lexicon.liesOutside(t("sumy"), "ukraine")).toBe(false);
  });

  it("GIVEN a lexicon's bytes at an odd place in memory THEN they read back all the same (copied, not viewed)", () => {
    const bytes = lexicon.toBytes();
    const odd = Buffer.alloc(bytes.length + 1);
    bytes.copy(odd, 1);
    const back = Lexicon.fromBytes(odd.subarray(1));
    expect(back?.size).toBe(lexicon.size);
    expect(back?.isA(t("jet"), t("aircraft"))).toBe(true);
    expect(back?.relatedTo(t("kill"))).toEqual(lexicon.relatedTo(t("kill")));
    const row = back?.vectorRow(t("money")) ?? -1;
    expect(row).toBeGreaterThanOrEqual(0);
    const a = new Float64Array(lexicon.vectorDimensions);
    const b = new Float64Array(lexicon.vectorDimensions);
    lexicon.addVectorRow(a, lexicon.vectorRow(t("money")), 1);
    back?.addVectorRow(b, row, 1);
    expect([...b]).toEqual([...a]);
  });

  it("GIVEN a lexicon THEN its bytes read back to the same relations, and other bytes to null", () => {
    const back = Lexicon.fromBytes(lexicon.toBytes());
    expect(back).not.toBeNull();
    expect(back?.size).toBe(lexicon.size);
    expect(back?.classesOf(t("jet"))).toEqual(lexicon.classesOf(t("jet")));
    expect(back?.relatedTo(t("kill"))).toEqual(lexicon.relatedTo(t("kill")));
    expect(back?.isOpposite(t("easy"), t("difficult"))).toBe(true);
    expect(back?.hasParent(t("bakery"), t("shop"))).toBe(true);
    expect(back?.isOnlyName(t("taylor"))).toBe(true);
    expect(back?.isOnlyName(t("swift"))).toBe(false);
    expect(back?.mayBePerson(t("mediators"))).toBe(true);
    expect(back?.mayBePerson(t("scuffles"))).toBe(false);
    expect(back?.phrasesOf(t("oscar"))).toEqual(lexicon.phrasesOf(t("oscar")));
    expect(back?.liesOutside(t("tehran"), "oman")).toBe(true);
    expect(back?.liesOutside(t("tehran"), "iran")).toBe(false);
    expect(Lexicon.fromBytes(Buffer.from("not a lexicon at all, just some text"))).toBeNull();
    expect(Lexicon.fromBytes(lexicon.toBytes().subarray(0, 100))).toBeNull();
  });

  it("GIVEN WordNet's file format THEN synsets, senses and pointers are read", () => {
    const synsets = new Map<string, Synset>();
    parseDataFile(
      [
        "  1 This software and database is being provided",
        "00000001 05 n 02 jet 0 jet_plane 0 001 @ 00000002 n 0000 | an airplane",
        "00000002 05 n 01 airplane 0 001 + 00000003 v 0101 | an aircraft",
        "00000003 38 v 01 fly 0 001 + 00000002 n 0101 01 + 02 00 | travel through the air",
        "00000004 00 a 01 easy 0 001 ! 00000005 a 0101 | posing no difficulty",
        "00000005 00 a 02 difficult 0 hard 0 001 ! 00000004 a 0101 | not easy",
        "00000006 05 n 02 Jove 0 Jupiter 0 000 | the Roman god",
        "00000007 05 n 02 Jupiter 0 CEO 0 000 | a planet (and, for the test, an abbreviation)",
        "00000008 05 n 01 jove 0 000 | a lower-case use",
        "00000009 15 n 01 Tessaly 0 002 @i 00000011 n 0000 #p 00000010 n 0000 | a town",
        "00000010 15 n 02 Calvoria 0 Republic_of_Calvoria 0 001 @i 00000011 n 0000 | a country",
        "00000011 15 n 01 place 0 000 | a location",
      ].join("\n"),
      synsets,
    );
    expect(synsets.get("n00000001")).toMatchObject({ words: ["jet", "jet plane"], hypernyms: ["n00000002"] });
    expect(synsets.get("n00000002")?.related).toEqual([{ from: 1, key: "v00000003", to: 1 }]);
    const senses = new Map<string, string[]>();
    parseIndexFile("jet n 1 1 @ 1 0 00000001  \nairplane n 1 1 + 1 0 00000002  \n", "n", senses);
    parseIndexFile("fly v 1 1 + 1 0 00000003  \n", "v", senses);
    parseIndexFile("easy a 1 1 ! 1 0 00000004  \ndifficult a 1 1 ! 1 0 00000005  \n", "a", senses);
    parseIndexFile("tessaly n 1 2 @ #p 1 0 00000009  \ncalvoria n 1 1 @ 1 0 00000010  \n", "n", senses);
    const relations = buildTermRelations({ synsets, senses });
    expect([...(relations.classes.get(t("jet")) ?? [])]).toEqual([t("airplane")]);
    expect(relations.related.get(t("airplane"))?.has(t("fly"))).toBe(true);
    expect(relations.related.get(t("fly"))?.has(t("airplane"))).toBe(true);
    expect(synsets.get("a00000004")?.antonyms).toEqual([{ from: 1, key: "a00000005", to: 1 }]);
    expect([...(relations.opposites.get(t("easy")) ?? [])].sort()).toEqual(
      [t("difficult"), t("hard")].sort(),
    );
    expect(relations.opposites.get(t("hard"))?.has(t("easy"))).toBe(true);
    expect(relations.related.get(t("easy"))?.has(t("difficult"))).toBeFalsy();
    // Written only capitalised, wherever WordNet has it: "Jupiter" (and the places); not "jove", nor "CEO".
    expect(synsets.get("n00000007")?.names).toEqual([true, false]);
    expect([...relations.names].sort()).toEqual([t("calvoria"), t("jupiter"), t("tessaly")].sort());
    // A part holonym: the town lies within the country, by each of its names.
    expect(synsets.get("n00000009")?.wholes).toEqual(["n00000010"]);
    expect([...(relations.within.get(t("tessaly")) ?? [])].sort()).toEqual(
      [t("calvoria"), `${t("republic")} of ${t("calvoria")}`].sort(),
    );
    expect(relations.within.has(t("calvoria"))).toBe(false);
  });
});

describe("the lexicon's cache file", () => {
  // It builds the whole lexicon: about 10 s on an idle machine; on a loaded one (CI150) past the
  // suite's 30 s.
  const BUILD_TIMEOUT_MS = 120_000;

  it(
    "GIVEN cache files of older rules beside it THEN building the current one removes them, and nothing else",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "talksbot-lexicon-"));
      try {
        writeFileSync(join(dir, "lexicon-000000000000.bin"), "stale");
        writeFileSync(join(dir, "db.json"), "{}");
        const file = lexiconFile(dir);
        const built = buildLexiconFile(file);
        expect(readdirSync(dir).sort()).toEqual(["db.json", basename(file)]);
        expect(readLexiconFile(file)?.size).toBe(built.size);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT_MS,
  );
});
