import { expect, test } from '@playwright/test';
import { createPerson, signIn, suggestion } from './helpers.ts';

test('creates a person with validation messages from the API, edits it and adds a relation, a note and tags', async ({ page }) => {
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/people/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe persoon' })).toBeVisible();

  // An invalid e-mail address and an empty name: the API's problem details appear at the fields, in Dutch.
  await page.getByLabel('E-mailadres').fill('not-an-address');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const summary = page.locator('.kring-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Naam');
  await expect(page.locator('#field-email-error')).toContainText('niet de juiste vorm');
  await expect(page.getByRole('textbox', { name: 'Naam', exact: true })).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Femke de Proefpersoon');
  await page.getByLabel('E-mailadres').fill('femke@proef.example');
  await page.getByLabel('Functie').fill('Informatieadviseur');
  await page.getByLabel('Labels').fill('datagedreven werken, e2e');
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  const organisation = page.getByRole('combobox', { name: /^Organisatie/ });
  await organisation.fill('Kapelle');
  await suggestion(page, /Gemeente Kapelle/)
    .first()
    .click();
  await page.getByLabel('Rol', { exact: true }).fill('Adviseur');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Femke de Proefpersoon' })).toBeVisible();
  await expect(page.getByText('Informatieadviseur')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gemeente Kapelle' }).first()).toBeVisible();
  await expect(page.locator('.kring-tags').first()).toContainText('e2e');

  // Edit.
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await page.getByLabel('Functie').fill('Strategisch informatieadviseur');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Strategisch informatieadviseur')).toBeVisible();

  // Add a relation by typing a name: the combobox suggests as you type, chosen by keyboard.
  const other = await createPerson(page, ws, 'Ruben Relatietest');
  const withField = page.getByRole('combobox', { name: /^Met/ });
  await withField.fill('Relatiete');
  await expect(suggestion(page, /Ruben Relatietest/)).toBeVisible();
  await withField.press('ArrowDown');
  await expect(withField).toHaveAttribute('aria-activedescendant', /option-0/);
  await withField.press('Enter');
  await expect(withField).toHaveValue('Ruben Relatietest');
  await page.getByLabel('Soort relatie').selectOption('works_with');
  await page.getByRole('button', { name: 'Relatie toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Relatie met Ruben Relatietest is toegevoegd' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Ruben Relatietest/ })).toContainText('Werkt samen met');

  // A private note.
  await page.getByRole('textbox', { name: 'Notitie', exact: true }).fill('Voorkeur voor korte notities vooraf.');
  await page.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.locator('.kring-note')).toContainText('Voorkeur voor korte notities vooraf.');
  await expect(page.locator('.kring-note')).toContainText('Privé');

  // The relation is visible from the other side as well.
  await page.getByRole('link', { name: 'Ruben Relatietest' }).click();
  await expect(page.getByRole('row', { name: /Femke de Proefpersoon/ })).toBeVisible();
  expect(other.id).toBeTruthy();
});

test('deletes a person after confirmation', async ({ page }) => {
  const ws = await signIn(page);
  const person = await createPerson(page, ws, 'Wessel Wegwerp');
  await page.goto(`/w/${ws}/people/${person.id}`);
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: /Wessel Wegwerp/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/people$`));
  const response = await page.request.get(`/api/v1/workspaces/${ws}/people/${person.id}`);
  expect(response.status()).toBe(404);
});

test('filters the people not yet told that Kring holds their data', async ({ page }) => {
  const ws = await signIn(page);
  const tag = `avg-${Date.now()}`;
  await createPerson(page, ws, 'Ilse Geïnformeerd', { tags: [tag], informedOn: '2026-02-01' });
  await createPerson(page, ws, 'Joost Onwetend', { tags: [tag] });
  await page.goto(`/w/${ws}/people?tag=${tag}`);
  await expect(page.getByRole('link', { name: 'Ilse Geïnformeerd' })).toBeVisible();

  await page.getByLabel('Geïnformeerd (AVG)').selectOption({ label: 'Nog niet geïnformeerd' });
  await expect(page.getByRole('link', { name: 'Joost Onwetend' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ilse Geïnformeerd' })).toHaveCount(0);
  await expect(page).toHaveURL(/informed=false/);
});
