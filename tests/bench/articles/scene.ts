/**
 * The cast and setting of one article, plus the phrase helpers its sentences are written with:
 * who is introduced how, dates relative to the article's date, numbers, quotes, places. The
 * scene also collects "facts" (what was written about whom) that questions are made from, so
 * every question names people and places that really occur in the set.
 */
import { MONTHS, NUMBER_WORDS, TOPICS, WEEKDAYS, type Topic } from "./lexicon.js";
import { at, chance, int, pick, weighted, zipfPick, zipfRank, type Rng } from "./prng.js";
import { capitalize } from "./pseudoWords.js";
import { placeIn, type Country, type Person, type Place, type World } from "./world.js";

export type FactKind =
  | "said"
  | "when"
  | "died"
  | "injured"
  | "whoOffice"
  | "whoPerson"
  | "where"
  | "why"
  | "yesNo"
  | "about"
  | "report";

export interface Fact {
  kind: FactKind;
  question: string;
}

/** Markers for quotation marks, turned into “curly” or "straight" ones per file at the end. */
export const OPEN_QUOTE = "\u0001";
export const CLOSE_QUOTE = "\u0002";
export const OPEN_SINGLE = "\u0003";
export const CLOSE_SINGLE = "\u0004";

const DAY_MS = 86_400_000;
/** Articles are dated between 2024-01-01 and 2025-12-31. */
const FIRST_DAY = Date.UTC(2024, 0, 1);
const DAYS = 731;

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function monthDay(ms: number): string {
  const d = new Date(ms);
  return `${at(MONTHS, d.getUTCMonth())} ${d.getUTCDate()}`;
}

function weekday(ms: number): string {
  return at(WEEKDAYS, new Date(ms).getUTCDay());
}

/** "nine" for small numbers, digits otherwise, as news style guides do. */
export function count(n: number): string {
  return n <= 10 ? at(NUMBER_WORDS, n) : String(n);
}

