/**
 * Sentence templates modelled on the seed articles: leads, reported speech ("X said…",
 * "according to Y"), quotes, casualty counts, meetings, background and analysis. Each template
 * is a function of the scene; templates that state something a reader could ask about record a
 * fact. A template returns null when it does not fit the scene (no disaster in a war story).
 */
import { ORDINALS, proposed, WEAPONS } from "./lexicon.js";
import { chance, int, pick, weighted } from "./prng.js";
import { count, type Scene } from "./scene.js";
import type { Person } from "./world.js";

export type Template = (s: Scene) => string | null;

// ——— quotes ———

function quote(s: Scene): string {
  const t = s.topic;
  const c = pick(s.rng, [s.primary, s.rival, s.third]);
  return pick(s.rng, [
    () => `We are now reaching a point where we need to decide whether ${t.deal} is even possible or not`,
    () => "It's not our war",
    () => "We have other priorities to focus on",
    () => `We have ${t.deal}`,
    () => "Nobody rejected anything, nobody got up from the table or walked away",
    () =>
      "Our technical teams have worked very thoroughly together on the agreement, and there is significant progress",
    () => `${capitalize1(t.deal)} without ${s.word()} is dangerous for ${c.name}`,
    () => "We are not going to continue this for weeks and months",
    () => `The ${s.thing()} deal will create opportunities for investment and development in ${c.name}`,
    () => `We will not accept any ${s.word()} deal that ignores the interests of our people`,
    () => `There is no alternative to ${t.goal}`,
    () => `${c.name} is ready to talk, but not at any price`,
    () => `The ball is now in ${c.poss} court`,
    () => `Every day of delay costs lives in ${s.incident.name}`,
    () => `The situation in ${s.incident.name} remains extremely difficult`,
    () => `This is a serious step towards ${t.goal}`,
    () => `We are talking about ${t.deal}, not about ${s.thing()} quotas`,
    () => `Our partners in ${s.third.capital} understand what is at stake`,
    () => "If it's not doable, we're just going to move on",
    () => "We want lasting peace and a lasting partnership between our two peoples",
    () => `Nobody should be under any illusion about the ${s.thing()} situation`,
    () => "We expect concrete results, not more promises",
    () => "The talks were very helpful and constructive",
    () => `We will rebuild every ${s.thing()} plant and every ${s.thing()} school`,
  ])();
}

const SHORT_QUOTES = [
  "emerging",
  "quite fast",
  "very helpful and constructive",
  "not doable",
  "a matter of days",
  "a serious step forward",
  "unacceptable",
  "long overdue",
  "a trap",
  "dead on arrival",
  "densely populated",
  "mass grave",
  "within days",
  "this week",
];

const WITNESS_QUOTES = [
  "We heard three explosions and then everything went dark",
  "There is nothing left of our street",
  "My children are afraid to sleep at night",
  "We just want this to end",
  "Nobody warned us, the sirens came too late",
  "We are tired, but we are not leaving",
];

const OCCUPATIONS = [
  "teacher",
  "nurse",
  "pensioner",
  "engineer",
  "shopkeeper",
  "driver",
  "student",
  "farmer",
  "volunteer",
  "doctor",
  "baker",
  "miner",
  "electrician",
  "accountant",
  "firefighter",
];

