import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { AppContext } from './context.ts';
import { notFound } from '../http/errors.ts';

/** Where `npm run build:web` puts the web client. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * Serves the built web client from web/dist, and index.html for every other GET that is
 * not an API path, so client-side routes survive a reload.
 */
export async function registerWebClient(app: FastifyInstance, ctx: AppContext, root = WEB_DIST): Promise<void> {
  const indexPath = join(root, 'index.html');
  const built = existsSync(indexPath);
  if (!built) ctx.logger.warn('web client not built; run "npm run build:web" (npm start does this)');
  else {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      cacheControl: false,
      // The build writes .br and .gz beside each asset; serve those instead of compressing anew.
      preCompressed: true,
      // Hashed asset names never change, so browsers may keep them for a year.
      setHeaders: (response, path) => {
        response.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const index = built ? readFileSync(indexPath, 'utf8') : undefined;

  // Read once, like index.html: a changed theme takes effect on restart.
  const themeStylesheet = ctx.config.themeStylesheet ? readFileSync(ctx.config.themeStylesheet, 'utf8') : undefined;
  app.get('/theme.css', async (request, reply) => {
    if (themeStylesheet === undefined) throw notFound(`${request.method} /theme.css`);
    reply.header('Cache-Control', 'no-cache').type('text/css; charset=utf-8');
    return themeStylesheet;
  });

  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api' || index === undefined) throw notFound(`${request.method} ${path}`);
    reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8');
    return index;
  });
}
