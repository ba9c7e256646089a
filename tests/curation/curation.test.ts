// /add, /remove and /source through the command handlers, against the news site on loopback.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startApp, type App } from "../../src/app.js";
import type { CommandUser } from "../../src/commands/command.js";
import type { RawArgs } from "../../src/commands/dispatch.js";
import type { Reply } from "../../src/reply/reply.js";
import { scratchLibrary } from "../helpers.js";
import { PAGES, startNewsSite, type NewsSite } from "./newsSite.js";

const MODERATOR: CommandUser = { id: "m1", name: "mod", isModerator: true };
const MEMBER: CommandUser = { id: "u1", name: "member", isModerator: false };
const FIXTURES = new URL("./fixtures/site/", import.meta.url).pathname;

let site: NewsSite;
let lib: Awaited<ReturnType<typeof scratchLibrary>>;
let app: App;

beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.stop());

beforeEach(async () => {
  lib = await scratchLibrary();
  ({ app } = await startApp({
    articlesDir: lib.articlesDir,
    dbPath: lib.dbPath,
    cooldown: { questions: 100, windowMs: 1000 },
    curation: { allowPrivateUrls: true },
  }));
});
afterEach(() => lib.cleanup());

const run = (command: string, args: RawArgs, user = MODERATOR) => app.run({ command, args, user });

function info(reply: Reply) {
  expect(reply.kind, JSON.stringify(reply)).toBe("info");
  return reply as Extract<Reply, { kind: "info" }>;
}

function refused(reply: Reply): string {
  expect(reply.kind, JSON.stringify(reply)).toBe("error");
  expect(reply.ephemeral).toBe(true);
  return (reply as Extract<Reply, { kind: "error" }>).text;
}

/** Every file in the folder (and .removed/) with its bytes: what "nothing written" compares. */
async function folderState(): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  const walk = async (dir: string, prefix: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else state[`${prefix}${entry.name}`] = await readFile(join(dir, entry.name), "utf8");
    }
  };
  await walk(lib.articlesDir, "");
  return state;
}

async function sidecar(): Promise<Record<string, Record<string, string>>> {
  return JSON.parse(await readFile(join(lib.articlesDir, "sources.json"), "utf8")) as Record<
    string,
    Record<string, string>
  >;
}

