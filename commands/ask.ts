import { defineCommand } from "../src/commands/command.js";
import { articleChoices } from "../src/commands/articleChoices.js";
import { checkQuestion, MAX_QUESTION_LENGTH } from "../src/commands/questionInput.js";
import { answer } from "../src/answer/answer.js";
import { answerBroadQuestion } from "../src/commands/broadQuestions.js";
import { findArticle } from "../src/library.js";
import { answerReply } from "../src/reply/answerReply.js";
import { errorReply } from "../src/reply/reply.js";

export default defineCommand({
  name: "ask",
  description: "Ask a question; get the sentences from the articles that answer it, with sources.",
  asksQuestion: true,
  options: [
    {
      name: "question",
      description: "Your question, e.g. Who hosted the Paris talks?",
      type: "string",
      required: true,
      maxLength: MAX_QUESTION_LENGTH,
    },
    { name: "article", description: "Only quote this article", type: "string", autocomplete: true },
  ],
  execute(context, args) {
    const checked = checkQuestion(args.question);
    if (!checked.ok) return errorReply(checked.message);
    let articleId: string | undefined;
    if (args.article !== undefined && args.article.trim() !== "") {
      const article = findArticle(context.library, args.article);
      if (!article) return errorReply("There is no such article. `/sources` lists them.");
      articleId = article.id;
    }
    // "Summarize the talks", "Give me a timeline": the summary or the timeline answers.
    const broad = articleId ? null : answerBroadQuestion(context, checked.question);
    if (broad) return broad;
    const result = answer(context.library, checked.question, {
      ...(articleId ? { articleId } : {}),
      ...(context.previous ? { previous: context.previous } : {}),
    });
    context.remember?.({ question: checked.question, answer: result });
    return answerReply(context.library, result);
  },
  autocomplete: (context, _option, typed) => articleChoices(context.library, typed),
});
