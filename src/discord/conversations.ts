/**
 * Remembers recent exchanges so a follow-up ("what did he say about sanctions?") can be read in
 * context: by the bot message it replies to, or the last exchange in a thread.
 */
import type { Conversation } from "../app.js";
import type { Exchange } from "../commands/command.js";

const MAX_ENTRIES = 2000;

/** A map that forgets its oldest entry beyond MAX_ENTRIES, so memory stays bounded. */
class Recent<V> {
  readonly #byKey = new Map<string, V>();

  get(key: string): V | undefined {
    return this.#byKey.get(key);
  }

  set(key: string, value: V): void {
    this.#byKey.delete(key);
    this.#byKey.set(key, value);
    if (this.#byKey.size > MAX_ENTRIES) {
      const oldest = this.#byKey.keys().next().value;
      if (oldest !== undefined) this.#byKey.delete(oldest);
    }
  }
}

export class ConversationMemory {
  readonly #exchanges = new Recent<Exchange>();

  get(key: string): Exchange | null {
    return this.#exchanges.get(key) ?? null;
  }

  set(key: string, exchange: Exchange): void {
    this.#exchanges.set(key, exchange);
  }
}

/**
 * Which conversation a question continues. A thread is one conversation, whoever asks in it (the
 * same for slash commands and mentions); elsewhere each user has their own per channel.
 */
export function conversationKey(channelId: string, inThread: boolean, userId: string): string {
  return inThread ? `thread:${channelId}` : `${channelId}:${userId}`;
}

export function conversationFor(memory: ConversationMemory, key: string): Conversation {
  return {
    get previous() {
      return memory.get(key);
    },
    remember: (exchange) => memory.set(key, exchange),
  };
}

/** Paged lists (/search) remember their arguments by a short key that fits in a button's custom id. */
export class PagedLists {
  readonly #lists = new Recent<{ command: string; args: Record<string, string> }>();
  #next = 0;

  add(command: string, args: Record<string, string>): string {
    const key = (this.#next++).toString(36);
    this.#lists.set(key, { command, args });
    return key;
  }

  get(key: string): { command: string; args: Record<string, string> } | undefined {
    return this.#lists.get(key);
  }
}