/** Large estimates are round: 8,373 → 8,400. */
function roundish(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

export class Scene {
  readonly date: number;
  readonly primary: Country;
  readonly rival: Country;
  readonly third: Country;
  readonly host: Place;
  readonly incident: Place;
  readonly topic: Topic;
  readonly topic2: Topic;
  readonly lead: Person;
  readonly cast: Person[];
  /** "Mr. Rubio" on later mentions instead of plain "Rubio" (the style of one seed outlet). */
  readonly honorific: boolean;
  readonly facts: Fact[] = [];
  private introduced = new Set<Person>();
  private described = new Set<Place>();

  constructor(
    readonly rng: Rng,
    readonly world: World,
  ) {
    this.date = FIRST_DAY + int(rng, 0, DAYS - 1) * DAY_MS;
    this.primary = zipfPick(rng, world.countries);
    this.rival = this.pickRival();
    this.third = this.pickOther([this.primary, this.rival]);
    this.host = chance(rng, 0.6) ? at(this.third.places, 0) : placeIn(rng, this.third);
    this.incident = placeIn(rng, chance(rng, 0.8) ? this.primary : this.rival, true);
    this.topic = zipfPick(rng, TOPICS);
    this.topic2 = this.pickTopic2();
    this.honorific = chance(rng, 0.3);
    this.lead = this.pickLead();
    this.cast = this.pickCast();
  }

  private pickOther(exclude: Country[]): Country {
    for (;;) {
      const country = zipfPick(this.rng, this.world.countries);
      if (!exclude.includes(country)) return country;
    }
  }

  private pickRival(): Country {
    const rivals = this.primary.rivals;
    if (rivals && chance(this.rng, 0.75)) {
      const name = pick(this.rng, rivals);
      const rival = this.world.countries.find((c) => c.name === name);
      if (rival) return rival;
    }
    return this.pickOther([this.primary]);
  }

  private pickTopic2(): Topic {
    for (;;) {
      const topic = zipfPick(this.rng, TOPICS);
      if (topic !== this.topic) return topic;
    }
  }

  private cabinetPerson(country: Country): Person {
    const key = weighted(this.rng, [
      ["leader", 4],
      ["foreign", 4],
      ["defence", 2],
      ["economy", 1],
      ["finance", 1],
      ["energy", 1],
      ["interior", 1],
      ["spokesperson", 2],
    ] as const);
    return country.cabinet[key];
  }

  private poolPerson(): Person {
    return zipfPick(this.rng, this.world.people);
  }

  private pickLead(): Person {
    const us = this.world.countries.find((c) => c.name === "the United States");
    return weighted(this.rng, [
      [() => this.cabinetPerson(this.primary), 5],
      [() => (us ? us.cabinet.foreign : this.cabinetPerson(this.primary)), 2],
      [() => this.poolPerson(), 3],
    ] as const)();
  }

  private pickCast(): Person[] {
    const cast = [this.lead, this.cabinetPerson(this.rival), this.cabinetPerson(this.third)];
    const extra = int(this.rng, 1, 3);
    for (let i = 0; i < extra; i++) cast.push(this.poolPerson());
    if (chance(this.rng, 0.5)) cast.push(this.cabinetPerson(this.primary));
    return [...new Set(cast)];
  }

  // ——— people ———

  /** Someone from the cast; the lead far more often than the others. */
  person(): Person {
    return chance(this.rng, 0.4) ? this.lead : pick(this.rng, this.cast);
  }

  /** Someone from the cast other than `other`. */
  otherPerson(other: Person): Person {
    const others = this.cast.filter((p) => p !== other);
    return others.length > 0 ? pick(this.rng, others) : other;
  }

  full(p: Person): string {
    return `${p.first} ${p.last}`;
  }

  /** A later mention: "Rubio" or "Mr. Rubio". */
  short(p: Person): string {
    return this.honorific ? `${p.female ? "Ms." : "Mr."} ${p.last}` : p.last;
  }

  /** How a question names someone: the full name or just the surname, as people ask. */
  asked(p: Person): string {
    return chance(this.rng, 0.5) ? this.full(p) : p.last;
  }

  /**
   * A mention of `p`. The first one introduces them with their title ("French Foreign Minister
   * Jean Barrot") or, where a sentence allows a trailing comma (`subject`), with a description
   * after the name ("Jean Barrot, France's foreign minister,"); later ones use the surname.
   */
  ref(p: Person, slot: "subject" | "object" = "subject"): string {
    if (this.introduced.has(p)) return this.short(p);
    this.introduced.add(p);
    const full = this.full(p);
    const useAppositive = p.prefix === null || (slot === "subject" && chance(this.rng, 0.3));
    if (useAppositive && slot === "object") return full;
    this.recordIntroduction(p);
    if (useAppositive) return `${full}, ${p.appositive},`;
    const prefix = p.prefix ?? "";
    const adj = `${p.country.adj} `;
    // Now and then "France's Foreign Minister X" instead of "French Foreign Minister X".
    if (p.office && prefix.startsWith(adj) && chance(this.rng, 0.15))
      return `${p.country.poss} ${prefix.slice(adj.length)} ${full}`;
    return `${prefix} ${full}`;
  }

  private recordIntroduction(p: Person): void {
    this.fact("whoPerson", `Who is ${this.full(p)}?`);
    if (p.office) this.fact("whoOffice", `Who is ${p.office}?`);
  }

  he(p: Person): string {
    return p.female ? "she" : "he";
  }

  his(p: Person): string {
    return p.female ? "her" : "his";
  }

  // ——— places ———

  /** "the northern city of Sumy" the first time a place is named, "Sumy" afterwards. */
  place(pl: Place): string {
    if (pl.kind === "capital" || this.described.has(pl)) return pl.name;
    this.described.add(pl);
    this.fact("where", `Where is ${pl.name}?`);
    const where = this.regionOf(pl);
    switch (pl.kind) {
      case "city":
        return chance(this.rng, 0.6) ? `the ${pl.region} city of ${pl.name}` : `${pl.name} in ${where}`;
      case "town":
        return chance(this.rng, 0.5)
          ? `the ${pl.region} town of ${pl.name}`
          : `the town of ${pl.name} in ${where}`;
      case "village":
        return `the village of ${pl.name} in ${where}`;
    }
  }

  /** "eastern Ukraine", "the southern United States". */
  private regionOf(pl: Place): string {
    const name = pl.country.name;
    return name.startsWith("the ") ? `the ${pl.region} ${name.slice(4)}` : `${pl.region} ${name}`;
  }

  /** Another place in one of the article's countries. */
  somePlace(): Place {
    return placeIn(this.rng, pick(this.rng, [this.primary, this.primary, this.rival, this.third]), true);
  }

  // ——— time ———

  /** When something already happened: "on Thursday", "Wednesday", "on April 17, 2025"… */
  pastDay(): string {
    const when = this.date - int(this.rng, 0, 6) * DAY_MS;
    return weighted(this.rng, [
      [() => `on ${weekday(when)}`, 30],
      [() => weekday(when), 20],
      [() => `on ${monthDay(when)}`, 15],
      [() => `on ${monthDay(when)}, ${new Date(when).getUTCFullYear()}`, 10],
      [() => "earlier this week", 10],
      [() => "last week", 5],
      [() => "earlier this month", 5],
      [() => `last ${weekday(when)}`, 5],
    ] as const)();
  }

  /** When something is expected: "next week", "on Monday", "on April 26"… */
  futureDay(): string {
    const when = this.date + int(this.rng, 1, 20) * DAY_MS;
    return weighted(this.rng, [
      [() => "next week", 20],
      [() => "early next week", 10],
      [() => `on ${weekday(when)}`, 15],
      [() => `next ${weekday(when)}`, 10],
      [() => `on ${monthDay(when)}`, 15],
      [() => "in the coming days", 10],
      [() => "later this month", 10],
      [() => "by the end of the month", 5],
    ] as const)();
  }

  /** "April 26" a few days to weeks after the article's date. */
  futureDate(): string {
    return monthDay(this.date + int(this.rng, 2, 30) * DAY_MS);
  }

  month(): string {
    return at(MONTHS, new Date(this.date - int(this.rng, 20, 300) * DAY_MS).getUTCMonth());
  }

  year(): number {
    return new Date(this.date).getUTCFullYear();
  }

  // ——— numbers ———

  /** "Some 20", "at least 34", "more than 60", "nearly 150"… */
  approx(lo: number, hi: number): string {
    const n = roundish(int(this.rng, lo, hi));
    return `${pick(this.rng, ["some", "at least", "more than", "nearly", "about", "around"])} ${n.toLocaleString("en-US")}`;
  }

  /** "$1.2 billion", "450 million euros". */
  money(): string {
    return weighted(this.rng, [
      [() => `$${int(this.rng, 1, 60)}.${int(this.rng, 1, 9)} billion`, 3],
      [() => `${int(this.rng, 20, 950)} million euros`, 2],
      [() => `$${int(this.rng, 5, 900)} million`, 2],
    ] as const)();
  }

  thousands(lo: number, hi: number): string {
    return (int(this.rng, lo, hi) * 1000).toLocaleString("en-US");
  }

  // ——— words ———

  /** A common noun from the long-tailed vocabulary (Zipf: "energy" often, "drekovan" once). */
  thing(): string {
    return this.world.noun(zipfRank(this.rng, this.world.nounCount));
  }

  Thing(): string {
    return capitalize(this.thing());
  }

  /** A word tied to the article's topic: "truce", "royalties". */
  word(topic: Topic = this.topic): string {
    return pick(this.rng, topic.words);
  }

  org(): string {
    return zipfPick(this.rng, this.world.orgs);
  }

  q(text: string): string {
    return OPEN_QUOTE + text + CLOSE_QUOTE;
  }

  fact(kind: FactKind, question: string): void {
    this.facts.push({ kind, question });
  }

  /**
   * Runs a sentence template; if its sentence is thrown away, also forgets the facts it recorded
   * and the people and places it introduced, so questions and "first mention" stay truthful.
   */
  attempt(write: () => string | null, keep: (sentence: string) => boolean): string | null {
    const saved = {
      facts: this.facts.length,
      introduced: new Set(this.introduced),
      described: new Set(this.described),
    };
    const sentence = write();
    if (sentence !== null && keep(sentence)) return sentence;
    this.facts.length = saved.facts;
    this.introduced = saved.introduced;
    this.described = saved.described;
    return null;
  }
}
