/**
 * The loop PageRank and eigenvector centrality share: apply a step until the L1 change per
 * node falls below the tolerance (graphology's and networkx's criterion: Σ|x' − x| < n·tol),
 * or fail loudly after `maxIterations`, as both libraries do.
 */

export interface PowerIterationOptions {
  /** Stop when Σ|x' − x| < n · tolerance. */
  tolerance?: number;
  /** Give up (and throw) after this many steps. */
  maxIterations?: number;
}

/** Iterates `step(previous, next)` from `start` until convergence; returns the last vector. */
export function iterateToFixedPoint(
  module: string,
  start: Float64Array,
  options: Required<PowerIterationOptions>,
  step: (previous: Float64Array, next: Float64Array) => void,
): Float64Array {
  const { tolerance, maxIterations } = options;
  if (!(tolerance > 0)) throw new Error(`${module}: tolerance must be positive, got ${tolerance}`);
  if (!(Number.isInteger(maxIterations) && maxIterations > 0)) {
    throw new Error(`${module}: maxIterations must be a positive integer, got ${maxIterations}`);
  }
  const n = start.length;
  let previous: Float64Array = start;
  let next: Float64Array = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    step(previous, next);
    let change = 0;
    for (let v = 0; v < n; v += 1) change += Math.abs(next[v]! - previous[v]!);
    if (change < n * tolerance) return next;
    [previous, next] = [next, previous];
  }
  throw new Error(`${module}: did not converge within ${maxIterations} iterations`);
}
