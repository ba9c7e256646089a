/**
 * Turns a scene's sentences into a file that looks scraped like the seeds: an optional
 * ` date YYYY-MM-DD ` prefix glued to the first sentence or a headline line, paragraphs split by
 * blank lines or single newlines, section headings, lines of bare markdown links (sometimes with
 * a caption under them), a dateline, a credit line, and site boilerplate at the end.
 */
import { BOILERPLATE_LINES, LINK_DOMAINS, MONTHS, SITES, WEAPONS } from "./lexicon.js";
import { at, chance, hex, int, mixSeed, mulberry32, pick, weighted, type Rng } from "./prng.js";
import { capitalize } from "./pseudoWords.js";
import { CLOSE_QUOTE, CLOSE_SINGLE, isoDate, OPEN_QUOTE, OPEN_SINGLE, Scene, type Fact } from "./scene.js";
import { bodySentences, LEADS } from "./sentences.js";
import type { World } from "./world.js";

export interface GeneratedArticle {
  name: string;
  text: string;
  facts: Fact[];
  sentences: number;
}

/** Which of the seeds' format features one file has. */
interface FileStyle {
  opening: "date" | "headline" | "plain";
  headings: boolean;
  links: boolean;
  boilerplate: boolean;
  /** Paragraphs separated by a blank line (else by a single newline). */
  blankLines: boolean;
  curlyQuotes: boolean;
  /** One stray ” closing a straight quote, as in one seed. */
  quoteGlitch: boolean;
  dateline: boolean;
  credit: boolean;
  finalNewline: boolean;
}

const STREAM_ARTICLE = 0xa27;

function fileStyle(rng: Rng): FileStyle {
  const curlyQuotes = chance(rng, 0.6);
  return {
    opening: weighted(rng, [
      ["date", 60],
      ["headline", 20],
      ["plain", 20],
    ] as const),
    headings: chance(rng, 0.3),
    links: chance(rng, 0.2),
    boilerplate: chance(rng, 0.15),
    blankLines: chance(rng, 0.7),
    curlyQuotes,
    quoteGlitch: !curlyQuotes && chance(rng, 0.08),
    dateline: chance(rng, 0.1),
    credit: chance(rng, 0.1),
    finalNewline: chance(rng, 0.5),
  };
}

/** Upper-cases the first letter, skipping a leading quotation mark. */
function capitalizeSentence(sentence: string): string {
  const i = sentence.search(/\p{L}/u);
  if (i < 0) return sentence;
  return sentence.slice(0, i) + sentence.charAt(i).toUpperCase() + sentence.slice(i + 1);
}

/** Splits sentences into `wanted` paragraphs; news leads are often a paragraph of their own. */
function paragraphs(rng: Rng, sentences: string[], wanted: number): string[] {
  const n = sentences.length;
  const cuts = new Set<number>();
  if (chance(rng, 0.5)) cuts.add(1);
  const total = Math.min(wanted, n);
  while (cuts.size < total - 1) cuts.add(int(rng, 1, n - 1));
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), n];
  const out: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push(sentences.slice(bounds[i], bounds[i + 1]).join(" "));
  return out;
}

function headline(s: Scene): string {
  return pick(s.rng, [
    () => `${s.primary.adj} ${s.topic.headline} Talks Resume in ${s.host.name}`,
    () =>
      `${capitalize(s.third.name)} Seeks ${s.topic.headline} Progress in ${s.host.name}, ${s.lead.last} Signals Possible Exit`,
    () => `${s.lead.last} Warns ${capitalize(s.primary.name)} Could Walk Away From ${s.topic.headline} Talks`,
    () => `${int(s.rng, 3, 60)} Killed as ${capitalize(pick(s.rng, WEAPONS))} Hit ${s.incident.name}`,
    () =>
      `${s.primary.capital} Signals ${OPEN_SINGLE}Significant Progress${CLOSE_SINGLE} in ${s.topic.headline} Talks With ${capitalize(s.third.name)}`,
    () => `What Next for the ${s.topic.headline} After ${s.host.name}`,
    () => `${s.third.adj} Envoy Heads to ${s.host.name} as ${s.topic.headline} Hopes Fade`,
  ])();
}

function sectionHeading(s: Scene): string {
  return pick(s.rng, [
    () => `${s.host.name} Talks: A Push for ${s.topic.headline}`,
    () => "Challenges and Tensions",
    () => "Critical Perspective",
    () => "What Happens Next",
    () => "Background",
    () => `${s.topic.headline} and ${capitalize(s.primary.name)}`,
    () => `${s.topic2.headline} Debate`,
    () => `Security guarantees for ${s.primary.name}?`,
    () => `First step towards ${s.topic.deal}`,
    () =>
      `${s.primary.capital} signals ${OPEN_SINGLE}significant progress${CLOSE_SINGLE} in ${s.topic.talks} with ${s.third.name}`,
    () => "Reactions",
    () => "International response",
    () => `The view from ${s.rival.capital}`,
  ])();
}

