/**
 * `npm run eval`: answers every question in tests/eval/questions.jsonl from the seed articles and
 * prints P@1, R@3, MRR, abstention and false abstention, then a report of each miss.
 * Flags: --questions FILE, --articles DIR, --json (the summary as JSON).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseArticle } from "../../src/parse/parseArticle.js";
import { createLibrary } from "../../src/library.js";
import { answer } from "../../src/answer/answer.js";
import { parseQuestions, scoreQuestion, summarize, type QuestionResult } from "./scoring.js";

const { values } = parseArgs({
  options: {
    questions: { type: "string", default: new URL("./questions.jsonl", import.meta.url).pathname },
    articles: { type: "string", default: "seeds" },
    json: { type: "boolean", default: false },
  },
});

const dir = values.articles;
const articles = readdirSync(dir)
  .filter((file) => /\.(txt|md)$/iu.test(file))
  .map((file) => parseArticle({ file, text: readFileSync(join(dir, file), "utf8") }));
const library = createLibrary(articles);
const questions = parseQuestions(readFileSync(values.questions, "utf8"));
const results: QuestionResult[] = questions.map((question) => {
  const reply = answer(library, question.q);
  return scoreQuestion(
    question,
    reply.quotes.map((quote) => ({ text: quote.text, articleId: quote.article.id })),
  );
});
const summary = summarize(results);

if (values.json) {
  console.log(JSON.stringify(summary));
} else {
  const pct = (n: number) => n.toFixed(3);
  console.log(`questions: ${summary.answerable} answerable, ${summary.unanswerable} unanswerable`);
  console.log(`P@1 ${pct(summary.p1)}   R@3 ${pct(summary.r3)}   MRR ${pct(summary.mrr)}`);
  console.log(
    `abstains on ${summary.abstainedUnanswerable}/${summary.unanswerable} unanswerable; ` +
      `wrongly abstains on ${summary.falseAbstentions}/${summary.answerable} answerable`,
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
    console.log(`- ${miss.id} ${miss.q} [${verdict}]`);
    miss.quotes.forEach((quote, i) => console.log(`    ${i + 1}. (${quote.articleId.slice(0, 3)}) ${quote.text.slice(0, 150)}`));
  }
}
