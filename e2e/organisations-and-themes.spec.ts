import { expect, test } from '@playwright/test';
import { signIn, suggestion } from './helpers.ts';

test('creates an organisation with a unit, shown as a tree, and a theme linked to it', async ({ page }) => {
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/organisations/new`);
  await page.getByRole('textbox', { name: 'Naam' }).fill('Gemeente Proefdorp');
  await page.getByLabel('Soort').selectOption('municipality');
  await page.getByRole('textbox', { name: 'Code' }).fill('GM9999');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Proefdorp' })).toBeVisible();

  // A unit and a unit of that unit.
  await page.getByRole('link', { name: 'Onderdeel toevoegen' }).click();
  await expect(page.getByRole('combobox', { name: 'Valt onder' })).toHaveValue('Gemeente Proefdorp');
  await page.getByRole('textbox', { name: 'Naam' }).fill('Afdeling Dienstverlening Proefdorp');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('link', { name: 'Onderdeel toevoegen' }).click();
  await page.getByRole('textbox', { name: 'Naam' }).fill('Team Data Proefdorp');
  await page.getByLabel('Soort').selectOption('team');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team Data Proefdorp' })).toBeVisible();
  await page.getByRole('link', { name: 'Afdeling Dienstverlening Proefdorp' }).click();
  await page.getByRole('link', { name: 'Gemeente Proefdorp' }).click();
  const tree = page.locator('.kring-tree').first();
  await expect(tree.getByRole('link', { name: 'Afdeling Dienstverlening Proefdorp' })).toBeVisible();
  await expect(tree.locator('.kring-tree').getByRole('link', { name: 'Team Data Proefdorp' })).toBeVisible();

  // A theme with this organisation involved.
  await page.goto(`/w/${ws}/themes/new`);
  await page.getByRole('textbox', { name: 'Titel' }).fill('Slimme meters in Proefdorp');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('active');
  const add = page.getByRole('combobox', { name: 'Organisatie toevoegen' });
  await add.fill('Proefdorp');
  await suggestion(page, /^Gemeente Proefdorp/).click();
  await expect(page.locator('.kring-removable')).toContainText('Gemeente Proefdorp');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Slimme meters in Proefdorp' })).toBeVisible();
  await expect(page.getByText('Regionaal thema · Lopend')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Betrokken organisaties' }).getByRole('link', { name: 'Gemeente Proefdorp' }),
  ).toBeVisible();
});
