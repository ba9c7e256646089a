/**
 * The lexicon the engine reads word meanings from: for an index term, the terms of the same
 * meaning (`related`), the classes it belongs to (`classes`), the nearest of them (`parents`) and
 * its opposites (`opposites`), as compact arrays of term ids; whether WordNet has it only as a
 * name (`isOnlyName`), that name's other names of more than one word (`phrases`), whether one
 * of its nouns is a kind of person (`mayBePerson`), and the places a place lies within (`within`).
 * Built from WordNet (relations.ts) and kept in one binary file; `Lexicon.fromBytes` reads it back.
 */
import type { TermRelations } from "./relations.js";
import { idsOf, termId } from "./termIds.js";
import { wordTerm } from "../text/terms.js";
import { WordVectors } from "./wordVectors.js";

const MAGIC = 0x4c58_4e38; // "LXN8"

/** The relations, in the order the file holds them. */
const RELATIONS = [
  "related",
  "classes",
  "parents",
  "opposites",
  "phrases",
  "within",
] as const satisfies readonly (keyof TermRelations)[];
type RelationName = (typeof RELATIONS)[number];

/** One relation as a compressed sparse row: term `x`'s targets are `targets[offsets[x]…offsets[x + 1])`, sorted. */
interface Relation {
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * The header: magic, text length, term count, each relation's two arrays' lengths, the names' and
 * the people's counts, and the word vectors' bytes (0 for none).
 */
const HEADER_BYTES = 4 * (3 + 2 * RELATIONS.length + 3);

export class Lexicon {
  readonly #ids: Map<string, number>;
  readonly #terms: readonly string[];
  readonly #relations: Record<RelationName, Relation>;
  /** The ids of the terms WordNet has only as names (TermRelations.names), sorted. */
  readonly #names: Int32Array;
  /** The ids of the terms one of whose nouns is a kind of person (TermRelations.people), sorted. */
  readonly #people: Int32Array;
  /** `phrases` read the other way (a phrase's id → the names it is another name of), built on first use. */
  #phraseNames: Map<number, number[]> | undefined;
  /** The word vectors (wordVectors.ts), when the lexicon was built with them. */
  readonly #vectors: WordVectors | null;

  private constructor(
    terms: readonly string[],
    relations: Record<RelationName, Relation>,
    names: Int32Array,
    people: Int32Array,
    vectors: WordVectors | null,
  ) {
    this.#terms = terms;
    this.#ids = idsOf(terms);
    this.#relations = relations;
    this.#names = names;
    this.#people = people;
    this.#vectors = vectors;
  }

  static fromRelations(relations: TermRelations, vectors: WordVectors | null = null): Lexicon {
    const terms = new Set<string>();
    for (const name of RELATIONS)
      for (const [term, set] of relations[name]) {
        terms.add(term);
        for (const other of set) terms.add(other);
      }
    for (const term of relations.names) terms.add(term);
    for (const term of relations.people) terms.add(term);
    const list = [...terms].sort();
    const ids = new Map(list.map((term, i) => [term, i]));
    const csr = (map: Map<string, Set<string>>): Relation => {
      const offsets = new Int32Array(list.length + 1);
      list.forEach((term, i) => (offsets[i + 1] = (offsets[i] as number) + (map.get(term)?.size ?? 0)));
      const targets = new Int32Array(offsets[list.length] as number);
      list.forEach((term, i) => {
        let at = offsets[i] as number;
        const set = map.get(term);
        if (!set) return;
        for (const other of [...set].map((t) => ids.get(t) as number).sort((a, b) => a - b))
          targets[at++] = other;
      });
      return { offsets, targets };
    };
    const sortedIdsOf = (set: ReadonlySet<string>) =>
      Int32Array.from([...set].map((t) => ids.get(t) as number).sort((a, b) => a - b));
    return new Lexicon(
      list,
      {
        related: csr(relations.related),
        classes: csr(relations.classes),
        parents: csr(relations.parents),
        opposites: csr(relations.opposites),
        phrases: csr(relations.phrases),
        within: csr(relations.within),
      },
      sortedIdsOf(relations.names),
      sortedIdsOf(relations.people),
      vectors,
    );
  }

  /** How many terms the lexicon knows. */
  get size(): number {
    return this.#terms.length;
  }

  has(term: string): boolean {
    return this.#id(term) !== undefined;
  }

  /** A term's id, looked up by its stem too (termIds.ts). */
  #id(term: string): number | undefined {
    return termId(this.#ids, term);
  }

  /** Both terms' ids, or null when the lexicon lacks either. */
  #ids2(a: string, b: string): [number, number] | null {
    const x = this.#id(a);
    const y = this.#id(b);
    return x === undefined || y === undefined ? null : [x, y];
  }

  /** Whether two terms share a meaning (either way round). */
  isRelated(a: string, b: string): boolean {
    const ids = this.#ids2(a, b);
    if (!ids) return false;
    return this.#sharesMeaning(ids[0], ids[1]);
  }

