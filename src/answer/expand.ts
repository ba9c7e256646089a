/**
 * Query expansion from the paraphrase table (data/synonyms.json): a question term finds the
 * other members of its groups. Entries become index terms the same way article words do
 * (stem of the base form; a multi-word entry is its own phrase term).
 */
import { defaultAliases } from "../text/aliases.js";
import {
  defaultMetonyms,
  defaultSynonymGroups,
  type Metonyms,
  type SynonymGroups,
} from "../text/synonyms.js";
import { wordTerm } from "../text/terms.js";

export type SynonymMap = ReadonlyMap<string, readonly string[]>;

export function buildSynonymMap(groups: SynonymGroups): SynonymMap {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((entry) => (entry.includes(" ") ? entry : wordTerm(entry))))];
    for (const term of terms) {
      let others = map.get(term);
      if (!others) map.set(term, (others = new Set()));
      for (const other of terms) if (other !== term) others.add(other);
    }
  }
  return new Map([...map].map(([term, others]) => [term, [...others]]));
}

let defaultMap: SynonymMap | undefined;

/** The paraphrases of a term (never the term itself), from the default table. */
export function synonymsOf(
  term: string,
  map: SynonymMap = (defaultMap ??= buildSynonymMap(defaultSynonymGroups)),
): readonly string[] {
  return map.get(term) ?? [];
}

/** Country ↔ capital, both ways, as index terms ("russia" ↔ "moscow", "kremlin"). */
export function buildMetonymMap(metonyms: Metonyms): SynonymMap {
  const nameTerm = (word: string) => defaultAliases.words.get(word) ?? wordTerm(word);
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = map.get(a);
    if (!set) map.set(a, (set = new Set()));
    set.add(b);
  };
  for (const [place, words] of metonyms) {
    const placeTerm = nameTerm(place);
    for (const word of words) {
      link(placeTerm, nameTerm(word));
      link(nameTerm(word), placeTerm);
    }
  }
  return new Map([...map].map(([term, others]) => [term, [...others]]));
}

let defaultMetonymMap: SynonymMap | undefined;

/** The names that can stand for a name ("moscow" for "russia" and back), from the default table. */
export function metonymsOf(
  term: string,
  map: SynonymMap = (defaultMetonymMap ??= buildMetonymMap(defaultMetonyms)),
): readonly string[] {
  return map.get(term) ?? [];
}

let canonical: Map<string, string> | undefined;

/**
 * One representative term for a term and its paraphrases, so two wordings of the same claim
 * ("expected next week" / "scheduled for the following week") compare equal word for word.
 */
export function canonicalTerm(term: string): string {
  if (!canonical) {
    canonical = new Map();
    for (const group of defaultSynonymGroups) {
      const terms = group.map((entry) => (entry.includes(" ") ? entry : wordTerm(entry)));
      const head = [...terms].sort()[0] as string;
      for (const t of terms) {
        const known = canonical.get(t);
        if (!known || head < known) canonical.set(t, head);
      }
    }
  }
  return canonical.get(term) ?? term;
}
