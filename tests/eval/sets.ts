/**
 * Every labelled question set, in one shape for the eval (run-eval.ts) and the ranker's fitting
 * (src/rank/train.ts): a library, and questions that say which sentences answer them.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Article, Sentence } from "../../src/article.js";
import { createLibrary, type Library } from "../../src/library.js";
import { parseArticle, type ArticleInput } from "../../src/parse/parseArticle.js";
import { isHit, parseQuestions, type EvalQuestion, type GoldPiece } from "./scoring.js";
import { loadTrecqa, type TrecqaOptions } from "./trecqa.js";

export interface LabelledQuestion {
  id: string;
  q: string;
  /** Ask restricted to this article (its id), as `/ask article:` does. */
  article?: string;
  answerable: boolean;
  /** Whether quoting this sentence answers the question. */
  isAnswer(article: Article, sentence: Sentence): boolean;
  /** The gold pieces, for sets scored by text (the eval's README). */
  gold?: GoldPiece[];
}

export interface LabelledSet {
  name: string;
  library: Library;
  questions: LabelledQuestion[];
}

const EVAL_DIR = new URL("./", import.meta.url).pathname;
const ROOT = new URL("../../", import.meta.url).pathname;

/** The sets `npm run eval -- --set NAME` knows, and what each is for. */
export const SET_NAMES = {
  questions: "tests/eval/questions.jsonl on seeds/: the eval (never fit or chosen on)",
  heldout: "tests/eval/heldout-dev.jsonl on seeds/: the team's first development set (fit on)",
  "team-seeds-fit": "tests/eval/team/seeds-team.jsonl, odd ids: more team questions on seeds/ (fit on)",
  "team-seeds-dev": "tests/eval/team/seeds-team.jsonl, even ids (chosen on)",
  "encyclopedia-fit":
    "tests/eval/team/encyclopedia, articles e001–e030: query-style questions over encyclopedia summaries, one article each (fit on)",
  "encyclopedia-dev": "tests/eval/team/encyclopedia, articles e031–e060 (chosen on)",
  "kinds-seeds": "tests/eval/team/seeds-kinds.jsonl: team questions on seeds/, by kind of question (fit on)",
  "news3-fit": "tests/eval/team/news3, odd ids: five reports on a third event (fit on)",
  "news3-dev": "tests/eval/team/news3, even ids (chosen on)",
  news2: "tests/eval/team/news2: four reports on another event (never fit or chosen on)",
  "reference-test":
    "tests/eval/team/reference, articles r001–r020: questions by kind over encyclopedia summaries, one article each (never fit or chosen on)",
  "reference-dev": "tests/eval/team/reference, articles r021–r040 (chosen on)",
  "news4-test":
    "tests/eval/team/news4, odd ids: five reports on a fourth event, by kind of question (never fit or chosen on)",
  "news4-dev": "tests/eval/team/news4, even ids (chosen on)",
  "more-seeds-fit":
    "tests/eval/team/seeds-more.jsonl, odd ids: a third team's questions on seeds/, typed as people type (fit on)",
  "more-seeds-dev": "tests/eval/team/seeds-more.jsonl, even ids (chosen on)",
  "near-seeds-fit":
    "tests/eval/team/seeds-near.jsonl, odd ids: a fifth writer's questions on seeds/, half near-topic ones the articles leave unanswered (fit on)",
  "near-seeds-dev": "tests/eval/team/seeds-near.jsonl, even ids (chosen on)",
  "fresh-seeds-fit":
    "tests/eval/team/seeds-fresh.jsonl, odd ids: a sixth writer's 80 questions on seeds/, typed as people type in a chat, some opening with Discord markup, a fifth of them unanswerable (fit on)",
  "fresh-seeds-dev": "tests/eval/team/seeds-fresh.jsonl, even ids (chosen on)",
  "seventh-seeds-fit":
    "tests/eval/team/seeds-seventh.jsonl, odd ids: a seventh writer's 80 questions on seeds/, typed as people type in a chat, 24 unanswerable (10 off-topic) (fit on)",
  "seventh-seeds-dev": "tests/eval/team/seeds-seventh.jsonl, even ids (chosen on)",
  "eighth-seeds-fit":
    "tests/eval/team/seeds-eighth.jsonl, odd ids: an eighth writer's 80 questions on seeds/, typed as people type in a chat, 26 unanswerable (12 off-topic) (fit on)",
  "eighth-seeds-dev": "tests/eval/team/seeds-eighth.jsonl, even ids (chosen on)",
  "chatty-seeds":
    "tests/eval/team/seeds-chatty.jsonl: a fourteenth writer's 80 questions on seeds/, chat messages of two to four sentences, 20 unanswerable (8 off-topic) (chosen on by hand: how a message is read)",
  "ninth-seeds":
    "tests/eval/team/seeds-ninth.jsonl: a ninth writer's 80 questions on seeds/, typed as people type in a chat, 26 unanswerable (12 off-topic) (measure only)",
  "tenth-seeds":
    "tests/eval/team/seeds-tenth.jsonl: a tenth writer's 80 questions on seeds/, typed as people type in a chat, 26 unanswerable (10 off-topic) (measure only)",
  "eleventh-seeds":
    "tests/eval/team/seeds-eleventh.jsonl: an eleventh writer's 80 questions on seeds/, typed as people type in a chat, 26 unanswerable (12 off-topic) (measure only)",
  "twelfth-seeds":
    "tests/eval/team/seeds-twelfth.jsonl: a twelfth writer's 80 questions on seeds/, typed as people type in a chat, 26 unanswerable (12 off-topic) (measure only)",
  "thirteenth-seeds":
    "tests/eval/team/seeds-thirteenth.jsonl: a thirteenth writer's 80 questions on seeds/, typed as people type in a chat, 26 unanswerable (12 off-topic) (measure only)",
  "why-seeds":
    "tests/eval/team/seeds-why.jsonl: a fifteenth writer's 80 why- and how-questions on seeds/, typed as people type in a chat, half unanswerable (10 unrelated) (measure only)",
  news11:
    "tests/eval/team/news11: 5 reports in five outlets' styles on invented water-sharing talks between two states, 80 questions, half near-topic ones the reports leave unanswered (fit on)",
  news12:
    "tests/eval/team/news12: 5 reports in five outlets' styles on an invented airline's grounding after an engine failure, 79 questions, half near-topic ones the reports leave unanswered (chosen on)",
  news5:
    "tests/eval/team/news5: five reports in five outlets' styles on a fifth event (a tanker derailment), 80 questions (fit on)",
  news6:
    "tests/eval/team/news6: five reports in five outlets' styles on a sixth event (a disputed election recount), 80 questions (chosen on)",
  "reference2-fit":
    "tests/eval/team/reference2, articles w001–w020: search-engine-style queries over encyclopedia summaries, one article each, half not answered by it (fit on)",
  "reference2-dev": "tests/eval/team/reference2, articles w021–w040 (chosen on)",
  reference4:
    "tests/eval/team/reference4: 24 encyclopedia summaries, 102 search-engine-style queries, each asked of one summary, half not answered by it; more of what things are made of, sizes, who runs or designed what, and why (fit on)",
  news16:
    "tests/eval/team/news16: 5 reports in five outlets' styles on an invented dam spillway collapse, the evacuation downstream and the inquiry into the operator, 80 questions, 32 unanswerable (10 off-topic) (fit on)",
  news18:
    "tests/eval/team/news18: 5 reports in five outlets' styles on an invented wildfire, the evacuation of a mountain town, the power line that may have sparked it and the inquiry, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  news19:
    "tests/eval/team/news19: 5 reports in five outlets' styles on an invented ransomware attack on a regional hospital trust (news4's kind of event), the diverted ambulances, the ransom demand and the recovery, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  news20:
    "tests/eval/team/news20: 5 reports in five outlets' styles on an invented container ship aground at a river port's entrance, the fuel leak, the salvage and the investigation, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  news21:
    "tests/eval/team/news21: 5 reports in five outlets' styles on an invented central bank's surprise rate rise, the currency's jump, the mortgage holders and exporters hit and the hearing into a leak of the decision, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  news22:
    "tests/eval/team/news22: 5 reports in five outlets' styles on an invented chipmaker's profit warning, the dividend cut, the rival's bid, the share sale and the job cuts, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  news23:
    "tests/eval/team/news23: 5 reports in five outlets' styles on an invented country's disputed presidential election, the narrow result, the partial recount, the court challenge, the protests and the observers, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  news24:
    "tests/eval/team/news24: 5 reports in five outlets' styles on an invented city's power blackout in a heatwave, the substation fire, the hospitals on generators, the heat deaths, the regulator's inquiry and the compensation, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  news25:
    "tests/eval/team/news25: 5 reports in five outlets' styles on an invented earthquake in a mountain region, the collapsed school, the revised death toll, the rescue, the relief package and the building-code inquiry; 80 chat messages of two to four sentences, 20 unanswerable (8 off-topic) (chosen on by hand: how a message is read)",
  news26:
    "tests/eval/team/news26: 5 reports in five outlets' styles on an invented ferry fire at night, the evacuation into lifeboats, the missing passengers found, the tow to port and the maritime inquiry; 80 chat messages of two to four sentences, 20 unanswerable (8 off-topic) (measure only)",
  news17:
    "tests/eval/team/news17: 5 reports in five outlets' styles on an invented drugmaker's recall of a contaminated children's syrup, the regulator, the share price and the lawsuits, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  reference6:
    "tests/eval/team/reference6: 25 encyclopedia summaries, 100 search-engine-style queries, each asked of one summary, half not answered by it (fit on)",
  reference7:
    "tests/eval/team/reference7: 25 encyclopedia summaries, 100 search-engine-style queries, each asked of one summary, half not answered by it (measure only)",
  reference5:
    "tests/eval/team/reference5: 25 encyclopedia summaries, 100 search-engine-style queries, each asked of one summary, two thirds not answered by it (measure only)",
  "extra-seeds":
    "tests/eval/team/seeds-extra.jsonl: a fourth writer's 90 questions on seeds/, paraphrased hard, typed as people type (measure only)",
  reference3:
    "tests/eval/team/reference3: 33 encyclopedia summaries, 91 search-engine-style queries, each asked of one summary, half not answered by it; its writer reused reference2's subjects, so the summaries on reference2-dev's subjects and questions repeating any other set's were left out (measure only)",
  news7:
    "tests/eval/team/news7: 5 reports on ceasefire talks between two invented countries, 80 questions (measure only)",
  news8:
    "tests/eval/team/news8: 5 reports on an invented export-ban and tariff dispute, 80 questions (measure only)",
  news9:
    "tests/eval/team/news9: 5 reports in five outlets' styles on an invented dock strike, 80 questions, half near-topic ones the reports leave unanswered (measure only)",
  news10:
    "tests/eval/team/news10: 5 reports in five outlets' styles on an invented school food-poisoning outbreak, 80 questions, half near-topic ones the reports leave unanswered (measure only)",
  news13:
    "tests/eval/team/news13: 5 reports in five outlets' styles on an invented museum art theft and its investigation, 80 questions, half near-topic ones the reports leave unanswered (measure only)",
  news14:
    "tests/eval/team/news14: 5 reports in five outlets' styles on an invented corporate fraud trial, its verdict and sentencing, 80 questions, half near-topic ones the reports leave unanswered (measure only)",
  news15:
    "tests/eval/team/news15: 5 reports in five outlets' styles on an invented museum jewellery theft, 80 questions, a third near-topic ones the reports leave unanswered (10 off-topic) (measure only)",
  "unrelated-seeds-fit":
    "tests/eval/team/unrelated/questions.jsonl, ids 1, 5, 9…: 255 questions unrelated to any article (general knowledge, chat about anything else), two writers' styles interleaved, asked of seeds/ (fit on)",
  "unrelated-news-fit": "the same file, ids 2, 6, 10…, asked of news5's reports (fit on)",
  "unrelated-seeds-dev": "the same file, ids 3, 7, 11…, asked of seeds/ (chosen on)",
  "unrelated-news-dev": "the same file, ids 4, 8, 12…, asked of news6's reports (chosen on)",
  "offtopic-seeds":
    "tests/eval/team/offtopic/seeds.jsonl: 60 questions on seeds/ that the articles leave unanswered, most naming someone or something they mention, a sixth unrelated (measure only)",
  "offtopic-news3":
    "tests/eval/team/offtopic/news3.jsonl: 40 such questions on news3's reports (measure only)",
  "offtopic-news5":
    "tests/eval/team/offtopic/news5.jsonl: 40 such questions on news5's reports (measure only)",
  "sixteenth-seeds":
    "tests/eval/team/seeds-sixteenth.jsonl: a sixteenth writer's 80 questions on seeds/, typed as people type in a chat, roles for names and other words than the reports', 26 unanswerable (12 off-topic) (measure only)",
  news27:
    "tests/eval/team/news27: 5 reports in five outlets' styles on invented talks between two states over fishing rights after a coast-guard collision, a mediator's draft deal, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  news28:
    "tests/eval/team/news28: 5 reports in five outlets' styles on an invented space agency's rocket failing after launch with a weather satellite, the debris on a coastal town and the inquiry, 80 questions, 32 unanswerable (10 off-topic) (measure only)",
  reference8:
    "tests/eval/team/reference8: 25 encyclopedia summaries, 100 search-engine-style queries, each asked of one summary, half not answered by it (measure only)",
  "trecqa-train": "TrecQA train split (fit on)",
  "trecqa-dev": "TrecQA dev split (chosen on)",
} as const;

