/** A sliding-window limit on how often one user may ask (per key: a user, a guild, …). */
export class Cooldown {
  readonly #hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use and returns 0, or returns how many ms to wait (and records nothing). */
  take(key: string): number {
    const now = this.now();
    const recent = (this.#hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.#hits.set(key, recent);
      return this.windowMs - (now - (recent[0] as number));
    }
    recent.push(now);
    this.#hits.set(key, recent);
    if (this.#hits.size > 10_000) this.#prune(now);
    return 0;
  }

  #prune(now: number): void {
    for (const [key, times] of this.#hits)
      if (times.every((t) => now - t >= this.windowMs)) this.#hits.delete(key);
  }
}
