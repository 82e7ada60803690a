import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './helpers.ts';

// Fictional people only; the addresses are at example.org. "Gemeente Kapelle" is in the demo,
// "Stichting Proefimport Zeeland" is not, so the import creates it.
const header = 'Naam;Functie;E-mail;Organisatie;Labels';
const goodCsv = [
  header,
  'Noëlle Importproef;Informatieadviseur;noelle.importproef@example.org;Gemeente Kapelle;e2e-import',
  'Bart van Proefhoven;Projectleider;bart.proefhoven@example.org;Stichting Proefimport Zeeland;e2e-import, regio',
  'Mila Testerman;Beleidsmedewerker;mila.testerman@example.org;;e2e-import',
].join('\r\n');
const badCsv = [header, 'Sanne Foutief;Adviseur;geen-e-mailadres;Gemeente Kapelle;'].join('\r\n');

/** Chooses a file in the page's file input, as the user would with the file chooser. */
async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer });
}

test('imports people from a CSV file after a preview, and skips them the second time', async ({ page }) => {
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/people`);
  await page.getByRole('link', { name: 'Importeren' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/people/import$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Personen importeren' })).toBeVisible();
  const importButton = page.getByRole('button', { name: 'Importeren' });
  await expect(importButton).toBeDisabled();

  // Saved the way Dutch Excel does: Windows-1252, so the ë is one byte that is not UTF-8.
  await chooseFile(page, 'personen.csv', Buffer.from(goodCsv, 'latin1'));
  const preview = page.getByRole('region', { name: 'Voorbeeld van de import' });
  await expect(preview).toContainText('3 personen worden aangemaakt');
  await expect(preview).toContainText('0 personen worden overgeslagen');
  await expect(preview).toContainText('1 nieuwe organisatie wordt aangemaakt');
  const table = preview.getByRole('table', { name: 'Personen in het bestand' });
  await expect(table.getByRole('row', { name: /Noëlle Importproef/ })).toContainText('Gemeente Kapelle');
  await expect(table.getByRole('row', { name: /Noëlle Importproef/ })).toContainText('Nieuw');
  await expect(
    table
      .getByRole('row', { name: /Bart van Proefhoven/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('3');
  await expect(preview.getByRole('region', { name: 'Nieuwe organisaties' })).toContainText('Stichting Proefimport Zeeland');
  await expectNoAxeViolations(page, 'import preview');

  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'De import is klaar: 3 personen aangemaakt, 0 personen overgeslagen en 1 nieuwe organisatie.' }),
  ).toBeVisible();
  await expect(importButton).toBeDisabled();

  // The new people are in the list, with their job title and organisation.
  await page.getByRole('link', { name: 'Naar de lijst met personen' }).click();
  await page.getByLabel('Zoeken in de lijst').fill('Noëlle');
  await page.getByRole('link', { name: 'Noëlle Importproef' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Noëlle Importproef' })).toBeVisible();
  await expect(page.getByText('Informatieadviseur')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gemeente Kapelle' }).first()).toBeVisible();

  // The same file again: everyone is already there, so nothing is left to import.
  await page.goto(`/w/${ws}/people/import`);
  await chooseFile(page, 'personen.csv', Buffer.from(goodCsv, 'latin1'));
  await expect(preview).toContainText('0 personen worden aangemaakt');
  await expect(preview).toContainText('3 personen worden overgeslagen');
  await expect(table.getByRole('row', { name: /Mila Testerman/ })).toContainText('Overgeslagen: dit e-mailadres staat al in de werkruimte');
  await expect(page.getByText('Er staat niemand nieuw in dit bestand')).toBeVisible();
  await expect(importButton).toBeDisabled();
});

test('shows the problems of a bad file with their line and keeps Importeren disabled', async ({ page }) => {
  const ws = await signIn(page);
  await page.goto(`/w/${ws}/people/import`);
  await chooseFile(page, 'fout.csv', Buffer.from(badCsv, 'utf8'));
  const summary = page.locator('.kring-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Dit bestand kan zo niet worden geïmporteerd');
  await expect(summary).toContainText('Regel 2 (e-mailadres): Dit is geen geldig e-mailadres.');
  await expect(page.getByRole('button', { name: 'Importeren' })).toBeDisabled();
  await expect(page.getByRole('region', { name: 'Voorbeeld van de import' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'import with problems');
});
