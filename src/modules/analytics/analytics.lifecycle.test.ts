import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { analyticsEngine } from './analytics.service.ts';
import { startAnalyticsNetwork } from './test-network.ts';

describe.each(dialects)('the analytics process on %s', (dialect) => {
  it('starts on first use and stops when the server closes', async () => {
    const net = await startAnalyticsNetwork(dialect);
    const engine = analyticsEngine(net.server.ctx);
    expect(engine.processId).toBeUndefined();
    expect((await net.ready('/analytics/communities')).status).toBe(200);
    const pid = engine.processId!;
    expect(isRunning(pid)).toBe(true);
    expect(pid).not.toBe(process.pid);
    await net.server.close();
    expect(engine.processId).toBeUndefined();
    expect(isRunning(pid)).toBe(false);
  });

  it('starts afresh when it is lost', async () => {
    const net = await startAnalyticsNetwork(dialect);
    try {
      const engine = analyticsEngine(net.server.ctx);
      expect((await net.ready('/analytics/communities')).status).toBe(200);
      const first = engine.processId!;
      process.kill(first, 'SIGKILL');
      await vi.waitFor(() => expect(engine.processId).toBeUndefined());
      expect((await net.ready('/analytics/communities')).status).toBe(200);
      expect(engine.processId).toBeDefined();
      expect(engine.processId).not.toBe(first);
    } finally {
      await net.server.close();
    }
  });

  it.runIf(process.platform === 'linux')('computes on a lower priority, and the server keeps its own', async () => {
    const net = await startAnalyticsNetwork(dialect);
    try {
      const serverNice = [...threadNiceValues(process.pid)];
      expect((await net.ready('/analytics/communities')).status).toBe(200);
      const analytics = threadNiceValues(analyticsEngine(net.server.ctx).processId!);
      expect([...analytics.values()].some((nice) => nice >= 10)).toBe(true);
      for (const [tid, nice] of serverNice) expect(threadNiceValues(process.pid).get(tid) ?? nice).toBe(nice);
    } finally {
      await net.server.close();
    }
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every thread of a process with its nice value (/proc/<pid>/task/<tid>/stat, field 19). */
function threadNiceValues(pid: number): Map<number, number> {
  const values = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      values.set(Number(tid), Number(fields[16]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return values;
}
