import cluster from 'node:cluster';
import { buildApp } from '../app/build-app.ts';
import { closeApp, createLogger, openContext } from '../app/start.ts';
import type { Config } from '../config/config.ts';
import { startAnalyticsHub } from '../modules/analytics/analytics.hub.ts';
import { ensureFirstAccount } from '../modules/setup/setup.service.ts';
import { countUsers } from '../modules/users/user.repository.ts';

/**
 * Starts the server and keeps it running until SIGINT/SIGTERM. With KRING_WORKERS above 1
 * the primary process migrates and prepares the first account, then runs that many worker
 * processes on the same port; they share the database and one analytics process, which the
 * primary holds.
 */
export async function serve(config: Config, print: (line: string) => void): Promise<number> {
  if (config.workers > 1 && cluster.isPrimary) return servePrimary(config, print);
  const ctx = await openContext(config);
  const app = await buildApp(ctx);
  const first = cluster.isWorker ? {} : await ensureFirstAccount(ctx);
  await app.listen({ port: config.port, host: config.host });
  if (cluster.isPrimary) {
    const address = app.server.address();
    await announce(
      config,
      print,
      typeof address === 'object' && address ? address.port : config.port,
      first,
      await countUsers(ctx.db.kysely),
    );
  }
  await untilStopped();
  await closeApp(app, ctx);
  // A worker's channel to the primary would otherwise keep it alive.
  if (cluster.isWorker) cluster.worker?.disconnect();
  return 0;
}

async function servePrimary(config: Config, print: (line: string) => void): Promise<number> {
  const ctx = await openContext(config);
  const first = await ensureFirstAccount(ctx);
  const users = await countUsers(ctx.db.kysely);
  await ctx.db.close();

  // Analytics answers cross to the workers as the analytics process sent them (structured
  // clone, as over its own channel), not flattened to JSON.
  cluster.setupPrimary({ serialization: 'advanced' });
  const analytics = startAnalyticsHub(config.database, createLogger(config.logLevel));
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    print(`Worker ${worker.process.pid} stopped (${code}); starting another.`);
    fork();
  });
  const listening = new Promise<number>((resolve) => cluster.once('listening', (_worker, address) => resolve(address.port)));
  for (let i = 0; i < config.workers; i += 1) fork();
  await announce(config, print, await listening, first, users);
  print(`Serving with ${config.workers} worker processes.`);

  await untilStopped();
  stopping = true;
  await Promise.all(
    Object.values(cluster.workers ?? {}).map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker?.once('exit', () => resolve());
          worker?.kill('SIGTERM');
        }),
    ),
  );
  await analytics.close();
  return 0;
}

async function announce(
  config: Config,
  print: (line: string) => void,
  port: number,
  first: { setupUrl?: string; createdAdmin?: string },
  users: number,
): Promise<void> {
  const url = config.publicUrl.replace(/:\d+$/, `:${port}`);
  print(`Kring is running at ${url} (database: ${config.database.kind}).`);
  if (first.setupUrl) {
    print('No account exists yet. Open this one-time link to create the first administrator:');
    print(`  ${first.setupUrl.replace(config.publicUrl, url)}`);
  } else if (first.createdAdmin) {
    print(`Created administrator ${first.createdAdmin} from KRING_ADMIN_EMAIL; sign in at ${url}/`);
  } else if (users > 0) {
    print(`Sign in at ${url}/ — API documentation: ${url}/api/v1/openapi.json`);
  }
}

function untilStopped(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
