/**
 * "Who is Germany's foreign minister" asks for one holder of a role: Germany's. A sentence naming
 * another country's ("Russian Foreign Minister Sergey Lavrov") or not naming the role at all does
 * not answer it, however much of the question it shares. News names a role's holder with the
 * owner before the title ("French President Emmanuel Macron", "Kremlin spokesman Dmitry Peskov"),
 * which is what is read here.
 */
import type { Sentence } from "../article.js";
import type { Library } from "../library.js";
import { wordTerm } from "../text/terms.js";
import { headlineTerms } from "./headline.js";
import { LOCATION_CLASS, PERSON_CLASS } from "./wordClasses.js";
import { isRoleTerm, lastWord, OTHER_RANKS, qualifiedHolders, SAME_RANKS } from "./roleHolders.js";
import type { Candidate, RerankContext } from "./rerank.js";
import type { Concept } from "./analyzeQuestion.js";
import { PART_CREDIT } from "./searchTerms.js";
import { ablated } from "./ablation.js";

/** Where an unqualified title's owner may be named: the sentence before, and the article's lead and headline. */
export interface TitleSurroundings {
  before?: Pick<Sentence, "terms" | "nameAt">;
  lead: readonly Pick<Sentence, "terms">[];
}

/** What a holder question asks: its role concepts, the words that say which role, and its owner. */
export interface RoleAsked {
  roles: ReadonlySet<number>;
  /** Concepts just before a role that say which one it is: "prime" minister, "defence" minister. */
  qualifiers: ReadonlySet<number>;
  /** The names that own the role ("Germany"), as their terms; none when the question names no owner ("what did the prime minister say"). */
  owners: readonly string[];
  /** The role is the speaker's of a speech question ("what did Iran's foreign minister say"). */
  speaker: boolean;
  /**
   * Per qualifier that is no name (its concept's index), the names the candidates' articles title
   * with it and its role ("special envoy Steve Witkoff"): who holds the role so qualified, where a
   * title of the owner's leaves the qualifier out ("US envoy Steve Witkoff"). Read only for a role
   * with an owner (roleHolders.ts's qualifiedHolders).
   */
  qualifiedHolders: ReadonlyMap<number, ReadonlySet<string>>;
}

/**
 * What a holder question asks ("who is the X of Y", "who is Y's X"): its role concepts, their
 * qualifiers and the names it gives their owner, if any ("who is the incident commander" names
 * none). Null when it is no holder question or asks about a deed ("who's the professor talking
 * about the risks"). A title before a name ("President Cleveland's wife") is not the role asked
 * for.
 */
export function roleAsked(context: RerankContext, candidates: readonly Candidate[]): RoleAsked | null {
  const { concepts, speechAt } = context.question;
  const articles = new Set(candidates.map((candidate) => candidate.article));
  // "What did Iran's foreign minister say…": the speaker, named before the verb of saying.
  const speaker = context.question.kind === "speech" && speechAt !== undefined;
  if (!speaker && (!context.holder || concepts.some((c) => c.verb))) return null;
  const own = concepts.filter(
    (c) =>
      !c.framing && c.source === "question" && (!speaker || (c.token ?? Infinity) < (speechAt as number)),
  );
  const titled = rolesIn(context, own, speaker, articles, (c) => isRoleTerm(c.term));
  if (titled?.owners.length || speaker) return titled;
  // "Who is the regional coroner": of no owner, any kind of person WordNet knows is a role too,
  // whose holder the sentence must name. (Of an owner, "Trump's predecessor", only a title is.)
  const anyRole = rolesIn(
    context,
    own,
    false,
    articles,
    (c) => isRoleTerm(c.term) || (!c.isName && context.lexicon.isA(c.term, PERSON_CLASS)),
  );
  return anyRole && anyRole.owners.length === 0 ? anyRole : titled;
}

