/**
 * `npm run bench`: runs the API benchmark (bench/run.ts) and the analytics benchmark
 * (bench/analytics/run.ts), or the one named first — which may also be the server analytics
 * benchmark (bench/analytics-server.ts), the import benchmark (bench/import.ts) or the personal data
 * report's (bench/personal-data.ts) or the list filters' (bench/filters.ts).
 *
 *   npm run bench                         both suites
 *   npm run bench -- api [--database sqlite|postgres|both] [--seconds 10] [--connections 32] [--workers 1] [--loader wrk|autocannon] [--regenerate]
 *   npm run bench -- server-analytics [--database sqlite|postgres] [--projection people] [--queries 200]
 *   npm run bench -- analytics [--sizes 1000,10000,100000] [--only betweenness,pagerank] [--seed 1] [--clock cpu|wall] [--docs]
 *   npm run bench -- import [--people 1000,5000,10000] [--database sqlite|postgres|both]
 *   npm run bench -- personal-data [--database sqlite|postgres|both] [--requests 30]
 *   npm run bench -- filters [--database sqlite|postgres|both] [--requests 20] [--only people|relations|organisations]
 *
 * Without a suite name, the analytics flags go to the analytics suite and every other
 * argument to the API suite, so the API benchmark's flags work as they always did.
 */
import { spawnSync } from 'node:child_process';

const ANALYTICS_FLAGS = new Set(['sizes', 'only', 'seed', 'clock', 'docs']);
const SCRIPTS = {
  api: 'bench/run.ts',
  analytics: 'bench/analytics/run.ts',
  'server-analytics': 'bench/analytics-server.ts',
  import: 'bench/import.ts',
  'personal-data': 'bench/personal-data.ts',
  filters: 'bench/filters.ts',
} as const;
type Suite = keyof typeof SCRIPTS;

/** Splits arguments into the analytics suite's flags (with their values) and the rest. */
function splitArguments(args: readonly string[]): Record<'api' | 'analytics', string[]> {
  const split: Record<'api' | 'analytics', string[]> = { api: [], analytics: [] };
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i]!;
    const takesValue = !flag.includes('=') && i + 1 < args.length && !args[i + 1]!.startsWith('--');
    const taken = args.slice(i, takesValue ? i + 2 : i + 1);
    split[ANALYTICS_FLAGS.has(flag.replace(/^--/, '').split('=')[0]!) ? 'analytics' : 'api'].push(...taken);
    if (takesValue) i += 1;
  }
  return split;
}

const args = process.argv.slice(2);
const named = args[0] !== undefined && args[0] in SCRIPTS ? (args[0] as Suite) : undefined;
if (!named && args[0] !== undefined && !args[0].startsWith('--')) {
  console.error(`bench: unknown suite "${args[0]}"; the suites are ${Object.keys(SCRIPTS).join(', ')}`);
  process.exit(2);
}
const plan: [Suite, string[]][] = named ? [[named, args.slice(1)]] : (Object.entries(splitArguments(args)) as [Suite, string[]][]);
for (const [suite, suiteArgs] of plan) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPTS[suite], ...suiteArgs], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
