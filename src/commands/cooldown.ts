/** A sliding-window limit on how often one key (a user, a server, …) may ask. */
export class Cooldown {
  readonly #hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** How many ms `key` must wait before its next use (0: it may go now); records nothing. */
  wait(key: string): number {
    const now = this.now();
    const recent = this.#recent(key, now);
    return recent.length >= this.limit ? this.windowMs - (now - (recent[0] as number)) : 0;
  }

  /** Records a use and returns 0, or returns how many ms to wait (and records nothing). */
  take(key: string): number {
    const now = this.now();
    const recent = this.#recent(key, now);
    if (recent.length >= this.limit) return this.windowMs - (now - (recent[0] as number));
    recent.push(now);
    this.#hits.set(key, recent);
    if (this.#hits.size > 10_000) this.#prune(now);
    return 0;
  }

  /** The key's uses still inside the window (older ones forgotten). */
  #recent(key: string, now: number): number[] {
    const recent = (this.#hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length) this.#hits.set(key, recent);
    else this.#hits.delete(key);
    return recent;
  }

  #prune(now: number): void {
    for (const [key, times] of this.#hits)
      if (times.every((t) => now - t >= this.windowMs)) this.#hits.delete(key);
  }
}
