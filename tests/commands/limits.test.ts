// Question limits: per user and per server, through the App (the dispatcher every front end uses).
// A flood from one user or one server must not hold up anyone else, and turning the page of an
// answer already given is not a new question.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App, type RunRequest } from "../../src/app.js";
import type { CommandUser } from "../../src/commands/command.js";
import { Cooldown } from "../../src/commands/cooldown.js";
import { ConfigError, readConfig } from "../../src/config.js";
import type { Reply } from "../../src/reply/reply.js";
import { scratchLibrary } from "../helpers.js";

const GUILD = "1000000000000000001";
const OTHER_GUILD = "1000000000000000002";
const user = (id: string): CommandUser => ({ id, name: id, isModerator: false });

let app: App;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const lib = await scratchLibrary();
  cleanup = lib.cleanup;
  ({ app } = await startApp(
    {
      articlesDir: lib.articlesDir,
      dbPath: lib.dbPath,
      cooldown: { questions: 2, windowMs: 60_000 },
      guildLimit: { questions: 5, windowMs: 60_000 },
    },
    { cooldown: true },
  ));
});
afterAll(() => cleanup());

function ask(id: string, guildId: string | null, extra: Partial<RunRequest> = {}): Promise<Reply> {
  return app.run({ command: "ask", args: { question: "Where is Sumy?" }, user: user(id), guildId, ...extra });
}

const USER_REFUSAL = /^You're asking quickly! Please wait \d+ s and ask again\.$/u;
const GUILD_REFUSAL = /^Lots of questions in this server right now! Please wait \d+ s and ask again\.$/u;

function refusal(reply: Reply): string {
  expect(reply.kind).toBe("error");
  expect(reply.ephemeral).toBe(true);
  return reply.kind === "error" ? reply.text : "";
}

describe("Cooldown", () => {
  it("wait() looks without counting; take() counts; both forget uses older than the window", () => {
    let now = 1_000;
    const cooldown = new Cooldown(2, 10_000, () => now);
    expect(cooldown.wait("a")).toBe(0);
    expect(cooldown.wait("a")).toBe(0);
    expect(cooldown.take("a")).toBe(0);
    now += 4_000;
    expect(cooldown.take("a")).toBe(0);
    expect(cooldown.wait("a")).toBe(6_000);
    expect(cooldown.take("a")).toBe(6_000); // refused: not counted
    expect(cooldown.wait("b")).toBe(0);
    now += 6_000; // the first use leaves the window
    expect(cooldown.wait("a")).toBe(0);
    expect(cooldown.take("a")).toBe(0);
    expect(cooldown.wait("a")).toBe(4_000);
  });
});

describe("per-user and per-server question limits", () => {
  it("GIVEN user A floods THEN only A is refused; B in the same server is answered; A's flood uses none of the server's share", async () => {
    expect((await ask("A", GUILD)).kind).toBe("answer");
    expect((await ask("A", GUILD)).kind).toBe("answer");
    for (let i = 0; i < 2_000; i++) expect(refusal(await ask("A", GUILD))).toMatch(USER_REFUSAL);
    expect((await ask("B", GUILD)).kind).toBe("answer");
    // The server has used 3 of its 5: A's 2 answered questions and B's.
    expect(app.limits.guild?.wait(GUILD)).toBe(0);
    expect((await ask("C", GUILD)).kind).toBe("answer");
    expect((await ask("D", GUILD)).kind).toBe("answer");
  });

  it("GIVEN the server used its share THEN it is refused politely there; another server and DMs are unaffected", async () => {
    expect(refusal(await ask("E", GUILD))).toMatch(GUILD_REFUSAL);
    expect(refusal(await ask("F", GUILD))).toMatch(GUILD_REFUSAL);
    expect((await ask("E", OTHER_GUILD)).kind).toBe("answer");
    expect((await ask("E", null)).kind).toBe("answer"); // a DM: only E's own limit applies
    // E's question the server refused did not count against E: E has asked 2 (the other server, the DM).
    expect(refusal(await ask("E", OTHER_GUILD))).toMatch(USER_REFUSAL);
    expect((await ask("F", OTHER_GUILD)).kind).toBe("answer");
  });

  it("a user over their limit is told about their own limit first, even in a full server", async () => {
    expect(refusal(await ask("A", GUILD))).toMatch(USER_REFUSAL);
  });

  it("◀ ▶ paging (countsAsQuestion: false) is not counted, and still works for a user out of questions", async () => {
    const search = (page: number, countsAsQuestion?: boolean) =>
      app.run({
        command: "search",
        args: { terms: "Rubio", page },
        user: user("P"),
        guildId: OTHER_GUILD,
        ...(countsAsQuestion === undefined ? {} : { countsAsQuestion }),
      });
    expect((await search(1)).kind).toBe("list"); // P's first question
    for (let page = 2; page <= 12; page++) {
      const reply = await search(page, false);
      expect(reply.kind).toBe("list");
      if (reply.kind === "list") expect(reply.page?.page).toBe(Math.min(page, reply.page?.pages ?? 0));
    }
    expect((await ask("P", OTHER_GUILD)).kind).toBe("answer"); // P's second question
    expect(refusal(await ask("P", OTHER_GUILD))).toMatch(USER_REFUSAL);
    expect(refusal(await search(1))).toMatch(USER_REFUSAL); // a new search is a question
    expect((await search(3, false)).kind).toBe("list");
  });

  it("commands that ask nothing (/sources, /help) are never limited", async () => {
    for (let i = 0; i < 20; i++) {
      expect((await app.run({ command: "sources", args: {}, user: user("A"), guildId: GUILD })).kind).toBe(
        "list",
      );
    }
  });
});

describe("configuration", () => {
  it("GUILD_QUESTION_LIMIT_COUNT / _SECONDS default to 60 per 30 s and are checked", () => {
    expect(readConfig({}).guildLimit).toEqual({ questions: 60, windowMs: 30_000 });
    expect(readConfig({}).cooldown).toEqual({ questions: 5, windowMs: 30_000 });
    const set = readConfig({ GUILD_QUESTION_LIMIT_COUNT: "200", GUILD_QUESTION_LIMIT_SECONDS: "10" });
    expect(set.guildLimit).toEqual({ questions: 200, windowMs: 10_000 });
    for (const bad of ["0", "-1", "1.5", "many"]) {
      expect(() => readConfig({ GUILD_QUESTION_LIMIT_COUNT: bad })).toThrow(ConfigError);
      expect(() => readConfig({ GUILD_QUESTION_LIMIT_SECONDS: bad })).toThrow(
        /GUILD_QUESTION_LIMIT_SECONDS/u,
      );
    }
  });
});
