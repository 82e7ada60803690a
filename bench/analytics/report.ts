/** The analytics benchmark's tables (markdown) and its section of docs/benchmarks.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { MetricCase } from './cases/case.types.ts';
import { FULL_SET_KEY } from './cases/full-set.cases.ts';
import { agreementText } from './compare.ts';
import { FULL_SET_LIMIT, REFERENCE, timeTarget } from './reference.ts';
import type { CaseTiming, SizeReport } from './size-report.ts';

/** Both libraries' reports for one size, and the directory holding their values. */
export interface SizeResult {
  readonly people: number;
  readonly dir: string;
  readonly kring: SizeReport;
  readonly graphology?: SizeReport;
}

const START = '<!-- analytics-benchmark:start -->';
const END = '<!-- analytics-benchmark:end -->';

function time(seconds: number | undefined, query: boolean): string {
  if (seconds === undefined) return '—';
  if (query || seconds < 1) return `${(seconds * 1000).toPrecision(3)} ms`;
  return seconds >= 100 ? `${seconds.toFixed(0)} s` : `${seconds.toPrecision(3)} s`;
}

/** Which time the tables show: CPU time of the process, or wall-clock time. */
export type Clock = 'cpu' | 'wall';

function secondsOf(timing: CaseTiming | undefined, query: boolean, clock: Clock): number | undefined {
  const measured = query ? timing?.perQuery : timing;
  return clock === 'cpu' ? measured?.cpuSeconds : measured?.seconds;
}

function graphSecondsOf(report: SizeReport | undefined, clock: Clock): number | undefined {
  return clock === 'cpu' ? report?.graphCpuSeconds : report?.graphSeconds;
}

function shownTime(timing: CaseTiming | undefined, query: boolean, clock: Clock): string {
  if (!timing) return '—';
  if (timing.error) return 'failed';
  if (timing.skipped) return timing.skipped === 'no counterpart' ? '—' : 'skipped';
  return time(secondsOf(timing, query, clock), query);
}

function metricRow(metric: MetricCase, size: SizeResult, tableClock: Clock): string[] {
  const query = metric.queries !== undefined;
  const clock = metric.threads ? 'wall' : tableClock;
  const theirKey = metric.compareAs ?? metric.key;
  const mine = size.kring.timings.find((t) => t.key === metric.key);
  const theirs = size.graphology?.timings.find((t) => t.key === theirKey);
  const kringSeconds = secondsOf(mine, query, clock);
  const graphologySeconds = secondsOf(theirs, query, clock);
  const target = timeTarget(theirKey, size.people, graphologySeconds);
  const met =
    kringSeconds === undefined || target === undefined
      ? ''
      : kringSeconds <= target
        ? 'yes'
        : `no (${(kringSeconds / target).toFixed(1)}×)`;
  const notes = [agreementText(metric, size.dir, mine, theirs)];
  if (metric.threads) notes.push(`${metric.threads} threads: both sides by the wall clock`);
  if (mine?.error) notes.push(`Kring: ${mine.error}`);
  if (theirs?.skipped && theirs.skipped !== 'no counterpart') notes.push(`graphology skipped: ${theirs.skipped}`);
  if (theirs?.error) notes.push(`graphology: ${theirs.error}`);
  return [
    metric.label,
    size.people.toLocaleString('en'),
    shownTime(mine, query, clock),
    shownTime(theirs, query, clock),
    kringSeconds && graphologySeconds ? `${(graphologySeconds / kringSeconds).toFixed(1)}×` : '—',
    time(REFERENCE[theirKey]?.[size.people]?.igraph, false),
    target === undefined ? '—' : `≤ ${time(target, query)}`,
    met,
    notes.filter((n) => n !== '—').join('; ') || '—',
  ];
}

function graphRow(size: SizeResult, clock: Clock): string[] {
  const mine = graphSecondsOf(size.kring, clock)!;
  const theirs = graphSecondsOf(size.graphology, clock);
  return [
    'build the graph',
    size.people.toLocaleString('en'),
    time(mine, false),
    time(theirs, false),
    theirs ? `${(theirs / mine).toFixed(1)}×` : '—',
    '—',
    '—',
    '',
    `${size.kring.relations.toLocaleString('en')} relations`,
  ];
}

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The Kring time of the full metric set at one size: building the graph plus every full-set metric. */
export function fullSetSeconds(cases: readonly MetricCase[], size: SizeResult, clock: Clock): number {
  let total = graphSecondsOf(size.kring, clock)!;
  for (const metric of cases) {
    if (!metric.inFullSet) continue;
    total +=
      secondsOf(
        size.kring.timings.find((t) => t.key === metric.key),
        false,
        clock,
      ) ?? 0;
  }
  return total;
}

/** The metric table and the size table, as markdown. */
export function resultTables(cases: readonly MetricCase[], sizes: readonly SizeResult[], clock: Clock): string {
  const metricRows: string[][] = [];
  for (const size of sizes) metricRows.push(graphRow(size, clock));
  for (const metric of cases) for (const size of sizes) metricRows.push(metricRow(metric, size, clock));
  const sizeRows = sizes.map((size) => {
    const seconds = fullSetSeconds(cases, size, clock);
    const inFullSet = size.kring.timings.filter((t) => cases.find((c) => c.key === t.key)?.inFullSet);
    const fullSetPeak = inFullSet.length > 0 ? `${Math.round(Math.max(...inFullSet.map((t) => t.peakRssMB ?? 0)))} MB` : '—';
    const limits = size.people === FULL_SET_LIMIT.people ? ` (limit ${FULL_SET_LIMIT.seconds} s, ${FULL_SET_LIMIT.peakMB} MB)` : '';
    const server = size.kring.timings.find((t) => t.key === FULL_SET_KEY);
    const serverSeconds = secondsOf(server, false, clock);
    const serverText =
      serverSeconds === undefined
        ? '—'
        : `${(graphSecondsOf(size.kring, clock)! + serverSeconds).toPrecision(3)} s, ${Math.round(server!.peakRssMB ?? 0)} MB`;
    return [
      size.people.toLocaleString('en'),
      size.kring.relations.toLocaleString('en'),
      `${seconds.toPrecision(3)} s${limits}`,
      `${fullSetPeak} (whole run ${Math.round(size.kring.peakRssMB)} MB)`,
      serverText,
      size.graphology ? `${Math.round(size.graphology.peakRssMB)} MB` : '—',
    ];
  });
  return [
    table(
      ['metric', 'people', 'Kring', 'graphology', 'graphology ÷ Kring', 'igraph (reference)', 'target', 'met', 'agreement and notes'],
      metricRows,
    ),
    '',
    table(
      [
        'people',
        'relations',
        'Kring full metric set (graph included)',
        'Kring peak memory, full metric set',
        'as the server computes it (graph included; time, peak memory)',
        'graphology peak memory',
      ],
      sizeRows,
    ),
  ].join('\n');
}

/** Replaces the analytics section of the benchmarks page (between its markers), or appends it; formatted as the repository formats it. */
export async function writeDocsSection(file: string, body: string): Promise<void> {
  const page = readFileSync(file, 'utf8');
  const section = `${START}\n${body.trim()}\n${END}`;
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  const next =
    start >= 0 && end > start ? page.slice(0, start) + section + page.slice(end + END.length) : `${page.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, await format(next, { ...(await resolveConfig(file)), filepath: file }));
}
