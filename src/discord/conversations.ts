/**
 * Remembers recent exchanges so a follow-up ("what did he say about sanctions?") can be read in
 * context: by the bot message it replies to, or the last exchange in a thread.
 */
import type { Exchange } from "../commands/command.js";

const MAX_ENTRIES = 2000;

export class ConversationMemory {
  readonly #byKey = new Map<string, Exchange>();

  get(key: string): Exchange | null {
    return this.#byKey.get(key) ?? null;
  }

  set(key: string, exchange: Exchange): void {
    this.#byKey.delete(key);
    this.#byKey.set(key, exchange);
    if (this.#byKey.size > MAX_ENTRIES) {
      const oldest = this.#byKey.keys().next().value;
      if (oldest !== undefined) this.#byKey.delete(oldest);
    }
  }
}

/** Paged lists (/search) remember their arguments by a short key that fits in a button's custom id. */
export class PagedLists {
  readonly #byKey = new Map<string, { command: string; args: Record<string, string> }>();
  #next = 0;

  add(command: string, args: Record<string, string>): string {
    const key = (this.#next++).toString(36);
    this.#byKey.set(key, { command, args });
    if (this.#byKey.size > MAX_ENTRIES) {
      const oldest = this.#byKey.keys().next().value;
      if (oldest !== undefined) this.#byKey.delete(oldest);
    }
    return key;
  }

  get(key: string): { command: string; args: Record<string, string> } | undefined {
    return this.#byKey.get(key);
  }
}
