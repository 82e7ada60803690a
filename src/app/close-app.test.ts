import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './build-app.ts';
import { closeApp, createLogger, openContext } from './start.ts';
import { loadConfig } from '../config/config.ts';
import { registerRoute } from '../http/register-route.ts';
import { InFlight } from '../http/in-flight.ts';
import { countUsers } from '../modules/users/user.repository.ts';
import { freshDatabase } from '../test/databases.ts';

/** Whether `promise` has settled once the work already queued has run. */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setImmediate(() => resolve(false)))]);
}

describe('InFlight', () => {
  it('settles when the last handler ends, and at once when none runs', async () => {
    const inFlight = new InFlight();
    expect(await hasSettled(inFlight.settled(60_000))).toBe(true);
    let release!: () => void;
    const tracked = inFlight.track(() => new Promise<void>((resolve) => (release = resolve)));
    const failing = inFlight.track(() => Promise.reject(new Error('refused')));
    await expect(failing).rejects.toThrow('refused');
    const settled = inFlight.settled(60_000);
    expect(inFlight.count).toBe(1);
    expect(await hasSettled(settled)).toBe(false);
    release();
    await tracked;
    expect(await hasSettled(settled)).toBe(true);
    expect(inFlight.count).toBe(0);
  });
});

describe('closeApp', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('sqlite');
  });
  afterAll(() => database.drop());

  it('closes the database only after a handler whose client has gone has finished with it', async () => {
    const ctx = await openContext({ ...loadConfig({ KRING_LOG_LEVEL: 'silent' }), database: database.target }, createLogger('silent'));
    const app = await buildApp(ctx);
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const outcome: { users?: number; error?: unknown } = {};
    registerRoute(app, ctx, {
      method: 'GET',
      url: '/test/slow',
      operationId: 'slowForTest',
      summary: 'Waits for the test, then reads the database.',
      tag: 'test',
      access: 'public',
      success: { status: 200, description: 'done' },
      handler: async () => {
        started();
        await gate;
        try {
          outcome.users = await countUsers(ctx.db.kysely);
        } catch (error) {
          outcome.error = error;
        }
        return {};
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;

    const client = new AbortController();
    const request = fetch(`http://127.0.0.1:${port}/test/slow`, { signal: client.signal }).catch(() => 'aborted');
    await handlerStarted;
    client.abort();
    expect(await request).toBe('aborted');

    const serverClosed = new Promise<void>((resolve) => app.server.once('close', () => resolve()));
    const closing = closeApp(app, ctx);
    await serverClosed;
    // Room for the steps after the server's close, where the database would close too early.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await hasSettled(closing)).toBe(false);
    release();
    await closing;
    expect(outcome).toEqual({ users: 0 });
  });
});
