import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { OFF_TOPIC_QUESTIONS } from "./articles/lexicon.js";
import {
  countDistinctWords,
  generateArticleSet,
  writeArticleSet,
  type ArticleSet,
} from "./generate-articles.js";

const FILE_NAME = /^\d{5}_[0-9a-f]{16}\.txt$/u;
const BOILERPLATE =
  /^(?:Post a Comment|Previous Post Next Post|Follow us on .+|To Donate to .+Click Here\.|Contact form|Share this article|Read more|Subscribe to .+|© .+|Related Posts|Sign up for .+)$/u;

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}

function share(files: ArticleSet["files"], test: (text: string) => boolean): number {
  return files.filter((f) => test(f.text)).length / files.length;
}

const isLinkLine = (line: string) => /^(?:\[\]\(https:\/\/[^)\s]+\))+$/u.test(line);
/** Headings, headlines and captions: short lines that do not end like a sentence. */
const isTitleLine = (line: string) =>
  !isLinkLine(line) && !BOILERPLATE.test(line) && !/[.!"”]$/u.test(line) && line.split(" ").length <= 16;

describe("generateArticleSet", () => {
  let set: ArticleSet;
  let texts: string[];

  beforeAll(() => {
    set = generateArticleSet({ count: 1000 });
    texts = set.files.map((f) => f.text);
  });

  it("is deterministic for a seed and never touches Math.random", () => {
    const random = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random used");
    });
    try {
      const a = generateArticleSet({ count: 200, seed: 7 });
      const b = generateArticleSet({ count: 200, seed: 7 });
      expect(b).toEqual(a);
    } finally {
      random.mockRestore();
    }
  });

  it("gives different articles and questions for a different seed", () => {
    const a = generateArticleSet({ count: 50, seed: 7 });
    const b = generateArticleSet({ count: 50, seed: 8 });
    expect(b.files.map((f) => f.name)).not.toEqual(a.files.map((f) => f.name));
    const same = a.files.filter((f, i) => f.text === b.files[i]?.text).length;
    expect(same).toBe(0);
    expect(b.questions).not.toEqual(a.questions);
  });

  it("keeps article i the same whatever the set's size", () => {
    const small = generateArticleSet({ count: 100 });
    expect(small.files).toEqual(set.files.slice(0, 100));
  });

  it("names files like the seeds, uniquely", () => {
    expect(set.files).toHaveLength(1000);
    for (const f of set.files) expect(f.name).toMatch(FILE_NAME);
    expect(new Set(set.files.map((f) => f.name)).size).toBe(1000);
    expect(set.files[42]?.name.startsWith("00042_")).toBe(true);
  });

  it("has article-sized texts: ~24 sentences in 4–10 paragraphs, ~4 KB", () => {
    const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / texts.length;
    expect(bytes).toBeGreaterThan(3000);
    expect(bytes).toBeLessThan(5500);
    for (const text of texts.slice(0, 200)) {
      const paragraphs = lines(text).filter(
        (l) => !isLinkLine(l) && !BOILERPLATE.test(l) && /[.!"”]$/u.test(l),
      );
      expect(paragraphs.length).toBeGreaterThanOrEqual(4);
      expect(paragraphs.length).toBeLessThanOrEqual(12); // 10 + a credit line + a "latest updates" line
      // Split at sentence ends, but not after "Mr." / "Ms.".
      const sentences = paragraphs
        .join(" ")
        .split(/(?<=(?<!\b(?:Mr|Ms))[.!?][”"]?)\s+(?=[“"A-Z$\d])/u).length;
      expect(sentences).toBeGreaterThanOrEqual(20);
      expect(sentences).toBeLessThanOrEqual(32);
    }
  });

  it("has the seeds' format features in realistic shares", () => {
    const dated = share(set.files, (t) => /^ date \d{4}-\d{2}-\d{2} \S/u.test(t));
    expect(dated).toBeGreaterThan(0.5);
    expect(dated).toBeLessThan(0.7);
    const headline = share(set.files, (t) => !t.startsWith(" date ") && isTitleLine(lines(t)[0] ?? ""));
    expect(headline).toBeGreaterThan(0.12);
    expect(headline).toBeLessThan(0.3);
    expect(share(set.files, (t) => lines(t).slice(1).some(isTitleLine))).toBeGreaterThan(0.2);
    const links = share(set.files, (t) => lines(t).some(isLinkLine));
    expect(links).toBeGreaterThan(0.1);
    expect(links).toBeLessThan(0.3);
    expect(texts.join("\n")).toMatch(/^\[\]\(https:\/\/[a-z.]*example\.[a-z.]+\/\S+\)/mu);
    const boilerplate = share(set.files, (t) => lines(t).some((l) => BOILERPLATE.test(l)));
    expect(boilerplate).toBeGreaterThan(0.08);
    expect(boilerplate).toBeLessThan(0.25);
    expect(share(set.files, (t) => t.includes("\n\n"))).toBeGreaterThan(0.5);
    expect(share(set.files, (t) => !t.includes("\n\n"))).toBeGreaterThan(0.1);
    expect(share(set.files, (t) => /“[^”]+”/u.test(t))).toBeGreaterThan(0.3);
    expect(share(set.files, (t) => /"[^"]+"/u.test(t))).toBeGreaterThan(0.2);
  });

  it("reads like news: titles, reported speech, numbers and dates", () => {
    const all = texts.join("\n");
    for (const pattern of [
      /\b(?:[A-Z][a-z]+ )?(?:Foreign|Defence|Economy) Minister [A-Z][\w-]+ [A-Z]\w+/u,
      /\bPresident [A-Z][\w-]+ [A-Z]\w+/u,
      /\bspokes(?:wo)?man\b/u,
      /\b\w+ said\b/u,
      /\baccording to\b/u,
      /\bSome \d+ people\b/u,
      /\bmore than \d+\b/u,
      /\b\d+ injuries\b/u,
      /\bon (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, 20\d\d\b/u,
      /\b(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u,
      /\bnext week\b/u,
    ]) {
      expect(all).toMatch(pattern);
    }
    // Core news words recur in a large share of articles, as in real coverage.
    expect(share(set.files, (t) => /\bsaid\b/u.test(t))).toBeGreaterThan(0.95);
    expect(share(set.files, (t) => /\btalks\b/u.test(t))).toBeGreaterThan(0.8);
    expect(share(set.files, (t) => /\bUkraine\b/u.test(t))).toBeGreaterThan(0.2);
  });

  it("has a Zipf-like vocabulary that grows with the set", () => {
    const small = countDistinctWords(texts.slice(0, 100));
    const large = countDistinctWords(texts);
    expect(small).toBeGreaterThan(2500);
    expect(large).toBeGreaterThan(12_000);
    expect(large).toBeGreaterThan(small * 3);
    const counts = new Map<string, number>();
    for (const text of texts)
      for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
        if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
    const hapaxes = [...counts.values()].filter((n) => n === 1).length;
    expect(hapaxes / counts.size).toBeGreaterThan(0.4); // a long tail of words seen once
    const top = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([w]) => w);
    expect(top).toEqual(expect.arrayContaining(["the", "said", "talks"]));
  });

  it("asks 200 distinct questions about names that occur, ~10% about things that do not", () => {
    const { questions } = set;
    expect(questions).toHaveLength(200);
    expect(new Set(questions).size).toBe(200);
    const all = texts.join("\n");
    let absent = questions.filter((q) => OFF_TOPIC_QUESTIONS.includes(q)).length;
    const named =
      /^(?:Who is|Where is|How many people (?:died|were killed|were injured|were hurt) in|When are the talks in) (?!the )(.+)\?$/u;
    for (const q of questions) {
      const name = named.exec(q)?.[1];
      if (name !== undefined && !all.includes(name)) absent++;
    }
    expect(absent).toBeGreaterThanOrEqual(15);
    expect(absent).toBeLessThanOrEqual(25);
    for (const kind of [
      /^What did .+ say/u,
      /^When /u,
      /^How many people/u,
      /^Who is /u,
      /^Where is /u,
      /^Why /u,
      /^(?:Has|Did|Was|Were) /u,
    ]) {
      expect(questions.some((q) => kind.test(q))).toBe(true);
    }
  });
});

describe("writeArticleSet", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "articles-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the files, replacing old .txt files, and reports what it wrote", async () => {
    await writeFile(join(dir, "stale.txt"), "old", "utf8");
    await writeFile(join(dir, "keep.json"), "{}", "utf8");
    const summary = await writeArticleSet(dir, { count: 20, seed: 3 });
    const names = (await readdir(dir)).sort();
    expect(names).not.toContain("stale.txt");
    expect(names).toContain("keep.json");
    expect(names.filter((n) => n.endsWith(".txt"))).toHaveLength(20);
    const { files } = generateArticleSet({ count: 20, seed: 3 });
    const first = files[0];
    expect(first).toBeDefined();
    expect(await readFile(join(dir, first?.name ?? ""), "utf8")).toBe(first?.text);
    expect(summary.files).toBe(20);
    expect(summary.bytes).toBe(files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0));
    expect(summary.distinctWords).toBe(countDistinctWords(files.map((f) => f.text)));
  });
});
