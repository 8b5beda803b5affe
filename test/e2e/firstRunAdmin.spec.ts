import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2ePort } from './e2eEnv';

/**
 * Browser mode without --demo: a fresh embedded hub whose admin gets a random password, printed
 * once and shown once on the sign-in screen. Runs its own launcher (the suite's runs the demo).
 */
test('a fresh embedded hub shows its random admin login once, and it signs in', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'relay-first-run-e2e-'));
  const port = e2ePort + 20;
  const token = 'f1r5'.repeat(16);
  const env: NodeJS.ProcessEnv = { ...process.env, RELAY_DATA_DIR: dataDir, RELAY_PORT: String(port), RELAY_HUB_PORT: '0', RELAY_BRIDGE_TOKEN: token };
  delete env['RELAY_DEMO'];
  delete env['RELAY_HUB_URL'];
  const launcher: ChildProcess = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/launcher/browserMain.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let output = '';
    const printed = await new Promise<string>((resolve, reject) => {
      launcher.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl+C')) resolve(output);
      });
      launcher.once('exit', (code) => reject(new Error(`launcher exited (${code}): ${output}`)));
    });
    expect(printed).not.toContain('Demo sign-ins');
    const [, email, password] = /New hub: sign in as its admin.*\n\s+(\S+)\s+(\S+)/.exec(printed) ?? [];
    expect(email).toBe('admin@relay.local');
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);

    await page.goto(`http://127.0.0.1:${port}/#token=${token}`);
    const panel = page.getByTestId('first-run-admin');
    await expect(panel).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByTestId('first-run-admin-password')).toHaveText(password!);
    await expect(panel.getByRole('button', { name: 'Copy password' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Sign in' });
    await expect(form.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(email!);
    // A fresh install has no public login: the demo world's hint must not suggest one.
    await expect(page.getByTestId('demo-hint')).toHaveCount(0);

    // Shown once: a reload of the window does not show it again.
    await page.reload();
    await expect(form).toBeVisible({ timeout: 30_000 });
    await expect(panel).toHaveCount(0);

    await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email!);
    await form.getByRole('textbox', { name: 'Password', exact: true }).fill(password!);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-agent')).toHaveText('Administrator', { timeout: 60_000 });
  } finally {
    launcher.kill('SIGTERM');
    await new Promise((resolve) => (launcher.exitCode === null ? launcher.once('exit', resolve) : resolve(null)));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