/** A few URLs per file, reused across its link lines as the seeds do. */
function linkPool(s: Scene): string[] {
  const slug = [s.primary.name, s.topic.headline, s.host.name, s.thing(), s.thing()]
    .join(" ")
    .toLowerCase()
    .replace(/^the /u, "")
    .replace(/[^a-z0-9]+/gu, "-");
  const d = new Date(s.date);
  const mon = at(MONTHS, d.getUTCMonth()).slice(0, 3).toLowerCase();
  const paths = [
    () => `world/${d.getUTCFullYear()}/${mon}/${String(d.getUTCDate()).padStart(2, "0")}/${slug}`,
    () => `amp/world/${slug}-ws-kl-${int(s.rng, 1_000_000, 9_999_999)}.html`,
    () => `news/articles/c${hex(s.rng, 11)}`,
  ];
  const n = int(s.rng, 1, 3);
  return Array.from({ length: n }, () => `https://${pick(s.rng, LINK_DOMAINS)}/${pick(s.rng, paths)()}`);
}

function linkLine(s: Scene, pool: string[]): string {
  const n = int(s.rng, 1, 3);
  return Array.from({ length: n }, () => `[](${pick(s.rng, pool)})`).join("");
}

function caption(s: Scene): string {
  const p = s.lead;
  return capitalize(
    `${p.prefix ?? p.country.adj} ${p.first} ${p.last} at ${s.host.name} ${s.topic.talks} for ${s.primary.name}`,
  );
}

function boilerplate(s: Scene): string[] {
  const site = pick(s.rng, SITES);
  const lines: string[] = [];
  if (chance(s.rng, 0.5))
    lines.push(`For the latest updates, visit ${site} or follow developments on the ${s.topic.talks}.`);
  // Keep the page order of the seeds, skipping some lines.
  for (const line of BOILERPLATE_LINES) if (chance(s.rng, 0.45)) lines.push(line.replace("{site}", site));
  if (lines.length === 0) lines.push("Post a Comment");
  return lines;
}

function creditLine(s: Scene): string {
  const names = [0, 1, 2].map(() => s.world.localName(s.rng, s.primary));
  const [a, b, c] = names as [(typeof names)[0], (typeof names)[0], (typeof names)[0]];
  return `The report was contributed by ${a.last} from ${s.primary.capital}, with additional contributions from ${b.first} ${b.last} in ${s.host.name} and ${c.first} ${c.last} in ${s.third.capital}.`;
}

/** Marker characters → the file's quotation style; straight files use ' for apostrophes too. */
function typeset(text: string, style: FileStyle): string {
  if (style.curlyQuotes) {
    return text
      .replaceAll("'", "’")
      .replaceAll(OPEN_QUOTE, "“")
      .replaceAll(CLOSE_QUOTE, "”")
      .replaceAll(OPEN_SINGLE, "‘")
      .replaceAll(CLOSE_SINGLE, "’");
  }
  const glitched = style.quoteGlitch ? text.replace(CLOSE_QUOTE, "”") : text;
  return glitched
    .replaceAll(OPEN_QUOTE, '"')
    .replaceAll(CLOSE_QUOTE, '"')
    .replaceAll(OPEN_SINGLE, "'")
    .replaceAll(CLOSE_SINGLE, "'");
}

/** File i of the set: depends only on (world seed, i), never on the set's size. */
export function generateArticle(world: World, index: number): GeneratedArticle {
  const rng = mulberry32(mixSeed(world.seed, STREAM_ARTICLE, index));
  const name = `${String(index).padStart(5, "0")}_${hex(rng, 16)}.txt`;
  const s = new Scene(rng, world);
  const style = fileStyle(rng);

  const lead = pick(rng, LEADS)(s) ?? "";
  const body = bodySentences(s, int(rng, 20, 28) - 1);
  const sentences = [lead, ...body].map(capitalizeSentence);
  if (style.headings && chance(rng, 0.3)) sentences[0] = `Introduction: ${sentences[0]}`;
  const paras = paragraphs(rng, sentences, int(rng, 4, 10));
  if (style.dateline && paras.length > 1) paras[1] = `${s.host.name.toUpperCase()} — ${paras[1]}`;

  // Decorations go before paragraph k (headings) or after it (links), never before the first.
  const headingsBefore = new Set<number>();
  if (style.headings)
    for (let i = int(rng, 1, 3); i > 0; i--) headingsBefore.add(int(rng, 1, paras.length - 1));
  const linksAfter = new Set<number>();
  if (style.links) for (let i = int(rng, 1, 4); i > 0; i--) linksAfter.add(int(rng, 0, paras.length - 1));
  const pool = style.links ? linkPool(s) : [];

  const blocks: string[] = [];
  if (style.opening === "headline") blocks.push(headline(s));
  paras.forEach((para, k) => {
    if (headingsBefore.has(k)) blocks.push(sectionHeading(s));
    blocks.push(k === 0 && style.opening === "date" ? ` date ${isoDate(s.date)} ${para}` : para);
    if (linksAfter.has(k))
      blocks.push(chance(rng, 0.3) ? `${linkLine(s, pool)}\n${caption(s)}` : linkLine(s, pool));
  });
  if (style.credit) blocks.push(creditLine(s));
  if (style.boilerplate) blocks.push(...boilerplate(s));

  const text = blocks.join(style.blankLines ? "\n\n" : "\n") + (style.finalNewline ? "\n" : "");
  return { name, text: typeset(text, style), facts: s.facts, sentences: sentences.length };
}
