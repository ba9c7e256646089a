/**
 * The lexicon the engine reads word meanings from: for an index term, the terms of the same
 * meaning (`related`), the classes it belongs to (`classes`), the nearest of them (`parents`) and
 * its opposites (`opposites`), as compact arrays of term ids.
 * Built from WordNet (relations.ts) and kept in one binary file; `Lexicon.fromBytes` reads it back.
 */
import type { TermRelations } from "./relations.js";
import { wordTerm } from "../text/terms.js";

const MAGIC = 0x4c58_4e33; // "LXN3"

/** The header: magic, text length, term count, and the eight arrays' lengths. */
const HEADER_BYTES = 44;

export class Lexicon {
  readonly #ids: Map<string, number>;
  readonly #terms: readonly string[];
  readonly #relatedOffsets: Int32Array;
  readonly #related: Int32Array;
  readonly #classOffsets: Int32Array;
  readonly #classes: Int32Array;
  readonly #parentOffsets: Int32Array;
  readonly #parents: Int32Array;
  readonly #oppositeOffsets: Int32Array;
  readonly #opposites: Int32Array;

  private constructor(
    terms: readonly string[],
    relatedOffsets: Int32Array,
    related: Int32Array,
    classOffsets: Int32Array,
    classes: Int32Array,
    parentOffsets: Int32Array,
    parents: Int32Array,
    oppositeOffsets: Int32Array,
    opposites: Int32Array,
  ) {
    this.#terms = terms;
    this.#ids = new Map(terms.map((term, i) => [term, i]));
    this.#relatedOffsets = relatedOffsets;
    this.#related = related;
    this.#classOffsets = classOffsets;
    this.#classes = classes;
    this.#parentOffsets = parentOffsets;
    this.#parents = parents;
    this.#oppositeOffsets = oppositeOffsets;
    this.#opposites = opposites;
  }

  static fromRelations(relations: TermRelations): Lexicon {
    const terms = new Set<string>();
    for (const map of [relations.related, relations.classes, relations.parents, relations.opposites])
      for (const [term, set] of map) {
        terms.add(term);
        for (const other of set) terms.add(other);
      }
    const list = [...terms].sort();
    const ids = new Map(list.map((term, i) => [term, i]));
    const csr = (map: Map<string, Set<string>>): [Int32Array, Int32Array] => {
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
      return [offsets, targets];
    };
    const [relatedOffsets, related] = csr(relations.related);
    const [classOffsets, classes] = csr(relations.classes);
    const [parentOffsets, parents] = csr(relations.parents);
    const [oppositeOffsets, opposites] = csr(relations.opposites);
    return new Lexicon(
      list,
      relatedOffsets,
      related,
      classOffsets,
      classes,
      parentOffsets,
      parents,
      oppositeOffsets,
      opposites,
    );
  }

  /** How many terms the lexicon knows. */
  get size(): number {
    return this.#terms.length;
  }

  has(term: string): boolean {
    return this.#id(term) !== undefined;
  }

