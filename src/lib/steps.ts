/**
 * Long synchronous work written as a generator that yields between slices, so one thread
 * can run it to the end at once, or let its other work (answering messages) in between.
 */
export type Steps<T> = Generator<void, T>;

/** Runs the steps to the end without pausing. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, awaiting `pause` between them. */
export async function runPausing<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** A pause that lets the thread's pending I/O and messages be handled first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
