import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { analyticsEngine } from './analytics.service.ts';
import { startAnalyticsNetwork } from './test-network.ts';

describe.each(dialects)('analytics workers on %s', (dialect) => {
  it('start on first use and stop when the server closes', async () => {
    const net = await startAnalyticsNetwork(dialect);
    const engine = analyticsEngine(net.server.ctx);
    expect(engine.workerCount).toBe(0);
    expect((await net.ready('/analytics/communities')).status).toBe(200);
    expect(engine.workerCount).toBe(2);
    await net.server.close();
    expect(engine.workerCount).toBe(0);
  });

  it.runIf(process.platform === 'linux')('compute on a lower priority than the thread that answers requests', async () => {
    const net = await startAnalyticsNetwork(dialect);
    try {
      const mainNice = getPriority(process.pid);
      const before = new Set(threadNiceValues().keys());
      expect((await net.ready('/analytics/communities')).status).toBe(200);
      const started = [...threadNiceValues()].filter(([tid]) => !before.has(tid));
      expect(started.some(([, nice]) => nice >= 10)).toBe(true);
      expect(getPriority(process.pid)).toBe(mainNice);
    } finally {
      await net.server.close();
    }
  });
});

/** Every thread of this process with its nice value (/proc/self/task/<tid>/stat, field 19). */
function threadNiceValues(): Map<number, number> {
  const values = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      values.set(Number(tid), Number(fields[16]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return values;
}
