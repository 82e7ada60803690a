/** The agreement column: Kring's result against graphology's (and estimates against the exact metric). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maxAbsDifference, spearman, topOrderMatch } from './agreement.ts';
import type { MetricCase } from './cases/case.types.ts';
import type { CaseTiming, LibraryName } from './size-report.ts';

const TOP = 20;

/** Per-node values a library's run wrote for a metric, if any. */
export function readValues(dir: string, library: LibraryName, key: string): Float64Array | undefined {
  const file = join(dir, `${library}-${key}.f64`);
  return existsSync(file) ? new Float64Array(new Uint8Array(readFileSync(file)).buffer) : undefined;
}

function formatDifference(difference: number): string {
  return difference === 0 ? '0' : difference.toExponential(1);
}

/** Describes how far Kring's result agrees with graphology's, in words short enough for a table cell. */
export function agreementText(metric: MetricCase, dir: string, kring: CaseTiming | undefined, graphology: CaseTiming | undefined): string {
  const parts: string[] = [];
  const mine = readValues(dir, 'kring', metric.key);
  const theirs = readValues(dir, 'graphology', metric.compareAs ?? metric.key);
  switch (metric.agreement) {
    case 'exact':
    case 'estimate':
      if (mine && theirs) parts.push(`max diff ${formatDifference(maxAbsDifference(mine, theirs))}`);
      break;
    case 'modularity':
      if (kring?.scalar !== undefined) parts.push(`Q ${kring.scalar.toFixed(4)}`);
      if (graphology?.scalar !== undefined) parts.push(`graphology's Q ${graphology.scalar.toFixed(4)}`);
      break;
    case 'figure':
      if (kring?.scalar !== undefined && graphology?.scalar !== undefined) {
        parts.push(`diff ${formatDifference(Math.abs(kring.scalar - graphology.scalar))}`);
      }
      break;
  }
  if (metric.agreement === 'estimate' && metric.exactKey && mine) {
    const exact = readValues(dir, 'kring', metric.exactKey) ?? readValues(dir, 'graphology', metric.exactKey);
    if (exact) {
      const rho = spearman(mine, exact).toFixed(4);
      parts.push(
        `vs exact: ρ ${rho}, top ${TOP} in order ${topOrderMatch(mine, exact, TOP)}/${TOP}, max error ${formatDifference(maxAbsDifference(mine, exact))}`,
      );
    }
  }
  if (kring?.note) parts.push(kring.note);
  if (graphology?.note) parts.push(`graphology: ${graphology.note}`);
  return parts.join('; ') || '—';
}
