import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createPerson, documentScreenshot, expectNoAxeViolations, signIn } from './helpers.ts';

const caption = 'Gebeurtenissen in het logboek, nieuwste eerst';

test('an owner reads in the audit log who created and changed a person, and follows the report to its entries', async ({ page }) => {
  const ws = await signIn(page);
  const person = await createPerson(page, ws, 'Lieke Logboek');
  const personLink = { name: person.id.slice(0, 8) };

  await page.goto(`/w/${ws}/members`);
  await page.getByRole('link', { name: 'Logboek van de werkruimte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  const log = page.getByRole('table', { name: caption });
  // Newest first: the creation just now, by the signed-in administrator.
  const newest = log.getByRole('row').nth(1);
  await expect(newest).toContainText('Administrator');
  await expect(newest).toContainText('Aangemaakt');
  await expect(newest).toContainText('Persoon');
  await expect(newest.getByRole('link', personLink)).toHaveAttribute('href', `/w/${ws}/people/${person.id}`);

  // A colleague changes the person through the API; the filter on the action finds the change.
  const changed = await page.request.patch(`/api/v1/workspaces/${ws}/people/${person.id}`, {
    data: { jobTitle: 'Archivaris' },
    headers: { 'If-Match': `"${person.version}"` },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  await page.getByRole('combobox', { name: 'Handeling' }).selectOption({ label: 'Gewijzigd' });
  await expect(page).toHaveURL(/[?&]action=update(&|$)/);
  await expect(log.getByRole('row').nth(1)).toContainText('Gewijzigd');
  await expect(log.getByRole('row').nth(1).getByRole('link', personLink)).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: 'Aangemaakt' })).toHaveCount(0);

  // From the person's data report to everything the log holds on them: the request just made included.
  await page.goto(`/w/${ws}/people/${person.id}/personal-data`);
  await page.getByRole('link', { name: 'Alles in het logboek over deze persoon' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/audit\\?subjectId=${person.id}$`));
  await expect(page.getByText('Alleen deze persoon:')).toBeVisible();
  await expect(log.getByRole('row')).toHaveCount(4);
  await expect(log.getByRole('row').nth(1)).toContainText('Inzage opgevraagd');
  await expect(log.getByRole('row').nth(2)).toContainText('Gewijzigd');
  await expect(log.getByRole('row').nth(3)).toContainText('Aangemaakt');
  await expectNoAxeViolations(page, 'audit log of one person');
  await documentScreenshot(page, 'audit-log');

  await page.getByRole('button', { name: 'Toon alle records' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/audit$`));
  await expect(page.getByText('Alleen deze persoon:')).toHaveCount(0);
});

test('a viewer who opens the audit log is told that their role does not allow it', async ({ page }) => {
  const ws = await signIn(page);
  const viewer = { email: 'vera@kring.test', password: 'een wachtwoord voor vera' };
  // A second account, created with the CLI on the test server's database, added as a viewer.
  const created = spawnSync(process.execPath, ['bin/kring.js', 'user', 'add', viewer.email, '--name', 'Vera Lezer'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, KRING_DATABASE_URL: process.env.KRING_E2E_DATABASE_URL },
    input: `${viewer.password}\n`,
    encoding: 'utf8',
  });
  expect(created.status, created.stdout + created.stderr).toBe(0);
  const added = await page.request.post(`/api/v1/workspaces/${ws}/members`, { data: { email: viewer.email, role: 'viewer' } });
  expect(added.status(), await added.text()).toBe(201);
  expect((await page.request.post('/api/v1/sessions', { data: viewer })).status()).toBe(201);

  await page.goto(`/w/${ws}/audit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('U mag dit niet met uw rol in deze werkruimte.');
  await expect(page.getByRole('search', { name: 'Filters' })).toHaveCount(0);
  await expect(page.getByText('Niets gevonden.')).toHaveCount(0);
  await expectNoAxeViolations(page, 'audit log refused to a viewer');
});
