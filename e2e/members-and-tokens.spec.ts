import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { signIn } from './helpers.ts';

test('an owner adds a member, changes the role and removes the member again', async ({ page }) => {
  const ws = await signIn(page);
  // A second account, created with the CLI on the test server's database.
  const created = spawnSync(process.execPath, ['bin/kring.js', 'user', 'add', 'mila@kring.test', '--name', 'Mila Medewerker'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, KRING_DATABASE_URL: process.env.KRING_E2E_DATABASE_URL },
    input: 'een wachtwoord voor mila\n',
    encoding: 'utf8',
  });
  expect(created.status, created.stdout + created.stderr).toBe(0);

  await page.goto(`/w/${ws}/members`);
  await expect(page.getByRole('heading', { level: 1, name: 'Leden' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill('mila@kring.test');
  await page.getByLabel('Rol', { exact: true }).selectOption('viewer');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'mila@kring.test is toegevoegd' })).toBeVisible();
  const row = page.getByRole('row', { name: /Mila Medewerker/ });
  await expect(row.getByRole('combobox', { name: 'Rol van Mila Medewerker' })).toHaveValue('viewer');

  await row.getByRole('combobox', { name: 'Rol van Mila Medewerker' }).selectOption('editor');
  await expect(page.getByRole('status').filter({ hasText: 'Mila Medewerker is nu Bewerker' })).toBeVisible();

  await row.getByRole('button', { name: /Verwijderen/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('row', { name: /Mila Medewerker/ })).toHaveCount(0);
});

test('a user creates an API token, sees it once, uses it and revokes it', async ({ page, playwright }) => {
  await signIn(page);
  await page.goto('/account');
  await page.getByRole('textbox', { name: 'Naam van de sleutel' }).fill('Koppeling e2e');
  await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
  const value = page.getByRole('textbox', { name: 'Uw nieuwe sleutel' });
  await expect(value).toBeVisible();
  const token = await value.inputValue();
  expect(token.length).toBeGreaterThan(20);

  // The token works as a bearer token for scripts.
  const script = await playwright.request.newContext({
    baseURL: page.url().replace(/\/account$/, ''),
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  expect((await script.get('/api/v1/workspaces')).status()).toBe(200);

  await page
    .getByRole('row', { name: /Koppeling e2e/ })
    .getByRole('button', { name: /Intrekken/ })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Intrekken' }).click();
  await expect(page.getByRole('row', { name: /Koppeling e2e/ })).toHaveCount(0);
  expect((await script.get('/api/v1/workspaces')).status()).toBe(401);
  await script.dispose();
});
