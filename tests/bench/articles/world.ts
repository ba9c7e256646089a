/**
 * The generated "world" every article of a set is written about: countries with one cabinet
 * each, cities and made-up towns, a pool of people with stable roles, organisations and the
 * long-tail noun vocabulary. It depends on the seed only (not on the article count), so article
 * i reads the same in a 100-article set and in a 10,000-article set, and facts stay consistent
 * across articles (France has one foreign minister, Sumy is always in the north).
 */
import {
  COMMON_NOUNS,
  COUNTRIES,
  INTERNATIONAL_ORGS,
  NAME_STYLES,
  ORG_PATTERNS,
  REGION_WORDS,
  resolveCabinet,
  type CabinetTitles,
  type CountrySpec,
  type NameStyle,
} from "./lexicon.js";
import { at, chance, mixSeed, mulberry32, pick, zipfPick, zipfRank, type Rng } from "./prng.js";
import { capitalize, PseudoLexicon } from "./pseudoWords.js";

export interface Place {
  name: string;
  country: Country;
  kind: "capital" | "city" | "town" | "village";
  /** "northern", "south-eastern"… */
  region: string;
}

export interface Person {
  first: string;
  last: string;
  female: boolean;
  country: Country;
  /** Title written before the name ("French Foreign Minister"), or null when there is none. */
  prefix: string | null;
  /** Description written after the name ("France's foreign minister"). */
  appositive: string;
  /** For cabinet members: the office as a question names it ("the French foreign minister"). */
  office: string | null;
}

export interface Country extends Omit<CountrySpec, "cabinet"> {
  id: number;
  titles: CabinetTitles;
  cabinet: Record<keyof CabinetTitles, Person>;
  /** Capital first, then real cities, then generated towns: a Zipf pick favours the famous. */
  places: Place[];
}

export interface World {
  seed: number;
  countries: Country[];
  people: Person[];
  orgs: string[];
  /** Common noun of rank `rank` (real words first, pseudo-words after). */
  noun(rank: number): string;
  nounCount: number;
  /** A person's name never used in the world, for "not in the articles" questions. */
  unusedName(index: number): string;
  /** A town name never used in the world. */
  unusedTown(index: number): string;
  mayorOf(place: Place): Person;
  /** A one-off name in a country's style (witnesses, residents). */
  localName(rng: Rng, country: Country): { first: string; last: string; female: boolean };
}

const PEOPLE_POOL = 30_000;
const TOWNS_PER_COUNTRY = 350;
const GENERATED_ORGS = 2_500;
/** Size of the common-noun vocabulary; large, so the Zipf tail keeps yielding new words. */
const NOUN_VOCABULARY = 400_000;

/** Separate name spaces so surnames, towns, nouns and organisations do not share words. */
const Space = { World: 1, Surname: 2, Town: 3, Noun: 4, Org: 5, FirstName: 6, Mayor: 7, Unused: 8 } as const;

interface Lexicons {
  surname: PseudoLexicon;
  town: PseudoLexicon;
  org: PseudoLexicon;
  firstName: PseudoLexicon;
}

function makeName(
  rng: Rng,
  lex: Lexicons,
  style: NameStyle,
): { first: string; last: string; female: boolean } {
  const spec = NAME_STYLES[style];
  let female = chance(rng, 0.4);
  let first: string;
  if (chance(rng, 0.85)) {
    first = pick(rng, female ? spec.female : spec.male);
  } else {
    first = capitalize(lex.firstName.shortWord(Math.floor(rng() * 20_000)));
    female = first.endsWith("a");
  }
  const last = chance(rng, 0.15)
    ? pick(rng, spec.surnames)
    : capitalize(lex.surname.shortWord(Math.floor(rng() * 60_000))) + pick(rng, spec.surnameEndings);
  return { first, last, female };
}

/** "spokesman" → "spokeswoman" for a woman (and back), so titles agree with the person. */
function genderTitle(title: string, female: boolean): string {
  return female ? title.replace(/spokesman/u, "spokeswoman") : title.replace(/spokeswoman/u, "spokesman");
}

function cabinetMember(rng: Rng, lex: Lexicons, country: Country, title: string): Person {
  const name = makeName(rng, lex, country.style);
  const own = genderTitle(title, name.female);
  // "Kremlin spokesman" carries its own proper noun; "Foreign Minister" needs the country.
  const named = /^[A-Z].*spokes(?:wo)?man$/u.test(own);
  const prefix = named ? own : `${country.adj} ${own}`;
  const lower = own.toLowerCase();
  const appositive = named ? `the ${own}` : `${country.poss} ${lower}`;
  const office = named ? `the ${own}` : `the ${country.adj} ${lower}`;
  return { ...name, country, prefix, appositive, office };
}

function buildCountry(rng: Rng, lex: Lexicons, spec: CountrySpec, id: number): Country {
  const titles = resolveCabinet(spec);
  const country = {
    ...spec,
    id,
    titles,
    cabinet: {} as Record<keyof CabinetTitles, Person>,
    places: [] as Place[],
  };
  for (const key of Object.keys(titles) as (keyof CabinetTitles)[]) {
    country.cabinet[key] = cabinetMember(rng, lex, country, titles[key]);
  }
  country.places.push({ name: spec.capital, country, kind: "capital", region: "central" });
  for (const city of spec.cities)
    country.places.push({ name: city, country, kind: "city", region: pick(rng, REGION_WORDS) });
  const seen = new Set(country.places.map((p) => p.name));
  for (let i = 0; country.places.length < spec.cities.length + 1 + TOWNS_PER_COUNTRY; i++) {
    const name = capitalize(lex.town.shortWord(id * 4_000 + i)) + pick(rng, spec.townEndings);
    if (seen.has(name)) continue;
    seen.add(name);
    country.places.push({
      name,
      country,
      kind: chance(rng, 0.7) ? "town" : "village",
      region: pick(rng, REGION_WORDS),
    });
  }
  return country;
}