/**
 * The question's own concepts `isRole` takes for a role, their qualifiers and owners; null for
 * none (or, for a speaker's role, none with an owner). `articles`: the candidates' articles, whose
 * title chains say who holds an owned role with its qualifiers.
 */
function rolesIn(
  context: RerankContext,
  own: readonly Concept[],
  speaker: boolean,
  articles: ReadonlySet<number>,
  isRole: (concept: Concept) => boolean,
): RoleAsked | null {
  const { concepts } = context.question;
  const tokenOf = new Map(own.map((c) => [c.token, c]));
  const roles = new Set<number>();
  for (const c of own) {
    if (!isRole(c) || c.token === undefined) continue;
    if (tokenOf.get(c.token + 1)?.isName) continue;
    roles.add(concepts.indexOf(c));
  }
  // "Prime minister", "defence minister": the words just before the last role word say which.
  for (const i of [...roles]) {
    const next = tokenOf.get((concepts[i]?.token ?? 0) + 1);
    if (next && roles.has(concepts.indexOf(next))) roles.delete(i);
  }
  const qualifiers = new Set<number>();
  /** Each role's qualifiers that are no names (concept indices), whose holders qualifiedHolders reads. */
  const plain = new Map<number, number[]>();
  for (const i of roles) {
    let token = (concepts[i]?.token ?? 0) - 1;
    for (let c = tokenOf.get(token); c && (!c.isName || isRoleTerm(c.term)); c = tokenOf.get(--token)) {
      qualifiers.add(concepts.indexOf(c));
      if (c.isName) continue;
      const list = plain.get(i) ?? [];
      list.push(concepts.indexOf(c));
      plain.set(i, list);
    }
  }
  const owners = own
    .filter((c) => c.isName && !roles.has(concepts.indexOf(c)) && !qualifiers.has(concepts.indexOf(c)))
    .map((c) => c.term);
  // A speaker's role without an owner ("what did the prime minister say") is asked only where no
  // name says who speaks.
  const asked = !speaker || owners.length > 0 || context.question.speakers.length === 0;
  if (roles.size === 0 || !asked) return null;
  // Who holds an owned role with its qualifiers: read only where an owner's title may lack them.
  const holders = owners.length > 0 ? holdersOfQualifiers(context, plain, articles) : new Map();
  return { roles, qualifiers, owners, speaker, qualifiedHolders: holders };
}

/**
 * Per qualifier of each role (concept indices), the names the candidates' articles title with it
 * and the role (RoleAsked.qualifiedHolders), each role's title chains read once.
 */
function holdersOfQualifiers(
  context: RerankContext,
  qualifiersOf: ReadonlyMap<number, readonly number[]>,
  articles: ReadonlySet<number>,
): Map<number, ReadonlySet<string>> {
  const holders = new Map<number, ReadonlySet<string>>();
  if (ablated("context")) return holders;
  const { concepts } = context.question;
  for (const [role, indices] of qualifiersOf) {
    const terms = indices.map((q) => concepts[q]?.term as string);
    const roleTerm = concepts[role]?.term as string;
    const held = qualifiedHolders(context.library, roleTerm, terms, context.questionTerms, articles);
    indices.forEach((q, k) => holders.set(q, held.get(terms[k] as string) ?? new Set()));
  }
  return holders;
}

/**
 * Whether the sentence names the role asked for as the owner's, or as nobody's in particular
 * ("Mayor Ihor Terekhov said…"). A name before the title that is not its owner ("Russian" for
 * "Germany's") makes it another's; a title without the question's qualifier ("economy minister"
 * for "prime minister") is another role. A sentence without the question's words for the role
 * answers only with another title of the owner's for the same role, with the question's
 * qualifier ("Halvorsen Nickel chief executive" for "the CEO of Halvorsen Nickel"; not "French
 * President" for "the mayor of Paris", nor "France's Foreign Minister" for France's special
 * envoy). A title of the owner's without the qualifier answers where the articles give its
 * holder the qualifier elsewhere ("US envoy Steve Witkoff", "special envoy Steve Witkoff").
 */
