import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { signIn, suggestion } from './helpers.ts';

/**
 * Budgets the client must keep: the app shell's size, and a network picture of 10,000
 * nodes and 50,000 relations drawn at all. How fast is measured by `npm run bench:web`.
 */
test('the app shell stays under 300 KB of JS and CSS (gzip) and leaves the network picture out', async ({ page, request }) => {
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
  let gzip = 0;
  for (const url of urls) gzip += gzipSync(await (await request.get(url)).body(), { level: 9 }).length;
  expect(gzip).toBeLessThan(300 * 1024);
});

test('draws a network of 10,000 nodes and 50,000 relations', async ({ page }) => {
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
  await page.route('**/api/v1/workspaces/*/graph**', (route) => route.fulfill({ json: { nodes, edges, truncated: false } }));
  await page.route('**/api/v1/workspaces/*/graph-layouts/**', (route) =>
    route.request().method() === 'GET' ? route.fulfill({ status: 404, json: { status: 404 } }) : route.fulfill({ status: 204 }),
  );
  await page.goto(`/w/${ws}/network`);
  await expect(page.getByTestId('network-canvas').locator('canvas').first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('network-status')).toContainText('10.000', { timeout: 120_000 });
  // Even at this size a node can be found and shown.
  await page.getByRole('combobox', { name: 'Zoek in de plaat' }).fill('Knoop 4242');
  await suggestion(page, 'Knoop 4242').click();
  await expect(page.getByRole('complementary', { name: /Knoop 4242/ })).toBeVisible();
});