/** A pool person's standing role; the same person is always described the same way. */
function poolRole(
  rng: Rng,
  world: { countries: Country[]; orgs: string[] },
  country: Country,
  female: boolean,
): Pick<Person, "prefix" | "appositive"> {
  const other = pick(
    rng,
    world.countries.filter((c) => c !== country),
  );
  const org = zipfPick(rng, world.orgs);
  const roles: (() => Pick<Person, "prefix" | "appositive">)[] = [
    () => ({ prefix: `${country.adj} envoy`, appositive: `the ${country.adj} envoy` }),
    () => ({ prefix: `${country.adj} special envoy`, appositive: `the ${country.adj} special envoy` }),
    () => ({
      prefix: `${country.adj} Deputy Foreign Minister`,
      appositive: `${country.poss} deputy foreign minister`,
    }),
    () => ({ prefix: `${country.adj} lawmaker`, appositive: `a member of ${country.poss} parliament` }),
    () => ({ prefix: null, appositive: `${country.poss} ambassador to ${other.name}` }),
    () => ({ prefix: "presidential adviser", appositive: `an adviser to the ${country.adj} leadership` }),
    () => ({
      prefix: `${country.adj} military ${female ? "spokeswoman" : "spokesman"}`,
      appositive: `a spokesperson for ${country.poss} armed forces`,
    }),
    () => ({ prefix: `${country.adj} chief negotiator`, appositive: `${country.poss} chief negotiator` }),
    () => {
      const place = placeIn(rng, country, true);
      return { prefix: "regional governor", appositive: `the governor of the ${place.name} region` };
    },
    () => ({
      prefix: "opposition leader",
      appositive: `the leader of ${country.poss} main opposition party`,
    }),
    () => ({ prefix: null, appositive: `an analyst at ${org}` }),
    () => ({ prefix: null, appositive: `chief economist at ${org}` }),
    () => ({ prefix: null, appositive: `the director of ${org}` }),
    () => ({ prefix: null, appositive: `a senior researcher at ${org}` }),
    () => ({
      prefix: `UN humanitarian coordinator`,
      appositive: `the UN humanitarian coordinator for ${country.name}`,
    }),
  ];
  return pick(rng, roles)();
}

export function buildWorld(seed: number): World {
  const rng = mulberry32(mixSeed(seed, Space.World));
  const lex: Lexicons = {
    surname: new PseudoLexicon(mixSeed(seed, Space.Surname)),
    town: new PseudoLexicon(mixSeed(seed, Space.Town)),
    org: new PseudoLexicon(mixSeed(seed, Space.Org)),
    firstName: new PseudoLexicon(mixSeed(seed, Space.FirstName)),
  };
  const nouns = new PseudoLexicon(mixSeed(seed, Space.Noun));

  const countries = COUNTRIES.map((spec, id) => buildCountry(rng, lex, spec, id));
  const orgs = [...INTERNATIONAL_ORGS];
  for (let i = 0; i < GENERATED_ORGS; i++)
    orgs.push(pick(rng, ORG_PATTERNS)(capitalize(lex.org.shortWord(i))));

  const people: Person[] = [];
  for (let i = 0; i < PEOPLE_POOL; i++) {
    const country = zipfPick(rng, countries);
    const name = makeName(rng, lex, country.style);
    people.push({
      ...name,
      country,
      office: null,
      ...poolRole(rng, { countries, orgs }, country, name.female),
    });
  }

  const mayors = new Map<Place, Person>();
  const unusedLex = new PseudoLexicon(mixSeed(seed, Space.Unused));
  return {
    seed,
    countries,
    people,
    orgs,
    nounCount: NOUN_VOCABULARY,
    noun: (rank) =>
      rank < COMMON_NOUNS.length ? at(COMMON_NOUNS, rank) : nouns.word(rank - COMMON_NOUNS.length),
    // Three-syllable words: the surname/town spaces above only ever use two-syllable stems.
    unusedName: (index) =>
      `${capitalize(unusedLex.word(index * 2))} ${capitalize(unusedLex.word(index * 2 + 1))}`,
    unusedTown: (index) => capitalize(unusedLex.word(1_000_000 + index)),
    localName: (nameRng, country) => makeName(nameRng, lex, country.style),
    mayorOf(place) {
      let mayor = mayors.get(place);
      if (!mayor) {
        const mayorRng = mulberry32(
          mixSeed(seed, Space.Mayor, place.country.id, place.country.places.indexOf(place)),
        );
        const name = makeName(mayorRng, lex, place.country.style);
        mayor = {
          ...name,
          country: place.country,
          prefix: "Mayor",
          appositive: `the mayor of ${place.name}`,
          office: null,
        };
        mayors.set(place, mayor);
      }
      return mayor;
    },
  };
}

/** A random town (or city) of a country, famous ones far more often. */
export function placeIn(rng: Rng, country: Country, skipCapital = false): Place {
  const first = skipCapital ? 1 : 0;
  return at(country.places, first + zipfRank(rng, country.places.length - first));
}
