import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { documentScreenshot, signIn, suggestion } from './helpers.ts';

test('draws the network picture, finds a node, exports it and offers the list alternative', async ({ page }) => {
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/network`);
  await expect(page.getByRole('heading', { level: 1, name: 'Netwerk' })).toBeVisible();
  const canvas = page.getByTestId('network-canvas');
  await expect(canvas).toBeVisible({ timeout: 30_000 });
  await expect(canvas.locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('network-status')).toContainText('relaties');

  // Find a node: the picture focuses it and the panel tells who it is.
  const find = page.getByRole('combobox', { name: 'Zoek in de plaat' });
  await find.fill('Kapelle');
  await suggestion(page, /Gemeente Kapelle/)
    .first()
    .click();
  const panel = page.getByRole('complementary', { name: /Gemeente Kapelle/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: /Open Gemeente Kapelle/ })).toBeVisible();
  await page.waitForTimeout(600);
  await canvas.scrollIntoViewIfNeeded();
  await documentScreenshot(page, 'network');

  // Export as SVG.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SVG' }).click();
  const svg = readFileSync((await (await download).path()) ?? '', 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Gemeente Kapelle');

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toMatch(/^kring-netwerk-\d{4}-\d{2}-\d{2}\.png$/);
  expect(
    readFileSync((await png.path()) ?? '')
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');

  // The same network as a sortable table.
  const table = page.getByRole('region', { name: 'Netwerk als lijst' });
  await expect(table.getByRole('rowheader', { name: 'Gemeente Kapelle' })).toBeVisible();
  await table.getByRole('button', { name: /Aantal relaties/ }).click();
  await expect(table.getByRole('columnheader', { name: /Aantal relaties/ })).toHaveAttribute('aria-sort', 'ascending');

  // The layout is stored, so the next visit reuses it.
  await page.reload();
  await expect(page.getByTestId('network-status')).toContainText('Opgeslagen opmaak gebruikt', { timeout: 30_000 });
});

test('shows one person’s neighbourhood and filters by date', async ({ page }) => {
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/network`);
  const centre = page.getByRole('combobox', { name: /Rondom persoon of organisatie/ });
  await centre.fill('Kapelle');
  await suggestion(page, /Gemeente Kapelle/)
    .first()
    .click();
  await expect(page).toHaveURL(/centre=/);
  await page.getByLabel('Aantal stappen').selectOption('2');
  await expect(page).toHaveURL(/depth=2/);
  await expect(page.getByTestId('network-status')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Netwerk zoals het was op').fill('2019-01-01');
  await expect(page).toHaveURL(/asOf=2019-01-01/);
  await expect(page.getByRole('heading', { name: 'Netwerk als lijst' })).toBeVisible();
});