  /**
   * A term's id; a name kept whole by the alias table ("france", "germany") is looked up by its
   * stem too, as WordNet's lemmas were indexed ("franc", "germani").
   */
  #id(term: string): number | undefined {
    return this.#ids.get(term) ?? this.#ids.get(wordTerm(term));
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
    const [x, y] = ids;
    return (
      contains(this.#related, this.#relatedOffsets, x, y) ||
      contains(this.#related, this.#relatedOffsets, y, x)
    );
  }

  /**
   * Whether two terms are opposites, antonyms in WordNet: "easy" and "difficult" (either way
   * round: the relation is stored both ways).
   */
  isOpposite(a: string, b: string): boolean {
    const ids = this.#ids2(a, b);
    return ids !== null && contains(this.#opposites, this.#oppositeOffsets, ids[0], ids[1]);
  }

  /** Whether `term` is a kind or an instance of `cls` ("jet" of "aircraft"). */
  isA(term: string, cls: string): boolean {
    const x = this.#id(term);
    const y = this.#ids.get(cls);
    if (x === undefined || y === undefined) return false;
    return contains(this.#classes, this.#classOffsets, x, y);
  }

  /** Whether `parent` is one of the nearest classes of `term`, one step up ("shop" of "bakery"). */
  hasParent(term: string, parent: string): boolean {
    const x = this.#id(term);
    const y = this.#ids.get(parent);
    if (x === undefined || y === undefined) return false;
    return contains(this.#parents, this.#parentOffsets, x, y);
  }

  /** Whether `term` is one of `classes` or a kind or an instance of one ("cost" of money, worth). */
  isKindOf(term: string, classes: readonly string[]): boolean {
    return classes.some((cls) => cls === term || this.isA(term, cls));
  }

  /** The terms related to `term`. */
  relatedTo(term: string): string[] {
    return this.#list(this.#related, this.#relatedOffsets, term);
  }

  /** The classes of `term`. */
  classesOf(term: string): string[] {
    return this.#list(this.#classes, this.#classOffsets, term);
  }

  #list(targets: Int32Array, offsets: Int32Array, term: string): string[] {
    const id = this.#id(term);
    if (id === undefined) return [];
    return [...targets.subarray(offsets[id] as number, offsets[id + 1] as number)].map(
      (t) => this.#terms[t] as string,
    );
  }

  toBytes(): Buffer {
    const text = Buffer.from(this.#terms.join("\n"), "utf8");
    const arrays = [
      this.#relatedOffsets,
      this.#related,
      this.#classOffsets,
      this.#classes,
      this.#parentOffsets,
      this.#parents,
      this.#oppositeOffsets,
      this.#opposites,
    ];
    const header = new Int32Array([MAGIC, text.length, this.#terms.length, ...arrays.map((a) => a.length)]);
    const pad = (4 - (text.length % 4)) % 4;
    return Buffer.concat([
      Buffer.from(header.buffer),
      text,
      Buffer.alloc(pad),
      ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
    ]);
  }

  /** Reads `toBytes()` output back; null when the bytes are not a lexicon. */
  static fromBytes(bytes: Buffer): Lexicon | null {
    if (bytes.length < HEADER_BYTES) return null;
    const copy = new Uint8Array(bytes).buffer;
    const header = new Int32Array(copy, 0, HEADER_BYTES / 4);
    if (header[0] !== MAGIC) return null;
    const textLength = header[1] as number;
    const termCount = header[2] as number;
    if (textLength < 0 || HEADER_BYTES + textLength > copy.byteLength) return null;
    const terms = Buffer.from(copy, HEADER_BYTES, textLength).toString("utf8").split("\n");
    if (terms.length !== termCount) return null;
    let at = HEADER_BYTES + textLength + ((4 - (textLength % 4)) % 4);
    const arrays: Int32Array[] = [];
    for (let i = 3; i < HEADER_BYTES / 4; i++) {
      const length = header[i] as number;
      if (at + length * 4 > copy.byteLength) return null;
      arrays.push(new Int32Array(copy, at, length));
      at += length * 4;
    }
    const [
      relatedOffsets,
      related,
      classOffsets,
      classes,
      parentOffsets,
      parents,
      oppositeOffsets,
      opposites,
    ] = arrays as [
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
    ];
    if (
      [relatedOffsets, classOffsets, parentOffsets, oppositeOffsets].some(
        (offsets) => offsets.length !== termCount + 1,
      )
    )
      return null;
    return new Lexicon(
      terms,
      relatedOffsets,
      related,
      classOffsets,
      classes,
      parentOffsets,
      parents,
      oppositeOffsets,
      opposites,
    );
  }
}

/** Binary search for `y` in node `x`'s sorted target list. */
function contains(targets: Int32Array, offsets: Int32Array, x: number, y: number): boolean {
  let lo = offsets[x] as number;
  let hi = (offsets[x + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = targets[mid] as number;
    if (v === y) return true;
    if (v < y) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
