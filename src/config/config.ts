import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** Where the database lives, as parsed from KRING_DATABASE_URL. */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

const DEFAULT_SQLITE_PATH = './data/kring.sqlite';

/** Parses KRING_DATABASE_URL: unset → the default file, postgres:// → PostgreSQL, else a SQLite path. */
export function parseDatabaseTarget(value: string | undefined): DatabaseTarget {
  if (value === undefined || value.trim() === '') return { kind: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value };
  if (value.startsWith('sqlite:')) return { kind: 'sqlite', path: value.slice('sqlite:'.length).replace(/^\/\//, '') };
  return { kind: 'sqlite', path: value };
}

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const environmentSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    KRING_DATABASE_URL: z
      .string()
      .optional()
      .refine((v) => v === undefined || !/^[a-z]+:\/\//.test(v) || /^postgres(ql)?:\/\//.test(v), {
        message: 'use a file path, sqlite:PATH or postgres://…',
      }),
    KRING_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    KRING_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    KRING_ADMIN_EMAIL: z
      .email()
      .transform((v) => v.toLowerCase())
      .optional(),
    KRING_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    KRING_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    KRING_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    KRING_BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
    KRING_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    KRING_THEME_CLASS: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'must be a CSS class name')
      .default('voorbeeld-theme'),
    KRING_OFFER_DEMO: booleanFlag.default(true),
    KRING_TRUST_PROXY: booleanFlag.default(false),
    KRING_WORKERS: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)], { error: 'must be auto or a whole number from 1 to 64' })
      .default('auto'),
    KRING_THEME_CSS: z
      .string()
      .refine((path) => existsSync(path) && path.endsWith('.css'), { message: 'must be the path of an existing .css file' })
      .optional(),
  })
  .refine((env) => (env.KRING_ADMIN_EMAIL === undefined) === (env.KRING_ADMIN_PASSWORD === undefined), {
    message: 'set KRING_ADMIN_EMAIL and KRING_ADMIN_PASSWORD together',
    path: ['KRING_ADMIN_PASSWORD'],
    // Checked even when other variables are bad, so one run names every problem.
    when: () => true,
  });

/** The validated, typed configuration of one Kring process. */
export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /**
   * PostgreSQL connections per server process. Every request needs at most one at a time;
   * on a small machine that also runs the database, fewer backends competing for its cores
   * answer with shorter tails (docs/benchmarks.md).
   */
  databasePoolSize: number;
  publicUrl: string;
  secureCookies: boolean;
  admin?: { email: string; password: string };
  logLevel: z.infer<typeof environmentSchema>['KRING_LOG_LEVEL'];
  sessionDays: number;
  bodyLimit: number;
  loginRateLimit: number;
  themeClass: string;
  offerDemo: boolean;
  /** Behind a reverse proxy: take the client address and protocol from X-Forwarded-*. */
  trustProxy: boolean;
  /** Server processes sharing the port; more than one uses more cores (KRING_WORKERS, `auto` by default). */
  workers: number;
  /** A stylesheet with a municipality's own design tokens, served as /theme.css. */
  themeStylesheet?: string;
}

/** Thrown when the environment holds bad values; the message names every one. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration once; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const publicUrl = (e.KRING_PUBLIC_URL ?? `http://${displayHost(e.HOST)}:${e.PORT}`).replace(/\/$/, '');
  const database = parseDatabaseTarget(e.KRING_DATABASE_URL);
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    databasePoolSize: e.KRING_DATABASE_POOL_SIZE,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    ...(e.KRING_ADMIN_EMAIL && e.KRING_ADMIN_PASSWORD ? { admin: { email: e.KRING_ADMIN_EMAIL, password: e.KRING_ADMIN_PASSWORD } } : {}),
    logLevel: e.KRING_LOG_LEVEL,
    sessionDays: e.KRING_SESSION_DAYS,
    bodyLimit: e.KRING_BODY_LIMIT,
    loginRateLimit: e.KRING_LOGIN_RATE_LIMIT,
    themeClass: e.KRING_THEME_CLASS,
    offerDemo: e.KRING_OFFER_DEMO,
    trustProxy: e.KRING_TRUST_PROXY,
    workers: e.KRING_WORKERS === 'auto' ? automaticWorkers(database) : e.KRING_WORKERS,
    ...(e.KRING_THEME_CSS ? { themeStylesheet: e.KRING_THEME_CSS } : {}),
  };
}

/**
 * Server processes when KRING_WORKERS is `auto`. On SQLite the database runs inside each
 * process, so one per core uses them all: on two cores, two processes answered pages at 32
 * clients with a p99 of 11–14 ms where one reached 26–32 ms (docs/benchmarks.md). PostgreSQL
 * runs in processes of its own, which on a machine that also runs it need the other cores:
 * there two server processes made the tails worse, so one it is; set KRING_WORKERS when the
 * database has a machine of its own.
 */
function automaticWorkers(database: DatabaseTarget): number {
  return database.kind === 'sqlite' ? availableParallelism() : 1;
}

function displayHost(host: string): string {
  return host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
}
