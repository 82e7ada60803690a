import { expect, test } from '@playwright/test';
import { createPerson, signIn } from './helpers.ts';

test('a save after someone else changed the record shows both versions and lets the user choose', async ({ page }) => {
  const ws = await signIn(page);
  const person = await createPerson(page, ws, 'Lotte Lijnrecht', { jobTitle: 'Projectleider' });
  await page.goto(`/w/${ws}/people/${person.id}/edit`);
  await expect(page.getByLabel('Functie')).toHaveValue('Projectleider');

  // Meanwhile a colleague saves another job title through the API.
  const current = await page.request.get(`/api/v1/workspaces/${ws}/people/${person.id}`);
  const etag = current.headers()['etag'] ?? '';
  const theirs = await page.request.patch(`/api/v1/workspaces/${ws}/people/${person.id}`, {
    data: { jobTitle: 'Programmamanager' },
    headers: { 'If-Match': etag },
  });
  expect(theirs.status(), await theirs.text()).toBe(200);

  await page.getByLabel('Functie').fill('Teamleider informatie');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Iemand anders heeft dit intussen gewijzigd' });
  await expect(dialog).toBeVisible();
  const row = dialog.getByRole('row', { name: /Functie/ });
  await expect(row).toContainText('Teamleider informatie');
  await expect(row).toContainText('Programmamanager');

  // First look at theirs, then decide to keep mine after all.
  await dialog.getByRole('button', { name: 'Huidige versie overnemen' }).click();
  await expect(page.getByLabel('Functie')).toHaveValue('Programmamanager');
  await page.getByLabel('Functie').fill('Teamleider informatie');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lotte Lijnrecht' })).toBeVisible();
  await expect(page.getByText('Teamleider informatie')).toBeVisible();

  // A second conflict, resolved with "save my version".
  await page.goto(`/w/${ws}/people/${person.id}/edit`);
  await expect(page.getByLabel('Functie')).toHaveValue('Teamleider informatie');
  const again = await page.request.get(`/api/v1/workspaces/${ws}/people/${person.id}`);
  await page.request.patch(`/api/v1/workspaces/${ws}/people/${person.id}`, {
    data: { phone: '0113 000 000' },
    headers: { 'If-Match': again.headers()['etag'] ?? '' },
  });
  await page.getByLabel('Functie').fill('Afdelingshoofd');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.getByRole('button', { name: 'Mijn versie opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lotte Lijnrecht' })).toBeVisible();
  await expect(page.getByText('Afdelingshoofd')).toBeVisible();
});
