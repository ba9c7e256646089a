import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { seedLibrary } from "./seedLibrary.js";

const library = seedLibrary();

describe("context for quotes that point back", () => {
  it("GIVEN a quote whose speaker is 'he' THEN its context is the sentence naming him", () => {
    const reply = answer(library, "What did Zelensky say about a truce without guarantees?");
    const quote = reply.quotes[0];
    expect(quote?.text).toContain("he said at a summit");
    expect(quote?.context).toContain("Zelensky");
    expect(quote?.text).not.toContain(quote?.context ?? "∅");
  });

  it("GIVEN a bare quotation THEN its context is the sentence before it", () => {
    const reply = answer(library, "What did Trump say about the minerals deal?", { top: 6 });
    const bare = reply.quotes.find((q) => q.text.startsWith('"We have a minerals deal'));
    expect(bare?.context).toContain("Trump also hinted at the deal");
  });

  it("GIVEN a quote that names its speaker THEN it has no context", () => {
    const reply = answer(library, "What did Rubio say about it not being America's war?");
    expect(reply.quotes[0]?.text).toContain("Mr. Rubio said");
    expect(reply.quotes[0]?.context ?? null).toBeNull();
  });
});
