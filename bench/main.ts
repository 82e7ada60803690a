/**
 * `npm run bench`: runs the API benchmark (bench/run.ts) and the analytics benchmark
 * (bench/analytics/run.ts), or one of them when named first.
 *
 *   npm run bench                         both suites
 *   npm run bench -- api [--database sqlite|postgres|both] [--seconds 10] [--connections 32] [--workers 1] [--regenerate]
 *   npm run bench -- analytics [--sizes 1000,10000,100000] [--only betweenness,pagerank] [--seed 1] [--docs]
 *
 * Without a suite name, each flag goes to the suite that knows it.
 */
import { spawnSync } from 'node:child_process';

const SUITES = {
  api: { script: 'bench/run.ts', flags: ['database', 'seconds', 'connections', 'workers', 'regenerate'] },
  analytics: { script: 'bench/analytics/run.ts', flags: ['sizes', 'only', 'seed', 'docs'] },
} as const;
type Suite = keyof typeof SUITES;

/** The arguments that belong to a suite: its own flags, each with its value when it takes one. */
function argumentsFor(suite: Suite, args: readonly string[]): string[] {
  const own: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const name = args[i]!.replace(/^--/, '').split('=')[0]!;
    const takesValue = !args[i]!.includes('=') && i + 1 < args.length && !args[i + 1]!.startsWith('--');
    if ((SUITES[suite].flags as readonly string[]).includes(name)) own.push(...args.slice(i, takesValue ? i + 2 : i + 1));
    if (takesValue) i += 1;
  }
  return own;
}

const [first, ...rest] = process.argv.slice(2);
const named = first === 'api' || first === 'analytics' ? (first as Suite) : undefined;
const args = named ? rest : process.argv.slice(2);
const unknown = args.filter(
  (a) => a.startsWith('--') && !Object.values(SUITES).some((s) => (s.flags as readonly string[]).includes(a.slice(2).split('=')[0]!)),
);
if ((first && !first.startsWith('--') && !named) || unknown.length > 0) {
  console.error(`bench: unknown ${unknown.length > 0 ? `flag(s) ${unknown.join(' ')}` : `suite "${first}"`}; suites: api, analytics`);
  process.exit(2);
}
for (const suite of named ? [named] : (Object.keys(SUITES) as Suite[])) {
  const suiteArgs = named ? args : argumentsFor(suite, args);
  const result = spawnSync(process.execPath, ['--import', 'tsx', SUITES[suite].script, ...suiteArgs], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
