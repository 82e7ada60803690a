/** The benchmark databases, and a small timing helper shared by the bench scripts. */
export const TARGETS = {
  sqlite: 'sqlite:./data/bench.sqlite',
  postgres: 'postgres://postgres@127.0.0.1:5432/kring_bench',
} as const;
export type Dialect = keyof typeof TARGETS;

/** Median duration of `work`, called one after another (sub-millisecond precision). */
export async function median(work: (i: number) => Promise<unknown>, iterations = 300): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
