/**
 * Counts the route handlers still running. A handler goes on after its client has gone (a
 * closed connection does not stop its queries), so the server stops accepting requests, then
 * waits for these before it closes the database they use.
 */
export class InFlight {
  private running = 0;
  private waiting: (() => void)[] = [];

  /** Runs `work`, counted until it settles. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      if (this.running === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
  }

  /** Resolves when no handler runs, or after `timeoutMs` when one never ends. */
  settled(timeoutMs: number): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  get count(): number {
    return this.running;
  }
}