export type SetName = keyof typeof SET_NAMES;

export function isSetName(name: string): name is SetName {
  return Object.hasOwn(SET_NAMES, name);
}

export function readArticleFolder(dir: string): ArticleInput[] {
  return readdirSync(dir)
    .filter((file) => /\.(txt|md)$/iu.test(file))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
}

function libraryOf(files: readonly ArticleInput[]): Library {
  return createLibrary(files.map((input) => parseArticle(input)));
}

/**
 * A JSON-lines question file scored by gold text (tests/eval/README), over an article folder;
 * `keep` picks part of the file (a split).
 */
export function goldTextSet(
  name: string,
  questionsFile: string,
  articlesDir: string,
  keep: (question: EvalQuestion & { article?: string }) => boolean = () => true,
): LabelledSet {
  const questions = parseQuestions(readFileSync(questionsFile, "utf8"))
    .filter(keep)
    .map((question): LabelledQuestion => ({
      id: question.id,
      q: question.q,
      ...((question as { article?: string }).article
        ? { article: (question as { article?: string }).article }
        : {}),
      answerable: question.gold.length > 0,
      gold: question.gold,
      isAnswer: (_article, sentence) => isHit(sentence.text, question.gold),
    }));
  return { name, library: libraryOf(readArticleFolder(articlesDir)), questions };
}

