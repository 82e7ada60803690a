import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './helpers.ts';

test('a member sets how often to speak to someone, and the start page says when it is time', async ({ page }) => {
  const ws = await signIn(page);
  const response = await page.request.get(`/api/v1/workspaces/${ws}/people?q=${encodeURIComponent('Tamara Westerveld')}`);
  const person = ((await response.json()) as { data: Array<{ id: string }> }).data[0]!;
  await page.goto(`/w/${ws}/people/${person.id}`);
  const section = page.getByRole('region', { name: 'Contact houden' });
  await expect(section.getByText('U heeft niet aangegeven hoe vaak u Tamara Westerveld wilt spreken.')).toBeVisible();

  await section.getByRole('spinbutton', { name: 'Elke hoeveel dagen?' }).fill('0');
  await section.getByRole('button', { name: 'Instellen' }).click();
  await expect(section.getByText('Vul een heel aantal dagen in, van 1 tot 3650.')).toBeVisible();
  await section.getByRole('spinbutton', { name: 'Elke hoeveel dagen?' }).fill('30');
  await section.getByRole('button', { name: 'Instellen' }).click();
  await expect(section.getByText('U wilt Tamara Westerveld minstens elke 30 dagen spreken.')).toBeVisible();
  await expectNoAxeViolations(page, 'person with a contact cadence');

  // Never spoken to: she is on the start page's list straight away.
  await page.goto(`/w/${ws}`);
  await expect(page.getByRole('region', { name: 'Tijd voor contact' }).getByText('Tamara Westerveld')).toBeVisible();
});
