import { expect, test } from '@playwright/test';
import { admin } from './helpers.ts';

test('signs in with the form, rejects a wrong password and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();

  // Empty submit: the problems are listed in the error summary and next to the fields.
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByText('Controleer de volgende velden')).toBeVisible();
  await expect(page.locator('#field-email-error')).toHaveText('Vul dit veld in.');

  await page.getByLabel('E-mailadres').fill(admin.email);
  await page.getByLabel('Wachtwoord').fill('not-the-password');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('alert')).toContainText('klopt niet');

  await page.getByLabel('Wachtwoord').fill(admin.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bevelanden');

  // When the session ends elsewhere, the next read sends the user to the sign-in page and back.
  await page.request.delete('/api/v1/sessions/current');
  await page.getByRole('link', { name: 'Personen' }).first().click();
  await expect(page).toHaveURL(/\/login\?next=%2Fw%2F.*%2Fpeople/);
  await page.getByLabel('E-mailadres').fill(admin.email);
  await page.getByLabel('Wachtwoord').fill(admin.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personen' })).toBeVisible();

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/workspaces');
  await expect(page).toHaveURL(/\/login\?next=%2Fworkspaces/);
});
