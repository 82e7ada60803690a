import { expect, test, type Page } from '@playwright/test';
import { documentScreenshot, expectNoAxeViolations, signIn, suggestion } from './helpers.ts';

/** The id of a demo record found by name through the API. */
async function findId(page: Page, ws: string, collection: 'people' | 'themes', q: string): Promise<string> {
  const response = await page.request.get(`/api/v1/workspaces/${ws}/${collection}?q=${encodeURIComponent(q)}`);
  const body = (await response.json()) as { data: Array<{ id: string }> };
  if (!body.data[0]) throw new Error(`e2e/influence: no ${q} in the demo`);
  return body.data[0].id;
}

/** Says, through the API, which person the signed-in user is (null: nobody). */
async function setOwnPerson(page: Page, ws: string, personId: string | null): Promise<void> {
  const me = await page.request.get(`/api/v1/workspaces/${ws}/members/me`);
  const version = ((await me.json()) as { version: number }).version;
  const response = await page.request.patch(`/api/v1/workspaces/${ws}/members/me`, {
    data: { personId },
    headers: { 'If-Match': `"${version}"` },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test('who am I, and how do I reach someone: the best paths in words, who can introduce me, and a picture', async ({ page }) => {
  test.setTimeout(120_000);
  const ws = await signIn(page);
  await setOwnPerson(page, ws, null);
  const hans = await findId(page, ws, 'people', 'Hans Bolier');
  await page.goto(`/w/${ws}/people/${hans}`);
  await page.getByRole('link', { name: 'Hoe bereik ik Hans Bolier?' }).click();

  // Nobody set yet: the page says so and lets you choose yourself.
  await expect(page.getByText(/nog niet aangegeven wie u bent/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Ik ben' }).fill('Annelies');
  await suggestion(page, /Annelies de Kok/).click();
  await expect(page.getByRole('status').filter({ hasText: 'U bent nu Annelies de Kok in het netwerk.' })).toBeVisible();

  await expect(page.getByRole('heading', { level: 1, name: 'Hoe bereik ik Hans Bolier?' })).toBeVisible({ timeout: 60_000 });
  const list = page.getByRole('region', { name: 'De beste wegen' });
  await expect(list.getByRole('heading', { level: 3, name: /^Weg 1:/ })).toBeVisible({ timeout: 60_000 });
  await expect(
    list
      .getByRole('listitem')
      .filter({ hasText: /^Annelies de Kok werkt samen met .*, sterkte \d/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Wie kan mij introduceren?' })).toBeVisible();
  await expect(page.getByRole('img', { name: /De wegen van Annelies de Kok naar Hans Bolier/ })).toBeVisible();
  await expectNoAxeViolations(page, 'paths');
  await documentScreenshot(page, 'influence-paths', true);
});

test('the circle of influence of a theme rings its decision-makers and plans an informative session', async ({ page }) => {
  test.setTimeout(120_000);
  const ws = await signIn(page);
  const annelies = await findId(page, ws, 'people', 'Annelies de Kok');
  await setOwnPerson(page, ws, annelies);
  const themeId = await findId(page, ws, 'themes', 'Datagedreven werken');
  const theme = (await (await page.request.get(`/api/v1/workspaces/${ws}/themes/${themeId}`)).json()) as { organisationIds: string[] };
  // Two more people are made to decide on the theme's first organisation, so the circle must show them.
  for (const name of ['Hans Bolier', 'Petra Kluijfhout']) {
    const from = await findId(page, ws, 'people', name);
    const response = await page.request.post(`/api/v1/workspaces/${ws}/relations`, {
      data: { from, to: theme.organisationIds[0], type: 'decides_on' },
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  await page.goto(`/w/${ws}/themes/${themeId}`);
  await page.getByRole('link', { name: 'Invloedskring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invloedskring: Datagedreven werken' })).toBeVisible();
  await expect(page.getByText(/van de \d+ beslissers \(\d+\s?%\) zijn binnen twee stappen van u/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('meter', { name: 'Aandeel beslissers binnen twee stappen' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Beslissers per ring' }).getByRole('table');
  await expect(table.getByRole('row', { name: /Hans Bolier/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Petra Kluijfhout/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Invloedskring: u in het midden/ })).toBeVisible();
  await expectNoAxeViolations(page, 'circle of influence');
  await documentScreenshot(page, 'influence-circle', true);

  // The session: proposed invitees can be adjusted; creating it invites them and links to the interaction.
  const plan = page.getByRole('region', { name: 'Informatiesessie plannen' });
  await expect(plan.getByRole('group', { name: 'Uit te nodigen' }).getByRole('checkbox').first()).toBeChecked();
  await plan.getByRole('button', { name: 'Sessie aanmaken' }).click();
  await expect(plan.getByText(/De informatiesessie is aangemaakt met \d+ genodigde/)).toBeVisible();
  await plan.getByRole('link', { name: /Open de sessie/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Informatiesessie Datagedreven werken' })).toBeVisible();
  await expect(page.getByText('Uitgenodigd').first()).toBeVisible();
});

test('the network picture sizes by a metric and colours by community, and the list says the same', async ({ page }) => {
  test.setTimeout(120_000);
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/network`);
  await expect(page.getByTestId('network-canvas')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Grootte naar').selectOption({ label: 'PageRank' });
  await page.getByLabel('Kleur naar').selectOption({ label: 'Gemeenschap' });
  const list = page.getByRole('region', { name: 'Netwerk als lijst' });
  await expect(list.getByRole('columnheader', { name: 'Gemeenschap' })).toBeVisible({ timeout: 60_000 });
  await expect(list.getByRole('columnheader', { name: 'PageRank' })).toBeVisible();
  await expect(page.locator('.kring-legend li').first()).toBeVisible();
  await page.getByLabel('Kleur naar').selectOption({ label: 'Maat: Tussenliggendheid' });
  await expect(page.locator('.kring-legend')).toContainText('licht is laag');
  await expectNoAxeViolations(page, 'network by metric');
});
