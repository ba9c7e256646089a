/**
 * The benchmark's question set: a fixed number of questions of the kinds people ask about news
 * ("What did X say about…", "When are the talks in…", "How many people died in…", "Who is…",
 * "Where is…", "Why did…", yes/no), made from facts the articles really state, plus about 10%
 * whose answers are in no article.
 */
import { OFF_TOPIC_QUESTIONS, TOPICS } from "./lexicon.js";
import { at, pick, shuffleInPlace, type Rng } from "./prng.js";
import type { Fact, FactKind } from "./scene.js";
import type { World } from "./world.js";

export const QUESTION_COUNT = 200;

/** Questions per kind for a 200-question set (scaled for other sizes). */
const QUOTAS: readonly (readonly [FactKind | "absent", number])[] = [
  ["said", 36],
  ["when", 18],
  ["died", 14],
  ["injured", 10],
  ["whoOffice", 14],
  ["whoPerson", 16],
  ["where", 14],
  ["why", 16],
  ["yesNo", 24],
  ["about", 8],
  ["report", 10],
  ["absent", 20],
];

/**
 * Questions about names that occur nowhere in the set: pseudo-words from a namespace the
 * articles never draw from, double-checked against the text.
 */
function absentQuestions(rng: Rng, world: World, occurs: (name: string) => boolean, n: number): string[] {
  const generated: string[] = [];
  for (let i = 0; generated.length < Math.ceil(n / 4); i++) {
    const person = world.unusedName(i);
    const town = world.unusedTown(i);
    if (occurs(person) || occurs(town)) continue;
    const topic = pick(rng, TOPICS);
    generated.push(
      pick(rng, [
        `Who is ${person}?`,
        `What did ${person} say about ${topic.theDeal}?`,
        `When are the talks in ${town}?`,
        `How many people died in ${town}?`,
        `Where is ${town}?`,
      ]),
    );
  }
  const general = shuffleInPlace(rng, [...OFF_TOPIC_QUESTIONS]).slice(0, n - generated.length);
  return [...general, ...generated];
}

/**
 * Question texts per kind in a seeded random order that mixes two kinds of draw: by frequency
 * (a fact stated in many articles, about a famous person or city, comes up often, as real users
 * ask about what is prominent) and uniformly over distinct facts (the long tail of one-off names).
 */
function bucketsOf(rng: Rng, facts: readonly Fact[]): Map<FactKind, string[]> {
  const raw = new Map<FactKind, string[]>();
  for (const fact of facts) {
    let list = raw.get(fact.kind);
    if (!list) raw.set(fact.kind, (list = []));
    list.push(fact.question);
  }
  const buckets = new Map<FactKind, string[]>();
  // Sorted keys: the order facts were first seen must not change which kinds draw first.
  for (const kind of [...raw.keys()].sort()) {
    const byFrequency = shuffleInPlace(rng, [...(raw.get(kind) ?? [])]);
    const uniform = shuffleInPlace(rng, [...new Set(byFrequency)]);
    const merged = new Set<string>();
    for (let i = 0; merged.size < uniform.length; i++) {
      const frequent = byFrequency[i];
      if (frequent !== undefined) merged.add(frequent);
      const rare = uniform[i];
      if (rare !== undefined) merged.add(rare);
    }
    buckets.set(kind, [...merged]);
  }
  return buckets;
}

export function pickQuestions(
  rng: Rng,
  world: World,
  facts: readonly Fact[],
  occurs: (name: string) => boolean,
  total = QUESTION_COUNT,
): string[] {
  const buckets = bucketsOf(rng, facts);
  const chosen: string[] = [];
  const quotaTotal = QUOTAS.reduce((sum, [, n]) => sum + n, 0);
  for (const [kind, quota] of QUOTAS) {
    const n = Math.round((quota * total) / quotaTotal);
    if (kind === "absent") chosen.push(...absentQuestions(rng, world, occurs, n));
    else chosen.push(...(buckets.get(kind) ?? []).splice(0, n));
  }
  // Small sets may lack some kinds: top up from whatever facts are left, kind by kind.
  const leftovers = [...buckets.values()].filter((b) => b.length > 0);
  for (let i = 0; chosen.length < total && leftovers.some((b) => b.length > 0); i++) {
    const question = at(leftovers, i % leftovers.length).shift();
    if (question !== undefined) chosen.push(question);
  }
  return shuffleInPlace(rng, [...new Set(chosen)].slice(0, total));
}