function capitalize1(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An optional trailing circumstance (half the time): ", amid growing pressure from Paris". */
function context(s: Scene): string {
  if (chance(s.rng, 0.4)) return "";
  return pick(s.rng, [
    () => `, citing ${s.thing()} and ${s.word()} concerns`,
    () => `, despite objections from ${s.rival.capital}`,
    () => `, in a move welcomed by ${s.org()}`,
    () => `, amid growing pressure from ${s.org()}`,
    () => `, a day after ${s.approx(20, 400)} people protested in ${s.primary.capital}`,
    () => `, according to a statement posted on the ministry's website`,
    () => `, ahead of the next round of talks in ${s.host.name}`,
    () => `, as ${s.thing()} shortages worsened in ${s.place(s.somePlace())}`,
    () => `, weeks after ${s.topic2.talks} collapsed`,
  ])();
}

/** Something a person "said that …": a clause about the scene. */
function claim(s: Scene): string {
  return claimClause(s) + context(s);
}

function claimClause(s: Scene): string {
  const t = s.topic;
  return pick(s.rng, [
    () => `${s.primary.name} was ready to sign ${t.deal} ${s.futureDay()}`,
    () => `the ${t.talks} had made ${s.q("significant progress")}`,
    () => `${s.rival.name} had rejected ${proposed(t)}`,
    () => `any deal must include ${s.word()} and ${s.word(s.topic2)}`,
    () =>
      `${proposed(t)} would create opportunities for investment in the ${s.thing()} and ${s.thing()} sectors`,
    () => `${count(int(s.rng, 2, 40))} ${s.thing()} facilities had been damaged in ${s.place(s.incident)}`,
    () => `the two sides would sign a ${s.q("memorandum of intent")} soon`,
    () => `${s.primary.name} had ${s.q("adjusted several items within the draft agreement")}`,
    () => `talks with ${s.rival.name} were moving forward ${s.q("quite fast")}`,
    () => `${s.third.name} could help ${s.q("move the ball")} on ${t.theDeal}`,
  ])();
}

function reason(s: Scene): string {
  return pick(s.rng, [
    () => `a deadly strike on ${s.place(s.incident)}`,
    () => `reports that ${s.rival.name} had moved troops towards the border`,
    () => `${s.org()} warned of security risks`,
    () => `the ${s.topic.talks} stalled over ${s.word()}`,
    () => `a row over ${s.thing()} exports`,
    () => `protests in ${s.primary.capital} over ${s.thing()} prices`,
  ])();
}

function because(s: Scene): string {
  return pick(s.rng, [
    () => "it would reward aggression",
    () => `it ignored ${s.primary.poss} demands on ${s.word()}`,
    () => `it offered no guarantees for ${s.primary.name}`,
    () => `the terms on ${s.word()} were ${s.q("unacceptable")}`,
    () => `it would leave ${s.place(s.incident)} exposed to further attacks`,
    () => `it would hand control of the ${s.thing()} and ${s.thing()} industries to foreign firms`,
  ])();
}

function said(s: Scene, p: Person): void {
  s.fact(
    "said",
    chance(s.rng, 0.7)
      ? `What did ${s.asked(p)} say about ${s.topic.theDeal}?`
      : `What did ${s.asked(p)} say?`,
  );
}

// ——— leads: the first sentence of an article ———

export const LEADS: Template[] = [
  (s) => {
    const p = s.lead;
    return `${s.ref(p)} was headed ${s.pastDay()} to ${s.host.name} for talks on ${s.topic.goal}, ${s.his(p)} office said${context(s)}.`;
  },
  (s) => {
    const p = s.lead;
    said(s, p);
    return `${s.ref(p)} said ${s.pastDay()} that ${s.primary.name} may ${s.q("move on")} from ${s.topic.effort} if there is no progress in the coming days, after months of efforts failed to produce ${s.topic.deal}.`;
  },
  (s) => {
    s.fact("died", `How many people were killed in ${s.incident.name}?`);
    s.fact("injured", `How many people were injured in ${s.incident.name}?`);
    return `At least ${int(s.rng, 3, 60)} people were killed and ${int(s.rng, 10, 200)} others injured when ${s.rival.adj} ${pick(s.rng, WEAPONS)} struck ${s.place(s.incident)} ${s.pastDay()}, officials said.`;
  },
  (s) => {
    s.fact("yesNo", `Did ${s.primary.name} and ${s.rival.name} agree to resume ${s.topic.talks}?`);
    return `${s.primary.name} and ${s.rival.name} agreed ${s.pastDay()} to resume ${s.topic.talks} in ${s.host.name}, ${s.org()} said, raising hopes of ${s.topic.deal} after months of deadlock${context(s)}.`;
  },
  (s) => {
    const p = s.lead;
    return `${s.ref(p)} has questioned ${s.third.poss} role in the ${s.topic.talks}, warning that ${s.primary.name} will not wait ${s.q("for weeks and months")} for a breakthrough${context(s)}.`;
  },
  (s) => {
    const p = s.lead;
    said(s, p);
    return `Officials from ${s.primary.name}, ${s.rival.name} and ${s.third.name} met in ${s.host.name} ${s.pastDay()} for ${s.topic.talks} that ${s.ref(p, "object")} described as ${s.q("very helpful and constructive")}.`;
  },
];

// ——— body sentences ———

const SPEECH: Template[] = [
  (s) => {
    const p = s.person();
    said(s, p);
    return `${s.ref(p)} said ${s.pastDay()} that ${claim(s)}.`;
  },
  (s) => {
    const p = s.person();
    said(s, p);
    return `${s.q(`${quote(s)},`)} ${s.ref(p)} said${context(s)}.`;
  },
  (s) => {
    const p = s.person();
    said(s, p);
    return `${s.q(`${quote(s)},`)} ${s.ref(p)} told reporters in ${s.host.name} ${s.pastDay()}${context(s)}.`;
  },
  (s) => {
    const p = s.person();
    said(s, p);
    return `${s.ref(p)} said the ${s.word()} issue was ${s.q(pick(s.rng, SHORT_QUOTES))}, adding that ${claim(s)}.`;
  },
  (s) => {
    const p = s.person();
    said(s, p);
    return `${s.q(`${quote(s)},`)} ${s.ref(p)} said, adding that ${s.primary.name} wanted to decide ${s.q("in a matter of days")}.`;
  },
  (s) => {
    const p = s.person();
    said(s, p);
    return `${s.ref(p)} wrote on social media that ${claim(s)}, and that the ${s.thing()} talks would continue ${s.futureDay()}.`;
  },
  (s) => {
    const p = s.person();
    const other = s.otherPerson(p);
    s.fact("said", `What did ${s.asked(p)} tell ${other.last}?`);
    return `${s.ref(p)} said ${s.he(p)} had informed ${s.ref(other, "object")} about the outlines that emerged, but would not say how ${s.short(other)} reacted${context(s)}.`;
  },
  (s) => {
    const p = s.person();
    said(s, p);
    return `${s.ref(p)} welcomed the outcome on social media, calling it ${s.q(`a serious step towards ${s.topic.goal}`)}${context(s)}.`;
  },
  (s) => {
    const source = chance(s.rng, 0.5) ? s.org() : s.ref(s.person(), "object");
    return `${capitalize1(claim(s))}, according to ${source}.`;
  },
  (s) => `The ${s.primary.adj} parliament would vote on any final accord, ${s.he(s.lead)} added.`,
  (s) => {
    const p = s.person();
    said(s, p);
    return `A senior official with knowledge of the talks said the ${s.topic.talks} were moving forward ${s.q("quite fast")}, while ${s.ref(p, "object")} said ${claim(s)}.`;
  },
];

const CASUALTIES: Template[] = [
  (s) => {
    s.fact("died", `How many people died in ${s.incident.name}?`);
    return `Some ${int(s.rng, 11, 90)} people, including ${count(int(s.rng, 2, 12))} children, died ${s.pastDay()} as ${pick(s.rng, WEAPONS)} struck ${s.place(s.incident)}${context(s)}.`;
  },
  (s) => {
    s.fact("injured", `How many people were hurt in ${s.incident.name}?`);
    const ordinal = ORDINALS[int(s.rng, 2, 6)] ?? "second";
    const where =
      s.incident.kind === "city"
        ? `${s.incident.name}, ${s.incident.country.poss} ${ordinal}-largest city,`
        : s.place(s.incident);
    return `One person died and more than ${int(s.rng, 11, 99)} others were hurt as ${s.rival.name} hit ${where} early in the day, ${s.incident.country.poss} Emergency Service reported.`;
  },
  (s) => {
    s.fact("died", `How many people died in ${s.incident.name}?`);
    s.fact("injured", `How many people were injured in ${s.incident.name}?`);
    return `The mayor of ${s.place(s.incident)} reported ${count(int(s.rng, 1, 30))} fatalities and ${int(s.rng, 12, 140)} injuries, including ${count(int(s.rng, 2, 10))} children, after ${s.rival.adj} strikes hit the city${context(s)}.`;
  },
  (s) => {
    const mayor = s.world.mayorOf(s.incident);
    return `${s.ref(mayor)} said ${pick(s.rng, WEAPONS)} struck a ${s.q("densely populated")} neighborhood ${pick(s.rng, ["twice", "three times", "four times", "overnight"])}${context(s)}.`;
  },
  (s) => {
    if (!s.topic.disaster) return null;
    s.fact("died", `How many people died in ${s.incident.name}?`);
    return `At least ${int(s.rng, 4, 120)} people died and ${int(s.rng, 5, 300)} were missing after ${s.topic.disaster} ${s.place(s.incident)} ${s.pastDay()}, ${s.org()} said.`;
  },
  (s) =>
    `${s.rival.adj} ${pick(s.rng, WEAPONS)} also targeted a ${s.thing()} depot in ${s.place(s.somePlace())}, killing ${count(int(s.rng, 1, 5))} workers and wounding ${count(int(s.rng, 2, 15))}, the regional prosecutor's office said${context(s)}.`,
  (s) =>
    `${s.rival.name} kept up a series of deadly strikes on ${s.primary.adj} cities, according to officials there, wounding scores of civilians days after ${pick(s.rng, WEAPONS)} killed at least ${int(s.rng, 8, 60)} in ${s.place(s.incident)}${context(s)}.`,
  (s) => {
    const where = s.somePlace();
    const { first, last } = s.world.localName(s.rng, where.country);
    const who = `${first} ${last}`;
    s.fact("whoPerson", `Who is ${who}?`);
    return `${s.q(`${pick(s.rng, WITNESS_QUOTES)},`)} said ${who}, a ${int(s.rng, 19, 84)}-year-old ${pick(s.rng, OCCUPATIONS)} from ${s.place(where)}.`;
  },
];

const MEETINGS: Template[] = [
  (s) => {
    const city = s.somePlace();
    s.fact("when", `When are the talks in ${city.name}?`);
    return `A new meeting is expected ${s.futureDay()} in ${s.place(city)}, and ${s.short(s.lead)} suggested it could be decisive in determining whether ${s.primary.name} continues its involvement.`;
  },
  (s) => {
    s.fact("when", `When is the next round of ${s.topic.talks} in ${s.host.name}?`);
    return `Another round of ${s.topic.talks} is scheduled for ${s.futureDate()}, also in ${s.host.name}.`;
  },
  (s) => {
    const city = pick(s.rng, [s.host, s.somePlace()]);
    s.fact("when", `When are the talks in ${city.name}?`);
    return `A follow-up meeting is scheduled in ${s.place(city)} ${s.futureDay()} to build on this momentum${context(s)}.`;
  },
  (s) => {
    const p = s.cast[2] ?? s.lead;
    s.fact("when", `When will ${p.last} travel to ${s.primary.capital}?`);
    return `${s.third.name} has offered to mediate, and ${s.ref(p, "object")} is expected to travel to ${s.primary.capital} ${s.futureDay()}${context(s)}.`;
  },
  (s) =>
    `Several rounds of ${s.topic.talks} have been held in ${s.host.name} and ${s.place(s.somePlace())} since ${s.month()}, with little to show for them.`,
  (s) =>
    `The goal is to finalise ${proposed(s.topic)} by ${s.futureDate()}, officials in ${s.primary.capital} said.`,
];

const POSITIONS: Template[] = [
  (s) => {
    s.fact("yesNo", `Has ${s.rival.name} agreed to ${s.topic.deal}?`);
    return `${s.rival.name} has effectively refused to accept ${s.topic.deal} that ${s.primary.name} has endorsed, making it conditional on a halt in ${s.thing()} supplies.`;
  },
  (s) => {
    s.fact("yesNo", `Did ${s.primary.name} sign a memorandum on ${s.topic.deal}?`);
    return `${s.primary.name} and ${s.third.name} signed a memorandum of intent on ${s.topic.deal} ${s.pastDay()}, with a fuller agreement expected ${s.futureDay()}${context(s)}.`;
  },
  (s) => {
    s.fact("yesNo", `${s.topic2.plural ? "Were" : "Was"} ${s.topic2.theDeal} discussed in ${s.host.name}?`);
    return `The meetings in ${s.host.name} addressed ${s.topic2.theDeal}, but ${s.short(s.lead)} would not discuss any possible ${s.primary.adj} role in that.`;
  },
  (s) => {
    const org = s.org();
    s.fact("yesNo", `Did ${org} comment on ${s.topic.theDeal}?`);
    return `${org} did not respond to a request for comment on ${s.topic.theDeal}, ${s.org()} said.`;
  },
  (s) => {
    const p = s.person();
    s.fact("why", `Why did ${p.last} cancel the visit to ${s.host.name}?`);
    return `${s.ref(p)} cancelled a planned visit to ${s.host.name} ${s.pastDay()} after ${reason(s)}${context(s)}.`;
  },
  (s) => {
    const p = s.person();
    s.fact("why", `Why did ${p.last} reject ${proposed(s.topic)}?`);
    return `${s.ref(p)} rejected ${proposed(s.topic)} because ${because(s)}${context(s)}.`;
  },
  (s) => {
    s.fact("why", `Why does ${s.primary.name} want ${s.topic.deal}?`);
    return `${s.primary.name} wants ${s.topic.deal} as compensation for ${s.thing()} aid given by ${s.third.name}, and as a way of ${s.topic.goal}, ${s.ref(s.person())} said.`;
  },
  (s) => {
    const p = s.person();
    const org = s.org();
    s.fact("why", `Why did ${p.last} criticise ${org}?`);
    return `${s.ref(p)} criticised ${org} for ${pick(s.rng, [`spreading ${s.rival.adj} narratives`, `ignoring the plight of civilians in ${s.place(s.incident)}`, `its silence on ${s.topic.theDeal}`, `delays in ${s.thing()} deliveries`])}${context(s)}.`;
  },
  (s) => {
    s.fact("about", `What is ${proposed(s.topic)} about?`);
    return `${capitalize1(proposed(s.topic))} is aimed at ${s.topic.goal} and would give ${s.third.name} access to ${s.thing()} and ${s.thing()} deposits worth ${s.money()}.`;
  },
  (s) => {
    s.fact("about", `What is ${proposed(s.topic)} about?`);
    return `The agreement, designed to give ${s.third.name} royalty payments on profits from ${s.thing()} and ${s.word()}, is seen in ${s.primary.capital} as a first step towards ${s.topic.goal}.`;
  },
  (s) =>
    `${s.rival.poss} demands include ${s.primary.name} abandoning its ${s.thing()} aspirations and recognising ${s.rival.adj} control over ${s.place(s.somePlace())}, conditions ${s.primary.capital} deems unacceptable.`,
];

const REPORTS: Template[] = [
  (s) => {
    const place = s.somePlace();
    const outlet = s.org();
    s.fact("report", `What did ${outlet} report about ${place.name}?`);
    return `${outlet} reported that ${s.approx(20, 900)} ${s.thing()} workers had been evacuated from ${s.place(place)} after ${s.thing()} supplies were cut${context(s)}.`;
  },
  (s) =>
    `${s.org()} said ${s.approx(2, 90)} thousand people in ${s.place(s.somePlace())} needed ${s.thing()}, food and medical supplies${context(s)}.`,
  (s) =>
    `Photos released by ${s.org()} showed rows of ${s.thing()} crates stacked inside a devastated ${s.thing()} depot, covered in thick dust, as rubble piled up on the floor.`,
  (s) =>
    `Officials said the ${s.Thing()} bridge, a ${s.thing()} depot and the ${s.thing()} plant near ${s.place(s.somePlace())} had been damaged, cutting ${s.thing()} supplies to ${s.thousands(2, 90)} homes${context(s)}.`,
  (s) =>
    `The ${s.thing()} sector accounts for ${int(s.rng, 3, 40)} percent of ${s.primary.poss} exports, and ${s.thing()} and ${s.thing()} producers have warned of losses of up to ${s.money()}.`,
  (s) =>
    `Residents of the ${s.Thing()} district of ${s.place(s.somePlace())} said they had been without ${s.thing()} and ${s.thing()} for ${count(int(s.rng, 2, 20))} days${context(s)}.`,
  (s) =>
    `${s.primary.poss} economy shrank by ${int(s.rng, 1, 12)}.${int(s.rng, 0, 9)} percent last year, and inflation reached ${int(s.rng, 3, 30)} percent in ${s.month()}, according to ${s.org()}${context(s)}.`,
  (s) =>
    `${s.money()} in ${s.thing()} and ${s.thing()} contracts are now at risk, ${s.ref(s.person())} told ${s.org()}${context(s)}.`,
  (s) =>
    `${capitalize1(s.approx(100, 9000))} ${s.thing()} workers have been laid off since ${s.month()}, and ${count(int(s.rng, 2, 40))} ${s.thing()} mines remain closed${context(s)}.`,
  (s) =>
    `That assessment echoed an earlier report from ${s.org()} that said ${s.primary.capital} had eased a demand that ${s.rival.capital} pay back ${s.thing()} aid delivered since ${s.month()}.`,
  (s) =>
    `The source told ${s.org()} that newer drafts of the accord appeared not to mention ${s.thing()} or ${s.word()}${context(s)}.`,
];

const ANALYSIS: Template[] = [
  (s) =>
    `The conflict between ${s.primary.name} and ${s.rival.name}, which began in ${s.year() - int(s.rng, 1, 12)}, has become the biggest security challenge to ${s.primary.region} in decades.`,
  (s) =>
    `The ${s.host.name} talks reveal a delicate balance of interests between ${s.primary.name}, ${s.rival.name} and their partners in ${s.third.region}.`,
  (s) =>
    `${capitalize1(s.topic.talks)} have stalled since ${s.month()}, with ${s.primary.name} and ${s.rival.name} blaming each other for the lack of progress on ${s.word()}${context(s)}.`,
  (s) =>
    `The talks mark the first time in months that top ${s.primary.adj}, ${s.rival.adj} and ${s.third.adj} officials met to discuss ${s.topic.goal}${context(s)}.`,
  (s) =>
    `Despite growing impatience in ${s.third.capital}, the ${s.topic2.talks} are seen as crucial to ensuring that ${s.rival.name} would not attack again after a deal is reached.`,
  (s) =>
    `Critics say ${proposed(s.topic)}, while economically significant, raises questions about whether it serves as leverage for ${s.third.adj} support rather than a genuine partnership.`,
  (s) =>
    `As the ${s.host.name} meeting approaches, the international community must navigate these tensions to achieve ${s.topic.deal} that avoids undermining ${s.primary.poss} independence.`,
  (s) =>
    `${s.third.name} and ${s.rival.name} are advocating a coordinated response, including a proposed ${s.q("reassurance")} force, though such a force would likely require ${s.thing()} support.`,
];

export interface BodyTemplate {
  template: Template;
  weight: number;
  /** Uses per article: speech varies with speaker and quote, a fixed frame would read duplicated. */
  maxUses: number;
}

const group = (templates: Template[], weight: number, maxUses: number): BodyTemplate[] =>
  templates.map((template) => ({ template, weight, maxUses }));

/** Body templates with weights: speech dominates, as in the seeds. */
export const BODY: readonly BodyTemplate[] = [
  ...group(SPEECH, 5, 3),
  ...group(CASUALTIES, 3, 1),
  ...group(MEETINGS, 3, 1),
  ...group(POSITIONS, 3, 1),
  ...group(REPORTS, 3, 1),
  ...group(ANALYSIS, 2, 1),
];

const BODY_WEIGHTS = BODY.map((b) => [b, b.weight] as const);

/** `n` body sentences (fewer only if every template is used up), no sentence twice. */
export function bodySentences(s: Scene, n: number): string[] {
  const used = new Map<BodyTemplate, number>();
  const seen = new Set<string>();
  const out: string[] = [];
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const body = weighted(s.rng, BODY_WEIGHTS);
    const uses = used.get(body) ?? 0;
    if (uses >= body.maxUses) continue;
    const sentence = s.attempt(
      () => body.template(s),
      (text) => !seen.has(text),
    );
    if (sentence === null) continue;
    used.set(body, uses + 1);
    seen.add(sentence);
    out.push(sentence);
  }
  return out;
}
