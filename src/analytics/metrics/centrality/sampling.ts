/**
 * The error statements of the sampled estimators: a node's value is a population total
 * estimated from a simple random sample (without replacement) of sources.
 *
 * - The standard error comes from the sample variance with the finite-population
 *   correction (1 − k/N): it is 0 when every source was used.
 * - The bound is Hoeffding's inequality as sharpened for sampling without replacement by
 *   R. J. Serfling, "Probability inequalities for the sum in sampling without replacement",
 *   Annals of Statistics 2(1):39–48, 1974: the mean of k values in [0, range] drawn from N is
 *   within range·√((1 − (k−1)/N)·ln(2/δ)/(2k)) of the population mean with probability ≥ 1 − δ.
 *   It holds for each node separately, whatever the graph; it is loose but never optimistic.
 */

/** Half-width of the two-sided Hoeffding–Serfling interval for a sample mean of values in [0, range]. */
export function hoeffdingHalfWidth(range: number, samples: number, population: number, confidence: number): number {
  if (samples >= population) return 0;
  if (samples <= 0) return Infinity;
  const unsampled = 1 - (samples - 1) / population;
  return range * Math.sqrt((unsampled * Math.log(2 / (1 - confidence))) / (2 * samples));
}

/** Standard error of a sample mean from the sum and sum of squares of k values drawn from N. */
export function standardErrorOfMean(sum: number, squares: number, samples: number, population: number): number {
  if (samples >= population) return 0;
  if (samples < 2) return Infinity;
  const variance = Math.max(0, (squares - (sum * sum) / samples) / (samples - 1));
  return Math.sqrt(((1 - samples / population) * variance) / samples);
}

/** Checks a confidence level, naming the module that was given it. */
export function checkConfidence(module: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new Error(`${module}: confidence must be in (0, 1), got ${confidence}`);
}
