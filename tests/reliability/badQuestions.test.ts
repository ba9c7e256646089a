import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "../../src/app.js";
import type { CommandUser } from "../../src/commands/command.js";
import { renderDiscord } from "../../src/discord/renderDiscord.js";
import type { ListReply } from "../../src/reply/reply.js";
import { scratchLibrary } from "../helpers.js";

/** Every kind of odd input a public bot meets, each with what a sensible reply looks like. */
const QUESTIONS: [label: string, text: string][] = [
  ["empty", ""],
  ["only spaces", "     "],
  ["one character", "a"],
  ["6,000 characters", "What did Rubio say? ".repeat(300)],
  ["only punctuation", "?!?.,;:()[]{}"],
  ["emoji", "🇺🇦🤝🇺🇸 ❓"],
  ["emoji with words", "What did Rubio say 🤔?"],
  ["zero-width characters", "Who\u200b is\u200d Dmitry\u2060 Peskov?"],
  ["control characters", "Where\u0000 is\u0007 Sumy\u001b[31m?"],
  ["right-to-left text", "מי אירח את הפסגה בפריז?"],
  ["mixed scripts", "Who is Дмитрий Peskov 和 Sibiha?"],
  ["markdown", "**What** _did_ ~~Trump~~ `say` about the [minerals](http://x.y) deal?"],
  ["code fence", "```js\nprocess.exit(1)\n```"],
  ["@everyone", "@everyone what did Rubio say?"],
  ["role mention", "<@&123456789012345678> who is Peskov?"],
  ["user mention", "<@123456789012345678> where is Sumy?"],
  ["regex metacharacters", "(.*)+$^[a-z]{2,}\\d? Rubio|Trump"],
  ["__proto__", "__proto__"],
  ["constructor", "constructor prototype toString hasOwnProperty"],
  ["surrogate halves", "Who \uD800 is \uDFFF Peskov?"],
  ["very long word", `${"x".repeat(3000)}?`],
  ["newlines", "Who\n\nis\r\nPeskov?"],
];

const USER: CommandUser = { id: "fuzzer", name: "fuzzer", isModerator: false };

let app: App;
let articlesDir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const lib = await scratchLibrary();
  cleanup = lib.cleanup;
  articlesDir = lib.articlesDir;
  ({ app } = await startApp({
    articlesDir,
    dbPath: lib.dbPath,
    cooldown: { questions: 1000, windowMs: 1000 },
  }));
});
afterAll(() => cleanup());

function totalEmbedLength(embed: {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}) {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0) +
    (embed.footer?.text.length ?? 0)
  );
}

describe.each(["ask", "search"])("/%s with bad input", (command) => {
  it.each(QUESTIONS)(
    "%s gets a sensible reply within Discord's limits and pings no one",
    async (_label, text) => {
      const option = command === "ask" ? "question" : "terms";
      const reply = await app.run({ command, args: { [option]: text }, user: USER });
      expect(["answer", "no-answer", "list", "error"]).toContain(reply.kind);
      if (reply.kind === "error") expect(reply.text.length).toBeLessThan(200);
      const message = renderDiscord(reply, "k");
      expect(message.allowedMentions).toEqual({ parse: [] });
      expect(message.content?.length ?? 0).toBeLessThanOrEqual(2000);
      for (const embed of message.embeds) {
        expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
        expect(totalEmbedLength(embed)).toBeLessThanOrEqual(6000);
        for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
        expect(JSON.stringify(embed)).not.toMatch(/@everyone|<@&?\d+>/u);
      }
      if (reply.kind === "answer") {
        for (const quote of reply.quotes) {
          const source = reply.sources.find((s) => s.n === quote.source);
          const article = app.service.library.byId.get(source?.articleId ?? "");
          expect(article).toBeDefined();
          const file = await readFile(join(articlesDir, article?.file ?? ""), "utf8");
          expect(file.replace(/\s+/gu, " ")).toContain(quote.text);
        }
      }
    },
  );
});

describe("command options with bad input", () => {
  it.each(["../../etc/passwd", "__proto__", "constructor", "", " ", "0", "%00", "x".repeat(5000)])(
    "/article id %j is refused politely",
    async (id) => {
      const reply = await app.run({ command: "article", args: { id }, user: USER });
      expect(reply.kind).toBe("error");
    },
  );

  it.each(["", "(", "[", "\\", "__proto__", "é", "🙂", "x".repeat(5000)])(
    "autocomplete for %j returns at most 25 valid choices",
    (typed) => {
      const autocomplete = app.command("article")?.autocomplete;
      expect(autocomplete).toBeTypeOf("function");
      const choices = autocomplete?.({ library: app.service.library }, "id", typed) ?? [];
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) {
        expect(choice.name.length).toBeGreaterThan(0);
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(choice.value.length).toBeLessThanOrEqual(100);
      }
    },
  );

  it("a /search page far past the end shows the last page", async () => {
    const reply = await app.run({ command: "search", args: { terms: "Rubio", page: 999 }, user: USER });
    expect(reply.kind).toBe("list");
    const { page, items } = reply as ListReply;
    expect(page).toMatchObject({ command: "search", pages: expect.any(Number) as number });
    expect(page?.pages).toBeGreaterThan(1);
    expect(page?.page).toBe(page?.pages);
    expect(items.length).toBeGreaterThan(0);
  });
});