/** TrecQA: a candidate is an answer when the paragraph it comes from is labelled 1. */
export function trecqaSet(split: "train" | "dev", options: TrecqaOptions = {}): LabelledSet {
  const data = loadTrecqa(split, options);
  const library = libraryOf(data.files);
  const questions = data.questions.map((question): LabelledQuestion => {
    // Each candidate's character range in the article's text (paragraphs joined by a blank line).
    const ranges: { start: number; end: number; label: boolean }[] = [];
    let at = 0;
    for (const candidate of question.candidates) {
      ranges.push({ start: at, end: at + candidate.text.length, label: candidate.label });
      at += candidate.text.length + 2;
    }
    return {
      id: question.id,
      q: question.q,
      article: question.article,
      answerable: question.candidates.some((c) => c.label),
      isAnswer: (article, sentence) =>
        article.id === question.article &&
        ranges.some((r) => r.label && sentence.start >= r.start && sentence.start < r.end),
    };
  });
  return { name: `trecqa-${split}`, library, questions };
}

/** The number in an id ("s017" → 17). */
const idNumber = (id: string) => Number(/\d+/u.exec(id)?.[0] ?? 0);
/** The number of an encyclopedia article ("e031_…" → 31). */
const articleNumber = (question: { article?: string }) => idNumber(question.article ?? "");

