import { expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const admin = { email: 'admin@kring.test', password: 'correct-horse-battery' };

/** Signs in through the API (the browser context keeps the cookie) and returns the demo workspace id. */
export async function signIn(page: Page): Promise<string> {
  const response = await page.request.post('/api/v1/sessions', { data: admin });
  expect(response.status()).toBe(201);
  return demoWorkspaceId(page);
}

/** The id of the demo region workspace the global setup loaded. */
export async function demoWorkspaceId(page: Page): Promise<string> {
  const current = await page.request.get('/api/v1/sessions/current');
  expect(current.ok()).toBe(true);
  const body = (await current.json()) as { memberships: Array<{ workspaceId: string; workspaceName: string }> };
  const demo = body.memberships.find((m) => /demo/i.test(m.workspaceName)) ?? body.memberships[0];
  if (!demo) throw new Error('e2e/helpers: the admin has no workspace; did the demo load?');
  return demo.workspaceId;
}

/** Makes the UI start in the given language, as if the user had chosen it before. */
export async function useLanguage(page: Page, locale: 'nl' | 'en'): Promise<void> {
  await page.addInitScript((l) => window.localStorage.setItem('kring.locale', l), locale);
}

/** Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

/** Writes a screenshot for the documentation (docs/screenshots). */
export async function documentScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = join(import.meta.dirname, '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage, animations: 'disabled' });
}

/** Creates a person through the API and returns it with its version. */
export async function createPerson(page: Page, workspaceId: string, name: string, extra: Record<string, unknown> = {}) {
  const response = await page.request.post(`/api/v1/workspaces/${workspaceId}/people`, { data: { name, ...extra } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; version: number; name: string };
}

/** A suggestion in an open combobox list (the app's listboxes, not the options of native selects). */
export function suggestion(page: Page, name: RegExp | string) {
  return page.locator('ul[role="listbox"]:visible').getByRole('option', { name });
}
