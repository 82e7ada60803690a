import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { documentScreenshot, expectNoAxeViolations, signIn, useLanguage } from './helpers.ts';

async function themeId(page: Page, ws: string, title: string): Promise<string> {
  const response = await page.request.get(`/api/v1/workspaces/${ws}/themes?q=${encodeURIComponent(title)}`);
  const body = (await response.json()) as { data: Array<{ id: string }> };
  if (!body.data[0]) throw new Error(`e2e/story: no theme ${title} in the demo`);
  return body.data[0].id;
}

test('het verhaal of a theme tells the five steps with charts and tables, and downloads as PDF', async ({ page }) => {
  test.setTimeout(120_000);
  const ws = await signIn(page);
  const theme = await themeId(page, ws, 'Datagedreven werken');
  await page.goto(`/w/${ws}/themes/${theme}`);
  await page.getByRole('link', { name: 'Het verhaal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Het verhaal van Datagedreven werken' })).toBeVisible();
  for (const step of [
    'Stap 1 — Richting',
    'Stap 2 — Rol',
    'Stap 3 — Positie',
    'Stap 4 — Sleutelfiguren',
    'Stap 5 — Beslissers en besluiten',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: step })).toBeVisible();
  }
  // Every chart has its table: the growth of the network and the maturity of the theme's municipalities.
  await expect(page.getByRole('img', { name: /Het netwerk per jaar/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Het netwerk per jaar/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Volwassenheid per dimensie/ }).getByRole('cell', { name: 'Gemeente Kapelle' }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Budget datagedreven werken en pilot afvalinzameling' })).toBeVisible();
  await expectNoAxeViolations(page, 'story');
  await documentScreenshot(page, 'story', true);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('het-verhaal-van-datagedreven-werken.pdf');
  expect(
    readFileSync((await file.path())!)
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
});

test('the story speaks English when the interface does', async ({ page }) => {
  await useLanguage(page, 'en');
  const ws = await signIn(page);
  const theme = await themeId(page, ws, 'Datagedreven werken');
  await page.goto(`/w/${ws}/themes/${theme}/story`);
  await expect(page.getByRole('heading', { level: 1, name: 'The story of Datagedreven werken' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Step 4 — Key figures' })).toBeVisible();
});

test('key figures rank everyone by any metric, and a person shows their position', async ({ page }) => {
  test.setTimeout(120_000);
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/key-figures`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sleutelfiguren in het netwerk' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Sleutelfiguren in het netwerk' }).getByRole('table');
  await expect(table.getByRole('row')).not.toHaveCount(1, { timeout: 60_000 });
  await table.getByRole('button', { name: /Tussenliggendheid/ }).click();
  await expect(table.getByRole('columnheader', { name: /Tussenliggendheid/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('heading', { level: 2, name: 'Gemeenschappen' })).toBeVisible();
  await expect(page.locator('.kring-community-list li').first()).toBeVisible();
  await expectNoAxeViolations(page, 'key figures');
  await documentScreenshot(page, 'key-figures');

  // The top broker's own page shows where they stand.
  const top = table.getByRole('rowheader').first().getByRole('link');
  const name = (await top.textContent())!;
  await top.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Positie in het netwerk' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Tussenliggendheid/ }).getByRole('cell', { name: /^1 van \d+$/ })).toBeVisible();
  expect(name.length).toBeGreaterThan(0);
  await expectNoAxeViolations(page, 'position');
});
