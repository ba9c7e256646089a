/**
 * Names for added articles, in the seeds' pattern: a number one past the highest in the folder
 * (removed articles included), then a few words of the title: `005_talks-resume-in-geneva.txt`.
 * The number keeps `/article 005` working as a prefix.
 */

const MAX_SLUG = 48;

/** A file-name-safe slug of a title: ASCII letters and digits, words joined by hyphens. */
export function slugOf(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || "article";
}

/** The next free name, given every name taken (in the folder and set aside). */
export function nextArticleName(taken: readonly string[], title: string, extension: ".txt" | ".md"): string {
  const numbers = taken.map((name) => /^(\d+)_/u.exec(name)?.[1]).filter((n): n is string => n !== undefined);
  const width = Math.max(3, ...numbers.map((n) => n.length));
  const next = numbers.reduce((max, n) => Math.max(max, Number(n)), -1) + 1;
  return `${String(next).padStart(width, "0")}_${slugOf(title)}${extension}`;
}
