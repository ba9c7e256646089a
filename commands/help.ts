import { defineCommand } from "../src/commands/command.js";

export default defineCommand({
  name: "help",
  description: "What the bot does and the commands it knows.",
  options: [],
  execute(context) {
    return {
      kind: "info",
      title: "talksbot",
      text:
        "I answer questions about a set of news articles by quoting their own sentences, each with its source. " +
        "I never write an answer myself: if the articles don't say, I tell you so.",
      fields: context.commands
        .filter((command) => !command.moderatorOnly || context.user.isModerator)
        .map((command) => ({
          name: `/${command.name}${command.options.map((o: { name: string; required?: boolean }) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join("")}`,
          value: command.description,
        })),
      url: null,
    };
  },
});
