/**
 * One library at one network size, in a process of its own so that its peak memory is its
 * own: generates the network, builds the library's graph, runs the selected metrics and
 * writes their timings (and per-node values, for the agreement) into the run directory.
 *
 *   node --expose-gc --import tsx bench/analytics/size-run.ts --library kring|graphology --people N --seed S --only a,b --dir DIR
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph } from '../../src/analytics/graph.ts';
import { selectCases } from './cases/all-cases.ts';
import type { HandOver, MetricCase, Outcome, Side, Subject, Timed } from './cases/case.types.ts';
import { readValues } from './compare.ts';
import { graphologyNetwork } from './graphology-network.ts';
import { professionalNetwork, type ProfessionalNetwork } from './professional-network.ts';
import { sharedInputs } from './shared-inputs.ts';
import type { CaseTiming, LibraryName, SizeReport } from './size-report.ts';

/** Fast metrics are repeated (median taken) until this much time has been spent. */
const REPEAT_BUDGET_SECONDS = 1;
const MAX_REPEATS = 5;

const { values } = parseArgs({
  options: {
    library: { type: 'string' },
    people: { type: 'string' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string', default: '' },
    dir: { type: 'string' },
  },
});
const library = values.library as LibraryName;
const people = Number(values.people);
const seed = Number(values.seed);
const dir = values.dir!;
const cases = selectCases(values.only ? values.only.split(',') : []);

function fileHandOver(): HandOver {
  const file = (name: string) => join(dir, `handover-${name}.i32`);
  return {
    put: (name, array) => writeFileSync(file(name), array),
    get: (name) => (existsSync(file(name)) ? new Int32Array(new Uint8Array(readFileSync(file(name))).buffer) : undefined),
    valuesOf: (key) => readValues(dir, library, key),
  };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Seconds of wall clock and of this process's CPU (user + system) since a mark. */
function clocks(): () => { wall: number; cpu: number } {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  return () => {
    const cpu = process.cpuUsage(cpuStart);
    return { wall: (performance.now() - wallStart) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs the work once, and again while it is fast; returns the median wall and CPU seconds and the last outcome. */
async function timeRuns(work: Timed): Promise<{ seconds: number; cpuSeconds: number; outcome: Outcome; runs: number }> {
  const walls: number[] = [];
  const cpus: number[] = [];
  let result: Awaited<ReturnType<Timed>>;
  let spent = 0;
  do {
    collectGarbage();
    const stop = clocks();
    result = await work();
    const { wall, cpu } = stop();
    walls.push(wall);
    cpus.push(cpu);
    spent += wall;
  } while (spent < REPEAT_BUDGET_SECONDS && walls.length < MAX_REPEATS);
  const outcome: Outcome = typeof result === 'function' ? result() : result;
  return { seconds: median(walls), cpuSeconds: median(cpus), outcome, runs: walls.length };
}

async function runCase<G>(metric: MetricCase, side: Side<G> | undefined, subject: Subject<G>): Promise<CaseTiming> {
  if (!side) return { key: metric.key, skipped: 'no counterpart' };
  const reason = side.skip?.(people);
  if (reason) return { key: metric.key, skipped: reason };
  try {
    const work = await side.prepare(subject);
    const { seconds, cpuSeconds, outcome, runs } = await timeRuns(work);
    if (outcome.values) writeFileSync(join(dir, `${library}-${metric.key}.f64`), outcome.values);
    const queries = metric.queries;
    const perQuery = queries ? { seconds: seconds / queries, cpuSeconds: cpuSeconds / queries } : undefined;
    return {
      key: metric.key,
      seconds,
      cpuSeconds,
      runs,
      perQuery,
      scalar: outcome.scalar,
      note: outcome.note,
      hasValues: !!outcome.values,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    };
  } catch (error) {
    return { key: metric.key, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function buildSubject(network: ProfessionalNetwork): { seconds: number; cpuSeconds: number; subject: Subject<unknown> } {
  const stop = clocks();
  const graph =
    library === 'kring'
      ? buildGraph(people, { sources: network.sources, targets: network.targets, weights: network.weights })
      : graphologyNetwork(network);
  const { wall, cpu } = stop();
  return { seconds: wall, cpuSeconds: cpu, subject: { graph, network, shared: sharedInputs(people, seed), handOver: fileHandOver() } };
}

const network = professionalNetwork({ people, seed });
const { seconds: graphSeconds, cpuSeconds: graphCpuSeconds, subject } = buildSubject(network);
const timings: CaseTiming[] = [];
for (const metric of cases) {
  const side = (library === 'kring' ? metric.kring : metric.graphology) as Side<unknown> | undefined;
  const timing = await runCase(metric, side, subject);
  timings.push(timing);
  const shown =
    timing.seconds !== undefined
      ? `${timing.seconds.toFixed(3)} s wall, ${timing.cpuSeconds!.toFixed(3)} s CPU`
      : (timing.skipped ?? timing.error);
  console.log(`  ${library} ${people} ${metric.key}: ${shown}`);
}
const report: SizeReport = {
  library,
  people,
  relations: network.sources.length,
  graphSeconds,
  graphCpuSeconds,
  timings,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
};
writeFileSync(join(dir, `${library}.json`), JSON.stringify(report));