export function namesRoleOfOwner(
  context: RerankContext,
  asked: RoleAsked,
  sentence: Sentence,
  around: TitleSurroundings = { lead: [] },
): boolean {
  const terms = sentence.terms;
  const names = new Set([...(sentence.nameAt ?? []), ...(sentence.modifierAt ?? [])]);
  const phraseWords = new Set(terms.flatMap((t) => (t.includes(" ") ? t.split(" ").map(wordTerm) : [])));
  // A title is the role's words or a synonym, not one word of them ("minister" of "foreign
  // minister") nor a holder's name the articles' titles give.
  const hits = (term: string, set: ReadonlySet<number>) =>
    context.termConcepts.get(term)?.some((hit) => set.has(hit.concept) && hit.credit > PART_CREDIT) ?? false;
  // "Deputy mayor Ana Ruiz", "Vice President JD Vance": a rank the question does not ask for
  // makes the title another role.
  const otherRank = (at: number) => {
    const before = terms[at - 1];
    return before !== undefined && OTHER_RANKS.has(before) && !context.questionTerms.has(before);
  };
  const title = (at: number) => {
    const term = terms[at] as string;
    return hits(term, asked.roles) && (isRoleTerm(term) || !names.has(at)) && !otherRank(at);
  };
  /** Whether the word at `p` is one of a title's: a title, a phrase's word or one of the question's. */
  const amongTitleWords = (p: number) =>
    title(p) || phraseWords.has(terms[p] as string) || context.questionTerms.has(terms[p] as string);
  /**
   * Whether the owner's name comes right after the title at `at` and its own words ("mayor of
   * Lorrick"; "chief executive of Orbix", the question's words of the title between).
   */
  const ownerAfter = (at: number) => {
    let q = at + 1;
    while (
      q < terms.length &&
      (title(q) ||
        phraseWords.has(terms[q] as string) ||
        (context.questionTerms.has(terms[q] as string) && !isOwner(context, asked, terms[q] as string, true)))
    )
      q++;
    const name = terms[q];
    return (
      name !== undefined &&
      isOwner(context, asked, name, true) &&
      writtenOfOwner(sentence.text, terms[q - 1] as string)
    );
  };
  /**
   * Whether the name right after the title at `at` (past its words) is one the articles title
   * with each of the qualifiers too: "US envoy Steve Witkoff" holds "the US special envoy" where
   * they write "special envoy Steve Witkoff".
   */
  const holderQualified = (at: number, qualifiers: ReadonlySet<number>) => {
    let q = at + 1;
    while (q < terms.length && !names.has(q) && amongTitleWords(q)) q++;
    return names.has(q) && heldWithQualifiers(asked, qualifiers, terms[q] as string);
  };
  /** Whose the title at `at` is: the owner's, nobody's in particular, another's, or not the role asked. */
  const owner = (at: number, qualifiers: ReadonlySet<number>): "owner" | "nobody" | "other" | "none" => {
    // Back past the title's own words ("Defence Minister") and the question's ("Vice") to the
    // word before them.
    let qualified = qualifiers.size === 0;
    let p = at - 1;
    for (; p >= 0; p--) {
      const word = terms[p] as string;
      if (isOwner(context, asked, word))
        return qualified || hits(word, qualifiers) || holderQualified(at, qualifiers) ? "owner" : "none";
      if (hits(word, qualifiers)) qualified = true;
      else if (!(word.includes(" ") || amongTitleWords(p))) break;
    }
    if (!qualified) return "none";
    // "Pia Senn, mayor of Lorrick": the owner named right after the title, the name before it its holder.
    if (ownerAfter(at)) return "owner";
    return p >= 0 && names.has(p) ? "other" : "nobody";
  };
  if (asked.owners.length === 0) {
    // "Who is the prime minister": "Transport minister Ivo Berg" holds another role. The
    // question's qualifier is written among the title's words, before it or after ("the
    // minister of transport").
    const qualified = (at: number) => {
      if (asked.qualifiers.size === 0) return true;
      for (const step of [-1, 1])
        for (let p = at + step; p >= 0 && p < terms.length; p += step) {
          if (hits(terms[p] as string, asked.qualifiers)) return true;
          if (!amongTitleWords(p)) break;
        }
      return false;
    };
    const holder = (at: number) => title(at) && qualified(at);
    if (!asked.speaker) return namesHolder(context, asked, sentence, holder, names);
    // "What did the prime minister say": not a sentence whose titles of the role are only
    // another's, qualified otherwise ("Culture minister Johan Ek said…"). Where the sentence
    // writes none, whoever speaks may hold it ("Court President Dana Korbel" for the top judge).
    let another = false;
    for (let at = 0; at < terms.length; at++) {
      if (holder(at) || holdsByChain(context, asked, terms, at, names)) return true;
      if (title(at) && qualifiedOtherwise(context, sentence, at)) another = true;
    }
    return !another;
  }
  // "Mayor Ihor Terekhov said…": whose mayor, the sentence before or the article's lead says. The
  // words of a speaker asked about by role ("what did Iran's foreign minister say") need no owner
  // around: only a title that is another's ("French Foreign Minister…") rules them out.
  let ownerAround: boolean | undefined;
  let named = false;
  for (let at = 0; at < terms.length; at++) {
    if (!title(at)) continue;
    named = true;
    const whose = owner(at, asked.qualifiers);
    if (whose === "owner") return true;
    if (whose !== "nobody") continue;
    ownerAround ??= asked.speaker || ownerNamedAround(context, asked, sentence, around);
    if (ownerAround) return true;
  }
  if (named) return false;
  // A speaker may be named without the role ("Sibiha said…").
  return (
    asked.speaker ||
    terms.some(
      (term, at) =>
        isRoleTerm(term) && sameRole(context, asked, term) && owner(at, asked.qualifiers) === "owner",
    )
  );
}

