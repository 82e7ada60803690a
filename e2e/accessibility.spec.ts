import { expect, test, type Page } from '@playwright/test';
import { createPerson, documentScreenshot, expectNoAxeViolations, signIn, useLanguage } from './helpers.ts';

async function firstId(page: Page, ws: string, collection: string, query = ''): Promise<string> {
  const response = await page.request.get(`/api/v1/workspaces/${ws}/${collection}?limit=1${query}`);
  const body = (await response.json()) as { data: Array<{ id: string }> };
  const id = body.data[0]?.id;
  if (!id) throw new Error(`e2e/accessibility: no ${collection} in the demo`);
  return id;
}

/** Opens a page and waits until its main heading and any loading message are done. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.kring-loading')).toHaveCount(0, { timeout: 30_000 });
}

test('pages without a session have no WCAG A/AA violations', async ({ page }) => {
  for (const [path, name] of [
    ['/login', 'login'],
    ['/setup', 'setup'],
    ['/toegankelijkheid', 'accessibility-statement'],
  ] as const) {
    await open(page, path);
    await expectNoAxeViolations(page, path);
    if (name === 'login') await documentScreenshot(page, name);
  }
});

test('every signed-in page has no WCAG A/AA violations', async ({ page }) => {
  test.setTimeout(180_000);
  const ws = await signIn(page);
  const person = await createPerson(page, ws, 'Annemiek Toegankelijk', { jobTitle: 'Adviseur', tags: ['toegankelijkheid'] });
  const organisation = await firstId(page, ws, 'organisations', '&q=Gemeente%20Kapelle');
  const theme = await firstId(page, ws, 'themes');
  const pages: Array<[string, string | null]> = [
    ['/workspaces', 'workspaces'],
    ['/account', 'account'],
    [`/w/${ws}`, 'overview'],
    [`/w/${ws}/people`, 'people'],
    [`/w/${ws}/people/${person.id}`, 'person'],
    [`/w/${ws}/people/${person.id}/edit`, null],
    [`/w/${ws}/people/new`, null],
    [`/w/${ws}/people/import`, null],
    [`/w/${ws}/people/${person.id}/personal-data`, null],
    [`/w/${ws}/organisations`, 'organisations'],
    [`/w/${ws}/organisations/${organisation}`, 'organisation'],
    [`/w/${ws}/organisations/${organisation}/edit`, null],
    [`/w/${ws}/themes`, 'themes'],
    [`/w/${ws}/themes/${theme}`, null],
    [`/w/${ws}/themes/${theme}/edit`, null],
    [`/w/${ws}/members`, 'members'],
    [`/w/${ws}/audit`, null],
    [`/w/${ws}/search?q=Kapelle`, 'search'],
    [`/w/${ws}/network`, null],
    ['/does-not-exist', null],
  ];
  for (const [path, screenshot] of pages) {
    await open(page, path);
    if (path.endsWith('/network')) await expect(page.getByTestId('network-canvas')).toBeVisible({ timeout: 30_000 });
    await expectNoAxeViolations(page, path);
    if (screenshot) await documentScreenshot(page, screenshot, screenshot === 'person');
  }

  // The states that only appear after an action: an error summary, an open dialog, an open combobox.
  await open(page, `/w/${ws}/people/new`);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.kring-error-summary')).toBeVisible();
  await expectNoAxeViolations(page, 'person form with errors');
  await documentScreenshot(page, 'person-form-errors');

  await open(page, `/w/${ws}/people/${person.id}`);
  await page.getByRole('combobox', { name: /^Met/ }).fill('Kapel');
  await expect(page.locator('ul[role="listbox"]:visible [role="option"]').first()).toBeVisible();
  await expectNoAxeViolations(page, 'relation combobox open');
  await page.getByRole('button', { name: 'Verwijderen' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'delete dialog');
});

test('the English interface and a 360 px phone screen have no WCAG A/AA violations', async ({ page }) => {
  await useLanguage(page, 'en');
  await page.setViewportSize({ width: 360, height: 780 });
  const ws = await signIn(page);
  for (const path of [`/w/${ws}`, `/w/${ws}/people`, `/w/${ws}/network`]) {
    await open(page, path);
    await expectNoAxeViolations(page, `${path} (en, 360 px)`);
  }
  await open(page, `/w/${ws}/people`);
  // Nothing may scroll sideways on a phone except inside a table's own scroll region.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await documentScreenshot(page, 'people-phone-en');
});
