import { buildApp } from '../app/build-app.ts';
import { openContext } from '../app/start.ts';
import type { Config } from '../config/config.ts';
import { ensureFirstAccount } from '../modules/setup/setup.service.ts';
import { countUsers } from '../modules/users/user.repository.ts';

/** Starts the server and keeps it running until SIGINT/SIGTERM. */
export async function serve(config: Config, print: (line: string) => void): Promise<number> {
  const ctx = await openContext(config);
  const app = await buildApp(ctx);
  const first = await ensureFirstAccount(ctx);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.replace(/:\d+$/, `:${port}`);

  print(`Kring is running at ${url} (database: ${ctx.db.dialect}).`);
  if (first.setupUrl) {
    print('No account exists yet. Open this one-time link to create the first administrator:');
    print(`  ${first.setupUrl.replace(config.publicUrl, url)}`);
  } else if (first.createdAdmin) {
    print(`Created administrator ${first.createdAdmin} from KRING_ADMIN_EMAIL; sign in at ${url}/`);
  } else if ((await countUsers(ctx.db.kysely)) > 0) {
    print(`Sign in at ${url}/ — API documentation: ${url}/api/v1/openapi.json`);
  }

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await ctx.db.close();
  return 0;
}