/** Whether a candidate names the role asked for (namesRoleOfOwner, with what is around it). */
export function candidateNamesRole(context: RerankContext, asked: RoleAsked, candidate: Candidate): boolean {
  return namesRoleOfOwner(context, asked, candidate.sentence, surroundings(context.library, candidate));
}

/**
 * The sentence before a candidate, its article's first and its headline: what an unqualified title
 * refers to ("Mayor Colette Dunne said…" in a local paper whose headline names the town).
 */
function surroundings(library: Library, candidate: Candidate): TitleSurroundings {
  const article = library.articles[candidate.article];
  const sentences = article?.sentences ?? [];
  const lead: Pick<Sentence, "terms">[] = sentences[0] ? [sentences[0]] : [];
  if (article?.titleSource === "headline") lead.push({ terms: headlineTerms(article) });
  return { before: sentences[candidate.index - 1], lead };
}

/** A word, then "of" or "for" and a capitalised word ("mayor of Lorrick", "spokesman for the Kremlin"). */
const WORD_OF_NAME = /(\p{L}[\p{L}'’-]*)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/gu;

/**
 * Whether the text writes a title's last word, then "of" or "for", then a name ("mayor of
 * Lorrick", "minister of the United States"): the name after the title in the terms owns it.
 * Next to each other in the terms, the two may be "leaders in Paris".
 */
function writtenOfOwner(text: string, title: string): boolean {
  const last = lastWord(title);
  for (const match of text.matchAll(WORD_OF_NAME))
    if (wordTerm((match[1] as string).toLowerCase()) === last) return true;
  return false;
}

/**
 * Whether an unqualified title ("Mayor Ihor Terekhov said…") is the owner's: the sentence or the
 * one before names the owner; or, naming no other place ("…as Russia hit Kharkiv"), the article's
 * lead or headline does. A report on the Paris talks names Paris in its lead; its mayor of
 * Kharkiv is not Paris's.
 */
function ownerNamedAround(
  context: RerankContext,
  asked: RoleAsked,
  sentence: Sentence,
  around: TitleSurroundings,
): boolean {
  const near = around.before ? [sentence, around.before] : [sentence];
  // Near a title that names no owner, only the owner's own name says whose it is: a country a
  // city stands for ("Ukraine's second-largest city" for the mayor of Kyiv) does not.
  const namesOwner = (s: Pick<Sentence, "terms">) => s.terms.some((t) => isOwner(context, asked, t, true));
  if (near.some(namesOwner)) return true;
  const namesOtherPlace = (s: Pick<Sentence, "terms" | "nameAt">) =>
    (s.nameAt ?? []).some((at) => context.lexicon.isA(s.terms[at] as string, LOCATION_CLASS));
  if (near.some(namesOtherPlace)) return false;
  return around.lead.some(namesOwner);
}

/** Whether a title is the role asked for in other words, by WordNet: "chief" for "CEO", not "president" for "mayor". */
function sameRole(context: RerankContext, asked: RoleAsked, term: string): boolean {
  const { lexicon } = context;
  return [...asked.roles].some((i) => {
    const role = context.question.concepts[i]?.term ?? "";
    return lexicon.isRelated(role, term) || lexicon.isA(role, term) || lexicon.isA(term, role);
  });
}

/**
 * "Who is the regional coroner": a sentence naming the role's holder — a name next to the title
 * ("incident commander Shelley Nakamura", "Mehra, the chief inspector") or one the articles'
 * titles give for it — not one only mentioning the role.
 */
function namesHolder(
  context: RerankContext,
  asked: RoleAsked,
  sentence: Sentence,
  title: (at: number) => boolean,
  names: ReadonlySet<number>,
): boolean {
  const terms = sentence.terms;
  const ofTitle = (p: number) =>
    title(p) || context.questionTerms.has(terms[p] as string) || SAME_RANKS.has(terms[p] as string);
  for (let at = 0; at < terms.length; at++) {
    if (holdsByChain(context, asked, terms, at, names)) return true;
    const term = terms[at] as string;
    if (!title(at)) continue;
    // "Marta Oyelaran was sworn in as prime minister": the name taking the title up holds it.
    const other = (p: number) =>
      p !== at && !isRoleTerm(terms[p] as string) && !context.questionTerms.has(terms[p] as string);
    if (takesUpTitle(sentence.text, term) && [...names].some(other)) return true;
    // The name right after the title's words ("incident commander Shelley Nakamura") or right
    // before them ("Austin, the defense secretary"), past the question's words of the title and a
    // word saying the holder holds it now ("Lind, the agency's new director").
    let end = at + 1;
    while (end < terms.length && ofTitle(end)) end++;
    let start = at - 1;
    while (start >= 0 && ofTitle(start)) start--;
    if (
      (names.has(end) && !context.questionTerms.has(terms[end] as string)) ||
      (names.has(start) && !context.questionTerms.has(terms[start] as string))
    )
      return true;
  }
  return false;
}

/**
 * Whether the word at `at` is a holder's name the articles' title chains give the role asked for,
 * with the question's qualifier ("Transport Minister Ivo Berg" holds no "prime minister").
 */
function holdsByChain(
  context: RerankContext,
  asked: RoleAsked,
  terms: readonly string[],
  at: number,
  names: ReadonlySet<number>,
): boolean {
  const term = terms[at] as string;
  if (!names.has(at) || isRoleTerm(term) || context.questionTerms.has(term)) return false;
  const chained = context.termConcepts.get(term);
  const role = chained?.some((hit) => asked.roles.has(hit.concept)) ?? false;
  const qualified =
    asked.qualifiers.size === 0 || (chained?.some((hit) => asked.qualifiers.has(hit.concept)) ?? false);
  return role && qualified;
}

/** Whether the articles title `name` with each of the qualifiers and the role (RoleAsked.qualifiedHolders). */
function heldWithQualifiers(asked: RoleAsked, qualifiers: ReadonlySet<number>, name: string): boolean {
  if (qualifiers.size === 0) return false;
  for (const i of qualifiers) if (!asked.qualifiedHolders.get(i)?.has(name)) return false;
  return true;
}

/**
 * Whether the title at `at` has a word of its own right before it: an English word (by WordNet)
 * that is no name of a place or a person, not the question's, nor one saying the holder holds it
 * now. "Culture" of "Culture minister Johan Ek" and "Foreign Minister"; not "the minister",
 * "Ukraine's minister", "French minister" or "Nordair chairman".
 */
function qualifiedOtherwise(context: RerankContext, sentence: Sentence, at: number): boolean {
  const word = sentence.terms[at - 1];
  if (word === undefined || word.includes(" ")) return false;
  if (context.questionTerms.has(word) || SAME_RANKS.has(word)) return false;
  const { lexicon } = context;
  if (!lexicon.has(word) || lexicon.isOnlyName(word)) return false;
  if (lexicon.isA(word, LOCATION_CLASS) || lexicon.isA(word, PERSON_CLASS)) return false;
  return writtenRightBefore(sentence.text, word, lastWord(sentence.terms[at] as string));
}

/**
 * Whether the text writes a word of term `first`, a space, and one of term `second` ("Culture
 * minister"; not "harm's way,” Chief").
 */
function writtenRightBefore(text: string, first: string, second: string): boolean {
  let previous: string | null = null;
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    const term = wordTerm(match[0].toLowerCase());
    const spaced = /^\s+$/u.test(text.slice(end, match.index));
    if (term === second && previous === first && spaced) return true;
    previous = term;
    end = match.index + match[0].length;
  }
  return false;
}
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words that give someone a role, and the words after them, where the role's title is written. */
const TAKING_UP =
  /\b(?:sworn\s+in|appointed|named|elected|chosen|picked|installed|confirmed|became|becomes|become|becoming|(?:took|takes|take|taking)\s+over)((?:\s+[\p{L}\p{N}'’,-]+){1,7})/giu;
/** Words that end what the verb gives ("appointed after the prime minister resigned"). */
const NOT_GIVEN =
  /^(?:after|before|when|while|by|to|for|in|on|at|with|because|since|until|that|who|which|and|but|or|from|than|under)$/iu;

/**
 * Whether the text gives someone the title ("was sworn in as prime minister", "elected Marta
 * Oyelaran as the new prime minister", "became the country's first female prime minister"): the
 * title's last word among the words after a verb of taking a role up, before a clause or phrase
 * of its own begins.
 */
function takesUpTitle(text: string, title: string): boolean {
  const last = lastWord(title);
  for (const match of text.matchAll(TAKING_UP)) {
    for (const written of (match[1] ?? "").trim().split(/\s+/u)) {
      const word = written.replace(/,$/u, "");
      if (NOT_GIVEN.test(word)) break;
      if (wordTerm(word.toLowerCase()) === last) return true;
      if (word !== written) break;
    }
  }
  return false;
}

/**
 * A name for the owner: its own, one related to it ("Ukrainian"), or — unless `own` — one standing
 * for it ("Ukraine" for "Kyiv", a paraphrase of the question's wording for less than full credit).
 */
function isOwner(context: RerankContext, asked: RoleAsked, term: string, own = false): boolean {
  return (
    asked.owners.some((owner) => owner === term || context.lexicon.isRelated(owner, term)) ||
    (context.termConcepts
      .get(term)
      ?.some(
        (hit) =>
          (!own || hit.credit >= 1) &&
          asked.owners.includes(context.question.concepts[hit.concept]?.term as string),
      ) ??
      false)
  );
}
