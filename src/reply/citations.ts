/** Numbers sources in the order a reply first cites them. */
import type { Article } from "../article.js";
import type { Citation } from "./reply.js";

export class CitationList {
  readonly #byId = new Map<string, Citation>();

  /** The citation number for an article, adding it on first use. */
  cite(article: Article): number {
    let citation = this.#byId.get(article.id);
    if (!citation) {
      citation = {
        n: this.#byId.size + 1,
        articleId: article.id,
        title: article.title,
        outlet: article.outlet,
        date: article.date,
        url: article.url,
      };
      this.#byId.set(article.id, citation);
    }
    return citation.n;
  }

  /** The article's citation, numbered on first use. */
  citation(article: Article): Citation {
    this.cite(article);
    return this.#byId.get(article.id) as Citation;
  }

  get all(): Citation[] {
    return [...this.#byId.values()];
  }
}

/** How a source is named in a reply: its outlet, else its title. */
export function sourceLabel(citation: Pick<Citation, "outlet" | "title">): string {
  return citation.outlet ?? citation.title;
}
