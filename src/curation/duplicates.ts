/**
 * The same article twice: a page whose link (as asked for, after redirects, or its canonical link)
 * is already an article's link, or a file whose bytes are already in the folder.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../article.js";
import { ARTICLE_FILE } from "../store/articleFolder.js";

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src)$/iu;

/** A link as compared for sameness: no scheme, `www.`, fragment, tracking parameters or final slash. */
export function linkKey(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name);
  url.searchParams.sort();
  const host = url.hostname.toLowerCase().replace(/^www\./u, "");
  const port = url.port ? `:${url.port}` : "";
  const path = url.pathname.replace(/\/+$/u, "");
  return `${host}${port}${path}${url.search}`;
}

/** The article already known by one of these links, if any. */
export function articleWithLink(articles: readonly Article[], links: readonly string[]): Article | undefined {
  const keys = new Set(links.map(linkKey).filter((key): key is string => key !== null));
  return articles.find((article) => {
    const key = article.url ? linkKey(article.url) : null;
    return key !== null && keys.has(key);
  });
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The article file in the folder with exactly these bytes, if any (only same-size files are read). */
export async function fileWithSameBytes(articlesDir: string, bytes: Buffer): Promise<string | null> {
  const hash = sha256(bytes);
  for (const name of (await readdir(articlesDir)).filter((n) => ARTICLE_FILE.test(n))) {
    const path = join(articlesDir, name);
    const info = await stat(path).catch(() => null);
    if (info?.size !== bytes.length) continue;
    if (sha256(await readFile(path)) === hash) return name;
  }
  return null;
}