export function loadSet(name: SetName, options: TrecqaOptions = {}): LabelledSet {
  const seeds = join(ROOT, "seeds");
  const team = join(EVAL_DIR, "team");
  /** A team set in its own folder (questions.jsonl and articles/), or the part of it `keep` picks. */
  const folder = (dir: string, keep?: (q: EvalQuestion & { article?: string }) => boolean) =>
    goldTextSet(name, join(team, dir, "questions.jsonl"), join(team, dir, "articles"), keep);
  /** A team file of questions on seeds/: its odd ids for the fit half, its even ids for the other. */
  const seedsHalf = (file: string, fitHalf: SetName) =>
    goldTextSet(name, join(team, file), seeds, (q) => idNumber(q.id) % 2 === (name === fitHalf ? 1 : 0));
  /** The unrelated questions' `quarter` (ids 1, 5, 9… for 0; 2, 6, 10… for 1; …), over `articles`. */
  const unrelatedQuarter = (quarter: number, articles: string) =>
    goldTextSet(
      name,
      join(team, "unrelated", "questions.jsonl"),
      articles,
      (q) => (idNumber(q.id) - 1) % 4 === quarter,
    );
  switch (name) {
    case "team-seeds-fit":
    case "team-seeds-dev":
      return seedsHalf("seeds-team.jsonl", "team-seeds-fit");
    case "encyclopedia-fit":
      return folder("encyclopedia", (q) => articleNumber(q) <= 30);
    case "encyclopedia-dev":
      return folder("encyclopedia", (q) => articleNumber(q) > 30);
    case "kinds-seeds":
      return goldTextSet(name, join(team, "seeds-kinds.jsonl"), seeds);
    case "news3-fit":
      return folder("news3", (q) => idNumber(q.id) % 2 === 1);
    case "news3-dev":
      return folder("news3", (q) => idNumber(q.id) % 2 === 0);
    case "reference-test":
    case "reference-dev":
      return folder("reference", (q) => articleNumber(q) <= 20 === (name === "reference-test"));
    case "news4-test":
    case "news4-dev":
      return folder("news4", (q) => idNumber(q.id) % 2 === (name === "news4-test" ? 1 : 0));
    case "more-seeds-fit":
    case "more-seeds-dev":
      return seedsHalf("seeds-more.jsonl", "more-seeds-fit");
    case "near-seeds-fit":
    case "near-seeds-dev":
      return seedsHalf("seeds-near.jsonl", "near-seeds-fit");
    case "fresh-seeds-fit":
    case "fresh-seeds-dev":
      return seedsHalf("seeds-fresh.jsonl", "fresh-seeds-fit");
    case "seventh-seeds-fit":
    case "seventh-seeds-dev":
      return seedsHalf("seeds-seventh.jsonl", "seventh-seeds-fit");
    case "eighth-seeds-fit":
    case "eighth-seeds-dev":
      return seedsHalf("seeds-eighth.jsonl", "eighth-seeds-fit");
    case "chatty-seeds":
      return goldTextSet(name, join(team, "seeds-chatty.jsonl"), seeds);
    case "ninth-seeds":
      return goldTextSet(name, join(team, "seeds-ninth.jsonl"), seeds);
    case "why-seeds":
      return goldTextSet(name, join(team, "seeds-why.jsonl"), seeds);
    case "tenth-seeds":
      return goldTextSet(name, join(team, "seeds-tenth.jsonl"), seeds);
    case "eleventh-seeds":
      return goldTextSet(name, join(team, "seeds-eleventh.jsonl"), seeds);
    case "twelfth-seeds":
      return goldTextSet(name, join(team, "seeds-twelfth.jsonl"), seeds);
    case "thirteenth-seeds":
      return goldTextSet(name, join(team, "seeds-thirteenth.jsonl"), seeds);
    // A team set that is its folder whole, named as the folder.
    case "news11":
    case "news12":
    case "news5":
    case "news6":
    case "reference3":
    case "reference4":
    case "news13":
    case "news14":
    case "news15":
    case "news16":
    case "news17":
    case "news18":
    case "news19":
    case "news20":
    case "news21":
    case "news22":
    case "news27":
    case "news28":
    case "reference8":
    case "news23":
    case "news24":
    case "news25":
    case "news26":
    case "reference6":
    case "reference7":
    case "reference5":
    case "news7":
    case "news8":
    case "news9":
    case "news10":
    case "news2":
      return folder(name);
    case "reference2-fit":
    case "reference2-dev":
      return folder("reference2", (q) => articleNumber(q) <= 20 === (name === "reference2-fit"));
    case "extra-seeds":
      return goldTextSet(name, join(team, "seeds-extra.jsonl"), seeds);
    case "sixteenth-seeds":
      return goldTextSet(name, join(team, "seeds-sixteenth.jsonl"), seeds);
    case "unrelated-seeds-fit":
      return unrelatedQuarter(0, seeds);
    case "unrelated-news-fit":
      return unrelatedQuarter(1, join(team, "news5", "articles"));
    case "unrelated-seeds-dev":
      return unrelatedQuarter(2, seeds);
    case "unrelated-news-dev":
      return unrelatedQuarter(3, join(team, "news6", "articles"));
    case "offtopic-seeds":
      return goldTextSet(name, join(team, "offtopic", "seeds.jsonl"), seeds);
    case "offtopic-news3":
    case "offtopic-news5": {
      const news = name === "offtopic-news3" ? "news3" : "news5";
      return goldTextSet(name, join(team, "offtopic", `${news}.jsonl`), join(team, news, "articles"));
    }
    case "questions":
      return goldTextSet(name, join(EVAL_DIR, "questions.jsonl"), seeds);
    case "heldout":
      return goldTextSet(name, join(EVAL_DIR, "heldout-dev.jsonl"), seeds);
    case "trecqa-train":
      return trecqaSet("train", options);
    case "trecqa-dev":
      return trecqaSet("dev", options);
  }
}
