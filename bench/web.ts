/**
 * The web client's performance in headless Chromium (Debian's, at /usr/bin/chromium):
 * the app shell's size (JS+CSS, gzip), the time until the demo network picture is drawn,
 * and the time to draw 10,000 nodes and 50,000 relations, with a stored layout and with
 * ForceAtlas2 computing one first. Starts its own server with the demo region.
 *
 *   npm run bench:web
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import globalSetup from '../e2e/global-setup.ts';

const PORT = 4918;
const baseURL = `http://127.0.0.1:${PORT}`;
const RUNS = 5;

/** Milliseconds from navigation until the canvas exists and the status says the picture is drawn. */
async function timeToPicture(page: Page, path: string): Promise<number> {
  const started = performance.now();
  await page.goto(`${baseURL}${path}`);
  await page.getByTestId('network-canvas').locator('canvas').first().waitFor({ timeout: 120_000 });
  await page.getByTestId('network-status').waitFor({ timeout: 120_000 });
  // Two animation frames: sigma has drawn once the browser painted after the first render.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return performance.now() - started;
}

const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A deterministic synthetic network: every node links to five others. */
function syntheticNetwork() {
  const nodes = Array.from({ length: 10_000 }, (_, i) => ({
    id: `n${i}`,
    type: i % 10 === 0 ? 'organisation' : 'person',
    label: `Knoop ${i}`,
    kind: i % 10 === 0 ? 'municipality' : null,
    organisationId: `n${(i % 40) * 10}`,
    degree: 10,
  }));
  const edges = Array.from({ length: 50_000 }, (_, i) => ({
    id: `e${i}`,
    from: `n${i % 10_000}`,
    to: `n${(i * 7919 + 13) % 10_000}`,
    type: i % 3 === 0 ? 'knows' : 'works_with',
    directed: false,
    strength: 1 + (i % 5),
  })).filter((e) => e.from !== e.to);
  const positions = Object.fromEntries(nodes.map((n, i) => [n.id, [Math.cos(i) * (i % 100), Math.sin(i) * (i % 100)]]));
  return { nodes, edges, positions };
}

const stop = await globalSetup({ projects: [{ use: { baseURL } }] } as never);
const browser = await chromium.launch({
  executablePath: process.env.KRING_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const figures: Record<string, number> = {};
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();

  await page.goto(`${baseURL}/login`);
  const assets = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\.(js|css)(\?|$)/.test(n)),
  );
  let raw = 0;
  let gzip = 0;
  for (const url of assets) {
    const body = await (await page.request.get(url)).body();
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  figures.appShellFiles = assets.length;
  figures.appShellRawKB = Math.round(raw / 1024);
  figures.appShellGzipKB = Math.round(gzip / 1024);

  const login = await page.request.post(`${baseURL}/api/v1/sessions`, {
    data: { email: 'admin@kring.test', password: 'correct-horse-battery' },
  });
  if (login.status() !== 201) throw new Error(`bench/web: sign-in failed with ${login.status()}`);
  const current = (await (await page.request.get(`${baseURL}/api/v1/sessions/current`)).json()) as {
    memberships: { workspaceId: string }[];
  };
  const ws = current.memberships[0]!.workspaceId;

  figures.demoPictureFirstMs = Math.round(await timeToPicture(page, `/w/${ws}/network`));
  const demoRuns: number[] = [];
  for (let run = 0; run < RUNS; run += 1)
    demoRuns.push(await timeToPicture(page, `/w/${ws}/network?colour=${run % 2 ? 'kind' : 'organisation'}`));
  figures.demoPictureSavedLayoutMedianMs = Math.round(medianOf(demoRuns));

  const { nodes, edges, positions } = syntheticNetwork();
  await page.route('**/api/v1/workspaces/*/graph**', (route) => route.fulfill({ json: { nodes, edges, truncated: false } }));
  let storedLayout = true;
  await page.route('**/api/v1/workspaces/*/graph-layouts/**', (route) =>
    route.request().method() !== 'GET'
      ? route.fulfill({ status: 204 })
      : storedLayout
        ? route.fulfill({ json: { key: 'workspace', positions, version: 1 } })
        : route.fulfill({ status: 404, json: { status: 404, title: 'Not found', detail: 'No layout.' } }),
  );
  const large: number[] = [];
  for (let run = 0; run < 3; run += 1)
    large.push(await timeToPicture(page, `/w/${ws}/network?colour=${run % 2 ? 'kind' : 'organisation'}`));
  figures.draw10kNodes50kEdgesMedianMs = Math.round(medianOf(large));
  storedLayout = false;
  figures.layoutAndDraw10kNodes50kEdgesMs = Math.round(await timeToPicture(page, `/w/${ws}/network?colour=kind`));
} finally {
  await browser.close();
  await stop();
}

mkdirSync('data', { recursive: true });
writeFileSync('data/bench-web.json', `${JSON.stringify(figures, null, 2)}\n`);
console.log('Kring web client benchmark (headless Chromium, software WebGL)');
for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${value}`);
console.log('Written to data/bench-web.json.');
