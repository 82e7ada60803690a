import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { AppContext } from './context.ts';
import { notFound } from '../http/errors.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * Serves the built web client from web/dist, and index.html for every other GET that is
 * not an API path, so client-side routes survive a reload.
 */
export async function registerWebClient(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const indexPath = `${WEB_DIST}index.html`;
  const built = existsSync(indexPath);
  if (!built) ctx.logger.warn('web client not built; run "npm run build:web" (npm start does this)');
  else {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      // Hashed asset names never change, so browsers may keep them for a year.
      setHeaders: (reply, path) => {
        reply.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const index = built ? readFileSync(indexPath, 'utf8') : undefined;

  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api' || index === undefined) throw notFound(`${request.method} ${path}`);
    reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8');
    return index;
  });
}
