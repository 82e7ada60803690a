import { expect, test } from '@playwright/test';
import { createPerson, signIn, suggestion } from './helpers.ts';

test('the / key focuses the global search; results appear as you type', async ({ page }) => {
  const ws = await signIn(page);
  const person = await createPerson(page, ws, 'Saskia Zoekmans', { jobTitle: 'Beleidsmedewerker' });
  await page.goto(`/w/${ws}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: /Zoeken/ });
  await expect(search).toBeFocused();
  await page.keyboard.type('Zoekma');
  const option = suggestion(page, /Saskia Zoekmans/);
  await expect(option).toBeVisible();
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Saskia Zoekmans' })).toBeVisible();

  // Enter without choosing a suggestion opens the full result page.
  await page.keyboard.press('/');
  await page.keyboard.type('Kapelle');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=Kapelle/);
  await expect(page.getByRole('link', { name: 'Gemeente Kapelle' }).first()).toBeVisible();
});

test('lists filter by search text and sort by column', async ({ page }) => {
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/organisations`);
  await page.getByLabel('Zoeken in de lijst').fill('Gemeente');
  await expect(page).toHaveURL(/q=Gemeente/);
  const firstRow = page.locator('tbody tr').first();
  await expect(firstRow).toContainText('Gemeente');
  await page.getByRole('button', { name: /^Naam/ }).click();
  await expect(page.getByRole('columnheader', { name: /Naam/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-name/);
});