  /** Whether the terms of two ids share a meaning (the relation is looked up either way round). */
  #sharesMeaning(x: number, y: number): boolean {
    return contains(this.#relations.related, x, y) || contains(this.#relations.related, y, x);
  }

  /**
   * Whether two terms are opposites, antonyms in WordNet: "easy" and "difficult" (either way
   * round: the relation is stored both ways).
   */
  isOpposite(a: string, b: string): boolean {
    const ids = this.#ids2(a, b);
    return ids !== null && contains(this.#relations.opposites, ids[0], ids[1]);
  }

  /** Whether WordNet has the term (as written, not by its stem) only as a name ("taylor", "jupiter"; not "swift"). */
  isOnlyName(term: string): boolean {
    const id = this.#ids.get(term);
    return id !== undefined && sortedHas(this.#names, id);
  }

  /**
   * Whether one of the nouns the term stems from is a kind of person, whatever its classes say
   * ("mediat": "mediator", "offici": "official"; not "scuffl" or "photo").
   */
  mayBePerson(term: string): boolean {
    const id = this.#id(term);
    return id !== undefined && sortedHas(this.#people, id);
  }

  /** A term's row among the word vectors, for `addVectorRow` (−1 for none, or without vectors). */
  vectorRow(term: string): number {
    return this.#vectors ? this.#vectors.rowOf(term) : -1;
  }

  /** Adds `weight` times the unit vector of row `row` (from `vectorRow`) to `sum`. */
  addVectorRow(sum: Float64Array, row: number, weight: number): void {
    this.#vectors?.addRow(sum, row, weight);
  }

  get vectorDimensions(): number {
    return this.#vectors?.dimensions ?? 0;
  }

  /** Whether the lexicon has word vectors (a lexicon built for a test may not). */
  get hasVectors(): boolean {
    return this.#vectors !== null;
  }

  /** Whether `term` is a kind or an instance of `cls` ("jet" of "aircraft"). */
  isA(term: string, cls: string): boolean {
    return this.#reaches(this.#relations.classes, term, cls);
  }

  /** Whether `parent` is one of the nearest classes of `term`, one step up ("shop" of "bakery"). */
  hasParent(term: string, parent: string): boolean {
    return this.#reaches(this.#relations.parents, term, parent);
  }

  /**
   * How `term` stands to `meaning`, each looked up once (as written, then by its stem): `"same"`
   * for a shared meaning (`isRelated`) or, when `opposites`, an opposite (`isOpposite`); else
   * `"kind"` for a kind or an instance of it (`isA(term, meaning)`) or its nearest class
   * (`hasParent(meaning, term)`); else null.
   */
  relationOf(meaning: string, term: string, opposites: boolean): "same" | "kind" | null {
    const m = this.#ids.get(meaning);
    const t = this.#ids.get(term);
    const mStem = m ?? this.#id(meaning);
    const tStem = t ?? this.#id(term);
    if (mStem === undefined) return null;
    const { classes, parents } = this.#relations;
    if (tStem !== undefined) {
      if (this.#sharesMeaning(mStem, tStem)) return "same";
      if (opposites && contains(this.#relations.opposites, mStem, tStem)) return "same";
      if (m !== undefined && contains(classes, tStem, m)) return "kind";
    }
    return t !== undefined && contains(parents, mStem, t) ? "kind" : null;
  }

  /** Whether `relation` leads from `term` (looked up by its stem too) to `target` (as written). */
  #reaches(relation: Relation, term: string, target: string): boolean {
    const x = this.#id(term);
    const y = this.#ids.get(target);
    return x !== undefined && y !== undefined && contains(relation, x, y);
  }

  /** Whether `term` is one of `classes` or a kind or an instance of one ("cost" of money, worth). */
  isKindOf(term: string, classes: readonly string[]): boolean {
    return classes.some((cls) => cls === term || this.isA(term, cls));
  }

  /** The terms related to `term`. */
  relatedTo(term: string): string[] {
    return this.#list(this.#relations.related, term);
  }

  /** The opposites of `term` ("easi": "difficult", "hard"…). */
  oppositesOf(term: string): string[] {
    return this.#list(this.#relations.opposites, term);
  }

  /** A name's other names of more than one word, as their words' terms ("oscar": "academi award"). */
  phrasesOf(term: string): string[] {
    const id = this.#ids.get(term);
    return id === undefined ? [] : this.#list(this.#relations.phrases, term);
  }

  /**
   * The one-word names a name of more than one word is another name of, `phrasesOf` read the other
   * way ("gaza strip": "gaza"; "soviet union": "ussr", "russia").
   */
  namesOfPhrase(phrase: string): string[] {
    const id = this.#ids.get(phrase);
    if (id === undefined) return [];
    this.#phraseNames ??= inverted(this.#relations.phrases);
    return (this.#phraseNames.get(id) ?? []).map((name) => this.#terms[name] as string);
  }

  /**
   * Whether WordNet places `place` (a term the index writes, "tehran") somewhere, and not within
   * `container` (a question's name: "oman", "italy", "saudi arabia"): Tehran is in Iran, Paris
   * in France. False for a place WordNet does not place ("kessali", "sumi"), or places within it.
   */
  liesOutside(place: string, container: string): boolean {
    const { offsets } = this.#relations.within;
    const id = this.#id(place);
    if (id === undefined || offsets[id] === offsets[id + 1]) return false;
    const forms = [
      container,
      container
        .split(" ")
        .map((w) => wordTerm(w))
        .join(" "),
    ];
    return !forms.some((form) => this.#reaches(this.#relations.within, place, form));
  }

  /** The classes of `term`. */
  classesOf(term: string): string[] {
    return this.#list(this.#relations.classes, term);
  }

  #list({ offsets, targets }: Relation, term: string): string[] {
    const id = this.#id(term);
    if (id === undefined) return [];
    return [...targets.subarray(offsets[id] as number, offsets[id + 1] as number)].map(
      (t) => this.#terms[t] as string,
    );
  }

  toBytes(): Buffer {
    const text = Buffer.from(this.#terms.join("\n"), "utf8");
    const arrays = [
      ...RELATIONS.flatMap((name) => [this.#relations[name].offsets, this.#relations[name].targets]),
      this.#names,
      this.#people,
    ];
    const vectors = this.#vectors?.toBytes() ?? Buffer.alloc(0);
    const header = new Int32Array([
      MAGIC,
      text.length,
      this.#terms.length,
      ...arrays.map((a) => a.length),
      vectors.length,
    ]);
    const pad = (4 - (text.length % 4)) % 4;
    return Buffer.concat([
      Buffer.from(header.buffer),
      text,
      Buffer.alloc(pad),
      ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
      vectors,
    ]);
  }

  /**
   * Reads `toBytes()` output back, over the same memory when it is 4-byte aligned (so the bytes
   * must not change after); null when the bytes are not a lexicon.
   */
  static fromBytes(bytes: Buffer): Lexicon | null {
    if (bytes.length < HEADER_BYTES) return null;
    // A file read whole is aligned; other bytes are copied.
    const view = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
    const { buffer, byteOffset: base, byteLength } = view;
    const header = new Int32Array(buffer, base, HEADER_BYTES / 4);
    if (header[0] !== MAGIC) return null;
    const textLength = header[1] as number;
    const termCount = header[2] as number;
    if (textLength < 0 || HEADER_BYTES + textLength > byteLength) return null;
    const terms = Buffer.from(buffer, base + HEADER_BYTES, textLength)
      .toString("utf8")
      .split("\n");
    if (terms.length !== termCount) return null;
    let at = HEADER_BYTES + textLength + ((4 - (textLength % 4)) % 4);
    const arrays: Int32Array[] = [];
    for (let i = 3; i < HEADER_BYTES / 4 - 1; i++) {
      const length = header[i] as number;
      if (length < 0 || at + length * 4 > byteLength) return null;
      arrays.push(new Int32Array(buffer, base + at, length));
      at += length * 4;
    }
    const relations = {} as Record<RelationName, Relation>;
    RELATIONS.forEach((name, k) => {
      relations[name] = { offsets: arrays[2 * k] as Int32Array, targets: arrays[2 * k + 1] as Int32Array };
    });
    if (RELATIONS.some((name) => relations[name].offsets.length !== termCount + 1)) return null;
    const vectorBytes = header[HEADER_BYTES / 4 - 1] as number;
    if (at + vectorBytes !== byteLength) return null;
    const vectors = vectorBytes
      ? WordVectors.fromBytes(new Uint8Array(buffer, base + at, vectorBytes))
      : null;
    if (vectorBytes && !vectors) return null;
    return new Lexicon(
      terms,
      relations,
      arrays[2 * RELATIONS.length] as Int32Array,
      arrays[2 * RELATIONS.length + 1] as Int32Array,
      vectors,
    );
  }
}

/** A relation read from its targets back to the terms leading to them. */
function inverted({ offsets, targets }: Relation): Map<number, number[]> {
  const back = new Map<number, number[]>();
  for (let x = 0; x + 1 < offsets.length; x++)
    for (let k = offsets[x] as number; k < (offsets[x + 1] as number); k++) {
      const y = targets[k] as number;
      const sources = back.get(y);
      if (sources) sources.push(x);
      else back.set(y, [x]);
    }
  return back;
}

/** Binary search for `y` in node `x`'s sorted target list. */
function contains({ offsets, targets }: Relation, x: number, y: number): boolean {
  return sortedHas(targets, y, offsets[x] as number, (offsets[x + 1] as number) - 1);
}

/** Binary search for `y` in `sorted[lo…hi]`. */
function sortedHas(sorted: Int32Array, y: number, lo = 0, hi = sorted.length - 1): boolean {
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === y) return true;
    if (v < y) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
