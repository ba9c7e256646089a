/** Autocomplete over articles: ids and titles that match what the user has typed so far. */
import type { Library } from "../library.js";
import { foldWord } from "../text/normalize.js";
import type { Choice } from "./command.js";

/** The option that names one article, with suggestions as the user types its title. */
export const ARTICLE_ID_OPTION = {
  name: "id",
  description: "The article (start typing its title)",
  type: "string",
  required: true,
  autocomplete: true,
} as const;

/** Discord's limits: 25 choices, 100 characters per name and value. */
const MAX_CHOICES = 25;
const MAX_NAME = 100;

export function articleChoices(library: Library, typed: string): Choice[] {
  const wanted = foldWord(typed.slice(0, 200)).trim();
  const matches = library.articles.filter(
    (article) =>
      !wanted || foldWord(article.id).startsWith(wanted) || foldWord(article.title).includes(wanted),
  );
  return matches.slice(0, MAX_CHOICES).map((article) => {
    const label = `${article.title}${article.date ? ` (${article.date})` : ""}`;
    return {
      name: label.length > MAX_NAME ? `${label.slice(0, MAX_NAME - 1)}…` : label,
      value: article.id.slice(0, MAX_NAME),
    };
  });
}
