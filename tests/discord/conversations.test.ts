import { describe, expect, it } from "vitest";
import {
  ConversationMemory,
  conversationFor,
  conversationKey,
  PagedLists,
} from "../../src/discord/conversations.js";
import type { Exchange } from "../../src/commands/command.js";

const exchange = (question: string) => ({ question, answer: { question } }) as unknown as Exchange;

describe("conversations", () => {
  it("a thread is one conversation for everyone in it; elsewhere each user has their own", () => {
    expect(conversationKey("42", true, "alice")).toBe("thread:42");
    expect(conversationKey("42", true, "bob")).toBe("thread:42");
    expect(conversationKey("42", false, "alice")).toBe("42:alice");
    expect(conversationKey("42", false, "bob")).not.toBe(conversationKey("42", false, "alice"));
  });

  it("remembers the last exchange per conversation, and forgets the oldest beyond its bound", () => {
    const memory = new ConversationMemory();
    const thread = conversationFor(memory, "thread:42");
    expect(thread.previous).toBeNull();
    thread.remember(exchange("Who hosted the talks?"));
    expect(conversationFor(memory, "thread:42").previous?.question).toBe("Who hosted the talks?");
    for (let i = 0; i < 2000; i++) memory.set(`other:${i}`, exchange(String(i)));
    expect(memory.get("thread:42")).toBeNull();
    expect(memory.get("other:1999")?.question).toBe("1999");
  });

  it("keys paged lists with short ids that fit a button", () => {
    const pages = new PagedLists();
    const key = pages.add("search", { terms: "Rubio" });
    expect(key.length).toBeLessThan(10);
    expect(pages.get(key)).toEqual({ command: "search", args: { terms: "Rubio" } });
    expect(pages.get("nope")).toBeUndefined();
  });
});
