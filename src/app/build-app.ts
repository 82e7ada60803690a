import Fastify, { LogController, type FastifyInstance } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { AppContext } from './context.ts';
import { compressionOptions } from '../http/compression.ts';
import { installProblemHandler } from '../http/problem-handler.ts';
import { registerRoute } from '../http/register-route.ts';
import { installSecurityHeaders } from '../http/security-headers.ts';
import { notFound, serviceUnavailable, tooManyRequests } from '../http/errors.ts';
import { allRoutes } from '../modules/routes.ts';
import { closeAnalytics } from '../modules/analytics/analytics.service.ts';
import { databaseAttemptStore } from '../modules/sessions/sign-in-attempts.store.ts';
import { buildOpenApiDocument } from '../http/openapi.ts';
import { registerWebClient } from './web-client.ts';
import { API_VERSION } from './version.ts';

/** Builds the Fastify application: API, OpenAPI document, health check and the web client. */
export async function buildApp(ctx: AppContext, options: { webRoot?: string } = {}): Promise<FastifyInstance> {
  // Typed as the plain instance: pino's Logger is a FastifyBaseLogger, but the generic would leak everywhere.
  const app: FastifyInstance = Fastify({
    loggerInstance: ctx.logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: ctx.config.bodyLimit,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    trustProxy: ctx.config.trustProxy,
  }) as unknown as FastifyInstance;

  // Only JSON bodies are accepted; text/plain would otherwise be parsed as a string.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  await app.register(fastifyCompress, compressionOptions);
  await app.register(fastifyCookie);
  installSecurityHeaders(app);
  await app.register(fastifyRateLimit, {
    global: false,
    store: databaseAttemptStore(ctx.db),
    errorResponseBuilder: () => tooManyRequests(),
  });

  // The hooks every request passes through take callbacks: an async hook costs each request a
  // promise and a turn of the microtask queue.
  // No trailing slashes (ADR): /people/ is not /people, and must not match /people/:id either.
  app.addHook('onRequest', (request, _reply, done) => {
    const path = request.url.split('?')[0] ?? '/';
    done(path.length > 1 && path.endsWith('/') ? notFound(`${request.method} ${path}`) : undefined);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('API-Version', API_VERSION);
    // How long the server worked on the request, for operators and the benchmark.
    reply.header('Server-Timing', `app;dur=${reply.elapsedTime.toFixed(2)}`);
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    // Route patterns only: URLs may carry search terms, which can be personal data.
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
    done();
  });

  installProblemHandler(app, ctx.config.bodyLimit);

  // The analytics process stops with the server.
  app.addHook('onClose', () => closeAnalytics(ctx));
  const routes = allRoutes(ctx);
  for (const route of routes) registerRoute(app, ctx, route);

  const openApi = buildOpenApiDocument(routes);
  app.get('/api/v1/openapi.json', async (_request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Cache-Control', 'public, max-age=300');
    return openApi;
  });
  app.options('/api/v1/openapi.json', async (_request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*').header('Access-Control-Allow-Methods', 'GET, OPTIONS').code(204).send();
  });

  app.get('/health', async () => {
    if (!(await databaseReachable(ctx))) throw serviceUnavailable('The database cannot be reached.');
    return { status: 'ok', database: ctx.db.dialect };
  });

  await registerWebClient(app, ctx, options.webRoot);
  return app;
}

async function databaseReachable(ctx: AppContext): Promise<boolean> {
  try {
    await ctx.db.kysely.selectFrom('workspaces').select('id').limit(1).execute();
    return true;
  } catch {
    return false;
  }
}
