import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseTarget } from './config.ts';

describe('configuration', () => {
  it('defaults to the SQLite file under ./data, port 4000 on 127.0.0.1', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'sqlite', path: './data/kring.sqlite' });
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', publicUrl: 'http://localhost:4000', secureCookies: false });
  });

  it('reads KRING_DATABASE_URL as a path, sqlite:PATH or postgres://', () => {
    expect(parseDatabaseTarget('/var/lib/kring.db')).toEqual({ kind: 'sqlite', path: '/var/lib/kring.db' });
    expect(parseDatabaseTarget('sqlite:./x.sqlite')).toEqual({ kind: 'sqlite', path: './x.sqlite' });
    expect(parseDatabaseTarget('postgres://u@h:5432/kring')).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/kring' });
    expect(parseDatabaseTarget('postgresql://u@h/kring').kind).toBe('postgres');
  });

  it('keeps up to 10 PostgreSQL connections per process unless KRING_DATABASE_POOL_SIZE says otherwise', () => {
    expect(loadConfig({}).databasePoolSize).toBe(10);
    expect(loadConfig({ KRING_DATABASE_POOL_SIZE: '3' }).databasePoolSize).toBe(3);
  });

  it('runs a server process per core on SQLite and one on PostgreSQL unless KRING_WORKERS says otherwise', () => {
    expect(loadConfig({}).workers).toBe(availableParallelism());
    expect(loadConfig({ KRING_WORKERS: 'auto', KRING_DATABASE_URL: 'sqlite:./x.sqlite' }).workers).toBe(availableParallelism());
    expect(loadConfig({ KRING_DATABASE_URL: 'postgres://u@h/kring' }).workers).toBe(1);
    expect(loadConfig({ KRING_WORKERS: '3', KRING_DATABASE_URL: 'postgres://u@h/kring' }).workers).toBe(3);
    expect(() => loadConfig({ KRING_WORKERS: 'many' })).toThrow(/KRING_WORKERS: must be auto or a whole number from 1 to 64/);
  });

  it('uses secure cookies behind an https public URL', () => {
    expect(loadConfig({ KRING_PUBLIC_URL: 'https://kring.example.nl/' })).toMatchObject({
      publicUrl: 'https://kring.example.nl',
      secureCookies: true,
    });
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '70000',
        HOST: '',
        KRING_LOG_LEVEL: 'loud',
        KRING_THEME_CLASS: 'Not A Class',
        KRING_THEME_CSS: '/nowhere/theme.css',
        KRING_DATABASE_POOL_SIZE: '0',
        KRING_WORKERS: '0',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const names = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(names.sort()).toEqual([
      'HOST',
      'KRING_DATABASE_POOL_SIZE',
      'KRING_LOG_LEVEL',
      'KRING_THEME_CLASS',
      'KRING_THEME_CSS',
      'KRING_WORKERS',
      'PORT',
    ]);
  });
});
