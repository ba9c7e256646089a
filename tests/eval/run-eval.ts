/**
 * `npm run eval`: answers every question in tests/eval/questions.jsonl from the seed articles and
 * prints P@1, R@3, MRR, abstention and false abstention, a line per kind of question, then a
 * report of each miss (with the engine's answer kind and confidence).
 * Flags: --questions FILE (repeatable: each file is scored on its own, e.g. also
 * tests/eval/heldout-dev.jsonl), --articles DIR, --json (the summary as JSON, one line per file).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { createLibrary } from "../../src/library.js";
import { answer } from "../../src/answer/answer.js";
import { analyzeQuestion } from "../../src/answer/analyzeQuestion.js";
import { parseQuestions, scoreQuestion, summarize, type QuestionResult } from "./scoring.js";

const { values } = parseArgs({
  options: {
    questions: { type: "string", multiple: true },
    articles: { type: "string", default: "seeds" },
    json: { type: "boolean", default: false },
  },
});

const dir = values.articles;
const articles = readdirSync(dir)
  .filter((file) => /\.(txt|md)$/iu.test(file))
  .map((file) => parseArticle({ file, text: readFileSync(join(dir, file), "utf8") }));
const library = createLibrary(articles);
const files = values.questions?.length
  ? values.questions
  : [new URL("./questions.jsonl", import.meta.url).pathname];

interface Scored extends QuestionResult {
  kind: string;
  confidence: number;
}

files.forEach((file, f) => {
  const questions = parseQuestions(readFileSync(file, "utf8"));
  const results: Scored[] = questions.map((question) => {
    const reply = answer(library, question.q);
    return {
      ...scoreQuestion(
        question,
        reply.quotes.map((quote) => ({ text: quote.text, articleId: quote.article.id })),
      ),
      kind: analyzeQuestion(question.q).kind,
      confidence: reply.confidence ?? 0,
    };
  });
  const summary = summarize(results);

  if (values.json) {
    console.log(JSON.stringify(files.length > 1 ? { file, ...summary } : summary));
    return;
  }
  const pct = (n: number) => n.toFixed(3);
  if (f > 0) console.log("");
  if (files.length > 1) console.log(`== ${file}`);
  console.log(`questions: ${summary.answerable} answerable, ${summary.unanswerable} unanswerable`);
  console.log(`P@1 ${pct(summary.p1)}   R@3 ${pct(summary.r3)}   MRR ${pct(summary.mrr)}`);
  console.log(
    `abstains on ${summary.abstainedUnanswerable}/${summary.unanswerable} unanswerable; ` +
      `wrongly abstains on ${summary.falseAbstentions}/${summary.answerable} answerable`,
  );

  const kinds = [...new Set(results.filter((r) => r.answerable).map((r) => r.kind))].sort();
  console.log(
    `by kind: ${kinds
      .map((kind) => {
        const of = results.filter((r) => r.answerable && r.kind === kind);
        return `${kind} ${of.filter((r) => r.firstHit === 1).length}/${of.length}`;
      })
      .join(", ")}`,
  );

  const misses = results.filter((r) => (r.answerable ? r.firstHit !== 1 : !r.abstained));
  if (misses.length) console.log(`\nmisses (${misses.length}):`);
  for (const miss of misses) {
    const verdict = !miss.answerable
      ? "should abstain"
      : miss.abstained
        ? "abstained"
        : miss.firstHit
          ? `first hit at ${miss.firstHit}`
          : "no hit in top 3";
    console.log(`- ${miss.id} ${miss.q} [${verdict}; ${miss.kind}, confidence ${miss.confidence}]`);
    miss.quotes.forEach((quote, i) =>
      console.log(`    ${i + 1}. (${quote.articleId.slice(0, 3)}) ${quote.text.slice(0, 150)}`),
    );
  }
});
