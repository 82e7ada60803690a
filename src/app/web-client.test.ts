import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server.ts';

describe('serving the web client', () => {
  let server: TestServer;
  let root: string;
  const script = `console.log(${JSON.stringify('kring '.repeat(2000))});`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kring-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kring</title><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'app-abc123.js'), script);
    writeFileSync(join(root, 'gemeente.css'), '.gemeente-theme { --utrecht-color-primary: #004b87; }');
    server = await startTestServer(
      'sqlite',
      { KRING_THEME_CLASS: 'gemeente-theme', KRING_THEME_CSS: join(root, 'gemeente.css') },
      undefined,
      { webRoot: root },
    );
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html for client-side routes, but never for API paths', async () => {
    for (const path of ['/', '/people/123', '/toegankelijkheid']) {
      const response = await server.request('GET', path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.body).toContain('<div id="root">');
    }
    const api = await server.request('GET', '/api/v1/unknown');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('serves a configured theme stylesheet and tells the client about it', async () => {
    const config = await server.request('GET', '/api/v1/config');
    expect(config.body).toMatchObject({ themeClass: 'gemeente-theme', themeStylesheet: '/theme.css' });
    const css = await server.request('GET', '/theme.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.body).toContain('--utrecht-color-primary: #004b87');
  });

  it('serves hashed assets compressed and cacheable for a year', async () => {
    const response = await fetch(`${server.url}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe(script);
  });
});
