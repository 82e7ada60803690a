import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { signIn } from './helpers.ts';

/**
 * Performance figures in headless Chromium, written to test-results/performance.json:
 * the app shell's JS+CSS (gzip), the time until the demo network picture is drawn, and the
 * time to draw a synthetic network of 10,000 nodes and 50,000 relations.
 */
const figures: Record<string, number> = {};

test.afterAll(() => {
  const dir = join(import.meta.dirname, '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'performance.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('performance:', JSON.stringify(figures));
});

/** Milliseconds from navigation until the picture's canvas exists and the status line says it is drawn. */
async function timeToPicture(page: Page, path: string): Promise<number> {
  const started = Date.now();
  await page.goto(path);
  await expect(page.getByTestId('network-canvas').locator('canvas').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('network-status')).toBeVisible({ timeout: 60_000 });
  // Two animation frames: sigma has drawn once the browser painted after the first render.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return Date.now() - started;
}

test('the app shell stays under 300 KB of JS and CSS (gzip)', async ({ page, request }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\.(js|css)(\?|$)/.test(n)),
  );
  expect(
    urls.some((u) => /NetworkPage/.test(u)),
    'the network picture must not be in the app shell',
  ).toBe(false);
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = await (await request.get(url)).body();
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  figures.appShellFiles = urls.length;
  figures.appShellRawKB = Math.round(raw / 1024);
  figures.appShellGzipKB = Math.round(gzip / 1024);
  expect(gzip).toBeLessThan(300 * 1024);
});

test('the demo network picture is drawn quickly', async ({ page }) => {
  const ws = await signIn(page);
  figures.demoPictureFirstMs = await timeToPicture(page, `/w/${ws}/network`);
  figures.demoPictureSavedLayoutMs = await timeToPicture(page, `/w/${ws}/network?colour=kind`);
});

test('draws 10,000 nodes and 50,000 relations', async ({ page }) => {
  test.setTimeout(180_000);
  const ws = await signIn(page);
  const nodes = Array.from({ length: 10_000 }, (_, i) => ({
    id: `n${i}`,
    type: i % 10 === 0 ? 'organisation' : 'person',
    label: `Knoop ${i}`,
    kind: i % 10 === 0 ? 'municipality' : null,
    organisationId: `n${(i % 40) * 10}`,
    degree: 10,
  }));
  // A deterministic pseudo-random graph: each node links to five others.
  const edges = Array.from({ length: 50_000 }, (_, i) => ({
    id: `e${i}`,
    from: `n${i % 10_000}`,
    to: `n${(i * 7919 + 13) % 10_000}`,
    type: i % 3 === 0 ? 'knows' : 'works_with',
    directed: false,
    strength: 1 + (i % 5),
  })).filter((e) => e.from !== e.to);
  const positions = Object.fromEntries(nodes.map((n, i) => [n.id, [Math.cos(i) * (i % 100), Math.sin(i) * (i % 100)]]));
  await page.route('**/api/v1/workspaces/*/graph?**', (route) => route.fulfill({ json: { nodes, edges, truncated: false } }));
  await page.route('**/api/v1/workspaces/*/graph', (route) => route.fulfill({ json: { nodes, edges, truncated: false } }));
  await page.route('**/api/v1/workspaces/*/graph-layouts/**', (route) =>
    route.request().method() === 'GET'
      ? route.fulfill({ json: { key: 'workspace', positions, version: 1 } })
      : route.fulfill({ status: 204 }),
  );
  figures.draw10kNodes50kEdgesMs = await timeToPicture(page, `/w/${ws}/network`);
  await expect(page.getByTestId('network-status')).toContainText('10.000');

  // The same network without a stored layout: ForceAtlas2 runs in the worker first.
  await page.unroute('**/api/v1/workspaces/*/graph-layouts/**');
  await page.route('**/api/v1/workspaces/*/graph-layouts/**', (route) =>
    route.request().method() === 'GET' ? route.fulfill({ status: 404, json: { status: 404 } }) : route.fulfill({ status: 204 }),
  );
  figures.layoutAndDraw10kNodes50kEdgesMs = await timeToPicture(page, `/w/${ws}/network?colour=kind`);
});