describe("/add url:", () => {
  it("GIVEN a news page THEN the article file and sidecar entry are written, reloaded, and it answers with its link", async () => {
    const reply = info(await run("add", { url: site.url(PAGES.geneva) }));
    expect(reply.title).toBe("Article added: 005_prisoner-exchange-agreed-at-geneva-talks");
    expect(reply.text).toMatch(
      /^Cited as: The Daily Planet — Prisoner Exchange Agreed at Geneva Talks — 2025-05-04 — <https:\/\/www\.dailyplanet\.example\/world\/2025\/05\/04\/geneva-prisoner-exchange>\n\nNow serving 6 articles/u,
    );
    expect(reply.fields).toContainEqual({
      name: "Added (1)",
      value: "005_prisoner-exchange-agreed-at-geneva-talks.txt",
    });
    expect(reply.ephemeral).toBe(true);
    const file = await readFile(
      join(lib.articlesDir, "005_prisoner-exchange-agreed-at-geneva-talks.txt"),
      "utf8",
    );
    expect(file.startsWith("Prisoner Exchange Agreed at Geneva Talks\n\ndate 2025-05-04 Negotiators")).toBe(
      true,
    );
    expect(file).not.toMatch(/cookies|Flurbo|Morning Briefing|All rights reserved/u);
    expect((await sidecar())["005_prisoner-exchange-agreed-at-geneva-talks.txt"]).toEqual({
      title: "Prisoner Exchange Agreed at Geneva Talks",
      outlet: "The Daily Planet",
      date: "2025-05-04",
      url: "https://www.dailyplanet.example/world/2025/05/04/geneva-prisoner-exchange",
    });

    const answer = await run("ask", { question: "How many prisoners will each side exchange?" }, MEMBER);
    expect(answer.kind).toBe("answer");
    if (answer.kind !== "answer") return;
    expect(answer.quotes[0]?.text).toContain("exchange 212 prisoners each");
    const cited = answer.sources.find((s) => s.n === answer.quotes[0]?.source);
    expect(cited).toMatchObject({
      articleId: "005_prisoner-exchange-agreed-at-geneva-talks",
      outlet: "The Daily Planet",
      date: "2025-05-04",
      url: "https://www.dailyplanet.example/world/2025/05/04/geneva-prisoner-exchange",
    });
  });

  it("GIVEN a page with no metadata THEN its address is its link, and nothing else is made up", async () => {
    const reply = info(await run("add", { url: site.url(PAGES.plain) }));
    expect(reply.text).toMatch(
      /^Cited as: The mountain village of Vrbovec voted on Saturday .* — undated — </u,
    );
    const entry = Object.values(await sidecar())[0];
    expect(entry).toEqual({ url: site.url(PAGES.plain) });
    const answer = await run("ask", { question: "How many signatures did the parents collect?" });
    expect(answer.kind === "answer" && answer.sources[0]?.url).toBe(site.url(PAGES.plain));
  });

  it("GIVEN a windows-1252 page and a plain-text page THEN both read right", async () => {
    info(await run("add", { url: site.url(PAGES.ferry) }));
    const names = (await readdir(lib.articlesDir)).filter((n) => n.startsWith("005_"));
    expect(names).toEqual(["005_le-ferry-d-odessa-reprend-du-service.txt"]);
    expect(await readFile(join(lib.articlesDir, names[0] as string), "utf8")).toContain(
      "« C’est une très bonne nouvelle pour les familles séparées », a déclaré le capitaine François Lefèvre — qui",
    );
    const notes = info(await run("add", { url: site.url(PAGES.notes) }));
    expect(notes.title).toBe("Article added: 006_field-notes-from-the-dnipro-crossing");
    expect(notes.text).toMatch(/^Cited as: Field Notes From the Dnipro Crossing — 2025-05-07 — </u);
  });

  it("GIVEN the same page again (another link to it, or its canonical one) THEN 'already in the set', nothing written", async () => {
    info(await run("add", { url: site.url(PAGES.geneva) }));
    const before = await folderState();
    const again = refused(await run("add", { url: site.url(PAGES.genevaShared) }));
    expect(again).toBe("That page is already in the set as `005_prisoner-exchange-agreed-at-geneva-talks`.");
    // Another page whose text is byte for byte an article already in the folder.
    site.routes.set("/mirror", (res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(before["005_prisoner-exchange-agreed-at-geneva-talks.txt"]);
    });
    expect(refused(await run("add", { url: site.url("/mirror") }))).toBe(
      "That article is already in the set as `005_prisoner-exchange-agreed-at-geneva-talks`.",
    );
    expect(await folderState()).toEqual(before);
  });

  it("GIVEN pages that must be refused THEN each says why and nothing is written", async () => {
    const before = await folderState();
    const storeBefore = await readFile(lib.dbPath, "utf8");
    const cases: [string, string | RegExp][] = [
      [site.url(PAGES.loop), "The link redirects in a loop, so there is no page to add."],
      [site.url(PAGES.huge), "The page is larger than 5 MB, the most the bot reads."],
      [site.url(PAGES.image), "That link is an image (image/png), not a web page or text."],
      [site.url(PAGES.gone), "I found no article text on that page: nothing to add."],
      ["ftp://example.org/x", "Only http and https links can be added, not ftp."],
    ];
    for (const [url, why] of cases) expect(refused(await run("add", { url }))).toMatch(why);
    expect(refused(await run("add", {}))).toBe(
      "Give the article as a link (url) or as a file, one of the two.",
    );
    expect(await folderState()).toEqual(before);
    expect(await readFile(lib.dbPath, "utf8")).toBe(storeBefore);
  });

  it("GIVEN a private address without ALLOW_PRIVATE_URLS THEN refused, nothing fetched or written", async () => {
    const { app: strict } = await startApp({
      articlesDir: lib.articlesDir,
      dbPath: lib.dbPath,
      cooldown: { questions: 100, windowMs: 1000 },
    });
    const before = await folderState();
    const asked = site.requests.length;
    const reply = await strict.run({
      command: "add",
      args: { url: site.url(PAGES.geneva) },
      user: MODERATOR,
    });
    expect(refused(reply)).toBe(
      "127.0.0.1 is a private or local address (127.0.0.1), which the bot does not fetch.",
    );
    expect(site.requests.length).toBe(asked);
    expect(await folderState()).toEqual(before);
  });
});

