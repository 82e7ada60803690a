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

/**
 * The standard normal quantile Φ⁻¹(p), by P. J. Acklam's rational approximation (relative
 * error below 1.2e-9), for turning a confidence into a number of standard errors.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`analytics/metrics/centrality/sampling: a quantile needs p in (0, 1), got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
