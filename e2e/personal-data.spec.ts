import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { documentScreenshot, expectNoAxeViolations, signIn } from './helpers.ts';

async function personId(page: Page, ws: string, name: string): Promise<string> {
  const response = await page.request.get(`/api/v1/workspaces/${ws}/people?q=${encodeURIComponent(name)}`);
  const body = (await response.json()) as { data: Array<{ id: string }> };
  if (!body.data[0]) throw new Error(`e2e/personal-data: no ${name} in the demo`);
  return body.data[0].id;
}

test('the personal data report of a person shows their data, relations and history, and downloads as JSON', async ({ page }) => {
  const ws = await signIn(page);
  const jeroen = await personId(page, ws, 'Jeroen Maasland');
  await page.goto(`/w/${ws}/people/${jeroen}`);
  await page.getByRole('link', { name: 'Inzage (AVG)' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/people/${jeroen}/personal-data$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Inzage persoonsgegevens: Jeroen Maasland' })).toBeVisible();
  await expect(page.getByText('AVG artikel 15')).toBeVisible();

  const own = page.getByRole('region', { name: 'Gegevens van de persoon' });
  await expect(own).toContainText('Gemeentesecretaris / algemeen directeur');
  await expect(own.getByRole('link', { name: 'Managementteam Kapelle' })).toBeVisible();

  // In the demo the information manager advises him: a directed relation, seen from his side as incoming.
  const relations = page.getByRole('table', { name: 'Relaties van Jeroen Maasland' });
  await expect(relations.getByRole('row', { name: 'Annelies de Kok Adviseert inkomend' })).toBeVisible();

  // The demo's owner keeps in touch with him every 90 days; cadences are the member's own.
  const cadence = page.getByRole('table', { name: 'Hoe vaak u Jeroen Maasland wilt spreken' });
  await expect(cadence.getByRole('row', { name: /Minstens elke 90 dagen/ })).toBeVisible();

  // Opening the report is itself recorded, so the history has at least that request.
  const history = page.getByRole('table', { name: 'Geschiedenis van de gegevens van Jeroen Maasland' });
  await expect(history.getByRole('row').filter({ hasText: 'Inzage opgevraagd' }).first()).toBeVisible();

  await expectNoAxeViolations(page, 'personal data report');
  await documentScreenshot(page, 'personal-data', true);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^inzage-jeroen-maasland-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')) as { person: { id: string }; relations: unknown[] };
  expect(saved.person.id).toBe(jeroen);
  expect(saved.relations.length).toBeGreaterThan(0);
});
