/**
 * Test helper process: logs question after question to one feedback file, writing after each, so
 * the parent can SIGKILL it mid-write. Question n is "question n"; prints "ready" after the first.
 */
import { FeedbackLog } from "../../../src/feedback/feedbackLog.js";

const [path] = process.argv.slice(2);
if (!path) throw new Error("usage: feedbackWriter.ts FEEDBACK_PATH");
// Bounded: should the parent never kill it, it stops by itself.
setTimeout(() => process.exit(0), 60_000).unref();

const log = await FeedbackLog.open(path, { via: "terminal", salt: "crash", writeDelayMs: 0 });
// Long enough that a write takes a while: each one rewrites every entry.
const quotes = Array.from({ length: 20 }, (_, i) => ({ article: `article-${i}`, sentence: i + 1 }));
const first = log.data.questions.length;
for (let n = first; ; n++) {
  const entry = log.logAnswer({
    command: "ask",
    userId: `user ${n % 7}`,
    question: `question ${n}`,
    answered: n % 3 !== 0,
    reason: n % 3 === 0 ? "no-match" : null,
    version: "v1",
    quotes,
  });
  if (n % 5 === 0) await log.vote(entry.id, "voter", n % 2 ? "up" : "down");
  await log.flush();
  if (n === first) process.stdout.write("ready\n");
}
