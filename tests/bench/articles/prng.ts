/**
 * Seeded randomness for the article generator. Everything random goes through an `Rng` made
 * here, never Math.random, so a (count, seed) pair always yields byte-identical files.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: spreads every input bit over the whole 32-bit result. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A seed for an independent stream, e.g. mixSeed(seed, STREAM_ARTICLE, i). Deriving one stream
 * per article keeps article i identical whatever the set's size, and lets unrelated parts
 * (questions, world building) draw numbers without shifting each other.
 */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) h = fmix32(h ^ fmix32((part >>> 0) ^ 0x27d4eb2d));
  return h;
}

/** An integer in [lo, hi], both inclusive. */
export function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} outside 0..${items.length - 1}`);
  return item;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return at(items, Math.floor(rng() * items.length));
}

/**
 * A rank in [0, n) with P(rank) roughly ∝ 1/(rank + 1): Zipf's law with exponent 1, sampled
 * as a log-uniform number so it needs no table however large n is.
 */
export function zipfRank(rng: Rng, n: number): number {
  const rank = Math.floor(Math.exp(rng() * Math.log(n + 1))) - 1;
  return Math.min(rank, n - 1);
}

/** An item of a list ordered from most to least common. */
export function zipfPick<T>(rng: Rng, items: readonly T[]): T {
  return at(items, zipfRank(rng, items.length));
}

/** An item chosen with probability proportional to its weight. */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of items) total += weight;
  let target = rng() * total;
  for (const [item, weight] of items) {
    target -= weight;
    if (target < 0) return item;
  }
  return at(items, items.length - 1)[0];
}

export function shuffleInPlace<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = at(items, i);
    items[i] = at(items, j);
    items[j] = tmp;
  }
  return items;
}

/** `digits` lowercase hex characters. */
export function hex(rng: Rng, digits: number): string {
  let out = "";
  while (out.length < digits)
    out += Math.floor(rng() * 0x10000)
      .toString(16)
      .padStart(4, "0");
  return out.slice(0, digits);
}
