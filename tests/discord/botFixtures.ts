/**
 * What the bot's end-to-end test files share: the bot's user id, and the seed articles' text (each
 * collapsed as the bot quotes it) to check that quoted sentences are verbatim.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { seedFiles, SEEDS_DIR } from "../helpers.js";
import { collapse } from "./discordChecks.js";
import { DEFAULTS } from "./emulator.js";

export const BOT_ID = DEFAULTS.botId;

const texts = await Promise.all((await seedFiles()).map((f) => readFile(join(SEEDS_DIR, f), "utf8")));
export const seedCorpus = texts.map(collapse).join("\n");
