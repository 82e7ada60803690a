import { expect, test, type Page } from '@playwright/test';
import { createPerson, expectNoAxeViolations, signIn, suggestion } from './helpers.ts';

/** Creates a theme through the API, linked to the first organisation of the demo. */
async function createTheme(page: Page, ws: string, title: string): Promise<string> {
  const orgs = (await (await page.request.get(`/api/v1/workspaces/${ws}/organisations?limit=1`)).json()) as { data: Array<{ id: string }> };
  const response = await page.request.post(`/api/v1/workspaces/${ws}/themes`, {
    data: { title, kind: 'regional_theme', status: 'active', organisationIds: orgs.data.map((o) => o.id) },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Waits until the page's heading is shown and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.kring-loading')).toHaveCount(0, { timeout: 30_000 });
}

test('the theme page guides through the five steps and records a mandate in place', async ({ page }) => {
  const ws = await signIn(page);
  const theme = await createTheme(page, ws, 'Datagedreven werken Proefregio');
  await page.goto(`/w/${ws}/themes/${theme}`);
  await settled(page);
  const checklist = page.getByRole('region', { name: 'Voortgang in vijf stappen' });
  await expect(checklist).toContainText('Mandaat: ○ ontbreekt');
  for (const step of ['Stap 1. Richting', 'Stap 2. Rol', 'Stap 3. Positie', 'Stap 4. Sleutelfiguren', 'Stap 5. Besluitvormers']) {
    await expect(page.getByRole('heading', { level: 2, name: step })).toBeVisible();
  }
  await expectNoAxeViolations(page, 'theme checklist');

  await page.getByRole('button', { name: 'Mandaat vastleggen' }).click();
  await page.getByRole('textbox', { name: /Rol van de informatiemanager/ }).fill('Verkenner');
  await page.getByLabel('Status').last().selectOption('granted');
  await page.getByLabel('Evaluatie op').fill('2099-12-31');
  await expectNoAxeViolations(page, 'mandate form');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Het mandaat is vastgelegd.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mandaat' }).first().getByRole('cell', { name: 'Verkenner', exact: true })).toBeVisible();
  await expect(checklist).toContainText('Mandaat (1): ✓ op orde');
});

test('the agenda shows every theme with its progress, grouped as chosen', async ({ page }) => {
  const ws = await signIn(page);
  await createTheme(page, ws, 'Agenda-thema Proefregio');
  await page.goto(`/w/${ws}`);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
  await settled(page);
  await expect(page.getByRole('link', { name: 'Agenda-thema Proefregio' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Lopend/ })).toBeVisible();
  await page.getByLabel('Ordenen op').selectOption('kind');
  await expect(page.getByRole('heading', { level: 2, name: /^Regionaal thema/ })).toBeVisible();
  await expectNoAxeViolations(page, 'agenda');
});

test('a key figure is placed on the power/interest grid with the keyboard alone', async ({ page }) => {
  const ws = await signIn(page);
  const theme = await createTheme(page, ws, 'Sleutelfiguren Proefregio');
  await createPerson(page, ws, 'Wethouder Proefregio');
  await page.goto(`/w/${ws}/themes/${theme}/stakeholders`);
  await settled(page);
  await page.getByRole('button', { name: 'Sleutelfiguur toevoegen' }).click();
  await page.getByRole('combobox', { name: /Sleutelfiguur/ }).fill('Wethouder Proef');
  await suggestion(page, /^Wethouder Proefregio/).click();

  // Power: from 3 up to 5 with the arrow keys; interest: from 3 up to 4.
  await page.getByRole('radio', { name: '3' }).first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: /^Macht/ }).getByRole('radio', { name: '5' })).toBeChecked();
  await page
    .getByRole('group', { name: /^Belang/ })
    .getByRole('radio', { name: '3' })
    .focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Deze plaatsing valt in: Nauw betrekken.')).toBeVisible();
  await expectNoAxeViolations(page, 'placement form');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Wethouder Proefregio is geplaatst: Nauw betrekken.')).toBeVisible();

  const table = page.locator('.kring-table-scroll').filter({ hasText: 'Wethouder Proefregio' });
  const row = table.getByRole('row', { name: /Wethouder Proefregio/ });
  await expect(row).toContainText('Nauw betrekken');
  await expect(page.getByRole('img', { name: /Macht-belangmatrix met 1 sleutelfiguur/ })).toBeVisible();
  await row.getByRole('button', { name: /Kiezen/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Verloop van Wethouder Proefregio' })).toBeVisible();
  await expectNoAxeViolations(page, 'stakeholder grid');
});

test('an interaction logged from a theme shows on the theme, and the start page lists whom to contact', async ({ page }) => {
  const ws = await signIn(page);
  const theme = await createTheme(page, ws, 'Contact Proefregio');
  await createPerson(page, ws, 'Raadslid Proefregio');
  await page.goto(`/w/${ws}/themes/${theme}`);
  await settled(page);
  await page.getByRole('link', { name: 'Contactmoment vastleggen' }).click();
  await settled(page);
  await page.getByLabel('Soort').selectOption('informative_session');
  await page.getByRole('textbox', { name: 'Titel' }).fill('Informatiesessie raad Proefregio');
  await page.getByRole('combobox', { name: 'Deelnemer toevoegen' }).fill('Raadslid Proef');
  await suggestion(page, /^Raadslid Proefregio/).click();
  await expect(page.getByLabel('Aanwezigheid van Raadslid Proefregio')).toHaveValue('invited');
  await expect(page.locator('.kring-removable')).toContainText('Contact Proefregio');
  await expectNoAxeViolations(page, 'interaction form');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Informatiesessie raad Proefregio' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Actie' }).fill('Verslag rondsturen');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.getByRole('checkbox', { name: 'Verslag rondsturen' })).toBeVisible();
  await expectNoAxeViolations(page, 'interaction');

  await page.goto(`/w/${ws}/themes/${theme}`);
  await settled(page);
  await expect(page.getByRole('link', { name: 'Informatiesessie raad Proefregio' })).toBeVisible();
  await page.goto(`/w/${ws}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Contact houden' })).toBeVisible();
  await expectNoAxeViolations(page, 'start page');
});

test('the maturity comparison shows a radar with a heat map table, and the lists of the method pass axe', async ({ page }) => {
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/maturity`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Heatmap per dimensie' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Heatmap per dimensie' }).first().getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page, 'maturity');

  for (const [path, name] of [
    ['groups', 'groups'],
    ['initiatives', 'initiatives'],
    ['decisions', 'decisions'],
    ['interactions', 'interactions'],
  ] as const) {
    await page.goto(`/w/${ws}/${path}`);
    await settled(page);
    await expectNoAxeViolations(page, name);
  }
});