describe("/add file:", () => {
  const file = (name: string, path = join(FIXTURES, name)) => ({
    file: { name, size: null, contentType: null, path },
  });

  it("GIVEN an .html file THEN extracted like a page; a .txt file THEN kept as written", async () => {
    const html = info(await run("add", file("kyiv-grain-corridor.html")));
    expect(html.text).toMatch(
      /^Cited as: Harbour Herald — Grain ships leave Odesa as corridor reopens — 2025-05-06 — <https:\/\/harbourherald\.example\/business\/grain-corridor-reopens>/u,
    );
    const txt = info(await run("add", file("field-notes.txt")));
    expect(txt.fields).toContainEqual({
      name: "File",
      value: "006_field-notes-from-the-dnipro-crossing.txt",
    });
    expect(
      await readFile(join(lib.articlesDir, "006_field-notes-from-the-dnipro-crossing.txt"), "utf8"),
    ).toBe(await readFile(join(FIXTURES, "field-notes.txt"), "utf8"));
  });

  it("GIVEN a file of another kind, too large, missing, or a repeat THEN refused, nothing written", async () => {
    const big = join(lib.root, "big.txt");
    await writeFile(big, "A sentence about the talks. ".repeat(80_000));
    const pdf = join(lib.root, "report.pdf");
    await writeFile(pdf, "%PDF-1.7");
    const before = await folderState();
    expect(refused(await run("add", file("report.pdf", pdf)))).toBe(
      "Only .txt, .md and .html files can be added; report.pdf is a .pdf file.",
    );
    expect(refused(await run("add", file("big.txt", big)))).toBe(
      "big.txt is 2.1 MB; files up to 2 MB can be added.",
    );
    // An upload Discord says is too large is refused before it is downloaded.
    const asked = site.requests.length;
    const upload = {
      name: "huge.md",
      size: 3 * 1024 * 1024,
      contentType: "text/markdown",
      url: site.url("/cdn/huge.md"),
    };
    expect(refused(await run("add", { file: upload }))).toBe(
      "huge.md is 3 MB; files up to 2 MB can be added.",
    );
    expect(site.requests.length).toBe(asked);
    expect(refused(await run("add", file("nope.txt", join(lib.root, "nope.txt"))))).toBe(
      `There is no file at ${join(lib.root, "nope.txt")}.`,
    );
    const empty = join(lib.root, "empty.md");
    await writeFile(empty, "# Notes\n\nTBD.\n");
    expect(refused(await run("add", file("empty.md", empty)))).toBe(
      "I found no article text in empty.md: nothing to add.",
    );
    const seed = (await readdir(lib.articlesDir)).find((n) => n.startsWith("001_")) as string;
    expect(refused(await run("add", file("copy.txt", join(lib.articlesDir, seed))))).toBe(
      "That article is already in the set as `001_30adab4a3c73e80a`.",
    );
    expect(await folderState()).toEqual(before);
  });
});

