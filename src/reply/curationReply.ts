/** What /add, /remove and /source did, for the moderator: the article's citation and the reload. */
import type { AddResult, CuratedArticle, RemoveResult, SourceResult } from "../curation/curation.js";
import { sourceLabel } from "./citations.js";
import { reloadReply } from "./reloadReply.js";
import type { InfoReply } from "./reply.js";

/** The article as its answers will cite it. */
export function citationLine(article: CuratedArticle): string {
  const parts = [sourceLabel(article)];
  if (article.outlet) parts.push(article.title);
  parts.push(article.date ?? "undated");
  if (article.url) parts.push(`<${article.url}>`);
  return parts.join(" — ");
}

function withReload(
  reply: Omit<InfoReply, "kind" | "fields">,
  result: { reload: AddResult["reload"] },
  fields: InfoReply["fields"],
): InfoReply {
  const reload = reloadReply(result.reload);
  return {
    kind: "info",
    ...reply,
    text: `${reply.text}\n\n${reload.text}`,
    fields: [...fields, ...reload.fields],
    ephemeral: true,
  };
}

export function addedReply(result: AddResult): InfoReply {
  const { added } = result;
  return withReload(
    { title: `Article added: ${added.id}`, text: `Cited as: ${citationLine(added)}`, url: added.url },
    result,
    [{ name: "File", value: added.file }],
  );
}

export function removedReply(result: RemoveResult): InfoReply {
  const { removed } = result;
  return withReload(
    {
      title: `Article removed: ${removed.id}`,
      text: `${removed.file} was moved to ${removed.movedTo}; move it back (with its entry in .removed/sources.json) and /reload to undo.`,
      url: null,
    },
    result,
    [],
  );
}

export function sourceReply(result: SourceResult): InfoReply {
  const { article, changed } = result;
  return withReload(
    {
      title: `Source updated: ${article.id}`,
      text: `Now cited as: ${citationLine(article)}`,
      url: article.url,
    },
    result,
    [{ name: "Changed", value: changed.join(", ") }],
  );
}
