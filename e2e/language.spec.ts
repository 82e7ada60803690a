import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('switches to English and back, remembers the choice and updates <html lang>', async ({ page }) => {
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/people`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Personen' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Organisations' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  // Remembered after a reload; dates follow the language.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.goto(`/w/${ws}/people/new`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.kring-error-summary')).toContainText('Please check the following fields');

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('.kring-error-summary')).toContainText('Controleer de volgende velden');
});
