import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app/build-app.ts';
import type { AppContext } from '../app/context.ts';
import { closeApp, createLogger, openContext } from '../app/start.ts';
import { loadConfig } from '../config/config.ts';
import type { DialectName } from '../db/dialect.ts';
import { freshDatabase } from './databases.ts';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  token?: string;
  cookie?: string;
  body?: unknown;
  /** Raw body text, sent as is (for malformed or non-JSON bodies). */
  raw?: string;
  headers?: Record<string, string>;
}

/** A Kring server on a fresh database, listening on a real port, with a small HTTP client. */
export interface TestServer {
  ctx: AppContext;
  url: string;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** PATCHes the record at `path` with the ETag a GET of it answers now (with the same token). */
  patchCurrent<T = any>(path: string, options: RequestOptions & { token: string }): Promise<ApiResponse<T>>;
  /** POSTs to `path` and answers the new record's id; throws unless the answer is 201. */
  postNew(path: string, options: RequestOptions & { token: string }): Promise<string>;
  close(): Promise<void>;
}

/** Starts on a fresh database of the dialect, or on an existing one that the caller owns. */
export async function startTestServer(
  dialect: DialectName,
  env: Record<string, string> = {},
  existing?: Awaited<ReturnType<typeof freshDatabase>>,
  options: { webRoot?: string } = {},
): Promise<TestServer> {
  const database = existing ? { ...existing, drop: async () => undefined } : await freshDatabase(dialect);
  const config = loadConfig({ KRING_LOG_LEVEL: 'silent', KRING_LOGIN_RATE_LIMIT: '1000', ...env });
  const ctx = await openContext({ ...config, database: database.target }, createLogger('silent'));
  const app: FastifyInstance = await buildApp(ctx, options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const server: TestServer = {
    ctx,
    url,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.cookie) headers.cookie = options.cookie;
      let body: string | undefined = options.raw;
      if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${url}${path}`, { method, headers, body });
      const text = await response.text();
      const type = response.headers.get('content-type') ?? '';
      return { status: response.status, headers: response.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
    },
    async patchCurrent(path, options) {
      const current = await server.request('GET', path, { token: options.token });
      return server.request('PATCH', path, { ...options, headers: { ...options.headers, 'if-match': current.headers.get('etag')! } });
    },
    async postNew(path, options) {
      const response = await server.request('POST', path, options);
      if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
      return response.body.id as string;
    },
    async close() {
      await closeApp(app, ctx);
      await database.drop();
    },
  };
  return server;
}
