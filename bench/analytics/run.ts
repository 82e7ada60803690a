/**
 * The analytics benchmark: for each network size, times every Kring metric and its
 * graphology counterpart in the same run (each library in a process of its own, so peak
 * memory does not mix), compares their results, and prints the table. A complete run
 * (default sizes, every metric) also rewrites the analytics section of docs/benchmarks.md.
 *
 *   npm run bench -- analytics [--sizes 1000,10000,100000] [--only betweenness,pagerank] [--seed 1] [--clock cpu|wall] [--docs]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { selectCases } from './cases/all-cases.ts';
import { resultTables, writeDocsSection, type Clock, type SizeResult } from './report.ts';
import type { LibraryName, SizeReport } from './size-report.ts';

const DEFAULT_SIZES = '1000,10000,100000';
const DOCS = 'docs/benchmarks.md';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: DEFAULT_SIZES },
    only: { type: 'string', default: '' },
    seed: { type: 'string', default: '1' },
    docs: { type: 'boolean', default: false },
    clock: { type: 'string', default: 'cpu' },
  },
});
if (values.clock !== 'cpu' && values.clock !== 'wall') throw new Error('bench/analytics: --clock is cpu or wall');
const clock: Clock = values.clock;
const sizes = values.sizes.split(',').map(Number);
const only = values.only ? values.only.split(',') : [];
const cases = selectCases(only);
const complete = values.sizes === DEFAULT_SIZES && only.length === 0;

function runLibrary(library: LibraryName, people: number, dir: string): SizeReport | undefined {
  const args = ['--expose-gc', '--import', 'tsx', 'bench/analytics/size-run.ts'];
  args.push('--library', library, '--people', String(people), '--seed', values.seed, '--only', only.join(','), '--dir', dir);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    // Keep what the other runs measured: one failed process should not lose the whole table.
    console.error(`bench/analytics: the ${library} run at ${people} people failed (exit ${result.status ?? result.signal})`);
    return undefined;
  }
  return JSON.parse(readFileSync(join(dir, `${library}.json`), 'utf8')) as SizeReport;
}

const started = performance.now();
const loadAtStart = loadavg()[0]!;
const results: SizeResult[] = [];
const dirs: string[] = [];
for (const people of sizes) {
  console.log(`${people.toLocaleString('en')} people…`);
  const dir = mkdtempSync(join(tmpdir(), 'kring-analytics-'));
  dirs.push(dir);
  // Kring first: graphology reuses Kring's sampled pivots.
  const kring = runLibrary('kring', people, dir);
  const graphology = runLibrary('graphology', people, dir);
  if (kring) results.push({ people, dir, kring, graphology });
  else process.exitCode = 1;
}

const tables = resultTables(cases, results, clock);
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
const body = [
  '## Analytics — `npm run bench -- analytics`',
  '',
  `Measured on ${new Date().toISOString().slice(0, 10)} (${cpus().length} cores, Node ${process.versions.node}; the whole run took ${minutes} min).`,
  'Seeded professional networks from `bench/analytics/professional-network.ts` (seed ' +
    `${values.seed}): people in organisations of heavy-tailed sizes, dense inside, sparse across, a few hubs, average degree 10.`,
  'Each library runs in a process of its own per size; a metric under a second is repeated up to five times and the median kept.',
  clock === 'cpu'
    ? `Times are CPU seconds of the process (user + system), which a busy machine disturbs less than the wall clock (load average ${loadAtStart.toFixed(1)} at the start); \`--clock wall\` shows wall-clock time.`
    : `Times are wall-clock seconds (load average ${loadAtStart.toFixed(1)} at the start).`,
  'Rows run on 2 threads are timed by the wall clock on both sides, so on a busy machine they show mostly the other load.',
  'igraph is not run here: its column repeats the reference figures of the requirements (measured on a 2-core machine).',
  'Targets: at least as fast as the faster of graphology (measured) and igraph (reference); a third of graphology for betweenness, closeness and shortest paths;',
  'exact betweenness at 10,000 people under 5 s, sampled betweenness at 100,000 under 3 s, a best-path query at 100,000 under 20 ms.',
  '',
  tables,
].join('\n');
console.log(`\n${body}\n`);
mkdirSync('data', { recursive: true });
writeFileSync('data/analytics-bench.md', `${body}\n`);
if (complete || values.docs) {
  await writeDocsSection(DOCS, body);
  console.log(`Written to data/analytics-bench.md and ${DOCS}.`);
} else console.log(`Written to data/analytics-bench.md (a partial run leaves ${DOCS} alone; --docs writes it anyway).`);
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
