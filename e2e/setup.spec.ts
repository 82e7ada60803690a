import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './helpers.ts';

// A second server on an empty database without an administrator: it prints a setup link.
const port = Number(process.env.KRING_E2E_SETUP_PORT ?? 4918);

test('first run: the printed setup link creates the first account and loads the demo region', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'kring-e2e-setup-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KRING_DATABASE_URL: `sqlite:${join(dir, 'setup.sqlite')}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    KRING_LOG_LEVEL: 'warn',
  };
  delete env.KRING_ADMIN_EMAIL;
  delete env.KRING_ADMIN_PASSWORD;
  const server = spawn(process.execPath, ['bin/kring.js', 'serve'], {
    cwd: join(import.meta.dirname, '..'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const link = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no setup link printed:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/\S+\/setup#token=\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      server.stdout?.on('data', read);
      server.stderr?.on('data', read);
    });
    const url = new URL(link);
    // The link may be printed a moment before the server answers.
    await expect
      .poll(async () => (await page.request.get(`http://127.0.0.1:${port}/api/v1/setup`).catch(() => null))?.status(), { timeout: 30_000 })
      .toBe(200);
    await page.goto(`http://127.0.0.1:${port}${url.pathname}${url.hash}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Kring inrichten' })).toBeVisible();
    // The token leaves the address bar as soon as it has been read.
    await expect(page).toHaveURL(`http://127.0.0.1:${port}/setup`);
    await expectNoAxeViolations(page, 'setup form');

    // A too-short password is refused by the API; the message appears at the field.
    await page.getByRole('textbox', { name: 'Naam' }).fill('Ilse Inrichter');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill('ilse@kring.test');
    await page.getByLabel(/^Wachtwoord/).fill('kort');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page.locator('#field-password-error')).toBeVisible();

    await page.getByLabel(/^Wachtwoord/).fill('een lange zin als wachtwoord');
    await expect(page.getByRole('checkbox', { name: 'Voorbeeldregio laden' })).toBeChecked();
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page).toHaveURL(/\/w\/[0-9a-f-]+$/, { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bevelanden');
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
});