describe("/remove", () => {
  it("GIVEN an added article THEN its file and sidecar entry move to .removed/, and it is no longer quoted", async () => {
    info(await run("add", { url: site.url(PAGES.geneva) }));
    const reply = info(await run("remove", { id: "005" }));
    expect(reply.title).toBe("Article removed: 005_prisoner-exchange-agreed-at-geneva-talks");
    expect(reply.fields).toContainEqual({
      name: "Removed (1)",
      value: "005_prisoner-exchange-agreed-at-geneva-talks.txt",
    });
    const state = await folderState();
    expect(Object.keys(state).filter((name) => name.includes("prisoner"))).toEqual([
      ".removed/005_prisoner-exchange-agreed-at-geneva-talks.txt",
    ]);
    expect(JSON.parse(state[".removed/sources.json"] as string)).toEqual({
      "005_prisoner-exchange-agreed-at-geneva-talks.txt": expect.objectContaining({
        outlet: "The Daily Planet",
      }) as unknown,
    });
    expect(await sidecar()).toEqual({});
    const answer = await run("ask", { question: "How many prisoners will each side exchange?" });
    expect(JSON.stringify(answer)).not.toContain("212 prisoners");
    // The next article takes a new number, never the removed one's.
    const next = info(await run("add", { url: site.url(PAGES.grain) }));
    expect(next.title).toBe("Article added: 006_grain-ships-leave-odesa-as-corridor-reopens");
  });

  it("GIVEN a seed article without a sidecar entry THEN moved aside; an unknown id THEN refused", async () => {
    info(await run("remove", { id: "003_0df8127b532af0cd" }));
    expect(Object.keys(await folderState())).toContain(".removed/003_0df8127b532af0cd.txt");
    expect(app.service.library.articles).toHaveLength(4);
    const before = await folderState();
    expect(refused(await run("remove", { id: "999" }))).toBe(
      "There is no article “999”. `/sources` lists them.",
    );
    expect(await folderState()).toEqual(before);
  });
});

describe("/source", () => {
  it("GIVEN an outlet, date and link THEN the sidecar entry is set, and answers cite them", async () => {
    const reply = info(
      await run("source", {
        id: "001",
        outlet: "Example News",
        date: "2025-04-18",
        url: "https://example.org/rubio-paris",
      }),
    );
    expect(reply.title).toBe("Source updated: 001_30adab4a3c73e80a");
    // The date was already the article's own (its date prefix): not a change.
    expect(reply.fields).toContainEqual({ name: "Changed", value: "outlet, url" });
    expect(reply.fields).toContainEqual({ name: "Changed (1)", value: "001_30adab4a3c73e80a.txt" });
    expect((await sidecar())["001_30adab4a3c73e80a.txt"]).toEqual({
      outlet: "Example News",
      url: "https://example.org/rubio-paris",
    });
    const answer = await run("ask", { question: "How many people died in Kryvyi Rih?" });
    expect(
      answer.kind === "answer" && answer.sources.find((s) => s.articleId === "001_30adab4a3c73e80a"),
    ).toMatchObject({
      outlet: "Example News",
      url: "https://example.org/rubio-paris",
    });
    info(await run("source", { id: "001", outlet: "-" }));
    expect((await sidecar())["001_30adab4a3c73e80a.txt"]).toEqual({ url: "https://example.org/rubio-paris" });
  });

  it("GIVEN a bad date, a bad link, nothing to change THEN refused, nothing written", async () => {
    const before = await folderState();
    expect(refused(await run("source", { id: "001", date: "2025-02-30" }))).toBe(
      "The date should be a real day written YYYY-MM-DD, e.g. 2025-04-18, not “2025-02-30”.",
    );
    expect(refused(await run("source", { id: "001", date: "18/04/2025" }))).toMatch(/^The date should be/u);
    expect(refused(await run("source", { id: "001", url: "javascript:alert(1)" }))).toBe(
      "Only http and https links can be added, not javascript.",
    );
    expect(refused(await run("source", { id: "001" }))).toBe(
      "Say what to change: a title, outlet, date (YYYY-MM-DD) or url; `-` clears one.",
    );
    expect(refused(await run("source", { id: "001", date: "2025-04-18" }))).toBe(
      "Nothing to change: 001_30adab4a3c73e80a already has those details.",
    );
    expect(refused(await run("source", { id: "001", date: "-" }))).toBe(
      "The date comes from the article's own text: it can be replaced, not cleared.",
    );
    expect(await folderState()).toEqual(before);
  });
});

describe("who may curate", () => {
  it("GIVEN a member THEN /add, /remove, /source and /report are refused politely, nothing fetched or written", async () => {
    const before = await folderState();
    const asked = site.requests.length;
    for (const [command, args] of [
      ["add", { url: site.url(PAGES.geneva) }],
      ["remove", { id: "001" }],
      ["source", { id: "001", outlet: "X" }],
      ["report", {}],
    ] as const) {
      expect(refused(await run(command, args, MEMBER))).toBe(
        `Only moderators (Manage Server) can use /${command}.`,
      );
    }
    expect(site.requests.length).toBe(asked);
    expect(await folderState()).toEqual(before);
  });
});
