/** Size limits for the runs that cost O(n·m): past them a side is skipped with its reason. */

/** A `skip` that refuses sizes above `largest`, giving `reason`. */
export function skipAbove(largest: number, reason: string): (people: number) => string | undefined {
  return (people) => (people > largest ? reason : undefined);
}
