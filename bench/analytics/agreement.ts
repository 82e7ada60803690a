/**
 * How far two results of the same metric agree: the largest absolute difference for exact
 * metrics, and for estimates the Spearman rank correlation and whether the top of the
 * ranking comes out in the same order.
 */

/** The largest |a[i] − b[i]|; infinite when the lengths differ, NaN when either is NaN. */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let largest = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    // Two equal infinities (unreachable nodes) agree.
    if (x === y) continue;
    const difference = Math.abs(x - y);
    if (!(difference <= largest)) largest = difference;
  }
  return largest;
}

/** Fractional ranks (1-based, ties share their average rank). */
export function ranks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((x, y) => values[x]! - values[y]!);
  const result = new Float64Array(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end += 1;
    const shared = (start + end + 1) / 2;
    for (let k = start; k < end; k += 1) result[order[k]!] = shared;
    start = end;
  }
  return result;
}

/** Spearman's rank correlation: Pearson's correlation of the fractional ranks. */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error('bench/analytics: spearman needs equal lengths');
  return pearson(ranks(a), ranks(b));
}

function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i += 1) {
    meanX += x[i]! / n;
    meanY += y[i]! / n;
  }
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  return varianceX === 0 || varianceY === 0 ? NaN : covariance / Math.sqrt(varianceX * varianceY);
}

/** The `count` indices with the highest values, highest first (ties by lower index). */
export function topIndices(values: ArrayLike<number>, count: number): number[] {
  return Array.from({ length: values.length }, (_, i) => i)
    .sort((x, y) => values[y]! - values[x]! || x - y)
    .slice(0, count);
}

/** How many leading places of the top `count` two rankings share (count when the order is identical). */
export function topOrderMatch(estimate: ArrayLike<number>, exact: ArrayLike<number>, count = 20): number {
  const mine = topIndices(estimate, count);
  const theirs = topIndices(exact, count);
  let same = 0;
  while (same < count && mine[same] === theirs[same]) same += 1;
  return same;
}
