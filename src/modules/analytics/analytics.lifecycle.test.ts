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
});
