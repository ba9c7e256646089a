/**
 * The derived index beside the store: `data/db.index.bin`, a compact binary copy of db.json's
 * articles that a start reads instead of parsing the JSON, holding each term string once.
 *
 * db.json (lowdb) stays the store of record; this file is only ever derived from it. Its footer
 * names the store generation it was built from (`StoreData.generation`, a new value on every
 * store write, kept first in db.json so it can be read without parsing the rest): a missing,
 * damaged or stale index is ignored and rebuilt. It is written to a temp file and renamed, after
 * the store.
 *
 * Layout: "TBIX", then one self-contained chunk per article, then the footer (JSON) and its
 * length and "TBIX". A chunk holds the article's fields as JSON (without its sentences and its
 * overview), the overview as JSON of its own (parsed on first use: it is half of the metadata), a
 * small string table (UTF-8, with UTF-16 lengths) and the sentences column by column as Int32
 * arrays.
 * Each sentence field is stored as the narrowest kind that holds all its values in the library
 * (an integer, a string, a list of either, a list of objects stored the same way, or JSON for
 * anything else), recorded once in the footer's schema, so fields added to sentences later are
 * carried without a change here. Since chunks are independent, a reload that changes one file
 * copies every other chunk's bytes from the old index and encodes one.
 *
 * The roles live in their own modules: the format (storeIndexFormat.ts), the schema
 * (storeIndexSchema.ts), encoding a chunk and the footer (storeIndexEncode.ts), writing
 * (storeIndexWrite.ts) and reading (storeIndexRead.ts).
 */
export { storeIndexPath, type IndexLayout } from "./storeIndexFormat.js";
export { writeStoreIndex } from "./storeIndexWrite.js";
export { readStoreGeneration, readStoreIndex, type LoadedIndex } from "./storeIndexRead.js";
